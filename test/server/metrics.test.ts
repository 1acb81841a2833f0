import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCRIPTS } from '../fixtures/scripts';
import { currentField } from '../helpers/harness';
import { answerUntil, runScript } from '../helpers/script';
import { HttpConversation, startServer, type RunningServer } from '../helpers/server';
import { createLogger } from '../../src/logger';
import { SQLITE_FILE_NAME } from '../../src/storage/database';

const TOKEN = 'metrics-test-token-0123456789';
const START = new Date('2026-11-15T12:00:00Z');
let now = START;
let dataDir: string;
let server: RunningServer;
const lines: string[] = [];

beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'intake-metrics-'));
    const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => { lines.push(chunk.toString()); done(); } });
    server = await startServer({
        DATA_DIR: dataDir, METRICS_TOKEN: TOKEN,
        // Never reached: the worker does not run in tests, so the application waits in the outbox.
        HANDOFF_WEBHOOK_URL: 'http://127.0.0.1:9/hook', HANDOFF_WEBHOOK_SECRET: 'whsec_dGVzdHNlY3JldHRlc3RzZWNyZXQ='
    }, () => now, createLogger('debug', sink));
});
afterAll(async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
});

async function scrape(token = TOKEN): Promise<Response> {
    return fetch(`${server.origin}/metrics`, { headers: { authorization: `Bearer ${token}` } });
}

/** The sample `name{labels}` of a Prometheus text page (labels in any order), or undefined. */
function sample(page: string, name: string, labels: Record<string, string> = {}): number | undefined {
    for (const line of page.split('\n')) {
        const match = /^([a-z_:]+)(?:\{(.*)\})? (\S+)$/.exec(line);
        if (!match || match[1] !== name) continue;
        const have = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
        if (Object.keys(labels).length === Object.keys(have).length && Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(match[3]);
    }
    return undefined;
}

describe('/metrics after scripted intakes over /api/messages', () => {
    let page: string;
    let dropped: string;
    const parents: HttpConversation[] = [];

    beforeAll(async () => {
        const full = new HttpConversation(server.origin, 'en');
        parents.push(full);
        await runScript(full, await full.join(), SCRIPTS.en);

        // German questions: one from the knowledge base, one it cannot answer.
        const asking = new HttpConversation(server.origin, 'de');
        parents.push(asking);
        await asking.join();
        await asking.say('ja');
        await asking.say('Was ist eine CAR-T-Zelltherapie?');
        await asking.say('Wie wird das Wetter morgen in Berlin?');

        const alarmed = new HttpConversation(server.origin, 'en');
        parents.push(alarmed);
        await alarmed.join();
        await alarmed.say('yes');
        await alarmed.say('he is having a seizure right now');

        const wantsPerson = new HttpConversation(server.origin, 'en');
        parents.push(wantsPerson);
        await wantsPerson.join();
        await wantsPerson.say('yes');
        await wantsPerson.say('talk to a person');
        await server.app.takeover.startTakeover(wantsPerson.conversationId, 'alice');

        // A weight understood only at the second answer; then the parent goes quiet.
        const quiet = new HttpConversation(server.origin, 'en');
        parents.push(quiet);
        const weight = await answerUntil(quiet, await quiet.join(), SCRIPTS.en, 'child.weightKg');
        expect(currentField(weight)).toBe('child.weightKg');
        expect(currentField(await quiet.say('a banana'))).toBe('child.weightKg');
        expect(currentField(await quiet.say('23 kg'))).toBe('child.heightCm');

        const response = await scrape();
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
        page = await response.text();
        now = new Date(START.getTime() + 25 * 3600_000);
        dropped = await (await scrape()).text();
    });

    it('counts turns by channel and times them', () => {
        expect(sample(page, 'intake_turns_total', { channel: 'directline' })).toBeGreaterThan(40);
        expect(sample(page, 'intake_turn_duration_seconds_count')).toBe(sample(page, 'intake_turns_total', { channel: 'directline' }));
        expect(sample(page, 'intake_turn_errors_total')).toBe(0);
    });

    it('counts the emergency by its sign', () => {
        expect(sample(page, 'intake_emergency_interrupts_total', { sign: 'seizure' })).toBe(1);
    });

    it('counts FAQ answers and questions without an answer per language', () => {
        expect(sample(page, 'intake_faq_answers_total', { lang: 'de', outcome: 'answered' })).toBe(1);
        expect(sample(page, 'intake_faq_answers_total', { lang: 'de', outcome: 'no_answer' })).toBe(1);
        expect(sample(page, 'intake_faq_answers_total', { lang: 'en', outcome: 'answered' })).toBeUndefined();
    });

    it('counts first-time understanding per field', () => {
        expect(sample(page, 'intake_field_answers_total', { field: 'child.firstName', understood: 'first_try' })).toBe(2);
        expect(sample(page, 'intake_field_answers_total', { field: 'child.weightKg', understood: 'first_try' })).toBe(1);
        expect(sample(page, 'intake_field_answers_total', { field: 'child.weightKg', understood: 'retried' })).toBe(1);
    });

    it('counts a parent asking for a person and a coordinator taking over', () => {
        expect(sample(page, 'intake_takeovers_total', { event: 'requested' })).toBe(1);
        expect(sample(page, 'intake_takeovers_total', { event: 'started' })).toBe(1);
    });

    it('shows the submitted application waiting in the outbox for its channel', () => {
        expect(sample(page, 'intake_outbox_messages', { channel: 'webhook', state: 'pending' })).toBe(1);
    });

    it('counts conversations quiet for a day at their open question as dropped off there', () => {
        expect(sample(page, 'intake_dropoff_conversations', { field: 'child.heightCm' })).toBeUndefined();
        expect(sample(dropped, 'intake_dropoff_conversations', { field: 'child.heightCm' })).toBe(1);
        // The parent who asked questions stopped at the name; the one with a coordinator is not waiting for the bot.
        expect(sample(dropped, 'intake_dropoff_conversations', { field: 'child.firstName' })).toBe(1);
    });

    it('carries no ids, names or texts', () => {
        for (const parent of parents) expect(page).not.toContain(parent.conversationId);
        for (const word of ['Mia', 'Olga', 'banana', 'Berlin', 'parent-1', 'alice']) expect(page).not.toContain(word);
    });
});

describe('/metrics access', () => {
    it('is refused without the token or with another one', async () => {
        expect((await fetch(`${server.origin}/metrics`)).status).toBe(401);
        const wrong = await scrape('another-token-0123456789');
        expect(wrong.status).toBe(401);
        expect(await wrong.text()).not.toContain('intake_turns_total');
    });

    it('does not exist without METRICS_TOKEN', async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'intake-metrics-off-'));
        const off = await startServer({ DATA_DIR: dir });
        try {
            expect((await fetch(`${off.origin}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
        } finally {
            await off.stop();
            rmSync(dir, { recursive: true, force: true });
        }
    });
});

describe('/readyz', () => {
    it('is 200 with the database open and migrated, 503 with a reason when migrations are missing or the database is closed', async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'intake-readyz-'));
        const other = await startServer({ DATA_DIR: dir });
        try {
            const ready = await fetch(`${other.origin}/readyz`);
            expect(ready.status).toBe(200);
            expect(await ready.json()).toEqual({ status: 'ready' });

            const file = new Database(path.join(dir, SQLITE_FILE_NAME));
            file.prepare('delete from schema_migrations where version = (select max(version) from schema_migrations)').run();
            file.close();
            const behind = await fetch(`${other.origin}/readyz`);
            expect(behind.status).toBe(503);
            expect(await behind.json()).toEqual({ status: 'unavailable', reason: 'migrations_pending' });

            await other.app.database.close();
            const closed = await fetch(`${other.origin}/readyz`);
            expect(closed.status).toBe(503);
            expect(await closed.json()).toEqual({ status: 'unavailable', reason: 'database_unreachable' });
            expect((await fetch(`${other.origin}/healthz`)).status).toBe(200);
        } finally {
            await other.stop();
            rmSync(dir, { recursive: true, force: true });
        }
    });
});

describe('request ids and trace ids', () => {
    const logged = (requestId: string) => lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.request_id === requestId);

    it('echoes a caller\'s request id and trace, and every log line of the request carries them', async () => {
        const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
        const response = await fetch(`${server.origin}/readyz`, { headers: { 'x-request-id': 'lb-7f3a9c21-req', traceparent } });
        expect(response.headers.get('x-request-id')).toBe('lb-7f3a9c21-req');
        const echoed = response.headers.get('traceparent') ?? '';
        expect(echoed).toMatch(/^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01$/);
        expect(echoed).not.toContain('00f067aa0ba902b7');
        const [line] = logged('lb-7f3a9c21-req');
        expect(line).toMatchObject({ request_id: 'lb-7f3a9c21-req', trace_id: '4bf92f3577b34da6a3ce929d0e0e4736', span_id: echoed.split('-')[2], route: '/readyz', status: 200 });
    });

    it('puts the request id on what the bot logs during a turn', async () => {
        const chat = new HttpConversation(server.origin, 'en');
        const response = await fetch(`${server.origin}/api/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-request-id': 'turn-req-000111' },
            body: JSON.stringify({ type: 'message', text: 'hello', channelId: 'directline', serviceUrl: 'http://127.0.0.1:9', conversation: { id: chat.conversationId }, from: { id: 'p' }, recipient: { id: 'bot' } })
        });
        // Not expectReplies without credentials: refused, and the refusal is logged with the id.
        expect(response.status).toBe(403);
        expect(logged('turn-req-000111')).toEqual([expect.objectContaining({ status: 403, route: '/api/messages', msg: 'request' })]);
    });

    it('makes up its own ids when the caller\'s could carry anything but an id', async () => {
        const response = await fetch(`${server.origin}/healthz`, { headers: { 'x-request-id': 'Anna Petrova <anna@example.org>', traceparent: '00-00000000000000000000000000000000-00f067aa0ba902b7-01' } });
        const id = response.headers.get('x-request-id') ?? '';
        expect(id).toMatch(/^[0-9a-f-]{36}$/);
        expect(response.headers.get('traceparent')).toMatch(/^00-(?!0{32})[0-9a-f]{32}-[0-9a-f]{16}-01$/);
        expect(logged(id)).toHaveLength(1);
        expect(lines.join('')).not.toContain('anna@example.org');
    });
});
