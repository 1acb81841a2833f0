import { describe, it } from 'vitest';
import type { Locale } from '../../src/languages';
import { check, type Case } from '../helpers/arbitration';

/**
 * A date said beside the one it is not: "August 2025 not July" is August, without a comma too, and
 * "nicht im Juli" names no date. A month opening the message is no "may I…" question.
 */
const CASES: Partial<Record<Locale, Case[]>> = {
    en: [
        ['status.lastRelapseDate', 'August 2025 not July', [['set', 'status.lastRelapseDate', '2025-08']]],
        ['status.lastRelapseDate', 'May 2026 not 2025', [['set', 'status.lastRelapseDate', '2026-05']]],
        ['child.birthDate', '14 May 2017 not the 15th', [['set', 'child.birthDate', '2017-05-14']]]
    ],
    de: [
        ['status.lastRelapseDate', 'im August 2025, nicht im Juli', [['set', 'status.lastRelapseDate', '2025-08']]],
        ['status.lastRelapseDate', 'nicht im Juli, sondern im August 2025', [['set', 'status.lastRelapseDate', '2025-08']]]
    ],
    ru: [['status.lastRelapseDate', 'в августе 2025 не в июле', [['set', 'status.lastRelapseDate', '2025-08']]]],
    fr: [['status.lastRelapseDate', 'août 2025 pas juillet', [['set', 'status.lastRelapseDate', '2025-08']]]]
};

describe.each(Object.keys(CASES) as Locale[])('a date beside the one it is not (%s)', (locale) => {
    it.each(CASES[locale]!)('at %s: %s', (open, message, expected) => check(locale, open, message, expected));
});
