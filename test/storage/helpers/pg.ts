import { randomBytes } from 'node:crypto';
import { Client, Pool } from 'pg';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/** PostgreSQL tests fail when the server is unreachable unless this is explicitly set. */
export const SKIP_PG = process.env.SKIP_PG === '1';

export interface TestSchema {
    name: string;
    /** TEST_DATABASE_URL with search_path pinned to this schema. */
    url: string;
    pool: Pool;
    drop(): Promise<void>;
}

async function admin<T>(run: (client: Client) => Promise<T>): Promise<T> {
    const client = new Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 5000 });
    await client.connect();
    try {
        return await run(client);
    } finally {
        await client.end();
    }
}

/** A fresh schema per test so parallel test files (and tests) never see each other's rows. */
export async function createTestSchema(): Promise<TestSchema> {
    const name = `t_${randomBytes(6).toString('hex')}`;
    await admin((c) => c.query(`create schema ${name}`));
    const url = new URL(TEST_DATABASE_URL);
    url.searchParams.set('options', `-c search_path=${name}`);
    const pool = new Pool({ connectionString: url.toString(), max: 6, connectionTimeoutMillis: 5000 });
    let ended = false;
    return {
        name,
        url: url.toString(),
        pool,
        drop: async () => {
            if (!ended) {
                ended = true;
                await pool.end();
            }
            await admin((c) => c.query(`drop schema if exists ${name} cascade`));
        }
    };
}
