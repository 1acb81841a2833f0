import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.js';
import {
    POSTGRES_MIGRATIONS,
    SQLITE_MIGRATIONS,
    migratePostgres,
    migrateSqlite,
    type Migration
} from '../../src/storage/migrations.js';
import { tempDir } from './helpers/engines.js';
import { SKIP_PG, createTestSchema, type TestSchema } from './helpers/pg.js';

const extra = (sql: string): Migration => ({ version: 99, name: 'extra', sql });

describe('migrateSqlite', () => {
    it('applies each migration once and records it', () => {
        const db = new Database(':memory:');
        try {
            expect(migrateSqlite(db)).toEqual(SQLITE_MIGRATIONS.map((m) => m.version));
            expect(migrateSqlite(db)).toEqual([]);
            expect(migrateSqlite(db, [...SQLITE_MIGRATIONS, extra('create table extra (x integer)')])).toEqual([99]);
            const versions = db.prepare<[], { version: number }>('select version from schema_migrations order by version').all();
            expect(versions.map((v) => v.version)).toEqual([...SQLITE_MIGRATIONS.map((m) => m.version), 99]);
        } finally {
            db.close();
        }
    });

    it('rolls back a failing migration completely', () => {
        const db = new Database(':memory:');
        try {
            migrateSqlite(db);
            const bad = [...SQLITE_MIGRATIONS, extra('create table half (x integer); this is not sql')];
            expect(() => migrateSqlite(db, bad)).toThrow(/^migrateSqlite\(\): /);
            expect(db.prepare('select name from sqlite_master where name = ?').get('half')).toBeUndefined();
            expect(db.prepare('select version from schema_migrations where version = 99').get()).toBeUndefined();
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
        expect(results.flat().sort((a, b) => a - b)).toEqual(POSTGRES_MIGRATIONS.map((m) => m.version));
        expect(await migratePostgres(schema.pool)).toEqual([]);
        const { rows } = await schema.pool.query<{ table_name: string }>(
            'select table_name from information_schema.tables where table_schema = $1 order by table_name',
            [schema.name]
        );
        expect(rows.map((r) => r.table_name)).toEqual([
            'application_status_history', 'applications', 'bot_state', 'conversations', 'directline_activities', 'directline_attachments', 'faq_feedback', 'outbox', 'schema_migrations',
            'staff_accounts', 'staff_login_throttle', 'staff_sessions', 'transcript'
        ]);
    });

    it('rolls back a failing migration completely', async () => {
        await migratePostgres(schema.pool);
        const bad = [...POSTGRES_MIGRATIONS, extra('create table half (x int); this is not sql')];
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
