import { randomBytes } from 'node:crypto';
import { Client, Pool } from 'pg';
import { describe, inject } from 'vitest';

/** PostgreSQL tests fail when the server is unreachable unless this is explicitly set; then they are reported as skipped. */
export const SKIP_PG = process.env.SKIP_PG === '1';

/** TEST_DATABASE_URL, or the embedded server test/global-setup.ts started for this run. */
function testDatabaseUrl(): string {
    const url = inject('testDatabaseUrl');
    if (!url) throw new Error('createTestSchema(): no PostgreSQL for this run (SKIP_PG=1, or vitest ran without test/global-setup.ts)');
    return url;
}

/**
 * `describe.each(engines)` for lists of database engines: an engine whose name contains "postgres"
 * stays in the report as skipped under SKIP_PG=1 instead of vanishing from it.
 */
export function describeEngines<E extends { name: string }>(engines: readonly E[]) {
    return (title: string, body: (engine: E) => void): void => {
        for (const engine of engines) describe.skipIf(SKIP_PG && /postgres/i.test(engine.name))(title.replaceAll('$name', engine.name), () => body(engine));
    };
}

export interface TestSchema {
    name: string;
    /** The run's PostgreSQL URL with search_path pinned to this schema. */
    url: string;
    pool: Pool;
    drop(): Promise<void>;
}

async function admin<T>(run: (client: Client) => Promise<T>): Promise<T> {
    const client = new Client({ connectionString: testDatabaseUrl(), connectionTimeoutMillis: 5000 });
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
    const url = new URL(testDatabaseUrl());
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
