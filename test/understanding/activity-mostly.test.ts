import { describe, it } from 'vitest';
import type { Locale } from '../../src/languages';
import { check, type Case } from '../helpers/arbitration';

/**
 * In bed most of the day, said with any of the language's "most of the time" words, is the scale's
 * "mostly in bed", also beside quiet play ("…but she draws"), which the parent is asked to confirm.
 */
const CASES: Partial<Record<Locale, Case[]>> = {
    en: [['status.activityLevel', 'in bed most of the time, reads a bit', [['confirm', 'status.activityLevel', 'mostly_in_bed']]]],
    ru: [['status.activityLevel', 'почти весь день в постели, иногда лего', [['confirm', 'status.activityLevel', 'mostly_in_bed']]]],
    tr: [['status.activityLevel', 'genelde yatakta, tablet oynuyor', [['confirm', 'status.activityLevel', 'mostly_in_bed']]]],
    es: [['status.activityLevel', 'en la cama casi todo el tiempo', [['set', 'status.activityLevel', 'mostly_in_bed']]]],
    fr: [['status.activityLevel', 'la plupart du temps couchée', [['set', 'status.activityLevel', 'mostly_in_bed']]]]
};

describe.each(Object.keys(CASES) as Locale[])('in bed most of the day (%s)', (locale) => {
    it.each(CASES[locale]!)('at %s: %s', (open, message, expected) => check(locale, open, message, expected));
});
