import { existsSync } from 'node:fs';
import { loadConfig, ConfigError } from '../config';
import { openDatabase } from '../storage/database';

const USAGE = 'usage: npm run --silent applications -- list [--limit N] | show <reference>';

/** Lists or shows stored applications; reads DATA_DIR / DATABASE_URL like the server. */
async function main(argv: string[]): Promise<number> {
    if (existsSync('.env')) process.loadEnvFile('.env');
    const config = loadConfig({ ...process.env, NODE_ENV: 'development' });
    const [command, ...rest] = argv;
    if (command !== 'list' && command !== 'show') {
        console.error(USAGE);
        return 2;
    }
    const database = await openDatabase({ dataDir: config.DATA_DIR, databaseUrl: config.DATABASE_URL });
    try {
        if (command === 'list') {
            const limitIndex = rest.indexOf('--limit');
            const limit = limitIndex >= 0 ? Number(rest[limitIndex + 1]) : 500;
            for (const app of await database.applications.list({ limit: Number.isFinite(limit) ? limit : 500 })) {
                process.stdout.write(`${JSON.stringify({ reference: app.reference, submittedAt: app.submittedAt, locale: app.locale, status: app.status })}\n`);
            }
            return 0;
        }
        const reference = rest[0];
        if (!reference) {
            console.error(USAGE);
            return 2;
        }
        const app = await database.applications.findByReference(reference);
        if (!app) {
            console.error(`No application with reference ${reference}`);
            return 1;
        }
        process.stdout.write(`${JSON.stringify(app.data, null, 2)}\n`);
        return 0;
    } finally {
        await database.close();
    }
}

main(process.argv.slice(2)).then((code) => process.exit(code), (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : `applications: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
});
