import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectLineClient } from '../directline/client';
import { DOCUMENTS } from '../fixtures/documents';
import { SCRIPTS } from '../fixtures/scripts';
import { allText } from '../helpers/harness';
import { startPeer, type Peer } from '../helpers/peers/attachmentServers';
import { answerUntil } from '../helpers/script';
import { HttpConversation, startServer, type RunningServer } from '../helpers/server';

let dataDir: string;
let server: RunningServer;
let receiver: Peer;

beforeAll(async () => {
    receiver = await startPeer();
    dataDir = mkdtempSync(path.join(tmpdir(), 'ssrf-'));
    // The receiver's name is even listed: it resolves to loopback, so the default (strict) mode still refuses it.
    server = await startServer({ DATA_DIR: dataDir, ATTACHMENT_HOSTS: `*.botframework.com,localhost:${receiver.port}` });
});
afterAll(async () => {
    await server?.stop();
    await receiver?.close();
    rmSync(dataDir, { recursive: true, force: true });
});

const visible = (replies: Partial<Activity>[]) => JSON.stringify(replies.map((r) => ({ text: r.text, actions: r.suggestedActions })));

describe('attachments sent to /api/messages (SSRF)', () => {
    it('never reach this machine or another conversation\'s widget upload, and every refusal reads the same', async () => {
        // Another parent's document, uploaded through the widget.
        const widget = await DirectLineClient.open(server.origin, 'en');
        await widget.untilField('consent.dataProcessing');
        expect((await widget.upload([{ name: 'theirs.pdf', type: 'application/pdf', bytes: DOCUMENTS.pdf }])).status).toBe(200);
        const theirs = (await widget.untilField('consent.dataProcessing')).find((a) => a.attachments)?.attachments?.[0]?.contentUrl ?? '';
        const theirPath = new URL(theirs).pathname;
        expect(theirPath).toMatch(/^\/v3\/directline\/attachments\/att-/);

        const chat = new HttpConversation(server.origin, 'en');
        await answerUntil(chat, await chat.join(), SCRIPTS.en, 'documents.files');
        const send = async (contentUrl: string) => {
            const { status, activities } = await chat.post({ type: 'message', text: '', attachments: [{ name: 'scan.pdf', contentType: 'application/pdf', contentUrl }] });
            expect(status).toBe(200);
            return activities;
        };
        const P = receiver.port;
        const cases: Record<string, string> = {
            'loopback by IP': `http://127.0.0.1:${P}/scan.pdf`,
            'a listed name that resolves to loopback': `http://localhost:${P}/scan.pdf`,
            'IPv6 loopback': `http://[::1]:${P}/scan.pdf`,
            'IPv4-mapped IPv6': `http://[::ffff:127.0.0.1]:${P}/scan.pdf`,
            'decimal IP': `http://2130706433:${P}/scan.pdf`,
            'hex IP': `http://0x7f000001:${P}/scan.pdf`,
            'this server itself': `${server.origin}/healthz`,
            'another conversation\'s upload by id': theirPath,
            'another conversation\'s upload with its signed link': theirs,
            'cloud metadata': 'http://169.254.169.254/latest/meta-data/iam/'
        };
        const answers = new Map<string, string>();
        for (const [name, url] of Object.entries(cases)) answers.set(name, visible(await send(url)));
        expect(receiver.connections).toBe(0);
        expect(new Set(answers.values()).size, JSON.stringify(Object.fromEntries(answers), null, 1)).toBe(1);
        expect([...answers.values()][0]).toMatch(/couldn't receive \\"scan.pdf\\"/);
        // A document the channel sent inline still arrives.
        expect(allText(await send(`data:application/pdf;base64,${DOCUMENTS.pdf.toString('base64')}`))).toMatch(/received "scan.pdf"/);
    });
});
