import { Pool, type PoolClient } from 'pg';
import { toDatabaseError } from './types.js';

/**
 * Runs `fn` inside BEGIN/COMMIT on one pooled client; rolls back on any error and rethrows it
 * as a code-only error (see toDatabaseError). A client whose rollback fails is discarded.
 */
export async function withTransaction<T>(pool: Pool, where: string, fn: (client: PoolClient) => Promise<T>): Promise<T> {
    let client: PoolClient;
    try {
        client = await pool.connect();
    } catch (err) {
        throw toDatabaseError(where, err);
    }
    let broken: Error | undefined;
    try {
        await client.query('begin');
        const result = await fn(client);
        await client.query('commit');
        return result;
    } catch (err) {
        await client.query('rollback').catch((rollbackErr: unknown) => {
            broken = rollbackErr instanceof Error ? rollbackErr : new Error(`${where}: rollback failed`);
        });
        throw toDatabaseError(where, err);
    } finally {
        client.release(broken);
    }
}

/** Pool for a connection string; idle-client errors are absorbed (the pool drops that client). */
export function createPool(connectionString: string, options: { max?: number } = {}): Pool {
    const pool = new Pool({ connectionString, connectionTimeoutMillis: 10_000, ...options });
    // Without a listener an idle client's error (e.g. server restart) would crash the process.
    pool.on('error', () => undefined);
    return pool;
}
