import { describe, it } from 'vitest';
import type { Locale } from '../../src/languages';
import { check, type Case } from '../helpers/arbitration';

/**
 * Whether a visa is needed, answered with the question's own words: said, it is yes; denied ("no
 * visa needed", "pas besoin de visa"), it is no; with "not sure", it is not known.
 */
const CASES: Partial<Record<Locale, Case[]>> = {
    en: [
        ['request.needsVisa', 'our passports are EU ones, no visa needed', [['set', 'request.needsVisa', false]]],
        ['request.needsVisa', 'not sure whether we need a visa', [['set', 'request.needsVisa', 'unknown']]]
    ],
    de: [['request.needsVisa', 'Visum brauchen wir keins, wir sind EU-Bürger', [['set', 'request.needsVisa', false]]]],
    fr: [['request.needsVisa', 'pas besoin de visa, on est européens', [['set', 'request.needsVisa', false]]]],
    es: [['request.needsVisa', 'para España no hace falta visa', [['set', 'request.needsVisa', false]]]],
    ru: [['request.needsVisa', 'в Грузию виза не нужна', [['set', 'request.needsVisa', false]]]]
};

describe.each(Object.keys(CASES) as Locale[])('a visa said needed or not (%s)', (locale) => {
    it.each(CASES[locale]!)('at %s: %s', (open, message, expected) => check(locale, open, message, expected));
});
