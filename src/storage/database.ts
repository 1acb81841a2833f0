import { join } from 'node:path';
import { PostgresApplicationRepository } from '../handoff/application-repository-postgres.js';
import { SqliteApplicationRepository } from '../handoff/application-repository-sqlite.js';
import type { ApplicationRepository, ApplicationRepositoryOptions } from '../handoff/application-repository.js';
import { WIDGET_FILES_DIR, WidgetFileFolder } from '../directline/files';
import { PostgresDirectLineLog, SqliteDirectLineLog, type DirectLineLog } from '../directline/log';
import { CopyLinks, type CopyLinkStore } from './copy-links';
import { FaqFeedback, type FaqFeedbackRepository } from './faq-feedback';
import { migratePostgres, migrateSqlite } from './migrations.js';
import { postgresOperations, sqliteOperations, type DatabaseOperations } from './operations.js';
import { createPool } from './pg-pool.js';
import { PostgresStorage } from './postgres-storage.js';
import { postgresQueryBuilder, sqliteQueryBuilder } from './query-builder.js';
import { openSqliteFile, truncateWal } from './sqlite-file.js';
import { SqliteStorage } from './sqlite-storage.js';
import { toDatabaseError, type ManagedStorage } from './types.js';
import { LocalTurnLock, PostgresTurnLock, type TurnLock } from './turnLock.js';

export const SQLITE_FILE_NAME = 'intake.sqlite';

/** `databaseUrl` (postgres:// or postgresql://) wins; otherwise `<dataDir>/intake.sqlite`. */
export type DatabaseConfig =
    | { dataDir: string; databaseUrl?: string | undefined }
    | { databaseUrl: string; dataDir?: string | undefined };

export interface IntakeDatabase {
    engine: 'sqlite' | 'postgres';
    storage: ManagedStorage;
    applications: ApplicationRepository;
    /** "Was this helpful?" answers for analytics. */
    faqFeedback: FaqFeedbackRepository;
    /** Download links of a parent's own copies (hashed tokens, expiring). */
    copyLinks: CopyLinkStore;
    /** The widget's conversations (self-hosted Direct Line); its files are kept in DATA_DIR/directline-uploads. */
    directline: DirectLineLog;
    /** One turn at a time per conversation (across instances on PostgreSQL). */
    turns: TurnLock;
    /** Readiness and the figures /metrics reads on scrape (outbox, stalled conversations). */
    operations: DatabaseOperations;
    /**
     * After "delete my data", removes what deleted rows leave behind. SQLite (secure_delete zeroes
     * them in the file): moves every WAL frame into the file and truncates the WAL. PostgreSQL:
     * VACUUM of the tables that hold conversation data. False when a reader kept the WAL busy.
     */
    scrubDeleted(): Promise<boolean>;
    /** Closes the shared connection(s). Safe to call twice. */
    close(): Promise<void>;
}

/** Every table that holds rows of one conversation (what "delete my data" deletes from). */
export const CONVERSATION_TABLES = [
    'bot_state', 'applications', 'outbox', 'application_status_history', 'transcript', 'conversations', 'directline_activities', 'directline_attachments',
    'staff_assignments', 'staff_notes', 'copy_links'
] as const;

export function isPostgresUrl(url: string): boolean {
    return /^postgres(ql)?:\/\//i.test(url);
}

/** Opens the configured engine and applies pending migrations before returning. */
export async function openDatabase(config: DatabaseConfig, options: ApplicationRepositoryOptions = {}): Promise<IntakeDatabase> {
    const url = config.databaseUrl?.trim();
    const widgetFiles = new WidgetFileFolder(config.dataDir ? join(config.dataDir, WIDGET_FILES_DIR) : undefined);
    if (url && isPostgresUrl(url)) return openPostgres(url, widgetFiles, options);
    // A non-empty URL we do not understand is a typo, not a request for SQLite.
    if (url) throw new Error('openDatabase(): DATABASE_URL must start with postgres:// or postgresql://');
    if (!config.dataDir) throw new Error('openDatabase(): dataDir or a PostgreSQL databaseUrl is required');
    return openSqlite(join(config.dataDir, SQLITE_FILE_NAME), widgetFiles, options);
}

function openSqlite(filePath: string, widgetFiles: WidgetFileFolder, options: ApplicationRepositoryOptions): IntakeDatabase {
    const db = openSqliteFile(filePath);
    try {
        migrateSqlite(db);
        const queries = sqliteQueryBuilder(db);
        return {
            engine: 'sqlite',
            storage: new SqliteStorage(db),
            applications: new SqliteApplicationRepository(db, options),
            faqFeedback: new FaqFeedback(queries),
            copyLinks: new CopyLinks(queries),
            directline: new SqliteDirectLineLog(db, widgetFiles),
            turns: new LocalTurnLock(),
            operations: sqliteOperations(db),
            scrubDeleted: async () => truncateWal(db),
            close: async () => {
                if (db.open) db.close();
            }
        };
    } catch (err) {
        db.close();
        throw err;
    }
}

async function openPostgres(url: string, widgetFiles: WidgetFileFolder, options: ApplicationRepositoryOptions): Promise<IntakeDatabase> {
    const pool = createPool(url);
    try {
        await migratePostgres(pool);
    } catch (err) {
        await pool.end().catch(() => undefined);
        throw err;
    }
    let ended = false;
    const turns = new PostgresTurnLock(url);
    const queries = postgresQueryBuilder(pool);
    return {
        engine: 'postgres',
        storage: new PostgresStorage(pool, { migrate: false }),
        applications: new PostgresApplicationRepository(pool, { ...options, migrate: false }),
        faqFeedback: new FaqFeedback(queries),
        copyLinks: new CopyLinks(queries),
        directline: new PostgresDirectLineLog(pool, widgetFiles),
        turns,
        operations: postgresOperations(pool),
        scrubDeleted: async () => {
            // Dead tuples are made reusable and dropped from indexes; the bytes are not overwritten (README).
            try {
                await pool.query(`vacuum ${CONVERSATION_TABLES.join(', ')}`);
            } catch (err) {
                throw toDatabaseError('IntakeDatabase.scrubDeleted()', err);
            }
            return true;
        },
        close: async () => {
            if (ended) return;
            ended = true;
            await turns.close();
            await pool.end();
        }
    };
}
