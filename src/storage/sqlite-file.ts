import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export type SqliteDatabase = Database.Database;

export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/** Opens (creating if needed) a SQLite file configured for a long-running, multi-reader bot. */
export function openSqliteFile(filePath: string): SqliteDatabase {
    const inMemory = filePath === ':memory:';
    // Owner-only permissions: the file holds children's health data.
    if (!inMemory) mkdirSync(dirname(filePath), { recursive: true, mode: 0o700 });
    const isNew = !inMemory && !existsSync(filePath);
    const db = new Database(filePath);
    try {
        if (isNew) chmodSync(filePath, 0o600);
        // WAL lets readers proceed during writes; busy_timeout waits out other processes' locks.
        db.pragma('journal_mode = WAL');
        db.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
        db.pragma('foreign_keys = ON');
        // Deleted rows are overwritten with zeros, not just unlinked ("delete my data"). Per connection.
        db.pragma('secure_delete = ON');
        // synchronous stays at its FULL default: a submitted application must survive a power cut.
    } catch (err) {
        db.close();
        throw err;
    }
    return db;
}

/**
 * Moves every WAL frame into the database file and truncates the WAL to zero bytes, so no old
 * page copies (with rows deleted meanwhile) stay in the -wal file. Waits up to busy_timeout
 * for readers; false when a reader kept an older snapshot and the WAL could not be emptied.
 */
export function truncateWal(db: SqliteDatabase): boolean {
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
    return result?.busy === 0;
}
