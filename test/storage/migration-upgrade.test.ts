import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.js';
import { MIGRATIONS, migratePostgres, migrateSqlite } from '../../src/storage/migrations.js';
import { openSqliteFile } from '../../src/storage/sqlite-file.js';
import { legacyMigratePostgres, legacyMigrateSqlite } from '../fixtures/legacy-migrations.js';
import { tempDir } from './helpers/engines.js';
import { SKIP_PG, createTestSchema, type TestSchema } from './helpers/pg.js';
import { exactPostgresSchema, exactSqliteSchema } from './helpers/schema.js';

const ALL = MIGRATIONS.map((m) => m.version);
/** Databases the old per-engine lists left at: fully migrated, and stopped before 14 (outbox rebuild) and before 17. */
const STOPPED_AT = [18, 13, 16];

const APP_ID = '0b7e3a4c-1d2e-4f60-8a9b-0c1d2e3f4a5b';
/** What an instance running the old code had stored. */
const OLD_ROWS = `
    insert into applications (id, reference, conversation_id, channel, locale, submitted_at, data)
        values ('${APP_ID}', 'K7Q-4M2', 'conv-old', 'webchat', 'en', '2025-03-01T10:00:00.000Z', '{"child":{"firstName":"Test"}}');
    insert into bot_state (key, etag, data, updated_at) values ('old/conversation', '1', '{"step":3}', '2025-03-01T10:00:00.000Z');`;

const LINK = {
    tokenHash: 'a'.repeat(64), conversationId: 'conv-old', kind: 'transcript' as const, reference: 'K7Q-4M2', locale: 'en',
    createdAt: new Date('2025-03-01T10:00:00.000Z'), expiresAt: new Date('2099-03-01T10:00:00.000Z')
};

/** The bot, opened on the upgraded database, still reads the old rows and writes new ones. */
async function expectWorkingBot(db: Awaited<ReturnType<typeof openDatabase>>): Promise<void> {
    expect((await db.applications.list()).map((a) => a.reference)).toEqual(['K7Q-4M2']);
    expect((await db.storage.read(['old/conversation']))['old/conversation']).toMatchObject({ step: 3 });
    await db.storage.write({ 'new/conversation': { step: 1 } });
    await db.copyLinks.insert(LINK);
    expect(await db.copyLinks.find(LINK.tokenHash)).toEqual(LINK);
    await db.faqFeedback.record({ topic: 'costs', helpful: true, locale: 'de', at: new Date() });
    expect(await db.faqFeedback.summary()).toEqual([{ topic: 'costs', helpful: 1, notHelpful: 0 }]);
}

describe('a SQLite database migrated by the old per-engine list', () => {
    let dir: ReturnType<typeof tempDir>;
    beforeEach(() => {
        dir = tempDir();
    });
    afterEach(() => {
        dir.remove();
    });

    it.each(STOPPED_AT)('stopped at %i: the new runner applies only what is missing and ends with the schema a fresh database gets', (through) => {
        const fresh = new Database(':memory:');
        const old = new Database(':memory:');
        try {
            old.pragma('foreign_keys = ON');
            legacyMigrateSqlite(old, through);
            expect(migrateSqlite(old)).toEqual(ALL.filter((v) => v > through));
            migrateSqlite(fresh);
            expect(exactSqliteSchema(old)).toEqual(exactSqliteSchema(fresh));
        } finally {
            old.close();
            fresh.close();
        }
    });

    it('keeps its rows and serves the bot', async () => {
        const file = openSqliteFile(join(dir.path, 'intake.sqlite'));
        legacyMigrateSqlite(file);
        file.exec(OLD_ROWS);
        file.close();
        const db = await openDatabase({ dataDir: dir.path });
        try {
            await expectWorkingBot(db);
        } finally {
            await db.close();
        }
    });
});

describe.skipIf(SKIP_PG)('a PostgreSQL database migrated by the old per-engine list', () => {
    let old: TestSchema;
    let fresh: TestSchema;
    beforeEach(async () => {
        [old, fresh] = await Promise.all([createTestSchema(), createTestSchema()]);
    });
    afterEach(async () => {
        await Promise.all([old.drop(), fresh.drop()]);
    });

    it.each(STOPPED_AT)('stopped at %i: the new runner applies only what is missing and ends with the schema a fresh database gets', async (through) => {
        await legacyMigratePostgres(old.pool, through);
        expect(await migratePostgres(old.pool)).toEqual(ALL.filter((v) => v > through));
        await migratePostgres(fresh.pool);
        expect(await exactPostgresSchema(old.pool)).toEqual(await exactPostgresSchema(fresh.pool));
    });

    it('keeps its rows and serves the bot', async () => {
        await legacyMigratePostgres(old.pool);
        await old.pool.query(OLD_ROWS);
        const db = await openDatabase({ databaseUrl: old.url });
        try {
            await expectWorkingBot(db);
        } finally {
            await db.close();
        }
    });
});
