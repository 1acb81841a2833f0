import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../src/domain/schema';
import { SQLITE_FILE_NAME } from '../../src/storage/database';
import { SCRIPTS } from '../fixtures/scripts';
import { currentField, intakeOf } from '../helpers/harness';
import { HttpConversation, startServer } from '../helpers/server';
import { startServerProcess, type ServerProcess } from '../helpers/serverProcess';

type Locale = keyof typeof SCRIPTS;
const LOCALES: Locale[] = ['en', 'de', 'ru', 'ar'];
const SECTIONS = ['child', 'diagnosis', 'status', 'treatments', 'documents', 'request', 'contact'] as const;

interface Family {
    locale: Locale;
    chat: HttpConversation;
    /** The question the bot last asked in a reply that arrived: every answer before it was acknowledged. */
    asked: string;
    reference?: string;
}

/** The question the stored state says is open: what a restarted bot will ask next. */
function openQuestion(dataDir: string, conversationId: string): string | undefined {
    const db = new Database(path.join(dataDir, SQLITE_FILE_NAME), { readonly: true });
    try {
        const row = db.prepare<[string], { data: string }>("select data from bot_state where key like '%/conversations/' || ? || '/'").get(conversationId);
        return row ? (JSON.parse(row.data) as { profile?: { currentField?: string } }).profile?.currentField : undefined;
    } finally {
        db.close();
    }
}

async function answer(family: Family, field: string): Promise<boolean> {
    const replies = await family.chat.say(SCRIPTS[family.locale][field]!);
    family.reference = replies.map(intakeOf).find((m) => m?.submitted)?.submitted?.reference ?? family.reference;
    const next = currentField(replies);
    if (next) family.asked = next;
    return family.reference === undefined;
}

describe('kill -9 in the middle of a burst', () => {
    let dataDir: string;
    let server: ServerProcess | undefined;
    const reference = new Map<Locale, Application>();

    beforeAll(async () => {
        dataDir = mkdtempSync(path.join(tmpdir(), 'intake-kill-'));
        // What each script gives when nothing goes wrong (same day, same clock as the process).
        const calm = await startServer({ DATA_DIR: mkdtempSync(path.join(tmpdir(), 'intake-calm-')) });
        try {
            for (const locale of LOCALES) {
                const family: Family = { locale, chat: new HttpConversation(calm.origin, locale), asked: '' };
                family.asked = currentField(await family.chat.join()) ?? '';
                while (await answer(family, family.asked));
                reference.set(locale, (await calm.app.database.applications.findByReference(family.reference!))!.data as Application);
            }
        } finally {
            await calm.stop();
        }
    }, 60_000);
    afterAll(async () => {
        await server?.stop('SIGKILL');
        rmSync(dataDir, { recursive: true, force: true });
    });

    it('loses no acknowledged answer: after the restart every family goes on where it was and finishes', async () => {
        server = await startServerProcess({ DATA_DIR: dataDir, RATE_LIMIT_MESSAGES_PER_ADDRESS: '0' });
        const families: Family[] = Array.from({ length: 16 }, (_, i) => ({ locale: LOCALES[i % 4]!, chat: new HttpConversation(server!.origin, LOCALES[i % 4]), asked: '' }));
        for (const family of families) family.asked = currentField(await family.chat.join()) ?? '';
        let acknowledged = 0;
        const killed = (async () => {
            while (acknowledged < 150) await new Promise((resolve) => setTimeout(resolve, 5));
            await server!.stop('SIGKILL');
        })();
        // Every family answers as fast as it can until the process dies under it.
        await Promise.all(families.map(async (family) => {
            try {
                while (await answer(family, family.asked)) acknowledged++;
            } catch {
                // fetch failed: the process is gone, this answer was never acknowledged.
            }
        }));
        await killed;
        expect(families.every((f) => f.reference === undefined), 'the kill came before any family finished').toBe(true);

        const sequences = new Map(LOCALES.map((locale) => [locale, Object.keys(SCRIPTS[locale])]));
        server = await startServerProcess({ DATA_DIR: dataDir, RATE_LIMIT_MESSAGES_PER_ADDRESS: '0' });
        for (const family of families) {
            const open = openQuestion(dataDir, family.chat.conversationId);
            // The acknowledged question, or the one after it when the answer in flight was committed.
            const order = sequences.get(family.locale)!;
            const later = order.slice(order.indexOf(family.asked));
            expect(later.slice(0, 4), `${family.locale}: open question ${open}, acknowledged ${family.asked}`).toContain(open);
            const resumed: Family = { ...family, chat: new HttpConversation(server.origin, family.locale, family.chat.conversationId), asked: open! };
            while (await answer(resumed, resumed.asked));
            family.reference = resumed.reference;
        }
        await server.stop('SIGTERM');
        // Every family's application is exactly what the calm run stored.
        const db = new Database(path.join(dataDir, SQLITE_FILE_NAME), { readonly: true });
        try {
            for (const family of families) {
                const row = db.prepare<[string], { data: string }>('select data from applications where reference = ?').get(family.reference!);
                const app = JSON.parse(row!.data) as Application;
                for (const section of SECTIONS) expect(app[section], `${family.locale} ${section}`).toEqual(reference.get(family.locale)![section]);
            }
        } finally {
            db.close();
        }
    }, 180_000);
});
