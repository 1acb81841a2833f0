import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErasureEvent } from '../../src/handoff/erasure';
import { openStaffDatabase } from '../../src/staff/database';
import { CONVERSATION_TABLES, SQLITE_FILE_NAME } from '../../src/storage/database';
import { SCRIPTS } from '../fixtures/scripts';
import { DirectLineClient, type DlActivity } from '../directline/client';
import { allText, currentField } from '../helpers/harness';
import { startSmtpServer, type SmtpPeer } from '../helpers/peers/smtpServer';
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/peers/webhookReceiver';
import { answerUntil, runScript } from '../helpers/script';
import { HttpConversation, startServer, type RunningServer } from '../helpers/server';
import { SKIP_PG, createTestSchema, type TestSchema } from '../storage/helpers/pg';

/** A synthetic name that occurs nowhere else: any byte sequence of it is a trace of this family. */
const MARKER = 'Zyxquorbella';
const PDF = `data:application/pdf;base64,${Buffer.from(`%PDF-1.4\n% bone marrow report of ${MARKER}\n%%EOF\n`).toString('base64')}`;

/** Files under `dir` (the database, its -wal and -shm, uploads…) whose raw bytes contain the marker. */
function filesContaining(dir: string, marker = MARKER): string[] {
    const needle = Buffer.from(marker, 'utf8');
    const found: string[] = [];
    for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
        const file = path.join(dir, entry);
        if (statSync(file).isFile() && readFileSync(file).includes(needle)) found.push(entry);
    }
    return found.sort();
}

interface Engine {
    name: 'sqlite' | 'postgres';
    env(dataDir: string): Promise<Record<string, string>>;
    /** Rows of the conversation tables that mention the text, as "<table>: <row>". */
    rowsMentioning(text: string): Promise<string[]>;
    /** The tables vacuumed since the server started (PostgreSQL only). */
    vacuumed(): Promise<string[]>;
    cleanup(): Promise<void>;
}

function sqliteEngine(): Engine {
    let file = '';
    return {
        name: 'sqlite',
        env: async (dataDir) => {
            file = path.join(dataDir, SQLITE_FILE_NAME);
            return {};
        },
        rowsMentioning: async (text) => {
            // Read-only and closed at once; the server's connections keep the WAL mode.
            const db = new Database(file, { readonly: true });
            try {
                return CONVERSATION_TABLES.flatMap((table) =>
                    db.prepare<[], Record<string, unknown>>(`select * from ${table}`).all().map((row) => `${table}: ${JSON.stringify(row)}`).filter((line) => line.includes(text)));
            } finally {
                db.close();
            }
        },
        vacuumed: async () => [],
        cleanup: async () => undefined
    };
}

function postgresEngine(): Engine {
    let schema: TestSchema | undefined;
    return {
        name: 'postgres',
        env: async () => {
            schema = await createTestSchema();
            return { DATABASE_URL: schema.url };
        },
        rowsMentioning: async (text) => {
            const lines: string[] = [];
            for (const table of CONVERSATION_TABLES) {
                const { rows } = await schema!.pool.query<{ row: string }>(`select t::text as row from ${table} t where t::text like '%' || $1 || '%'`, [text]);
                lines.push(...rows.map((r) => `${table}: ${r.row}`));
            }
            return lines;
        },
        vacuumed: async () => {
            const { rows } = await schema!.pool.query<{ relname: string }>(
                'select relname from pg_stat_user_tables where schemaname = $1 and last_vacuum is not null order by relname', [schema!.name]);
            return rows.map((r) => r.relname);
        },
        cleanup: async () => schema?.drop()
    };
}

const engines = SKIP_PG ? [sqliteEngine()] : [sqliteEngine(), postgresEngine()];

describe.each(engines)('"delete my data" after a delivered application ($name)', (engine) => {
    let dataDir: string;
    let receiver: WebhookReceiver;
    let smtp: SmtpPeer;
    let server: RunningServer;
    let databaseUrl: string | undefined;

    beforeAll(async () => {
        dataDir = mkdtempSync(path.join(tmpdir(), 'intake-erasure-'));
        receiver = await startWebhookReceiver();
        smtp = await startSmtpServer();
        const engineEnv = await engine.env(dataDir);
        databaseUrl = engineEnv.DATABASE_URL;
        server = await startServer({
            DATA_DIR: dataDir, ...engineEnv, HANDOFF_WEBHOOK_URL: receiver.url, HANDOFF_WEBHOOK_SECRET: receiver.secret,
            SMTP_URL: smtp.url, STAFF_EMAIL: 'coordinators@example.org', STAFF_LOCALE: 'de'
        });
    });
    afterAll(async () => {
        await server.stop();
        await receiver.close();
        await smtp.close();
        await engine.cleanup();
        rmSync(dataDir, { recursive: true, force: true });
    });

    it('leaves no trace in the database, its files or the uploads, writes nothing afterwards, and tells the webhook and staff', async () => {
        const chat = new HttpConversation(server.origin, 'en');
        const script = { ...SCRIPTS.en, 'child.firstName': MARKER, 'contact.name': `Olga ${MARKER}` };
        await answerUntil(chat, await chat.join(), script, 'documents.files');
        const upload = await chat.post({ type: 'message', text: '', attachments: [{ name: `${MARKER}-marrow.pdf`, contentType: 'application/pdf', contentUrl: PDF }] });
        expect(allText(upload.activities)).toMatch(/received/);
        const { reference } = await runScript(chat, await chat.say('done'), script);
        expect(await server.app.handoff.worker.runOnce(new Date())).toMatchObject({ delivered: 2 });
        expect(receiver.delivered()[0]?.body).toContain(MARKER);
        // A coordinator's note and assignment belong to the family's conversation too.
        const staffDb = await openStaffDatabase({ dataDir, databaseUrl });
        await staffDb.coordination.addNote(chat.conversationId, 'carla', `called ${MARKER}'s mother`, new Date());
        await staffDb.coordination.assign(chat.conversationId, 'carla', 'carla', new Date());
        await staffDb.close();

        // The checks below can fail: before the erasure the marker is everywhere.
        expect(await engine.rowsMentioning(MARKER)).not.toEqual([]);
        expect(await engine.rowsMentioning(chat.conversationId)).not.toEqual([]);
        expect(filesContaining(dataDir).some((f) => f.startsWith('uploads'))).toBe(true);
        if (engine.name === 'sqlite') expect(filesContaining(dataDir).some((f) => f.startsWith(SQLITE_FILE_NAME))).toBe(true);
        expect(await engine.vacuumed()).toEqual([]);

        expect(allText(await chat.say('delete my data'))).toMatch(/cannot be undone/);
        expect(allText(await chat.say('Yes, delete'))).toMatch(/has been deleted/);

        // The turn is over (expectReplies): nothing of it, nor anything before, remains.
        expect(filesContaining(dataDir)).toEqual([]);
        if (engine.name === 'sqlite') expect(statSync(path.join(dataDir, `${SQLITE_FILE_NAME}-wal`)).size).toBe(0);
        expect(await engine.rowsMentioning(MARKER)).toEqual([]);
        expect(await engine.rowsMentioning(chat.conversationId)).toEqual([]);
        expect(await server.app.handoff.transcripts.transcriptFor(chat.conversationId)).toEqual([]);
        expect(await server.app.database.applications.findByReference(reference)).toBeUndefined();
        if (engine.name === 'postgres') expect(await engine.vacuumed()).toEqual([...CONVERSATION_TABLES].sort());

        // Staff hear of it by the same outbox: a signed webhook with the reference, and an e-mail in STAFF_LOCALE.
        expect(await server.app.handoff.worker.runOnce(new Date())).toMatchObject({ claimed: 2, delivered: 2 });
        const notice = receiver.delivered()[1];
        expect(notice?.verified).toBe(true);
        const event = JSON.parse(notice?.body ?? '{}') as ErasureEvent;
        expect(event).toMatchObject({ type: 'application.erased', data: { reference } });
        expect(Date.parse(event.data.erasedAt)).not.toBeNaN();
        expect(notice?.body).not.toContain(MARKER);
        const mail = smtp.messages[1];
        expect(mail?.subject).toBe(`[${reference}] Antrag auf Wunsch der Familie gelöscht`);
        expect(`${mail?.text ?? ''}${String(mail?.html)}`).not.toContain(MARKER);
        expect(await engine.rowsMentioning(MARKER)).toEqual([]);

        // Writing again starts afresh: a new welcome and consent, and only that is recorded.
        const again = await chat.say('hello');
        expect(currentField(again)).toBe('consent.dataProcessing');
        expect((await server.app.handoff.transcripts.transcriptFor(chat.conversationId)).map((e) => e.text)).toContain('hello');
        expect(await engine.rowsMentioning(MARKER)).toEqual([]);
    });
});

describe('"delete my data" in the widget', () => {
    let dataDir: string;
    let server: RunningServer;

    beforeAll(async () => {
        dataDir = mkdtempSync(path.join(tmpdir(), 'intake-erasure-widget-'));
        server = await startServer({ DATA_DIR: dataDir });
    });
    afterAll(async () => {
        await server.stop();
        rmSync(dataDir, { recursive: true, force: true });
    });

    async function untilBot(client: DirectLineClient, pattern: RegExp): Promise<DlActivity[]> {
        const collected: DlActivity[] = [];
        for (let i = 0; i < 200; i++) {
            collected.push(...(await client.poll()));
            if (collected.some((a) => a.from.role === 'bot' && pattern.test(a.text ?? ''))) return collected;
            await new Promise((resolve) => setTimeout(resolve, 50));
        }
        throw new Error(`no bot message matching ${String(pattern)}`);
    }

    it('shows the confirmation, and leaves only it in the widget log: no marker in the database files, uploads or widget files', async () => {
        const client = await DirectLineClient.open(server.origin, 'en');
        await client.untilField('consent.dataProcessing');
        await client.send('yes');
        await client.untilField('child.firstName');
        await client.send(MARKER);
        await client.untilField('child.birthDate');
        const form = new FormData();
        form.append('activity', new Blob([JSON.stringify({ type: 'message' })], { type: 'application/vnd.microsoft.activity' }));
        form.append('file', new Blob([Buffer.from(`%PDF-1.4\n% ${MARKER}\n%%EOF\n`)], { type: 'application/pdf' }), `${MARKER}.pdf`);
        const uploaded = await fetch(`${server.origin}/v3/directline/conversations/${client.conversationId}/upload`, { method: 'POST', headers: { authorization: `Bearer ${client.token}` }, body: form });
        expect(uploaded.status).toBe(200);
        const echo = (await untilBot(client, /received/)).find((a) => a.from.role === 'user' && 'attachments' in a) as { attachments: { contentUrl: string }[] } | undefined;
        const link = new URL(echo?.attachments[0]?.contentUrl ?? '', server.origin).toString();
        expect((await fetch(link)).status).toBe(200);
        expect(filesContaining(dataDir).some((f) => f.startsWith(SQLITE_FILE_NAME))).toBe(true);
        expect(filesContaining(dataDir).some((f) => f.startsWith('uploads'))).toBe(true);

        await client.send('delete my data');
        await untilBot(client, /cannot be undone/);
        const before = client.watermark;
        await client.send('Yes, delete', 'confirm-delete');
        const after = await untilBot(client, /has been deleted/);

        // The confirmation reached the widget through the log, and so did the echo of the parent's
        // button (Web Chat would otherwise show it as "sending" forever); everything earlier is gone.
        expect(Number(client.watermark)).toBeGreaterThan(Number(before));
        expect(after.find((a) => a.channelData?.clientActivityID === 'confirm-delete')).toMatchObject({ text: 'Yes, delete', from: { role: 'user' } });
        const log = await server.app.database.directline.since(client.conversationId, 0);
        expect(log.activities.map((a) => (a.from as { role?: string }).role).sort()).toEqual(['bot', 'user']);
        expect(log.activities.map((a) => a.text)).toContain(after.find((a) => /has been deleted/.test(a.text ?? ''))?.text);
        expect(JSON.stringify(log.activities)).not.toContain(MARKER);
        expect((await fetch(link)).status).toBe(404);
        expect(filesContaining(dataDir)).toEqual([]);
        expect(existsSync(path.join(dataDir, 'uploads')) ? readdirSync(path.join(dataDir, 'uploads')) : []).toEqual([]);
    });
});
