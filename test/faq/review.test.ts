import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runKbCheck } from '../../src/cli/kbCheck';
import { LOCALES } from '../../src/languages';
import { DEFAULT_REVIEW_RECORD, olderThan, readReviewRecord, reviewMaxAgeMonths } from '../../src/faq/review';
import { brokenFacts, brokenLocales, topicOf } from './helpers';

const temp: string[] = [];
afterAll(() => temp.forEach((p) => rmSync(p, { recursive: true, force: true })));
const tempDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-check-'));
    temp.push(dir);
    return dir;
};
/** The repository's operator file with some keys replaced. */
const operator = (content: Record<string, unknown>) => {
    const file = path.join(tempDir(), 'operator.json');
    const base = JSON.parse(readFileSync(path.resolve(__dirname, '../../config/operator.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ ...base, medicalReview: undefined, ...content }));
    return { OPERATOR_CONFIG: file };
};

describe('review dates', () => {
    it('counts a review as overdue only after the whole limit has passed', () => {
        expect(olderThan('2025-12-06', 12, '2026-12-06')).toBe(false);
        expect(olderThan('2025-12-05', 12, '2026-12-06')).toBe(true);
        expect(olderThan('2026-11-28', 1, '2026-12-06')).toBe(false);
        expect(olderThan('2026-10-28', 1, '2026-12-06')).toBe(true);
    });

    it('takes the limit from the operator file, 12 months when it says nothing, and rejects a bad one', () => {
        expect(reviewMaxAgeMonths(operator({ medicalReview: { maxAgeMonths: 6 } }))).toBe(6);
        expect(reviewMaxAgeMonths(operator({}))).toBe(12);
        expect(() => reviewMaxAgeMonths(operator({ medicalReview: { maxAgeMonths: 0 } }))).toThrow(/loadOperatorConfig\(\): .*operator\.json: medicalReview\.maxAgeMonths/);
    });

    it('reads the per-language rows of the review record under each topic heading', () => {
        const rows = readReviewRecord(['## therapy.car_t', 'text | en | 2020-01-01 |', '| lang | reviewed |', '| en | 2026-12-06 | x | y |', '| ar | 2026-11-28 |', '## Notes', '| de | 2020-01-01 |'].join('\n'));
        expect([...rows]).toEqual([
            ['therapy.car_t|en', '2026-12-06'],
            ['therapy.car_t|ar', '2026-11-28']
        ]);
    });
});

describe('npm run kb:check', () => {
    const env = operator({ medicalReview: { maxAgeMonths: 12 } });

    it('passes on the repository as it is, with every topic and language in the review record', () => {
        const { output, exitCode } = runKbCheck(['--today', '2026-12-06'], env);
        expect(exitCode).toBe(0);
        expect(output.at(-1)).toBe('kb:check: 0 fact source problems, 0 load problems, 0 overdue reviews, 0 overdue fact checks, 0 review-record differences');
    });

    it('lists reviews and fact checks older than the operator limit; only --strict makes that fail', () => {
        const late = runKbCheck(['--today', '2028-01-01'], operator({ medicalReview: { maxAgeMonths: 12 } }));
        expect(late.exitCode).toBe(0);
        // 33 topics in every language the bot speaks.
        expect(late.output).toContain(`Topics reviewed more than 12 months before 2028-01-01: ${33 * LOCALES.length}`);
        expect(late.output).toContain('  therapy.relapse_refractory (ar): reviewed 2026-12-06');
        expect(late.output).toContain('  relapse_os_overall_percent: checked 2026-12-06');
        expect(runKbCheck(['--today', '2028-01-01', '--strict'], env).exitCode).toBe(1);
        // A longer limit from the operator file makes the same dates current.
        expect(runKbCheck(['--today', '2028-01-01', '--strict'], operator({ medicalReview: { maxAgeMonths: 24 } })).exitCode).toBe(0);
    });

    it('exits non-zero and names the fact when a fact has no source', () => {
        const factsFile = brokenFacts((data) => {
            delete data.facts.fever_celsius?.source;
        });
        temp.push(path.dirname(factsFile));
        const { output, exitCode } = runKbCheck(['--today', '2026-12-06'], env, { factsFile });
        expect(exitCode).toBe(1);
        expect(output[0]).toBe('Facts without a valid source or checked date (knowledge/facts.json): 1');
        expect(output[1]).toMatch(/facts\.json: facts\.fever_celsius\.source: /);
    });

    it('reports a review record that disagrees with the reviewed dates', () => {
        const localesDir = brokenLocales('ru', (data) => {
            topicOf(data, 'abroad.visa').reviewed = '2026-12-24';
        });
        temp.push(localesDir);
        const recordFile = path.join(tempDir(), 'medical-review.md');
        writeFileSync(recordFile, readFileSync(DEFAULT_REVIEW_RECORD, 'utf8').replace('## service.human', '## service.humans'));
        const { output, exitCode } = runKbCheck(['--today', '2026-12-24', '--strict'], env, { localesDir, recordFile });
        expect(exitCode).toBe(1);
        expect(output).toContain(`  ${path.relative(process.cwd(), recordFile)}: abroad.visa (ru): row says 2026-12-06, faq.json says 2026-12-24`);
        // One line per language the bot speaks.
        expect(output.filter((l) => l.includes('service.human ('))).toHaveLength(LOCALES.length);
    });
});
