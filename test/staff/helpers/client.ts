/** A staff user's browser, reduced to what tests need: the session cookie and the CSRF token. */
export class StaffClient {
    cookie: string | undefined;
    csrf: string | undefined;

    constructor(readonly origin: string) {}

    async login(username: string, password: string): Promise<Response> {
        const res = await fetch(`${this.origin}/staff/api/login`, {
            method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password })
        });
        const setCookie = res.headers.get('set-cookie');
        if (res.ok && setCookie) {
            this.cookie = setCookie.split(';')[0];
            this.csrf = ((await res.clone().json()) as { csrfToken: string }).csrfToken;
        }
        return res;
    }

    headers(extra: Record<string, string> = {}): Record<string, string> {
        return { ...(this.cookie ? { cookie: this.cookie } : {}), ...extra };
    }

    get(path: string): Promise<Response> {
        return fetch(`${this.origin}${path}`, { headers: this.headers(), redirect: 'manual' });
    }

    /** JSON POST with the X-CSRF-Token header (pass csrf: null to leave it out, or a string to forge one). */
    post(path: string, body: unknown = {}, options: { csrf?: string | null } = {}): Promise<Response> {
        const token = options.csrf === undefined ? this.csrf : options.csrf;
        return fetch(`${this.origin}${path}`, {
            method: 'POST',
            headers: this.headers({ 'content-type': 'application/json', ...(token ? { 'x-csrf-token': token } : {}) }),
            body: JSON.stringify(body),
            redirect: 'manual'
        });
    }

    /** A form POST like the browser's (fields include _csrf when given). */
    form(path: string, fields: Record<string, string>): Promise<Response> {
        return fetch(`${this.origin}${path}`, {
            method: 'POST',
            headers: this.headers({ 'content-type': 'application/x-www-form-urlencoded', origin: this.origin }),
            body: new URLSearchParams(fields).toString(),
            redirect: 'manual'
        });
    }

    async json<T>(path: string): Promise<T> {
        const res = await this.get(path);
        if (!res.ok) throw new Error(`GET ${path}: HTTP ${res.status}`);
        return (await res.json()) as T;
    }
}

export interface SseEvent {
    event: string;
    data: Record<string, unknown>;
}

/** Reads a Server-Sent Events response; next() resolves with the next event of a type. */
export class SseReader {
    private buffer = '';
    private readonly events: SseEvent[] = [];
    private readonly controller = new AbortController();
    private reader: ReadableStreamDefaultReader<Uint8Array> | undefined;

    static async open(client: StaffClient, path: string): Promise<{ reader: SseReader; status: number; contentType: string | null }> {
        const sse = new SseReader();
        const res = await fetch(`${client.origin}${path}`, { headers: client.headers({ accept: 'text/event-stream' }), signal: sse.controller.signal });
        sse.reader = res.body?.getReader();
        return { reader: sse, status: res.status, contentType: res.headers.get('content-type') };
    }

    async next(type: string, timeoutMs = 5000): Promise<SseEvent> {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
            const index = this.events.findIndex((e) => e.event === type);
            if (index >= 0) return this.events.splice(index, 1)[0]!;
            if (!this.reader || Date.now() > deadline) throw new Error(`SseReader.next(): no "${type}" event within ${timeoutMs} ms`);
            const chunk = await Promise.race([
                this.reader.read(),
                new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), Math.max(1, deadline - Date.now())))
            ]);
            if (chunk === 'timeout') continue;
            if (chunk.done) throw new Error('SseReader.next(): stream ended');
            this.buffer += new TextDecoder().decode(chunk.value);
            this.parse();
        }
    }

    /** Every event of a type received so far (without waiting). */
    seen(type: string): SseEvent[] {
        return this.events.filter((e) => e.event === type);
    }

    close(): void {
        this.controller.abort();
    }

    private parse(): void {
        let end: number;
        while ((end = this.buffer.indexOf('\n\n')) >= 0) {
            const block = this.buffer.slice(0, end);
            this.buffer = this.buffer.slice(end + 2);
            const event = /^event: (.*)$/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (event && data) this.events.push({ event, data: JSON.parse(data) as Record<string, unknown> });
        }
    }
}
