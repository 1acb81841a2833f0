import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../src/domain/schema';
import { EXPECTED, SCRIPTS } from '../fixtures/scripts';
import { currentField } from '../helpers/harness';
import { answerUntil, runScript } from '../helpers/script';
import { HttpConversation, startServer, type RunningServer } from '../helpers/server';

const NOW = new Date('2026-11-15T12:00:00Z');
let dataDir: string;
let server: RunningServer;

beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'intake-server-'));
    server = await startServer({ DATA_DIR: dataDir }, () => NOW);
});
afterAll(async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
});

describe.each(['en', 'de', 'ru', 'ar', 'tr'] as const)('a full intake over /api/messages with expectReplies in %s', (locale) => {
    it('stores the application JSON field by field', async () => {
        const chat = new HttpConversation(server.origin, locale);
        const { reference } = await runScript(chat, await chat.join(), SCRIPTS[locale]);
        const stored = await server.app.database.applications.findByReference(reference);
        expect(stored?.conversationId).toBe(chat.conversationId);
        const app = stored?.data as Application;
        expect(app.reference).toBe(reference);
        expect(app.channel).toBe('directline');
        expect(app.submittedAt).toBe(NOW.toISOString());
        const expected = EXPECTED[locale];
        for (const section of ['child', 'diagnosis', 'status', 'treatments', 'documents', 'request', 'contact'] as const) {
            for (const [field, value] of Object.entries(expected[section] as Record<string, unknown>)) {
                expect((app[section] as Record<string, unknown>)[field], `${section}.${field}`).toEqual(value);
            }
            expect(Object.keys(app[section]).sort(), section).toEqual(Object.keys(expected[section] as object).sort());
        }
    });
});

describe('the HTTP edge', () => {
    it('answers /healthz and /readyz', async () => {
        expect((await fetch(`${server.origin}/healthz`)).status).toBe(200);
        const ready = await fetch(`${server.origin}/readyz`);
        expect(await ready.json()).toEqual({ status: 'ready' });
    });

    it('serves a privacy notice in the requested language, right-to-left for Arabic', async () => {
        const ar = await (await fetch(`${server.origin}/privacy?lang=ar`)).text();
        expect(ar).toMatch(/<html lang="ar" dir="rtl">/);
        const ru = await (await fetch(`${server.origin}/privacy?lang=ru`)).text();
        expect(ru).toMatch(/удалить мои данные/);
    });

    it.each([
        ['not JSON', '{"type": "message", ', 'application/json'],
        ['plain text', 'hello', 'text/plain'],
        ['no type', JSON.stringify({ channelId: 'x', conversation: { id: 'c' }, from: { id: 'u' } }), 'application/json'],
        ['no conversation', JSON.stringify({ type: 'message', channelId: 'x', from: { id: 'u' } }), 'application/json'],
        ['wrong types', JSON.stringify({ type: 'message', channelId: 'x', conversation: { id: 'c' }, from: { id: 'u' }, text: 42 }), 'application/json'],
        ['an array', '[]', 'application/json'],
        ['membersAdded as a string', JSON.stringify({ type: 'conversationUpdate', channelId: 'x', conversation: { id: 'c' }, from: { id: 'u' }, membersAdded: 'u' }), 'application/json'],
        ['membersAdded [null]', JSON.stringify({ type: 'conversationUpdate', channelId: 'x', conversation: { id: 'c' }, from: { id: 'u' }, membersAdded: [null] }), 'application/json'],
        ['a timestamp that is no date', JSON.stringify({ type: 'message', channelId: 'x', conversation: { id: 'c' }, from: { id: 'u' }, timestamp: 'yesterday' }), 'application/json'],
        ['a value nested 40 deep', `{"type":"message","channelId":"x","conversation":{"id":"c"},"from":{"id":"u"},"value":${'{"a":'.repeat(40)}1${'}'.repeat(40)}}`, 'application/json']
    ])('rejects a malformed activity (%s) with 400', async (_name, body, contentType) => {
        const response = await fetch(`${server.origin}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body });
        expect(response.status).toBe(400);
    });

    it('an enormous message gets a clear answer, not a 5xx', async () => {
        const chat = new HttpConversation(server.origin, 'en');
        await chat.join();
        await chat.say('yes');
        const { status, activities } = await chat.post({ type: 'message', text: 'x'.repeat(10_000) });
        expect(status).toBe(200);
        expect(currentField(activities)).toBe('child.firstName');
    });
});

describe('restart', () => {
    it('a new server on the same SQLite file continues at the same field', async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'intake-restart-'));
        try {
            const first = await startServer({ DATA_DIR: dir }, () => NOW);
            const chat = new HttpConversation(first.origin, 'ru');
            await answerUntil(chat, await chat.join(), SCRIPTS.ru, 'status.diseaseState');
            await first.stop();

            const second = await startServer({ DATA_DIR: dir }, () => NOW);
            const resumed = new HttpConversation(second.origin, 'ru', chat.conversationId);
            const replies = await resumed.say(SCRIPTS.ru['status.diseaseState']!);
            expect(currentField(replies)).toBe('status.relapseCount');
            const { reference } = await runScript(resumed, replies, SCRIPTS.ru);
            const app = (await second.app.database.applications.findByReference(reference))?.data as Application;
            expect(app.child.firstName).toBe('Миша');
            expect(app.diagnosis.diagnosisDate).toBe('2025-03');
            await second.stop();
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
