import { join } from 'node:path';
import { PostgresConversationStore } from '../handoff/conversation-directory-postgres.js';
import { SqliteConversationStore } from '../handoff/conversation-directory-sqlite.js';
import type { ConversationStore } from '../handoff/conversation-directory.js';
import { SQLITE_FILE_NAME, isPostgresUrl, type DatabaseConfig } from '../storage/database.js';
import { migratePostgres, migrateSqlite } from '../storage/migrations.js';
import { createPool } from '../storage/pg-pool.js';
import { openSqliteFile } from '../storage/sqlite-file.js';
import { PostgresCoordinationStore } from './coordination-postgres.js';
import { SqliteCoordinationStore } from './coordination-sqlite.js';
import type { CoordinationStore } from './coordination.js';
import { PostgresStaffStore } from './store-postgres.js';
import { SqliteStaffStore } from './store-sqlite.js';
import type { StaffStore } from './store.js';

export interface StaffDatabase {
    engine: 'sqlite' | 'postgres';
    staff: StaffStore;
    conversations: ConversationStore;
    coordination: CoordinationStore;
    /** Closes this handle (not the bot's). Safe to call twice. */
    close(): Promise<void>;
}

/**
 * A connection of its own to the bot's database (same SQLite file in WAL mode, or a second
 * PostgreSQL pool): IntakeDatabase exposes only the application repository. Migrations are
 * applied (idempotent) before it returns.
 */
export async function openStaffDatabase(config: DatabaseConfig): Promise<StaffDatabase> {
    const url = config.databaseUrl?.trim();
    if (url) {
        if (!isPostgresUrl(url)) throw new Error('openStaffDatabase(): DATABASE_URL must start with postgres:// or postgresql://');
        const pool = createPool(url);
        try {
            await migratePostgres(pool);
        } catch (err) {
            await pool.end().catch(() => undefined);
            throw err;
        }
        let ended = false;
        return {
            engine: 'postgres',
            staff: new PostgresStaffStore(pool),
            conversations: new PostgresConversationStore(pool),
            coordination: new PostgresCoordinationStore(pool),
            close: async () => {
                if (ended) return;
                ended = true;
                await pool.end();
            }
        };
    }
    if (!config.dataDir) throw new Error('openStaffDatabase(): dataDir or a PostgreSQL databaseUrl is required');
    const db = openSqliteFile(join(config.dataDir, SQLITE_FILE_NAME));
    try {
        migrateSqlite(db);
        return {
            engine: 'sqlite',
            staff: new SqliteStaffStore(db),
            conversations: new SqliteConversationStore(db),
            coordination: new SqliteCoordinationStore(db),
            close: async () => {
                if (db.open) db.close();
            }
        };
    } catch (err) {
        db.close();
        throw err;
    }
}
