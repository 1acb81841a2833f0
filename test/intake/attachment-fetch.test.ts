import { readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { attachmentPath } from '../../src/directline/files';
import { matchHost } from '../../src/intake/attachmentFetch';
import { conversationFolder } from '../../src/storage/conversation-folder';
import { randomId } from '../../src/directline/tokens';
import { SCRIPTS } from '../fixtures/scripts';
import { DOCUMENTS } from '../fixtures/documents';
import { allText, createHarness, currentField, type Harness } from '../helpers/harness';
import { closedPort, startPeer, testLookup, type Peer } from '../helpers/peers/attachmentServers';
import { answerUntil } from '../helpers/script';

/** Everything the parent sees of a turn. */
const visible = (replies: Partial<Activity>[]) => JSON.stringify(replies.map((r) => ({ text: r.text, actions: r.suggestedActions, attachments: r.attachments })));

let receiver: Peer;
let legit: Peer;
let redirector: Peer;
let silent: Peer;
let closed: number;
let harness: Harness | undefined;

beforeAll(async () => {
    // What an attacker would like the bot to reach: it must never see a connection.
    receiver = await startPeer();
    // An allowed attachment host (listed exactly, allowed on loopback for the test).
    // Not chained: restify, loaded by other test files in the same worker, makes writeHead return nothing.
    legit = await startPeer((req, res) => {
        if (req.url === '/scan.pdf') {
            res.writeHead(200, { 'content-type': 'application/pdf' });
            res.end(DOCUMENTS.pdf);
        } else {
            res.writeHead(req.url === '/broken' ? 500 : 404);
            res.end('no');
        }
    });
    redirector = await startPeer((req, res) => {
        const to = new URL(req.url ?? '/', 'http://x').searchParams.get('to') ?? `http://127.0.0.1:${redirector.port}/loop`;
        res.writeHead(302, { location: to });
        res.end();
    });
    silent = await startPeer(() => undefined);
    closed = await closedPort();
});
afterAll(async () => {
    for (const peer of [receiver, legit, redirector, silent]) await peer?.close();
});
afterEach(async () => {
    await harness?.close();
    harness = undefined;
});

const policy = (allowPrivateListed: boolean) => ({
    hosts: [`127.0.0.1:${legit.port}`, `127.0.0.1:${redirector.port}`, `127.0.0.1:${closed}`, `127.0.0.1:${silent.port}`, `*.test.example:${receiver.port}`, `*.test.example:${legit.port}`],
    allowPrivateListed,
    timeoutMs: 400,
    lookup: testLookup
});

async function atDocuments(allowPrivateListed: boolean): Promise<Harness> {
    harness = await createHarness({ locale: 'en', attachments: policy(allowPrivateListed) });
    await answerUntil(harness, await harness.join(), SCRIPTS.en, 'documents.files');
    return harness;
}

const send = (h: Harness, contentUrl: string) => h.say('', { attachments: [{ name: 'scan.pdf', contentType: 'application/pdf', contentUrl }] });

/** A file the widget stored for a conversation, as the upload route leaves it. */
async function widgetFile(h: Harness, conversationId: string): Promise<string> {
    const id = randomId('att-');
    writeFileSync(await h.database.directline.files.prepare(conversationId, id), DOCUMENTS.pdf, { mode: 0o600 });
    await h.database.directline.putAttachment({ id, conversationId, name: 'scan.pdf', contentType: 'application/pdf', size: DOCUMENTS.pdf.length }, new Date());
    return attachmentPath(id);
}

describe('the bot fetches attachments only where it may (SSRF)', () => {
    it('takes a file from an allowed host and its own conversation\'s widget upload', async () => {
        const h = await atDocuments(true);
        expect(allText(await send(h, `http://127.0.0.1:${legit.port}/scan.pdf`))).toMatch(/received "scan.pdf"/);
        expect(legit.requests.at(-1)?.authorization).toBeUndefined();
        expect(legit.requests.at(-1)?.cookie).toBeUndefined();
        expect(allText(await send(h, await widgetFile(h, h.adapter.conversation.conversation.id)))).toMatch(/received "scan.pdf"/);
        // Both kept in the conversation's uploads folder, owner-only.
        const folder = conversationFolder(path.join(h.dataDir, 'uploads'), h.adapter.conversation.conversation.id);
        const stored = readdirSync(folder);
        expect(stored).toHaveLength(2);
        expect(stored.map((f) => statSync(path.join(folder, f)).mode & 0o777)).toEqual([0o600, 0o600]);
        expect(statSync(folder).mode & 0o777).toBe(0o700);
    });

    it('gives one and the same answer for every refused or failed fetch, and the internal server sees no connection', async () => {
        const h = await atDocuments(true);
        const P = receiver.port;
        const R = redirector.port;
        const otherConversationsUpload = await widgetFile(h, 'dl-someone-else');
        const cases: [string, string][] = [
            ['loopback by IP', `http://127.0.0.1:${P}/scan.pdf`],
            ['localhost', `http://localhost:${P}/scan.pdf`],
            ['a listed name that resolves to 127.0.0.1', `http://files.test.example:${P}/scan.pdf`],
            ['IPv6 loopback', `http://[::1]:${P}/scan.pdf`],
            ['IPv4-mapped IPv6', `http://[::ffff:127.0.0.1]:${P}/scan.pdf`],
            ['decimal IP', `http://2130706433:${P}/scan.pdf`],
            ['hex IP', `http://0x7f000001:${P}/scan.pdf`],
            ['octal, short IP', `http://0177.1:${P}/scan.pdf`],
            ['unspecified address', `http://0.0.0.0:${P}/scan.pdf`],
            ['cloud metadata', 'http://169.254.169.254/latest/meta-data/'],
            ['IPv6 metadata', 'http://[fd00:ec2::254]/latest/meta-data/'],
            ['a redirect from an allowed host to loopback', `http://127.0.0.1:${R}/?to=${encodeURIComponent(`http://127.0.0.1:${P}/scan.pdf`)}`],
            ['a redirect to a name that resolves to loopback', `http://127.0.0.1:${R}/?to=${encodeURIComponent(`http://files.test.example:${P}/scan.pdf`)}`],
            ['a redirect to IPv6 loopback', `http://127.0.0.1:${R}/?to=${encodeURIComponent(`http://[::1]:${P}/scan.pdf`)}`],
            ['endless redirects', `http://127.0.0.1:${R}/loop`],
            ['another conversation\'s widget upload', otherConversationsUpload],
            ['that upload by this server\'s address', `http://127.0.0.1:${P}${otherConversationsUpload}`],
            ['credentials in the URL', `http://user:secret@127.0.0.1:${legit.port}/scan.pdf`],
            ['a file URL', 'file:///etc/passwd'],
            ['a relative path', '/etc/passwd'],
            ['a name that does not resolve', `http://nowhere.test.example:${P}/scan.pdf`],
            ['connection refused', `http://127.0.0.1:${closed}/scan.pdf`],
            ['a host that never answers', `http://127.0.0.1:${silent.port}/scan.pdf`],
            ['HTTP 404', `http://127.0.0.1:${legit.port}/missing`],
            ['HTTP 500', `http://127.0.0.1:${legit.port}/broken`],
            ['an unlisted public host', 'https://attacker.example.org/scan.pdf']
        ];
        const legitBefore = legit.requests.length;
        const answers = new Map<string, string>();
        for (const [name, url] of cases) {
            answers.set(name, visible(await send(h, url)));
        }
        expect(receiver.connections).toBe(0);
        // Only the two HTTP error cases reached the allowed host; the URL with credentials did not.
        expect(legit.requests.length - legitBefore).toBe(2);
        const distinct = new Set(answers.values());
        expect([...distinct], JSON.stringify(Object.fromEntries(answers), null, 1)).toHaveLength(1);
        expect([...distinct][0]).toMatch(/couldn't receive \\"scan.pdf\\"/);
        // Still at the documents question: "done" moves on.
        expect(currentField(await h.say('done'))).toBe('documents.available');
    });

    it('by default (no ATTACHMENT_ALLOW_PRIVATE) even an exactly listed host on loopback is refused', async () => {
        const h = await atDocuments(false);
        const before = legit.connections;
        expect(allText(await send(h, `http://127.0.0.1:${legit.port}/scan.pdf`))).toMatch(/couldn't receive "scan.pdf"/);
        expect(allText(await send(h, `http://files.test.example:${legit.port}/scan.pdf`))).toMatch(/couldn't receive "scan.pdf"/);
        expect(legit.connections).toBe(before);
    });
});

describe('ATTACHMENT_HOSTS patterns', () => {
    const defaults = ['*.botframework.com', 'smba.trafficmanager.net', '*.asm.skype.com'];
    it.each([
        ['https://directline.botframework.com/attachments/x', 'wildcard'],
        ['https://europe.directline.botframework.com/x', 'wildcard'],
        ['https://smba.trafficmanager.net/amer/v3/attachments/x', 'exact'],
        ['https://SMBA.trafficmanager.net/x', 'exact'],
        ['https://botframework.com/x', undefined],
        ['https://evilbotframework.com/x', undefined],
        ['https://directline.botframework.com.evil.example/x', undefined],
        ['https://directline.botframework.com:8443/x', undefined],
        ['http://smba.trafficmanager.net:443/x', undefined],
        ['https://127.0.0.1/x', undefined]
    ])('%s → %s', (url, expected) => {
        expect(matchHost(new URL(url), defaults)).toBe(expected);
    });

    it('a port in the pattern is the only port; IPv6 literals are matched as written', () => {
        expect(matchHost(new URL('http://files.example.org:8080/x'), ['files.example.org:8080'])).toBe('exact');
        expect(matchHost(new URL('http://files.example.org/x'), ['files.example.org:8080'])).toBeUndefined();
        expect(matchHost(new URL('http://[::1]:3000/x'), ['[::1]:3000'])).toBe('exact');
        expect(matchHost(new URL('http://[::1]:3000/x'), ['*.1:3000'])).toBeUndefined();
    });
});
