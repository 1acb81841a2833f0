import { join } from 'node:path';
import type { ApplicationRepositoryOptions } from '../../../src/handoff/application-repository.js';
import { openDatabase, SQLITE_FILE_NAME, type IntakeDatabase } from '../../../src/storage/database.js';
import { openSqliteFile } from '../../../src/storage/sqlite-file.js';
import { tempDir } from '../../storage/helpers/engines.js';
import { createTestSchema } from '../../storage/helpers/pg.js';

export interface EngineFixture {
    database: IntakeDatabase;
    /** Another, independent connection to the same database (another process, in effect). */
    another(options?: ApplicationRepositoryOptions): Promise<IntakeDatabase>;
    /** Runs raw SQL (test-only setup such as failure triggers) on a separate connection. */
    exec(sql: string): Promise<void>;
    /** Reads rows with raw SQL (no parameters) on a separate connection. */
    rows(sql: string): Promise<Record<string, unknown>[]>;
    cleanup(): Promise<void>;
}

export interface HandoffEngine {
    name: 'sqlite' | 'postgres';
    open(): Promise<EngineFixture>;
}

const sqlite: HandoffEngine = {
    name: 'sqlite',
    open: async () => {
        const dir = tempDir();
        const opened: IntakeDatabase[] = [];
        const open = async (options?: ApplicationRepositoryOptions) => {
            const db = await openDatabase({ dataDir: dir.path }, options);
            opened.push(db);
            return db;
        };
        return {
            database: await open(),
            another: open,
            exec: async (sql) => {
                const db = openSqliteFile(join(dir.path, SQLITE_FILE_NAME));
                try {
                    db.exec(sql);
                } finally {
                    db.close();
                }
            },
            rows: async (sql) => {
                const db = openSqliteFile(join(dir.path, SQLITE_FILE_NAME));
                try {
                    return db.prepare<[], Record<string, unknown>>(sql).all();
                } finally {
                    db.close();
                }
            },
            cleanup: async () => {
                for (const db of opened) await db.close();
                dir.remove();
            }
        };
    }
};

const postgres: HandoffEngine = {
    name: 'postgres',
    open: async () => {
        const schema = await createTestSchema();
        // Widget files live on disk next to either engine.
        const dir = tempDir();
        const opened: IntakeDatabase[] = [];
        const open = async (options?: ApplicationRepositoryOptions) => {
            const db = await openDatabase({ databaseUrl: schema.url, dataDir: dir.path }, options);
            opened.push(db);
            return db;
        };
        return {
            database: await open(),
            another: open,
            exec: async (sql) => {
                await schema.pool.query(sql);
            },
            rows: async (sql) => (await schema.pool.query<Record<string, unknown>>(sql)).rows,
            cleanup: async () => {
                for (const db of opened) await db.close();
                await schema.drop();
                dir.remove();
            }
        };
    }
};

/** Both engines always; describeEngines reports the PostgreSQL ones as skipped under SKIP_PG=1. */
export const handoffEngines: HandoffEngine[] = [sqlite, postgres];

/** A trigger that makes every outbox insert fail, in each engine's dialect. */
export const FAILING_OUTBOX_TRIGGER: Record<HandoffEngine['name'], string> = {
    sqlite: `create trigger outbox_down before insert on outbox begin select raise(abort, 'outbox down'); end;`,
    postgres: `
        create function outbox_down() returns trigger language plpgsql as $$ begin raise exception 'outbox down'; end $$;
        create trigger outbox_down before insert on outbox for each row execute function outbox_down();`
};
