import { request } from 'node:http';

export interface Answer {
    status: number;
    headers: Record<string, string | string[] | undefined>;
    text: string;
    json: Record<string, unknown>;
}

export interface CallOptions {
    /** The local address to connect from (Linux answers on all of 127.0.0.0/8), so a test can play several clients. */
    from?: string;
    token?: string;
    json?: unknown;
    form?: Record<string, string>;
    body?: Buffer;
    headers?: Record<string, string>;
}

/** One HTTP request with node:http (fetch can pick neither the source address nor the Host header). */
export function call(origin: string, method: string, pathname: string, options: CallOptions = {}): Promise<Answer> {
    const { body, type } = options.body ? { body: options.body, type: undefined }
        : options.json !== undefined ? { body: Buffer.from(JSON.stringify(options.json)), type: 'application/json' }
            : options.form ? { body: Buffer.from(new URLSearchParams(options.form).toString()), type: 'application/x-www-form-urlencoded' }
                : { body: undefined, type: undefined };
    const url = new URL(pathname, origin);
    return new Promise((resolve, reject) => {
        const req = request({
            host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, method, agent: false,
            ...(options.from ? { localAddress: options.from } : {}),
            headers: {
                ...(type ? { 'content-type': type } : {}),
                ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
                ...(body ? { 'content-length': String(body.length) } : {}),
                ...options.headers
            }
        }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () => {
                const text = Buffer.concat(chunks).toString('utf8');
                resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: text.startsWith('{') ? (JSON.parse(text) as Record<string, unknown>) : {} });
            });
        });
        req.on('error', reject);
        req.end(body);
    });
}
