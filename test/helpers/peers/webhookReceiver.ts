import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

/** How the receiver answers a request it was told to fail. */
export type Failure =
    | { kind: 'status'; status: number; headers?: Record<string, string> }
    | { kind: 'redirect' }
    /** Never answers; the sender has to time out. */
    | { kind: 'hang' };

export interface ReceivedRequest {
    path: string;
    id: string | undefined;
    timestamp: string | undefined;
    signature: string | undefined;
    body: string;
    /** Webhook.verify accepted signature and timestamp. */
    verified: boolean;
    /** What the receiver answered (0 for a hang). */
    status: number;
}

export interface WebhookReceiver {
    url: string;
    secret: string;
    /** Every request, in arrival order. */
    requests: ReceivedRequest[];
    /** Verified requests answered with 2xx, i.e. successful deliveries. */
    delivered(): ReceivedRequest[];
    /** The next `count` requests fail this way (after already queued failures). */
    failNext(count: number, failure: Failure): void;
    /** Stops listening (connections are refused) until resume(). */
    pause(): Promise<void>;
    resume(): Promise<void>;
    close(): Promise<void>;
}

const headerValue = (req: IncomingMessage, name: string) => {
    const value = req.headers[name];
    return Array.isArray(value) ? value[0] : value;
};

/**
 * A real HTTP webhook receiver on 127.0.0.1 (ephemeral port) that verifies every request with
 * the standardwebhooks library, as a consumer following the specification would.
 */
export async function startWebhookReceiver(options: { secret?: string } = {}): Promise<WebhookReceiver> {
    const secret = options.secret ?? `whsec_${randomBytes(32).toString('base64')}`;
    const verifier = new Webhook(secret);
    const requests: ReceivedRequest[] = [];
    const failures: Failure[] = [];
    let port = 0;

    const handle = (req: IncomingMessage, res: ServerResponse, body: string) => {
        const headers = { 'webhook-id': headerValue(req, 'webhook-id') ?? '', 'webhook-timestamp': headerValue(req, 'webhook-timestamp') ?? '', 'webhook-signature': headerValue(req, 'webhook-signature') ?? '' };
        let verified = false;
        try {
            verifier.verify(body, headers);
            verified = true;
        } catch {
            verified = false;
        }
        const record: ReceivedRequest = {
            path: req.url ?? '/',
            id: headers['webhook-id'] || undefined,
            timestamp: headers['webhook-timestamp'] || undefined,
            signature: headers['webhook-signature'] || undefined,
            body,
            verified,
            status: 0
        };
        requests.push(record);
        const failure = failures.shift();
        if (failure?.kind === 'hang') return; // the socket stays open until the sender gives up
        if (failure?.kind === 'redirect') {
            record.status = 307;
            res.writeHead(307, { location: `http://127.0.0.1:${port}/moved` });
            res.end(); // restify patches writeHead in the same process: no chaining
            return;
        }
        if (failure?.kind === 'status') {
            record.status = failure.status;
            res.writeHead(failure.status, { 'content-type': 'text/plain', ...failure.headers });
            res.end('failure body that must never be logged'); // restify patches writeHead in the same process: no chaining
            return;
        }
        record.status = verified ? 204 : 401;
        res.writeHead(record.status);
        res.end();
    };

    const server: Server = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
    });
    const listen = () => new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
            server.off('error', reject);
            port = (server.address() as AddressInfo).port;
            resolve();
        });
    });
    const stop = () => new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
    });
    await listen();

    return {
        url: `http://127.0.0.1:${port}/hooks/intake`,
        secret,
        requests,
        delivered: () => requests.filter((r) => r.verified && r.status >= 200 && r.status < 300),
        failNext: (count, failure) => {
            for (let i = 0; i < count; i++) failures.push(failure);
        },
        pause: stop,
        resume: listen,
        close: async () => {
            if (server.listening) await stop();
        }
    };
}
