import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressKey } from '../../src/server/clientAddress';
import { call, type Answer } from '../helpers/http';
import { startServer, type RunningServer } from '../helpers/server';

const LIMITS = {
    RATE_LIMIT_WINDOW_SECONDS: '60',
    RATE_LIMIT_TOKENS_PER_ADDRESS: '5',
    RATE_LIMIT_TOKENS_PER_CONVERSATION: '3',
    RATE_LIMIT_MESSAGES_PER_ADDRESS: '8',
    RATE_LIMIT_MESSAGES_PER_CONVERSATION: '4',
    RATE_LIMIT_UPLOADS_PER_ADDRESS: '4',
    RATE_LIMIT_UPLOADS_PER_CONVERSATION: '2'
};

function expectTooMany(answer: Answer): void {
    expect(answer.status).toBe(429);
    expect(answer.headers['retry-after']).toMatch(/^\d+$/);
    expect(Number(answer.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(answer.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(answer.json).toMatchObject({ error: { code: 'TooManyRequests' } });
}

async function multipart(): Promise<{ body: Buffer; type: string }> {
    const form = new FormData();
    form.append('activity', new Blob([JSON.stringify({ type: 'message' })], { type: 'application/vnd.microsoft.activity' }));
    form.append('file', new Blob([Buffer.from('%PDF-1.4\n%%EOF\n')], { type: 'application/pdf' }), 'lab.pdf');
    const encoded = new Request('http://form.invalid/', { method: 'POST', body: form });
    return { body: Buffer.from(await encoded.arrayBuffer()), type: encoded.headers.get('content-type') ?? '' };
}

describe('rate limits over HTTP', () => {
    let server: RunningServer;
    let dataDir: string;
    beforeAll(async () => {
        dataDir = mkdtempSync(path.join(tmpdir(), 'rate-limits-'));
        server = await startServer({ DATA_DIR: dataDir, ...LIMITS });
    });
    afterAll(async () => {
        await server?.stop();
        rmSync(dataDir, { recursive: true, force: true });
    });

    /** A new widget conversation (a token and its start), counted against `from`. */
    const open = async (from: string): Promise<{ token: string; conversationId: string }> => {
        const issued = await call(server.origin, 'POST', '/api/directline/token', { from, json: {} });
        expect(issued.status).toBe(200);
        const { token, conversationId } = issued.json as { token: string; conversationId: string };
        expect((await call(server.origin, 'POST', '/v3/directline/conversations', { from, token })).status).toBe(201);
        return { token, conversationId };
    };
    const userMessages = async (conversation: { token: string; conversationId: string }, from: string): Promise<string[]> => {
        const page = await call(server.origin, 'GET', `/v3/directline/conversations/${conversation.conversationId}/activities`, { from, token: conversation.token });
        return (page.json.activities as { type: string; text?: string; from: { role?: string } }[]).filter((a) => a.type === 'message' && a.from.role === 'user').map((a) => a.text ?? '(file)');
    };

    it('tokens: a burst from one address gets 429 with Retry-After; another address still gets tokens', async () => {
        const statuses: number[] = [];
        let last: Answer | undefined;
        for (let i = 0; i < 7; i++) {
            last = await call(server.origin, 'POST', '/api/directline/token', { from: '127.0.0.10', json: {} });
            statuses.push(last.status);
        }
        expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
        expectTooMany(last!);
        expect((await call(server.origin, 'POST', '/api/directline/token', { from: '127.0.0.11', json: {} })).status).toBe(200);
    });

    it('tokens: refreshing one conversation is limited wherever it comes from; another conversation is not', async () => {
        const a = await open('127.0.0.20');
        const b = await open('127.0.0.22');
        const refresh = (token: string, from: string) => call(server.origin, 'POST', '/v3/directline/tokens/refresh', { from, token });
        // The start counted once for the conversation: two refreshes fit, the third does not.
        expect((await refresh(a.token, '127.0.0.20')).status).toBe(200);
        expect((await refresh(a.token, '127.0.0.21')).status).toBe(200);
        expectTooMany(await refresh(a.token, '127.0.0.21'));
        expect((await refresh(b.token, '127.0.0.21')).status).toBe(200);
        // A forged token counts against its address only, never against a real conversation.
        expect((await refresh(`${b.token}x`, '127.0.0.23')).status).toBe(401);
        expect((await refresh(b.token, '127.0.0.23')).status).toBe(200);
    });

    it('widget messages: the fifth in one conversation gets 429 and is never logged; other conversations go on', async () => {
        const a = await open('127.0.0.30');
        const b = await open('127.0.0.31');
        const send = (conversation: { token: string; conversationId: string }, text: string, from: string) =>
            call(server.origin, 'POST', `/v3/directline/conversations/${conversation.conversationId}/activities`, { from, token: conversation.token, json: { type: 'message', text } });
        const statuses = [];
        for (let i = 1; i <= 5; i++) statuses.push((await send(a, `message ${i}`, '127.0.0.30')).status);
        expect(statuses).toEqual([200, 200, 200, 200, 429]);
        expectTooMany(await send(a, 'message 6', '127.0.0.32'));
        expect((await send(b, 'hello', '127.0.0.31')).status).toBe(200);
        expect(await userMessages(a, '127.0.0.30')).toEqual(['message 1', 'message 2', 'message 3', 'message 4']);
    });

    it('widget messages: one address spreading a burst over conversations is limited too', async () => {
        const from = '127.0.0.33';
        // Opened elsewhere (tokens have their own budget), written to from one address.
        const conversations = [await open('127.0.0.34'), await open('127.0.0.35'), await open('127.0.0.36')];
        const statuses: number[] = [];
        for (const conversation of conversations) {
            for (let i = 0; i < 3; i++) {
                statuses.push((await call(server.origin, 'POST', `/v3/directline/conversations/${conversation.conversationId}/activities`, { from, token: conversation.token, json: { type: 'message', text: 'hi' } })).status);
            }
        }
        expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 429]);
    });

    it('/api/messages: limited per conversation id from the body, not per address (a channel posts every conversation)', async () => {
        const post = (conversationId: string, text: string, from: string) => call(server.origin, 'POST', '/api/messages', {
            from,
            json: { type: 'message', text, channelId: 'directline', serviceUrl: 'http://127.0.0.1:9', id: randomUUID(), conversation: { id: conversationId }, from: { id: 'parent-1' }, recipient: { id: 'bot' }, deliveryMode: 'expectReplies', locale: 'en' }
        });
        const x = `http-${randomUUID()}`;
        const statuses = [];
        for (let i = 1; i <= 5; i++) statuses.push((await post(x, `hello ${i}`, '127.0.0.40')).status);
        expect(statuses).toEqual([200, 200, 200, 200, 429]);
        const rejected = await post(x, 'hello 6', '127.0.0.41');
        expectTooMany(rejected);
        // Nothing of the rejected messages reached the bot: the transcript holds the four accepted ones.
        const parentLines = (await server.app.handoff.transcripts.transcriptFor(x)).filter((e) => e.role === 'parent').map((e) => e.text);
        expect(parentLines).toEqual(['hello 1', 'hello 2', 'hello 3', 'hello 4']);
        // Twelve other conversations from one address: all accepted.
        const others = await Promise.all(Array.from({ length: 12 }, () => post(`http-${randomUUID()}`, 'hello', '127.0.0.40')));
        expect(others.map((a) => a.status)).toEqual(Array<number>(12).fill(200));
    });

    it('uploads: limited per conversation and per address; other conversations still upload', async () => {
        const { body, type } = await multipart();
        const upload = (conversation: { token: string; conversationId: string }, from: string) =>
            call(server.origin, 'POST', `/v3/directline/conversations/${conversation.conversationId}/upload`, { from, token: conversation.token, body, headers: { 'content-type': type } });
        const a = await open('127.0.0.50');
        const b = await open('127.0.0.51');
        expect((await upload(a, '127.0.0.50')).status).toBe(200);
        expect((await upload(a, '127.0.0.50')).status).toBe(200);
        expectTooMany(await upload(a, '127.0.0.50'));
        expect(await userMessages(a, '127.0.0.50')).toHaveLength(2);
        expect((await upload(b, '127.0.0.51')).status).toBe(200);

        const from = '127.0.0.52';
        const many = [await open('127.0.0.53'), await open('127.0.0.54'), await open('127.0.0.55')];
        const statuses: number[] = [];
        for (const conversation of many) for (let i = 0; i < 2; i++) statuses.push((await upload(conversation, from)).status);
        expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    });

    it('X-Forwarded-For is ignored without TRUST_PROXY (a client cannot pick its own address)', async () => {
        const statuses: number[] = [];
        for (let i = 0; i < 6; i++) statuses.push((await call(server.origin, 'POST', '/api/directline/token', { from: '127.0.0.60', json: {}, headers: { 'x-forwarded-for': `203.0.113.${i}` } })).status);
        expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    });

    it('other routes are not limited (the widget polls every second)', async () => {
        const a = await open('127.0.0.70');
        const polls = await Promise.all(Array.from({ length: 30 }, () => call(server.origin, 'GET', `/v3/directline/conversations/${a.conversationId}/activities`, { from: '127.0.0.70', token: a.token })));
        expect(new Set(polls.map((p) => p.status))).toEqual(new Set([200]));
    });
});

describe('the default limits', () => {
    let server: RunningServer;
    let dataDir: string;
    beforeAll(async () => {
        dataDir = mkdtempSync(path.join(tmpdir(), 'rate-limits-defaults-'));
        server = await startServer({ DATA_DIR: dataDir });
    });
    afterAll(async () => {
        await server?.stop();
        rmSync(dataDir, { recursive: true, force: true });
    });

    it('let a parent type fast and double-send, and a channel post many conversations at once', async () => {
        const issued = await call(server.origin, 'POST', '/api/directline/token', { json: {} });
        const { token, conversationId } = issued.json as { token: string; conversationId: string };
        expect((await call(server.origin, 'POST', '/v3/directline/conversations', { token })).status).toBe(201);
        const typed: number[] = [];
        for (let i = 0; i < 30; i++) {
            const twice = await Promise.all([0, 1].map(() => call(server.origin, 'POST', `/v3/directline/conversations/${conversationId}/activities`, { token, json: { type: 'message', text: `answer ${i}` } })));
            typed.push(...twice.map((a) => a.status));
        }
        expect(new Set(typed)).toEqual(new Set([200]));

        const doubleSends = await Promise.all(Array.from({ length: 50 }, async () => {
            const conversation = { id: `http-${randomUUID()}` };
            const post = () => call(server.origin, 'POST', '/api/messages', {
                json: { type: 'message', text: 'Mia', channelId: 'directline', serviceUrl: 'http://127.0.0.1:9', id: randomUUID(), conversation, from: { id: 'parent-1' }, recipient: { id: 'bot' }, deliveryMode: 'expectReplies' }
            });
            return Promise.all([post(), post()]);
        }));
        expect(new Set(doubleSends.flat().map((a) => a.status))).toEqual(new Set([200]));
    }, 60_000);
});

describe('rate limits behind a proxy (TRUST_PROXY=1)', () => {
    let server: RunningServer;
    let dataDir: string;
    beforeAll(async () => {
        dataDir = mkdtempSync(path.join(tmpdir(), 'rate-limits-proxy-'));
        server = await startServer({ DATA_DIR: dataDir, TRUST_PROXY: '1', RATE_LIMIT_TOKENS_PER_ADDRESS: '2' });
    });
    afterAll(async () => {
        await server?.stop();
        rmSync(dataDir, { recursive: true, force: true });
    });

    it('counts the address the proxy appended, not what the client wrote before it', async () => {
        const token = (forwarded: string) => call(server.origin, 'POST', '/api/directline/token', { from: '127.0.0.1', json: {}, headers: { 'x-forwarded-for': forwarded } });
        expect((await token('198.51.100.7')).status).toBe(200);
        expect((await token('10.9.9.9, 198.51.100.7')).status).toBe(200);
        expectTooMany(await token('10.9.9.8, 198.51.100.7'));
        expect((await token('198.51.100.8')).status).toBe(200);
        // IPv6 clients count by their /64 network.
        expect((await token('2001:db8:1:2::a')).status).toBe(200);
        expect((await token('2001:db8:1:2:ffff::b')).status).toBe(200);
        expectTooMany(await token('2001:db8:1:2::c'));
        expect((await token('2001:db8:1:3::a')).status).toBe(200);
    });
});

describe('addressKey', () => {
    it('keeps IPv4, unwraps IPv4-mapped IPv6 and groups IPv6 by /64', () => {
        expect(addressKey('203.0.113.9')).toBe('203.0.113.9');
        expect(addressKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
        expect(addressKey('2001:db8:0:42:1:2:3:4')).toBe('2001:db8:0:42::/64');
        expect(addressKey('2001:DB8::1')).toBe('2001:db8:0:0::/64');
        expect(addressKey('::1')).toBe('0:0:0:0::/64');
    });
});
