import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChannelActivity {
    path: string;
    conversationId: string;
    body: { type?: string; name?: string; text?: string; channelData?: { staff?: boolean }; value?: unknown; attachments?: { name?: string; content?: unknown }[] };
}

export interface FakeChannel {
    /** The serviceUrl to put in the parent's activities. */
    serviceUrl: string;
    received: ChannelActivity[];
    /** Waits until `count` activities arrived (or fails after timeoutMs). */
    waitFor(count: number, timeoutMs?: number): Promise<ChannelActivity[]>;
    /** Answer the next requests with this status (e.g. 503 to simulate an outage); undefined = 200. */
    failWith: number | undefined;
    close(): Promise<void>;
}

/**
 * A real HTTP peer playing the Bot Framework channel (the conversation's serviceUrl): records
 * POST /v3/conversations/:id/activities (and replies to an activity id) like the Connector API.
 */
export async function startFakeChannel(): Promise<FakeChannel> {
    const received: ChannelActivity[] = [];
    const channel: FakeChannel = {
        serviceUrl: '',
        received,
        failWith: undefined,
        waitFor: async (count, timeoutMs = 5000) => {
            const deadline = Date.now() + timeoutMs;
            while (received.length < count) {
                if (Date.now() > deadline) throw new Error(`FakeChannel.waitFor(): ${received.length} of ${count} activities after ${timeoutMs} ms`);
                await new Promise((r) => setTimeout(r, 20));
            }
            return received;
        },
        close: async () => undefined
    };
    const server: Server = createServer((req, res) => {
        const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/[^/]+)?$/.exec(req.url ?? '');
        let raw = '';
        req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
        // restify patches http.ServerResponse (writeHead no longer returns this): separate calls.
        const reply = (status: number, body: string) => {
            res.writeHead(status, { 'content-type': 'application/json' });
            res.end(body);
        };
        req.on('end', () => {
            if (req.method !== 'POST' || !match) return reply(404, '{}');
            if (channel.failWith) return reply(channel.failWith, '{}');
            received.push({ path: req.url ?? '', conversationId: decodeURIComponent(match[1] ?? ''), body: JSON.parse(raw) as ChannelActivity['body'] });
            reply(200, JSON.stringify({ id: `act-${received.length}` }));
        });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    channel.serviceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    channel.close = () => new Promise((resolve) => server.close(() => resolve()));
    return channel;
}
