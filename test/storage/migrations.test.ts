import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.js';
import { MIGRATIONS, migratePostgres, migrateSqlite, type Migration } from '../../src/storage/migrations.js';
import { tempDir } from './helpers/engines.js';
import { SKIP_PG, createTestSchema, type TestSchema } from './helpers/pg.js';

/** Version 99 made of raw statements (one per string). */
const extra = (...statements: string[]): Migration => ({ version: 99, name: 'extra', up: (m) => statements.map((s) => m.raw(s)) });

const APP_ID = '0b7e3a4c-1d2e-4f60-8a9b-0c1d2e3f4a5b';
const DELIVERY_ID = '5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f';
/** An application and a delivered outbox row as a database before migration 14 holds them. */
const OLD_ROWS = `
    insert into applications (id, reference, conversation_id, channel, locale, submitted_at, data)
        values ('${APP_ID}', 'K7Q-4M2', 'conv', 'webchat', 'en', '2025-03-01T10:00:00.000Z', '{}');
    insert into outbox (id, application_id, channel, status, attempts, created_at, delivered_at, payload)
        values ('${DELIVERY_ID}', '${APP_ID}', 'webhook', 'delivered', 1, '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:01.000Z', '{"type":"application.submitted"}');`;
const UPGRADED_ROW = { id: DELIVERY_ID, event: 'application.submitted', application_id: APP_ID, status: 'delivered', payload: '{"type":"application.submitted"}' };

describe('migrateSqlite', () => {
    it('applies each migration once and records it', () => {
        const db = new Database(':memory:');
        try {
            expect(migrateSqlite(db)).toEqual(MIGRATIONS.map((m) => m.version));
            expect(migrateSqlite(db)).toEqual([]);
            expect(migrateSqlite(db, [...MIGRATIONS, extra('create table extra (x integer)')])).toEqual([99]);
            const versions = db.prepare<[], { version: number }>('select version from schema_migrations order by version').all();
            expect(versions.map((v) => v.version)).toEqual([...MIGRATIONS.map((m) => m.version), 99]);
        } finally {
            db.close();
        }
    });

    it('rolls back a failing migration completely', () => {
        const db = new Database(':memory:');
        try {
            migrateSqlite(db);
            const bad = [...MIGRATIONS, extra('create table half (x integer)', 'this is not sql')];
            expect(() => migrateSqlite(db, bad)).toThrow(/^migrateSqlite\(\): /);
            expect(db.prepare('select name from sqlite_master where name = ?').get('half')).toBeUndefined();
            expect(db.prepare('select version from schema_migrations where version = 99').get()).toBeUndefined();
        } finally {
            db.close();
        }
    });

    it('v14 keeps an older database\'s outbox rows, as application.submitted, and their cascade', () => {
        const db = new Database(':memory:');
        try {
            db.pragma('foreign_keys = ON');
            migrateSqlite(db, MIGRATIONS.filter((m) => m.version < 14));
            db.exec(OLD_ROWS);
            expect(migrateSqlite(db)).toContain(14);
            expect(db.prepare('select id, event, application_id, status, payload from outbox').all()).toEqual([UPGRADED_ROW]);
            db.exec(`delete from applications`);
            expect(db.prepare('select count(*) as n from outbox').get()).toEqual({ n: 0 });
        } finally {
            db.close();
        }
    });

    it('refuses duplicate versions', () => {
        const db = new Database(':memory:');
        try {
            expect(() => migrateSqlite(db, [extra('select 1'), extra('select 2')])).toThrow(/duplicate migration version 99/);
        } finally {
            db.close();
        }
    });
});

describe.skipIf(SKIP_PG)('migratePostgres', () => {
    let schema: TestSchema;
    beforeEach(async () => {
        schema = await createTestSchema();
    });
    afterEach(async () => {
        await schema.drop();
    });

    it('applies once even when several instances start together', async () => {
        const results = await Promise.all([migratePostgres(schema.pool), migratePostgres(schema.pool), migratePostgres(schema.pool)]);
        expect(results.flat().sort((a, b) => a - b)).toEqual(MIGRATIONS.map((m) => m.version));
        expect(await migratePostgres(schema.pool)).toEqual([]);
        const { rows } = await schema.pool.query<{ table_name: string }>(
            'select table_name from information_schema.tables where table_schema = $1 order by table_name',
            [schema.name]
        );
        expect(rows.map((r) => r.table_name)).toEqual([
            'application_status_history', 'applications', 'bot_state', 'conversations', 'copy_links', 'directline_activities', 'directline_attachments', 'faq_feedback', 'outbox', 'schema_migrations',
            'staff_accounts', 'staff_assignments', 'staff_login_throttle', 'staff_notes', 'staff_profiles', 'staff_sessions', 'transcript'
        ]);
    });

    it('v14 keeps an older database\'s outbox rows, as application.submitted, and their cascade', async () => {
        await migratePostgres(schema.pool, MIGRATIONS.filter((m) => m.version < 14));
        await schema.pool.query(OLD_ROWS);
        expect(await migratePostgres(schema.pool)).toContain(14);
        expect((await schema.pool.query('select id, event, application_id, status, payload from outbox')).rows).toEqual([UPGRADED_ROW]);
        await schema.pool.query('delete from applications');
        expect((await schema.pool.query('select count(*)::int as n from outbox')).rows).toEqual([{ n: 0 }]);
    });

    it('rolls back a failing migration completely', async () => {
        await migratePostgres(schema.pool);
        const bad = [...MIGRATIONS, extra('create table half (x int)', 'this is not sql')];
        await expect(migratePostgres(schema.pool, bad)).rejects.toThrow(/^migratePostgres\(\): database error \(42601\)/);
        const { rows } = await schema.pool.query("select to_regclass('half') as t");
        expect(rows[0]).toEqual({ t: null });
    });
});

describe('openDatabase', () => {
    let dir: ReturnType<typeof tempDir>;
    beforeEach(() => {
        dir = tempDir();
    });
    afterEach(() => {
        dir.remove();
    });

    it('uses <dataDir>/intake.sqlite when no PostgreSQL URL is given', async () => {
        const dataDir = join(dir.path, 'data');
        const db = await openDatabase({ dataDir, databaseUrl: '' });
        try {
            expect(db.engine).toBe('sqlite');
            expect(existsSync(join(dataDir, 'intake.sqlite'))).toBe(true);
            await db.storage.write({ k: { v: 1 } });
            expect(await db.applications.list()).toEqual([]);
        } finally {
            await db.close();
            await db.close();
        }
    });

    it('rejects a URL that is neither empty nor PostgreSQL', async () => {
        await expect(openDatabase({ dataDir: dir.path, databaseUrl: 'mysql://x' })).rejects.toThrow(/^openDatabase\(\): /);
    });

    it.skipIf(SKIP_PG)('uses PostgreSQL for postgres:// and postgresql:// URLs', async () => {
        const schema = await createTestSchema();
        try {
            for (const url of [schema.url, schema.url.replace(/^postgres:/, 'postgresql:')]) {
                const db = await openDatabase({ databaseUrl: url, dataDir: dir.path });
                try {
                    expect(db.engine).toBe('postgres');
                    await db.storage.write({ k: { v: url.length } });
                    expect((await db.storage.read(['k'])).k).toMatchObject({ v: url.length });
                } finally {
                    await db.close();
                }
            }
            expect(existsSync(join(dir.path, 'intake.sqlite'))).toBe(false);
        } finally {
            await schema.drop();
        }
    });

    it('fails fast when PostgreSQL is unreachable', async () => {
        await expect(openDatabase({ databaseUrl: 'postgres://postgres@127.0.0.1:1/none' })).rejects.toThrow(
            /^migratePostgres\(\): database error \(ECONNREFUSED\)/
        );
    });
});
