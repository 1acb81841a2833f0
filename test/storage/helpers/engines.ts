import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresStorage } from '../../../src/storage/postgres-storage.js';
import { SqliteStorage } from '../../../src/storage/sqlite-storage.js';
import type { ManagedStorage } from '../../../src/storage/types.js';
import { createTestSchema } from './pg.js';

export function tempDir(): { path: string; remove(): void } {
    const path = mkdtempSync(join(tmpdir(), 'intake-test-'));
    return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export interface StorageFixture {
    storage: ManagedStorage;
    /** Another independent instance on the same database (another process, in effect). */
    another(): ManagedStorage;
    cleanup(): Promise<void>;
}

export interface StorageEngine {
    name: 'SqliteStorage' | 'PostgresStorage';
    open(): Promise<StorageFixture>;
}

const sqlite: StorageEngine = {
    name: 'SqliteStorage',
    open: async () => {
        const dir = tempDir();
        const file = join(dir.path, 'nested', 'intake.sqlite');
        const opened: ManagedStorage[] = [new SqliteStorage(file)];
        return {
            storage: opened[0] as ManagedStorage,
            another: () => {
                const s = new SqliteStorage(file);
                opened.push(s);
                return s;
            },
            cleanup: async () => {
                for (const s of opened) await s.close();
                dir.remove();
            }
        };
    }
};

const postgres: StorageEngine = {
    name: 'PostgresStorage',
    open: async () => {
        const schema = await createTestSchema();
        return {
            storage: new PostgresStorage(schema.pool),
            another: () => new PostgresStorage(schema.pool),
            cleanup: () => schema.drop()
        };
    }
};

/** Both engines always; describeEngines reports the PostgreSQL ones as skipped under SKIP_PG=1. */
export const storageEngines: StorageEngine[] = [sqlite, postgres];
