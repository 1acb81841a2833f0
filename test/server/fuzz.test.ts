import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/staff/passwords';
import { startFakeChannel, type FakeChannel } from '../staff/helpers/channel';
import { StaffClient } from '../staff/helpers/client';
import { startServer, type RunningServer } from '../helpers/server';
import { DirectLineClient } from '../directline/client';

/** A hostile request, sent as raw bytes so that nothing in between fixes it. */
interface Probe {
    kind: string;
    method: string;
    path: string;
    headers: Record<string, string>;
    body?: Buffer;
}

/** mulberry32: the same "random" requests on every run, so a failure can be replayed. */
function seeded(seed: number): () => number {
    let a = seed;
    return () => {
        a = (a + 0x6d2b79f5) | 0;
        let t = Math.imul(a ^ (a >>> 15), 1 | a);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

function send(origin: string, probe: Probe): Promise<number> {
    const url = new URL(origin);
    return new Promise((resolve, reject) => {
        const req = httpRequest({ host: url.hostname, port: url.port, method: probe.method, path: probe.path, headers: { ...probe.headers, ...(probe.body ? { 'content-length': String(probe.body.length) } : {}) } }, (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
        });
        // The server may answer (413, 400) and close before reading everything: that is fine.
        req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? resolve(-1) : reject(error)));
        if (probe.body) req.write(probe.body);
        req.end();
    });
}

const json = (value: unknown) => Buffer.from(JSON.stringify(value));
const nested = (depth: number, open = '[', close = ']') => Buffer.from(`${open.repeat(depth)}${close.repeat(depth)}`);
const nestedValue = (depth: number) => Buffer.from(`{"type":"message","channelId":"directline","conversation":{"id":"fuzz"},"from":{"id":"u"},"deliveryMode":"expectReplies","value":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`);
const hostileTexts = ['\u202eevil\u202c', '\u200b\u200c\u200d\ufeff', 'اسمها ليلى\u200f', '\u2066x\u2069', 'a'.repeat(49_000), '\ud800', '\u0000\u0001\u0002', '<script>alert(1)</script>', '${jndi:ldap://x}', '%00%ff', '👨‍👩‍👧'.repeat(500)];
const wrongTypes: Record<string, unknown>[] = [
    { text: 123 }, { text: { a: 1 } }, { conversation: 'x' }, { conversation: null }, { from: null }, { from: { id: 5 } },
    { membersAdded: 'parent' }, { membersAdded: [null] }, { membersAdded: [{}] }, { membersRemoved: 7 }, { attachments: 'x' }, { attachments: [null] },
    { attachments: [{ contentType: 'image/png', contentUrl: 42 }] }, { timestamp: 'yesterday' }, { timestamp: 5 }, { localTimestamp: '2026-13-45T99:99' },
    { locale: 42 }, { locale: 'x'.repeat(500) }, { channelData: 'x' }, { channelData: [1, 2] }, { entities: 'x' }, { entities: [null] },
    { value: null }, { type: '' }, { type: 7 }, { channelId: '' }, { serviceUrl: 42 }, { deliveryMode: ['expectReplies'] }, { recipient: 'bot' },
    { replyToId: {} }, { name: [] }, { text: null }, { type: 'invoke', name: 'adaptiveCard/action', value: { action: 'x' } },
    { type: 'messageReaction' }, { type: 'endOfConversation' }, { type: 'event', name: 'webchat/join' }, { type: 'typing' }, { type: 'installationUpdate' }
];
const activity = (extra: Record<string, unknown>) => ({
    type: 'message', channelId: 'directline', serviceUrl: 'http://127.0.0.1:9', conversation: { id: `fuzz-${Math.abs(JSON.stringify(extra).length)}` },
    from: { id: 'fuzz-parent' }, recipient: { id: 'bot' }, deliveryMode: 'expectReplies', text: 'hello', ...extra
});
const invalidUtf8 = Buffer.concat([Buffer.from('{"type":"message","channelId":"directline","conversation":{"id":"u8"},"from":{"id":"u"},"deliveryMode":"expectReplies","text":"'), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0xff, 0xfe]), Buffer.from('"}')]);

describe('hostile and malformed requests', () => {
    let dataDir: string;
    let server: RunningServer;
    let channel: FakeChannel;
    let widget: DirectLineClient;
    let staff: StaffClient;
    const bombs: Record<string, Buffer> = {};

    beforeAll(async () => {
        dataDir = mkdtempSync(path.join(tmpdir(), 'intake-fuzz-'));
        channel = await startFakeChannel();
        server = await startServer({ DATA_DIR: dataDir, STAFF_USERS: `alice:${await hashPassword('fuzz password')}` });
        widget = await DirectLineClient.open(server.origin, 'en');
        staff = new StaffClient(server.origin);
        expect((await staff.login('alice', 'fuzz password')).status).toBe(200);
        // 200 MB of JSON-looking text, each about 0.2 MB or less compressed.
        const huge = Buffer.alloc(200 * 1024 * 1024, 0x20);
        huge.write('{"type":"message","text":"', 0);
        bombs.gzip = gzipSync(huge, { level: 9 });
        bombs.deflate = deflateSync(huge, { level: 9 });
        bombs.br = brotliCompressSync(huge);
    }, 120_000);
    afterAll(async () => {
        await server?.stop();
        await channel?.close();
        rmSync(dataDir, { recursive: true, force: true });
    });

    function probes(): Probe[] {
        const random = seeded(7);
        const dl = `/v3/directline/conversations/${widget.conversationId}`;
        const bearer = { authorization: `Bearer ${widget.token}` };
        const staffHeaders = staff.headers({ 'x-csrf-token': staff.csrf ?? '' });
        const jsonRoutes: { path: string; headers: Record<string, string> }[] = [
            { path: '/api/messages', headers: {} },
            { path: '/api/directline/token', headers: {} },
            { path: '/v3/directline/conversations', headers: bearer },
            { path: `${dl}/activities`, headers: bearer },
            { path: '/v3/directline/tokens/refresh', headers: bearer },
            { path: '/staff/api/applications/x/status', headers: staffHeaders },
            { path: '/staff/api/conversations/x/messages', headers: staffHeaders },
            { path: '/v3/directline/bot/forged/v3/conversations/x/activities', headers: {} }
        ];
        const list: Probe[] = [];
        const add = (kind: string, method: string, route: { path: string; headers: Record<string, string> }, headers: Record<string, string>, body?: Buffer) =>
            list.push({ kind, method, path: route.path, headers: { ...route.headers, ...headers }, ...(body ? { body } : {}) });
        const asJson = { 'content-type': 'application/json' };

        for (const route of jsonRoutes) {
            // A Content-Encoding that lies about the body, and every encoding we do not speak.
            for (const encoding of ['gzip', 'deflate', 'br', 'x-gzip', 'compress', 'gzip, gzip', 'GZIP', 'identity, gzip', 'zstd', '']) {
                add('lying encoding', 'POST', route, { ...asJson, 'content-encoding': encoding }, json(activity({})));
            }
            for (const [encoding, body] of Object.entries(bombs)) add('compression bomb', 'POST', route, { ...asJson, 'content-encoding': encoding }, body);
            add('truncated gzip', 'POST', route, { ...asJson, 'content-encoding': 'gzip' }, gzipSync(json(activity({}))).subarray(0, 20));
            for (const depth of [33, 100, 10_000, 100_000]) {
                for (const body of [nested(depth), nested(depth, '{"a":', '}'), nestedValue(depth)]) add('deep nesting', 'POST', route, asJson, body);
            }
            add('invalid UTF-8', 'POST', route, asJson, invalidUtf8);
            for (const size of [300 * 1024, 2 * 1024 * 1024]) add('huge body', 'POST', route, asJson, Buffer.alloc(size, 0x61));
            for (const body of ['', '{', '{"type":', 'null', '[]', '"text"', '\ufeff{}', '{"__proto__":{"polluted":1}}', 'NaN', '1e999999']) add('malformed JSON', 'POST', route, asJson, Buffer.from(body));
            for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=latin-99', 'application/xml', '']) {
                add('wrong content type', 'POST', route, { 'content-type': type }, json(activity({})));
            }
        }
        // Activities that are well-formed JSON with fields of the wrong type, and hostile text that is valid.
        for (const extra of wrongTypes) {
            add('wrong types', 'POST', jsonRoutes[0]!, asJson, json(activity(extra)));
            add('wrong types', 'POST', jsonRoutes[3]!, asJson, json({ type: 'message', ...extra }));
        }
        for (const text of hostileTexts) {
            add('hostile text', 'POST', jsonRoutes[0]!, asJson, json(activity({ text, conversation: { id: `fuzz-text-${list.length}` } })));
            add('hostile text', 'POST', jsonRoutes[3]!, asJson, json({ type: 'message', text }));
        }
        // Replies must not be posted anywhere chosen by the sender.
        for (const serviceUrl of [channel.serviceUrl, 'http://169.254.169.254/latest/meta-data/', 'http://[::1]:9/', 'file:///etc/passwd', 'javascript:alert(1)']) {
            add('serviceUrl', 'POST', jsonRoutes[0]!, asJson, json(activity({ serviceUrl, deliveryMode: undefined })));
        }
        // Uploads: bodies that are not the multipart they claim.
        const upload = { path: `${dl}/upload`, headers: bearer };
        for (const body of [Buffer.from('--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4'), Buffer.alloc(0), invalidUtf8, bombs.gzip ?? Buffer.alloc(0)]) {
            for (const type of ['multipart/form-data; boundary=x', 'multipart/form-data', 'application/json', 'text/plain']) {
                add('bad upload', 'POST', upload, { 'content-type': type, ...(random() < 0.5 ? { 'content-encoding': 'gzip' } : {}) }, body);
            }
        }
        // Staff forms with lying encodings and odd fields (sign-in itself slows down after failures:
        // few of those); a staff API body with the wrong types.
        const forms = [{ path: '/staff/logout', headers: staff.headers({ origin: server.origin }) }, { path: '/staff/applications/x/status', headers: staff.headers({ origin: server.origin }) }];
        for (const body of ['username=admin&password=x', 'username[]=a&username[]=b', '_csrf=%zz', '&&&=&=', 'x'.repeat(300 * 1024)]) {
            for (const encoding of ['', 'gzip', 'deflate']) {
                for (const route of forms) add('staff form', 'POST', route, { 'content-type': 'application/x-www-form-urlencoded', ...(encoding ? { 'content-encoding': encoding } : {}) }, Buffer.from(body));
            }
        }
        for (const body of ['username[]=a&password[]=b', 'username=%ff%fe&password=x']) {
            add('staff sign-in', 'POST', { path: '/staff/login', headers: { origin: server.origin } }, { 'content-type': 'application/x-www-form-urlencoded' }, Buffer.from(body));
        }
        for (const body of [{ text: 5 }, { text: null }, { text: ['a'] }, { status: { $ne: 1 } }, {}]) {
            add('staff api types', 'POST', { path: '/staff/api/conversations/x/messages', headers: staffHeaders }, asJson, json(body));
            add('staff api types', 'POST', { path: '/staff/api/applications/x/status', headers: staffHeaders }, asJson, json(body));
        }
        // Paths and methods nobody should send.
        for (const odd of ['/%', '/%E0%A4%A', '/..%2f..%2fetc%2fpasswd', '/staff/%00', `/v3/directline/conversations/${'a'.repeat(5000)}/activities`, '/v3/directline/attachments/%ZZ', '/staff/applications/%E2%80%AE', '/api/messages?x=%ff']) {
            for (const method of ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS']) add('odd path', method, { path: odd, headers: {} }, {});
        }
        for (const watermark of ['-1', '1e9', 'abc', '99999999999999999999', '%00']) add('odd query', 'GET', { path: `${dl}/activities?watermark=${watermark}`, headers: bearer }, {});
        return list;
    }

    it('never answers 5xx and stays up after each of more than 500 generated requests', async () => {
        const list = probes();
        expect(list.length).toBeGreaterThanOrEqual(500);
        const serverErrors: string[] = [];
        const statuses = new Map<number, number>();
        for (const probe of list) {
            const status = await send(server.origin, probe);
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
            if (status >= 500) serverErrors.push(`${status} ${probe.kind} ${probe.method} ${probe.path.slice(0, 80)} ${JSON.stringify(probe.headers)}`);
            expect(await send(server.origin, { kind: 'health', method: 'GET', path: '/healthz', headers: {} })).toBe(200);
        }
        process.stdout.write(`fuzz: ${list.length} requests, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}\n`);
        expect(serverErrors).toEqual([]);
        // Nothing was posted to a serviceUrl named by a sender.
        expect(channel.received).toEqual([]);
    }, 300_000);

    it('refuses a lying Content-Encoding with 400 and a compression bomb with 413, on every JSON route', async () => {
        for (const route of ['/api/messages', '/api/directline/token', '/staff/api/login']) {
            const lying = await send(server.origin, { kind: 'lying', method: 'POST', path: route, headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', origin: server.origin }, body: json(activity({})) });
            expect(lying).toBe(400);
            const bomb = await send(server.origin, { kind: 'bomb', method: 'POST', path: route, headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', origin: server.origin }, body: bombs.gzip ?? Buffer.alloc(0) });
            expect(bomb).toBe(413);
            const unknown = await send(server.origin, { kind: 'unknown', method: 'POST', path: route, headers: { 'content-type': 'application/json', 'content-encoding': 'compress', origin: server.origin }, body: json({}) });
            expect(unknown).toBe(415);
        }
    });

    it('still takes a correctly gzip-compressed activity', async () => {
        const body = gzipSync(json(activity({ type: 'conversationUpdate', membersAdded: [{ id: 'fuzz-parent' }], conversation: { id: 'fuzz-gzip-ok' } })));
        const status = await send(server.origin, { kind: 'gzip ok', method: 'POST', path: '/api/messages', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body });
        expect(status).toBe(200);
    });
});
