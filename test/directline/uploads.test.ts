import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WIDGET_FILES_DIR } from '../../src/directline/files';
import { directLineSecret, DirectLineTokens } from '../../src/directline/tokens';
import { conversationFolder } from '../../src/storage/conversation-folder';
import { SQLITE_FILE_NAME } from '../../src/storage/database';
import { DOCUMENTS } from '../fixtures/documents';
import { startServer, type RunningServer } from '../helpers/server';
import { makeZip, syntheticDicom } from '../helpers/zip';
import { DirectLineClient } from './client';

const MB = 1024 * 1024;
let dataDir: string;
let server: RunningServer;

beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'dl-uploads-'));
    server = await startServer({ DATA_DIR: dataDir, UPLOAD_MAX_MB: '1', UPLOAD_MAX_FILES: '3', UPLOAD_MAX_REQUEST_MB: '2' });
});
afterAll(async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
});

const filesRoot = () => path.join(dataDir, WIDGET_FILES_DIR);
/** Every file kept for the widget, in any conversation's folder. */
function storedFiles(): string[] {
    if (!existsSync(filesRoot())) return [];
    return readdirSync(filesRoot(), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}
function attachmentRows(): number {
    const db = new Database(path.join(dataDir, SQLITE_FILE_NAME), { readonly: true });
    try {
        return (db.prepare('select count(*) as n from directline_attachments').get() as { n: number }).n;
    } finally {
        db.close();
    }
}
/** The database file and its WAL, as bytes: what a copy of the database would hand out. */
const databaseBytes = () => Buffer.concat(['', '-wal'].map((suffix) => path.join(dataDir, `${SQLITE_FILE_NAME}${suffix}`)).filter(existsSync).map((f) => readFileSync(f)));

async function clientAtFirstName(): Promise<DirectLineClient> {
    const client = await DirectLineClient.open(server.origin, 'en');
    await client.untilField('consent.dataProcessing');
    await client.send('yes');
    await client.untilField('child.firstName');
    return client;
}

async function untilText(client: DirectLineClient, pattern: RegExp): Promise<void> {
    for (let i = 0; i < 200; i++) {
        if ((await client.poll()).some((a) => a.from.role === 'bot' && pattern.test(a.text ?? ''))) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`the bot never said ${pattern}`);
}

function raw(client: DirectLineClient, body: string | Buffer, headers: Record<string, string>): Promise<Response> {
    return fetch(`${client.origin}/v3/directline/conversations/${client.conversationId}/upload`, { method: 'POST', headers: { authorization: `Bearer ${client.token}`, ...headers }, body });
}

describe('widget uploads: stored on disk, served by signed links only', () => {
    it('keeps the file owner-only on disk and only metadata in the database, and shows it by a signed link with restrictive headers', async () => {
        const client = await clientAtFirstName();
        const marker = `synthetic-marker-${randomBytes(6).toString('hex')}`;
        const pdf = Buffer.concat([DOCUMENTS.pdf, Buffer.from(`% ${marker}\n`)]);
        // The browser's declared type is not what the file is served as.
        const response = await client.upload([{ name: 'blood count.pdf', type: 'text/html', bytes: pdf }]);
        expect(response.status).toBe(200);
        const replies = await client.untilField('child.firstName');
        expect(replies.filter((a) => a.from.role === 'bot').map((a) => a.text).join(' ')).toMatch(/received "blood count\.pdf"/);
        const echo = replies.find((a) => a.from.role === 'user' && a.attachments);
        const link = echo?.attachments?.[0]?.contentUrl ?? '';
        expect(echo?.attachments?.[0]).toMatchObject({ name: 'blood count.pdf', contentType: 'application/pdf' });
        // Absolute, on the origin the client used: Web Chat links nothing else.
        expect(link.startsWith(`${server.origin}/v3/directline/attachments/att-`)).toBe(true);
        expect(link).toMatch(/\/att-[\w-]{16}\?e=\d+&s=[\w-]+$/);

        const id = link.split('?')[0]!.split('/').pop()!;
        const file = path.join(conversationFolder(filesRoot(), client.conversationId), id);
        expect(readFileSync(file)).toEqual(pdf);
        expect(statSync(file).mode & 0o777).toBe(0o600);
        expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
        expect(statSync(filesRoot()).mode & 0o777).toBe(0o700);
        expect(databaseBytes().includes(marker)).toBe(false);

        const download = await fetch(link);
        expect(download.status).toBe(200);
        expect(Buffer.from(await download.arrayBuffer())).toEqual(pdf);
        expect(Object.fromEntries(['content-type', 'content-security-policy', 'x-content-type-options', 'cache-control'].map((h) => [h, download.headers.get(h)]))).toEqual({
            'content-type': 'application/pdf',
            'content-security-policy': "default-src 'none'; sandbox",
            'x-content-type-options': 'nosniff',
            'cache-control': 'private, no-store'
        });
        expect(download.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''blood%20count.pdf");

        const tokens = new DirectLineTokens(directLineSecret(undefined, dataDir));
        const plain = `${server.origin}/v3/directline/attachments/${id}`;
        const [, query] = link.split('?');
        const forged = new URLSearchParams(query);
        forged.set('s', `${forged.get('s')?.slice(0, -2)}AA`);
        const refused = {
            unsigned: plain,
            'a wrong signature': `${plain}?${forged}`,
            'signed for another conversation': `${plain}?${tokens.attachmentQuery(id, 'dl-someone-else', new Date())}`,
            expired: `${plain}?${tokens.attachmentQuery(id, client.conversationId, new Date(Date.now() - 2 * 3600 * 1000))}`,
            'with the token as a header but no signature': plain
        };
        for (const [name, url] of Object.entries(refused)) {
            const headers: Record<string, string> = name.startsWith('with the token') ? { authorization: `Bearer ${client.token}` } : {};
            expect((await fetch(url, { headers })).status, name).toBe(403);
        }
        expect((await fetch(`${server.origin}/v3/directline/attachments/att-AAAAAAAAAAAAAAAA?${query}`)).status).toBe(404);
        expect((await fetch(`${server.origin}/v3/directline/attachments/..%2F..%2Fintake.sqlite?${query}`)).status).toBe(404);
    });

    it('"delete my data" removes the widget files with the conversation', async () => {
        const client = await clientAtFirstName();
        expect((await client.upload([{ name: 'scan.pdf', type: 'application/pdf', bytes: DOCUMENTS.pdf }])).status).toBe(200);
        await client.untilField('child.firstName');
        const folder = conversationFolder(filesRoot(), client.conversationId);
        expect(readdirSync(folder)).toHaveLength(1);
        await client.send('delete my data');
        await untilText(client, /cannot be undone/);
        await client.send('Yes, delete');
        await untilText(client, /has been deleted/);
        expect(existsSync(folder)).toBe(false);
    });

    it('accepts a zipped DICOM folder and a photo in one request', async () => {
        const client = await clientAtFirstName();
        const before = storedFiles().length;
        const zip = makeZip(Array.from({ length: 3 }, (_, i) => ({ name: `DICOM/IM${i}`, data: syntheticDicom(i) })));
        const response = await client.upload([{ name: 'mri.zip', type: 'application/zip', bytes: zip }, { name: 'photo.png', type: 'image/png', bytes: DOCUMENTS.png }]);
        expect(response.status).toBe(200);
        expect(storedFiles().length - before).toBe(2);
    });
});

describe('widget uploads: what is refused, and nothing of it is kept', () => {
    const refusals: [string, number, (c: DirectLineClient) => Promise<Response>][] = [
        ['a program declared as a PDF', 415, (c) => c.upload([{ name: 'report.pdf', type: 'application/pdf', bytes: DOCUMENTS.exe }])],
        ['a web page named .pdf', 415, (c) => c.upload([{ name: 'report.pdf', type: 'application/pdf', bytes: DOCUMENTS.html }])],
        ['an SVG named .pdf', 415, (c) => c.upload([{ name: 'report.pdf', type: 'application/pdf', bytes: DOCUMENTS.svg }])],
        ['a PDF/HTML polyglot', 415, (c) => c.upload([{ name: 'report.pdf', type: 'application/pdf', bytes: DOCUMENTS.pdfHtmlPolyglot }])],
        ['a zip bomb', 415, (c) => c.upload([{ name: 'scans.zip', type: 'application/zip', bytes: makeZip([{ name: 'zeros', data: Buffer.alloc(50 * MB) }]) }])],
        ['a good file together with a bad one', 415, (c) => c.upload([{ name: 'ok.pdf', type: 'application/pdf', bytes: DOCUMENTS.pdf }, { name: 'bad.pdf', type: 'application/pdf', bytes: DOCUMENTS.exe }])],
        ['a file over UPLOAD_MAX_MB', 413, (c) => c.upload([{ name: 'big.pdf', type: 'application/pdf', bytes: Buffer.concat([DOCUMENTS.pdf, Buffer.alloc(MB)]) }])],
        ['more files than UPLOAD_MAX_FILES', 413, (c) => c.upload(Array.from({ length: 4 }, (_, i) => ({ name: `p${i}.pdf`, type: 'application/pdf', bytes: DOCUMENTS.pdf })))],
        ['more than UPLOAD_MAX_REQUEST_MB in all', 413, (c) => c.upload(Array.from({ length: 3 }, (_, i) => ({ name: `p${i}.pdf`, type: 'application/pdf', bytes: Buffer.concat([DOCUMENTS.pdf, Buffer.alloc(0.9 * MB)]) })))],
        ['not multipart', 415, (c) => raw(c, '{"type":"message"}', { 'content-type': 'application/json' })],
        ['a compressed body', 415, (c) => raw(c, Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]), { 'content-type': 'multipart/form-data; boundary=x', 'content-encoding': 'gzip' })],
        ['multipart without a boundary', 400, (c) => raw(c, 'hello', { 'content-type': 'multipart/form-data' })],
        ['a cut-off multipart body', 400, (c) => raw(c, '--x\r\ncontent-disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4', { 'content-type': 'multipart/form-data; boundary=x' })],
        ['a malformed part header', 400, (c) => raw(c, '--x\r\n\u0000\u0001bad header\r\n\r\n%PDF\r\n--x--\r\n', { 'content-type': 'multipart/form-data; boundary=x' })],
        ['a form without files', 400, (c) => c.upload([])]
    ];

    it.each(refusals)('%s → %i', async (_name, status, send) => {
        const client = await clientAtFirstName();
        const files = storedFiles().length;
        const rows = attachmentRows();
        const response = await send(client);
        expect(response.status).toBe(status);
        expect(storedFiles()).toHaveLength(files);
        expect(attachmentRows()).toBe(rows);
        // The bot never heard of it: no message with attachments in the conversation.
        expect((await client.poll()).filter((a) => a.attachments)).toEqual([]);
        expect((await fetch(`${server.origin}/healthz`)).status).toBe(200);
    });

    it('refuses a 200 MB body by its Content-Length, and a 200 MB body sent without one, without buffering it', async () => {
        const client = await clientAtFirstName();
        const files = storedFiles().length;
        expect((await sendLarge(client, 200 * MB, true)).status).toBe(413);

        const baseline = process.memoryUsage().rss;
        const chunked = await sendLarge(client, 200 * MB, false);
        // Either the 413 arrives before the server closes the connection, or the client sees it closed.
        expect(chunked.status === 413 || chunked.status === 0).toBe(true);
        expect(chunked.sent).toBeLessThan(200 * MB);
        expect(chunked.peakRss - baseline).toBeLessThan(100 * MB);
        expect(storedFiles()).toHaveLength(files);
        expect((await fetch(`${server.origin}/healthz`)).status).toBe(200);
        // And the server goes on taking uploads.
        expect((await client.upload([{ name: 'after.pdf', type: 'application/pdf', bytes: DOCUMENTS.pdf }])).status).toBe(200);
    });
});

/**
 * Streams a multipart body of `size` bytes (one PDF-looking part of zeros) in 1 MB chunks, as a
 * client would, until the server answers or closes; reports what was sent and the process's
 * peak RSS (the server runs in this process).
 */
function sendLarge(client: DirectLineClient, size: number, declareLength: boolean): Promise<{ status: number; sent: number; peakRss: number }> {
    const head = Buffer.from('--x\r\ncontent-disposition: form-data; name="file"; filename="huge.pdf"\r\ncontent-type: application/pdf\r\n\r\n%PDF-1.4\n');
    const chunk = Buffer.alloc(MB);
    const url = new URL(`${client.origin}/v3/directline/conversations/${client.conversationId}/upload`);
    return new Promise((resolve) => {
        let sent = 0;
        let status = 0;
        let peakRss = process.memoryUsage().rss;
        let finished = false;
        const finish = () => {
            if (finished) return;
            finished = true;
            resolve({ status, sent, peakRss });
        };
        const req = request(url, {
            method: 'POST',
            headers: {
                authorization: `Bearer ${client.token}`,
                'content-type': 'multipart/form-data; boundary=x',
                ...(declareLength ? { 'content-length': String(size) } : {})
            }
        });
        req.on('response', (res) => {
            status = res.statusCode ?? 0;
            res.resume();
            res.on('end', finish);
            res.on('error', finish);
        });
        req.on('error', finish);
        req.on('close', finish);
        const pump = () => {
            while (!finished && !req.destroyed && sent < size) {
                peakRss = Math.max(peakRss, process.memoryUsage().rss);
                const piece = sent === 0 ? head : chunk.subarray(0, Math.min(chunk.length, size - sent));
                sent += piece.length;
                if (!req.write(piece)) {
                    req.once('drain', pump);
                    return;
                }
            }
            if (sent >= size) req.end();
        };
        pump();
    });
}
