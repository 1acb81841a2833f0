import type { StoreItems } from 'botbuilder';
import { migrateSqlite } from './migrations.js';
import { openSqliteFile, type SqliteDatabase } from './sqlite-file.js';
import { newEtag, prepareChanges, requireKeys, requirePrefix, toStoreItem, type PreparedChange } from './store-items.js';
import { EtagConflictError, toDatabaseError, type ManagedStorage } from './types.js';

interface StateRow {
    etag: string;
    data: string;
}

/**
 * botbuilder Storage on a SQLite file, with MemoryStorage's eTag semantics: '*' or no eTag
 * overwrites; any other eTag must match the stored one (or the key must not exist yet).
 * A batch is all-or-nothing.
 */
export class SqliteStorage implements ManagedStorage {
    private readonly db: SqliteDatabase;
    private readonly ownsDb: boolean;
    private readonly readBatch: (keys: string[]) => StoreItems;
    private readonly writeBatch: { immediate: (batch: PreparedChange[]) => Record<string, string> };
    private readonly deleteBatch: (keys: string[]) => void;
    private readonly deletePrefix: (prefix: string) => number;

    /** A path opens (and owns) that file, creating its directory; a handle is shared, not closed. */
    constructor(target: string | SqliteDatabase) {
        this.ownsDb = typeof target === 'string';
        this.db = typeof target === 'string' ? openSqliteFile(target) : target;
        try {
            migrateSqlite(this.db);
        } catch (err) {
            if (this.ownsDb) this.db.close();
            throw err;
        }
        const select = this.db.prepare<[string], StateRow>('select etag, data from bot_state where key = ?');
        const upsert = this.db.prepare<[string, string, string, string]>(
            `insert into bot_state (key, etag, data, updated_at) values (?, ?, ?, ?)
             on conflict (key) do update set etag = excluded.etag, data = excluded.data, updated_at = excluded.updated_at`
        );
        const remove = this.db.prepare<[string]>('delete from bot_state where key = ?');
        // substr, not LIKE: LIKE is case-insensitive and treats % and _ in keys as wildcards.
        const removePrefix = this.db.prepare<[{ prefix: string }]>(
            'delete from bot_state where substr(key, 1, length(@prefix)) = @prefix'
        );

        // A read transaction gives one consistent snapshot for the whole key list.
        this.readBatch = this.db.transaction((keys: string[]) => {
            const items: StoreItems = {};
            for (const key of keys) {
                const row = select.get(key);
                if (row) items[key] = toStoreItem(JSON.parse(row.data), row.etag);
            }
            return items;
        });
        this.writeBatch = this.db.transaction((batch: PreparedChange[]) => {
            const now = new Date().toISOString();
            const etags: Record<string, string> = {};
            for (const change of batch) {
                if (change.expectedEtag !== undefined) {
                    const current = select.get(change.key);
                    if (current && current.etag !== change.expectedEtag) {
                        throw new EtagConflictError('SqliteStorage.write()', change.key);
                    }
                }
                const etag = newEtag();
                upsert.run(change.key, etag, change.json, now);
                etags[change.key] = etag;
            }
            return etags;
        });
        this.deleteBatch = this.db.transaction((keys: string[]) => {
            for (const key of keys) remove.run(key);
        });
        this.deletePrefix = (prefix) => removePrefix.run({ prefix }).changes;
    }

    async read(keys: string[]): Promise<StoreItems> {
        const valid = requireKeys('SqliteStorage.read()', keys);
        try {
            return this.readBatch(valid);
        } catch (err) {
            throw toDatabaseError('SqliteStorage.read()', err);
        }
    }

    async write(changes: StoreItems): Promise<void> {
        await this.writeWithEtags(changes);
    }

    async writeWithEtags(changes: StoreItems): Promise<Record<string, string>> {
        const batch = prepareChanges('SqliteStorage.write()', changes);
        try {
            // IMMEDIATE takes the write lock before the eTag check, so check-and-set is atomic
            // across processes sharing the file.
            return this.writeBatch.immediate(batch);
        } catch (err) {
            throw toDatabaseError('SqliteStorage.write()', err);
        }
    }

    async delete(keys: string[]): Promise<void> {
        const valid = requireKeys('SqliteStorage.delete()', keys);
        try {
            this.deleteBatch(valid);
        } catch (err) {
            throw toDatabaseError('SqliteStorage.delete()', err);
        }
    }

    async deleteByPrefix(prefix: string): Promise<number> {
        const valid = requirePrefix('SqliteStorage.deleteByPrefix()', prefix);
        try {
            return this.deletePrefix(valid);
        } catch (err) {
            throw toDatabaseError('SqliteStorage.deleteByPrefix()', err);
        }
    }

    async close(): Promise<void> {
        if (this.ownsDb && this.db.open) this.db.close();
    }
}
