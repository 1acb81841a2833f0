import type { Pool } from 'pg';
import { createPool } from './pg-pool.js';

/** Runs one conversation's turns one after another, never two at once. */
export interface TurnLock {
    run<T>(conversationKey: string, work: () => Promise<T>): Promise<T>;
    close(): Promise<void>;
}

/**
 * In this process: each conversation's turns queue behind each other (different conversations
 * run in parallel). Enough for SQLite, which one process serves.
 */
export class LocalTurnLock implements TurnLock {
    private readonly tails = new Map<string, Promise<void>>();

    async run<T>(conversationKey: string, work: () => Promise<T>): Promise<T> {
        const previous = this.tails.get(conversationKey) ?? Promise.resolve();
        let release = () => undefined as void;
        const done = new Promise<void>((resolve) => (release = resolve));
        const tail = previous.then(() => done);
        this.tails.set(conversationKey, tail);
        await previous;
        try {
            return await work();
        } finally {
            release();
            if (this.tails.get(conversationKey) === tail) this.tails.delete(conversationKey);
        }
    }

    async close(): Promise<void> {
        this.tails.clear();
    }
}

/** Longest wait for another instance's turn of the same conversation before this turn fails. */
const LOCK_WAIT = '60s';

/**
 * Across instances on PostgreSQL: the local queue first (so waiting turns hold no connection),
 * then a session advisory lock per conversation on a pool of its own, so that turns holding
 * locks can never starve the main pool their own queries need.
 */
export class PostgresTurnLock implements TurnLock {
    private readonly local = new LocalTurnLock();
    private readonly pool: Pool;

    constructor(connectionString: string, size = 10) {
        this.pool = createPool(connectionString, { max: size });
    }

    run<T>(conversationKey: string, work: () => Promise<T>): Promise<T> {
        return this.local.run(conversationKey, async () => {
            const client = await this.pool.connect();
            const key = `turn:${conversationKey}`;
            let broken: Error | undefined;
            try {
                await client.query(`set lock_timeout = '${LOCK_WAIT}'`);
                await client.query('select pg_advisory_lock(hashtext($1))', [key]);
                try {
                    return await work();
                } finally {
                    await client.query('select pg_advisory_unlock(hashtext($1))', [key]).catch((error: unknown) => {
                        // A connection that may still hold the lock must not go back to the pool.
                        broken = error instanceof Error ? error : new Error('PostgresTurnLock.run(): unlock failed');
                    });
                }
            } finally {
                client.release(broken);
            }
        });
    }

    async close(): Promise<void> {
        await this.pool.end();
    }
}
