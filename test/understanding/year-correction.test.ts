import { describe, it } from 'vitest';
import type { Locale } from '../../src/languages';
import { check, type Case } from '../helpers/arbitration';

/**
 * "sorry, 2016 not 2017" at a later question, the field unnamed: the one earlier date holding the
 * year said after "not" is put right (the family's child was born on 2017-05-14). Words that
 * answer the open question with a "not" of their own correct nothing.
 */
const CASES: Partial<Record<Locale, Case[]>> = {
    en: [
        ['status.location', 'sorry, 2016 not 2017', [['correct', 'child.birthDate', '2016-05-14']]],
        ['status.lastRelapseDate', 'May 2025, not 2024', [['set', 'status.lastRelapseDate', '2025-05']]]
    ],
    de: [['status.location', 'Entschuldigung, 2016 nicht 2017', [['correct', 'child.birthDate', '2016-05-14']]]],
    ru: [['status.location', 'ой, 2016 а не 2017', [['correct', 'child.birthDate', '2016-05-14']]]],
    ar: [['status.location', 'عفوا، 2016 مش 2017', [['correct', 'child.birthDate', '2016-05-14']]]]
};

describe.each(Object.keys(CASES) as Locale[])('a year put right (%s)', (locale) => {
    it.each(CASES[locale]!)('at %s: %s', (open, message, expected) => check(locale, open, message, expected));
});
