import type { StoreItems } from 'botbuilder';
import type { Pool, PoolClient } from 'pg';
import { lazyPostgresMigration } from './migrations.js';
import { createPool, withTransaction } from './pg-pool.js';
import { newEtag, prepareChanges, requireKeys, requirePrefix, toStoreItem, type PreparedChange } from './store-items.js';
import { EtagConflictError, toDatabaseError, type ManagedStorage } from './types.js';

export interface PostgresStorageOptions {
    /** Run migrations on first use (default true). openDatabase() migrates up front and passes false. */
    migrate?: boolean;
}

const UPSERT = `
    insert into bot_state (key, etag, data, updated_at) values ($1, $2, $3::jsonb, now())
    on conflict (key) do update set etag = excluded.etag, data = excluded.data, updated_at = excluded.updated_at`;
// Compare-and-set in one statement: a concurrent writer holding the row lock makes this
// re-check the etag after it commits, so two writers with the same eTag cannot both match.
const UPDATE_IF_ETAG = `update bot_state set etag = $3, data = $4::jsonb, updated_at = now() where key = $1 and etag = $2`;
// MemoryStorage accepts an eTag for a key that does not exist yet; "do nothing" makes a racing
// creator lose instead of overwrite.
const INSERT_IF_ABSENT = `
    insert into bot_state (key, etag, data, updated_at) values ($1, $2, $3::jsonb, now())
    on conflict (key) do nothing`;

/** botbuilder Storage on PostgreSQL (jsonb), with the same eTag semantics as SqliteStorage. */
export class PostgresStorage implements ManagedStorage {
    private readonly pool: Pool;
    private readonly ownsPool: boolean;
    private readonly ready: () => Promise<void>;
    private closed = false;

    /** A connection string creates (and owns) a pool; a Pool passed in is shared, not ended. */
    constructor(target: Pool | string, options: PostgresStorageOptions = {}) {
        this.ownsPool = typeof target === 'string';
        this.pool = typeof target === 'string' ? createPool(target) : target;
        this.ready = lazyPostgresMigration(this.pool, options.migrate ?? true);
    }

    async read(keys: string[]): Promise<StoreItems> {
        const valid = requireKeys('PostgresStorage.read()', keys);
        if (valid.length === 0) return {};
        await this.ready();
        try {
            const { rows } = await this.pool.query<{ key: string; etag: string; data: unknown }>(
                'select key, etag, data from bot_state where key = any($1::text[])',
                [valid]
            );
            const items: StoreItems = {};
            for (const row of rows) items[row.key] = toStoreItem(row.data, row.etag);
            return items;
        } catch (err) {
            throw toDatabaseError('PostgresStorage.read()', err);
        }
    }

    async write(changes: StoreItems): Promise<void> {
        await this.writeWithEtags(changes);
    }

    async writeWithEtags(changes: StoreItems): Promise<Record<string, string>> {
        const batch = prepareChanges('PostgresStorage.write()', changes);
        if (batch.length === 0) return {};
        await this.ready();
        return withTransaction(this.pool, 'PostgresStorage.write()', async (client) => {
            const etags: Record<string, string> = {};
            for (const change of batch) etags[change.key] = await writeOne(client, change);
            return etags;
        });
    }

    async delete(keys: string[]): Promise<void> {
        const valid = requireKeys('PostgresStorage.delete()', keys);
        if (valid.length === 0) return;
        await this.ready();
        try {
            await this.pool.query('delete from bot_state where key = any($1::text[])', [valid]);
        } catch (err) {
            throw toDatabaseError('PostgresStorage.delete()', err);
        }
    }

    async deleteByPrefix(prefix: string): Promise<number> {
        const valid = requirePrefix('PostgresStorage.deleteByPrefix()', prefix);
        await this.ready();
        try {
            const result = await this.pool.query('delete from bot_state where starts_with(key, $1)', [valid]);
            return result.rowCount ?? 0;
        } catch (err) {
            throw toDatabaseError('PostgresStorage.deleteByPrefix()', err);
        }
    }

    async close(): Promise<void> {
        if (!this.ownsPool || this.closed) return;
        this.closed = true;
        await this.pool.end();
    }
}

async function writeOne(client: PoolClient, change: PreparedChange): Promise<string> {
    const etag = newEtag();
    if (change.expectedEtag === undefined) {
        await client.query(UPSERT, [change.key, etag, change.json]);
        return etag;
    }
    const updated = await client.query(UPDATE_IF_ETAG, [change.key, change.expectedEtag, etag, change.json]);
    if (updated.rowCount === 1) return etag;
    const inserted = await client.query(INSERT_IF_ABSENT, [change.key, etag, change.json]);
    if (inserted.rowCount === 1) return etag;
    throw new EtagConflictError('PostgresStorage.write()', change.key);
}
