import { describe, it } from 'vitest';
import type { Locale } from '../../src/languages';
import { check, type Case } from '../helpers/arbitration';

/**
 * A yes said of another treatment does not answer the one asked: "she had a transplant" at the
 * CAR-T question tells nothing of CAR-T (and is asked again, not answered from the knowledge
 * base). A yes of the parent's own beside it ("yes, after the transplant") still answers.
 */
const CASES: Partial<Record<Locale, Case[]>> = {
    en: [
        ['treatments.carT', 'she had a transplant last year', [['invalid', 'treatments.carT']]],
        ['treatments.carT', 'there was a transplant in 2024', [['invalid', 'treatments.carT']]],
        ['treatments.carT', 'yes, right after the transplant', [['set', 'treatments.carT', true]]],
        ['treatments.carT', 'she got CAR-T after her transplant', [['set', 'treatments.carT', true]]],
        ['treatments.hsct', 'she has had chemo only so far', [['invalid', 'treatments.hsct']]]
    ],
    de: [
        ['treatments.carT', 'hatte sie, die Transplantation', [['invalid', 'treatments.carT']]],
        ['treatments.carT', 'ja, nach der Transplantation', [['set', 'treatments.carT', true]]]
    ],
    ru: [
        ['treatments.carT', 'пересадка была', [['invalid', 'treatments.carT']]],
        ['treatments.carT', 'да, после пересадки', [['set', 'treatments.carT', true]]]
    ]
};

describe.each(Object.keys(CASES) as Locale[])('a yes said of another treatment (%s)', (locale) => {
    it.each(CASES[locale]!)('at %s: %s', (open, message, expected) => check(locale, open, message, expected));
});
