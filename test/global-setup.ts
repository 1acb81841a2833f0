import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from './helpers/embedded-postgres';

declare module 'vitest' {
    export interface ProvidedContext {
        /** The PostgreSQL the tests use; absent with SKIP_PG=1 (see test/storage/helpers/pg.ts). */
        testDatabaseUrl?: string;
    }
}

const note = (text: string) => void process.stderr.write(`\n${text}\n\n`);

/** After the run: how many PostgreSQL tests were reported as skipped (describeEngines and skipIf name them). */
function skippedPostgresTests(project: TestProject): number {
    let count = 0;
    for (const module of project.vitest.state.getTestModules()) {
        for (const test of module.children.allTests('skipped')) if (/postgres/i.test(test.fullName)) count++;
    }
    return count;
}

/**
 * Once per run: the PostgreSQL tests use TEST_DATABASE_URL when it is set (`.ci/run` sets the
 * machine's server), otherwise a throwaway server started here and removed at the end.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
    if (process.env.SKIP_PG === '1') {
        note('SKIP_PG=1: the PostgreSQL tests are reported as skipped, not run (the SQLite ones still run).');
        return async () => note(`SKIP_PG=1: ${skippedPostgresTests(project)} PostgreSQL tests were skipped, not run.`);
    }
    const configured = process.env.TEST_DATABASE_URL;
    if (configured) {
        project.provide('testDatabaseUrl', configured);
        return undefined;
    }
    const started = Date.now();
    const server = await startEmbeddedPostgres();
    note(`PostgreSQL tests: TEST_DATABASE_URL is not set, so they use an embedded PostgreSQL started for this run (${((Date.now() - started) / 1000).toFixed(1)} s).`);
    project.provide('testDatabaseUrl', server.url);
    return () => server.stop();
}
