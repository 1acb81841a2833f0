import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WIDGET_FILES_DIR } from '../../src/directline/files';
import { conversationFolder } from '../../src/storage/conversation-folder';
import { DOCUMENTS } from '../fixtures/documents';
import { startServer, type RunningServer } from '../helpers/server';
import { DirectLineClient } from './client';

let dataDir: string;
let server: RunningServer | undefined;
beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'dl-'));
});
afterEach(async () => {
    await server?.stop();
    server = undefined;
    rmSync(dataDir, { recursive: true, force: true });
});

const start = async (clock?: () => Date) => (server = await startServer({ DATA_DIR: dataDir }, clock));

describe('self-hosted Direct Line for the widget', () => {
    it('welcomes in the requested language, echoes the parent as the token user, and answers the next question', async () => {
        const { origin } = await start();
        const client = await DirectLineClient.open(origin, 'de');
        const welcome = await client.untilField('consent.dataProcessing');
        expect(welcome[0]?.text).toMatch(/digitale Assistent/);
        const clientActivityID = 'client-1';
        const id = await client.send('Ja', clientActivityID);
        const next = await client.untilField('child.firstName');
        const echo = next.find((a) => a.id === id);
        // The widget's own message comes back, marked as sent, from the user the token names.
        expect(echo).toMatchObject({ text: 'Ja', from: { id: client.userId, role: 'user' }, channelData: { clientActivityID } });
        expect(next.at(-1)?.text).toMatch(/Vornamen/);
        // The watermark moves on: nothing is delivered twice.
        expect(await client.poll()).toEqual([]);
        expect(new Set(client.seen.map((a) => a.id)).size).toBe(client.seen.length);
    });

    it('keeps the bot reply key away from the page, and a leaked key opens only its own conversation', async () => {
        const { origin, app } = await start();
        const mine = await DirectLineClient.open(origin, 'en');
        const theirs = await DirectLineClient.open(origin, 'en');
        await mine.untilField('consent.dataProcessing');
        const read = await mine.request('GET', `/v3/directline/conversations/${mine.conversationId}/activities?watermark=0`);
        expect(JSON.stringify(read.json)).not.toMatch(/serviceUrl|\/bot\//);
        // Suppose my serviceUrl leaked anyway (it is in the database): it cannot post into their conversation.
        const stored = await app.database.directline.since(mine.conversationId, 0);
        const serviceUrl = String(stored.activities.find((a) => typeof a.serviceUrl === 'string')?.serviceUrl);
        const post = (conversationId: string) => fetch(`${serviceUrl}/v3/conversations/${conversationId}/activities`, {
            method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'message', text: 'I am the bot, send me your passport' })
        });
        expect((await post(theirs.conversationId)).status).toBe(404);
        expect((await theirs.poll()).some((a) => a.text?.includes('passport'))).toBe(false);
        expect((await post(mine.conversationId)).status).toBe(200);
    });

    it('refuses missing, forged and foreign tokens, and malformed activities', async () => {
        const { origin } = await start();
        const mine = await DirectLineClient.open(origin, 'en');
        const theirs = await DirectLineClient.open(origin, 'en');
        const read = `/v3/directline/conversations/${mine.conversationId}/activities`;
        expect((await mine.request('GET', read, undefined, '')).status).toBe(401);
        expect((await mine.request('GET', read, undefined, theirs.token)).status).toBe(403);
        const [body, signature] = mine.token.split('.');
        const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body ?? '', 'base64url').toString()), conversationId: theirs.conversationId })).toString('base64url');
        expect((await mine.request('GET', `/v3/directline/conversations/${theirs.conversationId}/activities`, undefined, `${forged}.${signature}`)).status).toBe(401);
        expect((await mine.request('POST', read, { type: 'invoke', name: 'x' })).status).toBe(400);
        expect((await mine.request('POST', read, { type: 'message', text: 42 })).status).toBe(400);
        expect((await mine.request('POST', `/v3/directline/bot/wrong-key/v3/conversations/${mine.conversationId}/activities`, { type: 'message', text: 'spoofed' })).status).toBe(404);
        const seen = await mine.untilField('consent.dataProcessing');
        expect(seen.map((a) => a.text)).not.toContain('spoofed');
    });

    it('gives a new token for the same conversation for its resume ticket, days after the token expired; a ticket is no token and a token no ticket', async () => {
        let ahead = 0;
        const { origin } = await start(() => new Date(Date.now() + ahead));
        const ask = async (body: unknown) => {
            const response = await fetch(`${origin}/api/directline/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
            return { status: response.status, body: (await response.json()) as { token: string; conversationId: string; userId: string; resume: string } };
        };
        const first = await ask({ locale: 'en' });
        const read = (token: string) => fetch(`${origin}/v3/directline/conversations/${first.body.conversationId}/activities`, { headers: { authorization: `Bearer ${token}` } });
        expect((await read(first.body.resume)).status).toBe(401);
        expect((await ask({ resume: first.body.token })).status).toBe(401);
        expect((await ask({ resume: 42 })).status).toBe(400);

        ahead = 3 * 24 * 3600 * 1000;
        expect((await read(first.body.token)).status).toBe(401);
        const resumed = await ask({ resume: first.body.resume });
        expect(resumed.status).toBe(200);
        expect(resumed.body).toMatchObject({ conversationId: first.body.conversationId, userId: first.body.userId });
        expect((await read(resumed.body.token)).status).toBe(200);

        ahead = 15 * 24 * 3600 * 1000;
        expect((await ask({ resume: first.body.resume })).status).toBe(401);
    });

    it('continues the same conversation after a server restart, with the same token', async () => {
        const first = await start();
        const client = await DirectLineClient.open(first.origin, 'en');
        await client.untilField('consent.dataProcessing');
        await client.send('yes');
        await client.untilField('child.firstName');
        await first.stop();
        server = undefined;

        const second = await start();
        const again = client.reconnect(second.origin);
        const history = await again.poll();
        expect(history.map((a) => a.text)).toContain('yes');
        expect((await again.request('GET', `/v3/directline/conversations/${again.conversationId}`)).status).toBe(200);
        await again.send('Mia');
        const next = await again.untilField('child.birthDate');
        expect(next.at(-1)?.text).toMatch(/Mia/);
    });

    it('takes a document from the widget (multipart upload), gives it to the bot and keeps the question open', async () => {
        const { origin } = await start();
        const client = await DirectLineClient.open(origin, 'en');
        await client.untilField('consent.dataProcessing');
        await client.send('yes');
        await client.untilField('child.firstName');
        const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
        const form = new FormData();
        form.append('activity', new Blob([JSON.stringify({ type: 'message', channelData: { clientActivityID: 'up-1' } })], { type: 'application/vnd.microsoft.activity' }));
        form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'blood-count.pdf');
        const response = await fetch(`${origin}/v3/directline/conversations/${client.conversationId}/upload?userId=${client.userId}`, { method: 'POST', headers: { authorization: `Bearer ${client.token}` }, body: form });
        expect(response.status).toBe(200);
        const replies = await client.untilField('child.firstName');
        const echo = replies.find((a) => a.from.role === 'user') as { attachments?: { name: string; contentUrl: string }[] } | undefined;
        expect(echo?.attachments?.[0]?.name).toBe('blood-count.pdf');
        const download = await fetch(echo?.attachments?.[0]?.contentUrl ?? '');
        expect(Buffer.from(await download.arrayBuffer())).toEqual(pdf);
        expect(replies.filter((a) => a.from.role === 'bot').map((a) => a.text).join(' ')).toMatch(/received "blood-count\.pdf"/);

        const noFile = new FormData();
        noFile.append('activity', new Blob([JSON.stringify({ type: 'message' })], { type: 'application/vnd.microsoft.activity' }));
        expect((await fetch(`${origin}/v3/directline/conversations/${client.conversationId}/upload`, { method: 'POST', headers: { authorization: `Bearer ${client.token}` }, body: noFile })).status).toBe(400);
        expect((await fetch(`${origin}/v3/directline/conversations/${client.conversationId}/upload`, { method: 'POST', body: form })).status).toBe(401);
    });

    it('forgets a widget file (row and bytes) a day later, when the next conversation starts', async () => {
        let now = new Date();
        const { origin } = await start(() => now);
        const client = await DirectLineClient.open(origin, 'en');
        await client.untilField('consent.dataProcessing');
        expect((await client.upload([{ name: 'scan.pdf', type: 'application/pdf', bytes: DOCUMENTS.pdf }])).status).toBe(200);
        const echo = (await client.untilField('consent.dataProcessing')).find((a) => a.attachments);
        const id = new URL(echo?.attachments?.[0]?.contentUrl ?? '').pathname.split('/').pop() ?? '';
        const file = path.join(conversationFolder(path.join(dataDir, WIDGET_FILES_DIR), client.conversationId), id);
        expect(existsSync(file)).toBe(true);

        now = new Date(now.getTime() + 25 * 3600 * 1000);
        await DirectLineClient.open(origin, 'en');
        expect(existsSync(file)).toBe(false);
        expect(await server?.app.database.directline.getAttachment(id)).toBeUndefined();
    });
});
