import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../src/domain/schema';
import { EXPECTED, SCRIPTS } from '../fixtures/scripts';
import { currentField, intakeOf } from '../helpers/harness';
import { HttpConversation, startServer, type RunningServer } from '../helpers/server';
import { DirectLineClient } from '../directline/client';
import { createTestSchema, SKIP_PG, type TestSchema } from '../storage/helpers/pg';

type Locale = keyof typeof SCRIPTS;
const LOCALES: Locale[] = ['en', 'de', 'ru', 'ar'];
const NOW = new Date('2026-11-15T12:00:00Z');
const SECTIONS = ['child', 'diagnosis', 'status', 'treatments', 'request', 'contact'] as const;
/** Fields sent on their own: consent opens the intake, the review submits it, files are the point of part two. */
const SINGLE = new Set(['consent.dataProcessing', 'documents.files', 'review.confirm']);
/** STRESS=1 runs the full load (1,065 and 1,000 pairs); by default a third of it keeps `npm test` within its time budget. */
const STRESS = process.env.STRESS === '1';
const WIDGET_FAMILIES = STRESS ? 60 : 20;
const DOCUMENT_FAMILIES = STRESS ? 30 : 10;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** A document that takes a while to fetch, like a photo from a slow channel. */
async function startSlowDocuments(): Promise<{ files: Server; filesUrl: string }> {
    const files = createServer((_req, res) => setTimeout(() => {
        // restify patches http.ServerResponse: writeHead no longer returns the response.
        res.writeHead(200, { 'content-type': 'application/pdf' });
        res.end(PDF);
    }, 120));
    await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
    return { files, filesUrl: `http://127.0.0.1:${(files.address() as AddressInfo).port}` };
}

/** Runs `count` jobs, `parallel` at a time. */
async function pool(count: number, parallel: number, job: (index: number) => Promise<void>): Promise<void> {
    let next = 0;
    await Promise.all(Array.from({ length: parallel }, async () => {
        while (next < count) await job(next++);
    }));
}

function expectSameAnswers(app: Application, locale: Locale): void {
    const expected = EXPECTED[locale];
    for (const section of SECTIONS) expect(app[section], `${locale} ${section}`).toEqual(expected[section]);
}

/** The fields one family is asked, in order, answered one message at a time. */
async function fieldSequence(origin: string, locale: Locale): Promise<string[]> {
    const chat = new HttpConversation(origin, locale);
    let replies = await chat.join();
    const asked: string[] = [];
    for (let field = currentField(replies); field; field = currentField(replies)) {
        asked.push(field);
        replies = await chat.say(SCRIPTS[locale][field] ?? '');
        if (replies.some((r) => intakeOf(r)?.submitted)) return asked;
    }
    throw new Error(`fieldSequence(): the ${locale} intake stopped after ${asked.join(', ')}`);
}

describe('a parent who sends two messages at once loses nothing', () => {
    let dataDir: string;
    let server: RunningServer;
    let files: Server;
    let filesUrl: string;
    const sequences = new Map<Locale, string[]>();

    beforeAll(async () => {
        dataDir = mkdtempSync(path.join(tmpdir(), 'intake-double-send-'));
        ({ files, filesUrl } = await startSlowDocuments());
        // Sixty parents from one test address: the per-address limits would (rightly) stop them.
        server = await startServer({
            DATA_DIR: dataDir, UPLOAD_MAX_FILES: '50', RATE_LIMIT_TOKENS_PER_ADDRESS: '0', RATE_LIMIT_MESSAGES_PER_ADDRESS: '0',
            // The slow document server is on loopback: listed exactly, private addresses allowed for it.
            ATTACHMENT_HOSTS: new URL(filesUrl).host, ATTACHMENT_ALLOW_PRIVATE: 'true'
        }, () => NOW);
        for (const locale of LOCALES) sequences.set(locale, await fieldSequence(server.origin, locale));
    }, 60_000);
    afterAll(async () => {
        await server?.stop();
        await new Promise((resolve) => files?.close(resolve));
        rmSync(dataDir, { recursive: true, force: true });
    });

    it(`${STRESS ? '1,000' : '300'} double-sends in the widget: every answer stored, every question asked once, in order`, async () => {
        let doubleSends = 0;
        const gaps: number[] = [];
        await pool(WIDGET_FAMILIES, 8, async (index) => {
            const locale = LOCALES[index % LOCALES.length]!;
            const sequence = sequences.get(locale)!;
            const client = await DirectLineClient.open(server.origin, locale);
            const asked: string[] = [];
            const collect = (activities: { from: { role?: string }; channelData?: { intake?: { field?: string | null } } }[]) => {
                for (const a of activities) if (a.from.role === 'bot' && a.channelData?.intake?.field) asked.push(a.channelData.intake.field);
            };
            collect(await client.untilField(sequence[0]!));
            let i = 0;
            while (i < sequence.length) {
                const first = sequence[i]!;
                const second = sequence[i + 1];
                await client.send(SCRIPTS[locale][first]!);
                if (second && !SINGLE.has(first) && !SINGLE.has(second)) {
                    const sentAt = performance.now();
                    await client.send(SCRIPTS[locale][second]!);
                    gaps.push(performance.now() - sentAt);
                    doubleSends++;
                    i += 2;
                } else {
                    i += 1;
                }
                const next = sequence[i];
                if (next) collect(await client.untilField(next));
            }
            expect(asked, `${locale}: the questions asked`).toEqual(sequence);
            const stored = (await server.app.database.applications.list({ limit: 500 })).find((a) => a.conversationId === client.conversationId);
            expect(stored, `${locale}: submitted`).toBeDefined();
            expectSameAnswers(stored!.data as Application, locale);
        });
        process.stdout.write(`double-send (widget): ${doubleSends} pairs, second message sent ${Math.max(...gaps).toFixed(1)} ms after the first at most\n`);
        expect(doubleSends).toBeGreaterThanOrEqual(STRESS ? 1000 : 300);
    }, 240_000);

    it(`${STRESS ? '1,000' : '300'} double-sends of a slowly fetched document and an answer: the file and the answer are both kept`, async () => {
        let doubleSends = 0;
        await pool(DOCUMENT_FAMILIES, 10, async (index) => {
            const locale = LOCALES[index % LOCALES.length]!;
            const sequence = sequences.get(locale)!;
            const chat = new HttpConversation(server.origin, locale);
            await chat.join();
            let files = 0;
            for (let i = 0; i < sequence.length; i++) {
                const field = sequence[i]!;
                if (SINGLE.has(field)) {
                    await chat.say(SCRIPTS[locale][field]!);
                    continue;
                }
                // The document first (its turn reads the state, then waits for the download), the answer a moment later.
                const document = chat.post({ type: 'message', text: '', attachments: [{ contentType: 'application/pdf', name: `report-${i}.pdf`, contentUrl: `${filesUrl}/report-${i}.pdf` }] });
                await new Promise((resolve) => setTimeout(resolve, 5 + (i % 4) * 10));
                const answer = chat.say(SCRIPTS[locale][field]!);
                const [answered, uploaded] = await Promise.all([answer, document]);
                files++;
                doubleSends++;
                // Whichever turn ran second asks the next question; neither may ask anything else.
                const replies: Partial<Activity>[] = [...answered, ...uploaded.activities];
                const fields = replies.map(intakeOf).map((m) => m?.field).filter((f): f is string => typeof f === 'string');
                expect(fields.every((f) => f === field || f === sequence[i + 1]), `${locale} ${field}: asked ${fields.join(', ')}`).toBe(true);
                expect(fields, `${locale} ${field}`).toContain(sequence[i + 1]);
            }
            const stored = (await server.app.database.applications.list({ limit: 500 })).find((a) => a.conversationId === chat.conversationId);
            expect(stored, `${locale}: submitted`).toBeDefined();
            const app = stored!.data as Application;
            expectSameAnswers(app, locale);
            const names = (app.documents.files ?? []).map((f) => f.name);
            const missing = sequence.map((f, i) => (SINGLE.has(f) ? '' : `report-${i}.pdf (${f})`)).filter((n) => n && !names.includes(n.split(' ')[0]!));
            expect(missing, `${locale}: files`).toEqual([]);
            expect(names, `${locale}: files`).toHaveLength(files);
        });
        expect(doubleSends).toBeGreaterThanOrEqual(STRESS ? 1000 : 300);
    }, 240_000);
});

describe.skipIf(SKIP_PG)('two instances on one PostgreSQL database', () => {
    let schema: TestSchema;
    const dirs: string[] = [];
    const servers: RunningServer[] = [];
    let files: Server;
    let filesUrl: string;

    beforeAll(async () => {
        schema = await createTestSchema();
        ({ files, filesUrl } = await startSlowDocuments());
        for (let i = 0; i < 2; i++) {
            dirs.push(mkdtempSync(path.join(tmpdir(), 'intake-instance-')));
            servers.push(await startServer({
                DATA_DIR: dirs[i]!, DATABASE_URL: schema.url, UPLOAD_MAX_FILES: '50',
                ATTACHMENT_HOSTS: new URL(filesUrl).host, ATTACHMENT_ALLOW_PRIVATE: 'true'
            }, () => NOW));
        }
    }, 60_000);
    afterAll(async () => {
        for (const server of servers) await server.stop();
        await new Promise((resolve) => files?.close(resolve));
        await schema?.drop();
        for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    });

    it('a slow document on one instance and the answer on the other: both kept, 200 times', async () => {
        const [a, b] = servers as [RunningServer, RunningServer];
        let doubleSends = 0;
        await pool(8, 4, async (index) => {
            const locale = LOCALES[index % LOCALES.length]!;
            const id = `two-instances-${index}`;
            const onA = new HttpConversation(a.origin, locale, id);
            const onB = new HttpConversation(b.origin, locale, id);
            let replies = await onA.join();
            let files = 0;
            for (let field = currentField(replies); field; field = currentField(replies)) {
                if (SINGLE.has(field)) {
                    replies = await (files % 2 ? onA : onB).say(SCRIPTS[locale][field]!);
                    continue;
                }
                const document = onA.post({ type: 'message', text: '', attachments: [{ contentType: 'application/pdf', name: `report-${files}.pdf`, contentUrl: `${filesUrl}/report-${files}.pdf` }] });
                await new Promise((resolve) => setTimeout(resolve, 20));
                const [answered, uploaded] = await Promise.all([onB.say(SCRIPTS[locale][field]!), document]);
                files++;
                doubleSends++;
                // One of the two turns asks the next question (the other, if it ran first, this one again).
                replies = [...answered, ...uploaded.activities].filter((r) => intakeOf(r)?.field !== field);
                expect(currentField(replies), `${locale} after ${field}`).toBeTruthy();
            }
            const submitted = replies.map(intakeOf).find((m) => m?.submitted)?.submitted;
            expect(submitted, `${locale}: submitted`).toBeDefined();
            const app = (await a.app.database.applications.findByReference(submitted!.reference))!.data as Application;
            expectSameAnswers(app, locale);
            expect(app.documents.files ?? []).toHaveLength(files);
        });
        expect(doubleSends).toBeGreaterThanOrEqual(200);
    }, 240_000);
});
