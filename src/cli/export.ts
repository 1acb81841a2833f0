import { existsSync } from 'node:fs';
import { loadConfig, ConfigError } from '../config';
import { ApplicationSchema } from '../domain/schema';
import { toFhirBundle } from '../handoff/fhir';
import { openDatabase } from '../storage/database';

const USAGE = 'usage: npm run --silent export -- --fhir <reference> | --json <reference>';

/** Prints one stored application as a FHIR R4 Bundle (or its application JSON); reads DATA_DIR / DATABASE_URL like the server. */
async function main(argv: string[]): Promise<number> {
    if (existsSync('.env')) process.loadEnvFile('.env');
    const config = loadConfig({ ...process.env, NODE_ENV: 'development' });
    const [flag, reference, ...extra] = argv;
    if ((flag !== '--fhir' && flag !== '--json') || !reference || extra.length > 0) {
        console.error(USAGE);
        return 2;
    }
    const database = await openDatabase({ dataDir: config.DATA_DIR, databaseUrl: config.DATABASE_URL });
    try {
        const stored = await database.applications.findByReference(reference);
        if (!stored) {
            console.error(`No application with reference ${reference}`);
            return 1;
        }
        if (flag === '--json') {
            process.stdout.write(`${JSON.stringify(stored.data, null, 2)}\n`);
            return 0;
        }
        const parsed = ApplicationSchema.safeParse(stored.data);
        if (!parsed.success) {
            console.error(`Application ${stored.reference} does not match the application schema; export it with --json instead`);
            return 1;
        }
        process.stdout.write(`${JSON.stringify(toFhirBundle(parsed.data), null, 2)}\n`);
        return 0;
    } finally {
        await database.close();
    }
}

main(process.argv.slice(2)).then((code) => process.exit(code), (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : `export: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
});
