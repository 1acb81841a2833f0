import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as countries from 'i18n-iso-countries/index';
import { afterAll, describe, expect, it } from 'vitest';
import { EMERGENCY_NUMBERS_FILE, emergencyNumberFor, loadEmergencyNumbers } from '../../src/safety/emergencyNumbers';
import { loadOperatorConfig } from '../../src/faq/operator';

const table = loadEmergencyNumbers();
const EU = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'];
const temp: string[] = [];
afterAll(() => {
    for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

describe('the table of emergency numbers', () => {
    it('has an entry for every ISO 3166-1 country and territory, and nothing else', () => {
        const iso = Object.keys(countries.getAlpha2Codes()).sort();
        expect(iso.length).toBeGreaterThanOrEqual(249);
        expect(Object.keys(table.countries).sort()).toEqual(iso);
        const display = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
        for (const code of Object.keys(table.countries)) expect(display.of(code), code).toBeTruthy();
    });

    it('gives every shown number with at least two sources, all of them described', () => {
        for (const [code, entry] of Object.entries(table.countries)) {
            if (entry.number === null) {
                expect(entry.note, code).toBeTruthy();
                continue;
            }
            expect(entry.sources.length, code).toBeGreaterThanOrEqual(2);
            for (const source of entry.sources) expect(table.sources[source]?.title, `${code}: ${source}`).toBeTruthy();
        }
        for (const source of Object.values(table.sources)) if (source.url) expect(source.url).toMatch(/^https:\/\//);
    });

    it('has the numbers the issue names, 112 across the EU, and no number where the sources disagree', () => {
        const none = {};
        expect(emergencyNumberFor(table, none, 'QA')).toBe('999');
        expect(emergencyNumberFor(table, none, 'OM')).toBe('9999');
        for (const code of EU) expect(emergencyNumberFor(table, none, code), code).toBe('112');
        expect(emergencyNumberFor(table, none, 'us')).toBe('911');
        expect(emergencyNumberFor(table, none, 'AU')).toBe('000');
        expect(emergencyNumberFor(table, none, 'KZ')).toBe('103 / 112');
        expect(emergencyNumberFor(table, none, 'LY')).toBeUndefined();
        expect(emergencyNumberFor(table, none, 'AQ')).toBeUndefined();
    });

    it('lets the operator override a country, and guesses no number for an unlisted one', () => {
        const operator = loadOperatorConfig({ OPERATOR_CONFIG: path.resolve(__dirname, '../fixtures/operator.json') }).emergencyNumbers;
        expect(emergencyNumberFor(table, operator, 'KZ')).toBe('103');
        expect(emergencyNumberFor(table, operator, 'ZZ')).toBeUndefined();
        expect(emergencyNumberFor(table, operator, undefined)).toBeUndefined();
        expect(emergencyNumberFor(table, operator, 'LY')).toBeUndefined();
    });

    it('refuses a broken file, naming the file and the entry', () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'emergency-numbers-'));
        temp.push(dir);
        const file = path.join(dir, 'numbers.json');
        writeFileSync(file, JSON.stringify({ ...table, countries: { ...table.countries, QA: { number: 'nine', sources: ['wikipedia', 'nowhere'] } } }));
        expect(() => loadEmergencyNumbers(file)).toThrow(/loadEmergencyNumbers\(\): .*numbers\.json: countries\.QA\.number: must look like/);
        writeFileSync(file, JSON.stringify({ ...table, countries: { ...table.countries, QA: { number: '999', sources: ['wikipedia', 'nowhere'] } } }));
        expect(() => loadEmergencyNumbers(file)).toThrow(/countries\.QA\.sources: unknown source "nowhere"/);
        expect(path.basename(EMERGENCY_NUMBERS_FILE)).toBe('emergency-numbers.json');
    });
});
