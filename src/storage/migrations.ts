import type { Pool } from 'pg';
import { compileStatements, migrationContext, type Engine, type Migration } from './migration-kit.js';
import { MIGRATIONS } from './migration-list.js';
import { withTransaction } from './pg-pool.js';
import type { SqliteDatabase } from './sqlite-file.js';
import { toDatabaseError } from './types.js';

/*
 * The list (migration-list.ts) is written once with Kysely's schema builder; these runners compile
 * it for their engine and execute it themselves: SQLite synchronously in one IMMEDIATE transaction
 * (stores migrate in their constructors), PostgreSQL under an advisory lock (Kysely's Migrator
 * offers neither, and keeps its own bookkeeping table where existing databases have schema_migrations).
 */
export type { Migration } from './migration-kit.js';
export { MIGRATIONS } from './migration-list.js';

/** The bookkeeping table, as both old per-engine lists created it (their databases are recognised as they are). */
function versionsTable(engine: Engine) {
    const m = migrationContext(engine);
    return m.schema.createTable('schema_migrations').ifNotExists()
        .addColumn('version', 'integer', (c) => c.primaryKey())
        .addColumn('applied_at', m.t.timestamp, (c) => m.postgresDefaultNow()(c.notNull()))
        .compile();
}

/** Sorted copy; rejects bad lists before any transaction starts (a programming error, not a DB one). */
function ordered(where: string, migrations: readonly Migration[]): Migration[] {
    const sorted = [...migrations].sort((a, b) => a.version - b.version);
    sorted.forEach((m, i) => {
        if (!Number.isInteger(m.version) || m.version < 1 || sorted[i - 1]?.version === m.version) {
            throw new Error(`${where}: invalid or duplicate migration version ${m.version}`);
        }
    });
    return sorted;
}

/**
 * Applies pending migrations in one IMMEDIATE transaction (takes the write lock up front, so
 * two processes starting together serialise instead of both applying). Returns applied versions.
 */
export function migrateSqlite(db: SqliteDatabase, migrations: readonly Migration[] = MIGRATIONS): number[] {
    const all = ordered('migrateSqlite()', migrations);
    const run = db.transaction(() => {
        db.prepare(versionsTable('sqlite').sql).run();
        const rows = db.prepare<[], { version: number }>('select version from schema_migrations').all();
        const applied = new Set(rows.map((r) => r.version));
        const todo = all.filter((m) => !applied.has(m.version));
        const record = db.prepare<[number, string]>('insert into schema_migrations (version, applied_at) values (?, ?)');
        for (const m of todo) {
            for (const statement of compileStatements('sqlite', m)) db.prepare(statement.sql).run(...statement.parameters);
            record.run(m.version, new Date().toISOString());
        }
        return todo.map((m) => m.version);
    });
    try {
        return run.immediate();
    } catch (err) {
        throw toDatabaseError('migrateSqlite()', err);
    }
}

/**
 * Applies pending migrations in one transaction under an advisory lock scoped to the current
 * schema, so concurrent starts (several bot instances) serialise. Returns applied versions.
 */
export async function migratePostgres(pool: Pool, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
    const all = ordered('migratePostgres()', migrations);
    return withTransaction(pool, 'migratePostgres()', async (client) => {
        await client.query(`select pg_advisory_xact_lock(hashtext('schema_migrations:' || coalesce(current_schema(), '')))`);
        await client.query(versionsTable('postgres').sql);
        const { rows } = await client.query<{ version: number }>('select version from schema_migrations');
        const applied = new Set(rows.map((r) => r.version));
        const todo = all.filter((m) => !applied.has(m.version));
        for (const m of todo) {
            for (const statement of compileStatements('postgres', m)) await client.query(statement.sql, [...statement.parameters]);
            await client.query('insert into schema_migrations (version) values ($1)', [m.version]);
        }
        return todo.map((m) => m.version);
    });
}

/** Runs migratePostgres once per instance on first use; a failure is retried on the next call. */
export function lazyPostgresMigration(pool: Pool, enabled: boolean): () => Promise<void> {
    let ready: Promise<void> | undefined = enabled ? undefined : Promise.resolve();
    return () => {
        ready ??= migratePostgres(pool).then(
            () => undefined,
            (err: unknown) => {
                ready = undefined;
                throw err;
            }
        );
        return ready;
    };
}
