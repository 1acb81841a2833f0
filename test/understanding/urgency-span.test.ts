import { describe, it } from 'vitest';
import type { Locale } from '../../src/languages';
import { check, type Case } from '../helpers/arbitration';

/** A wait longer than a month is no fixed time, not "within a month"; a few weeks or one month still is. */
const CASES: Partial<Record<Locale, Case[]>> = {
    en: [
        ['request.urgency', 'maybe in a couple of months', [['set', 'request.urgency', 'flexible']]],
        ['request.urgency', 'in 4 months or so', [['set', 'request.urgency', 'flexible']]],
        ['request.urgency', 'within three weeks', [['set', 'request.urgency', 'within_month']]]
    ],
    de: [
        ['request.urgency', 'in einigen Monaten reicht', [['set', 'request.urgency', 'flexible']]],
        ['request.urgency', 'innerhalb eines Monats', [['set', 'request.urgency', 'within_month']]]
    ],
    ru: [
        ['request.urgency', 'месяца через три', [['set', 'request.urgency', 'flexible']]],
        ['request.urgency', 'в течение месяца', [['set', 'request.urgency', 'within_month']]]
    ],
    ar: [['request.urgency', 'بعد كم شهر', [['set', 'request.urgency', 'flexible']]]],
    es: [['request.urgency', 'en varios meses, no corre', [['set', 'request.urgency', 'flexible']]]],
    fr: [['request.urgency', "d'ici quelques mois", [['set', 'request.urgency', 'flexible']]]],
    pl: [['request.urgency', 'za kilka miesięcy', [['set', 'request.urgency', 'flexible']]]]
};

describe.each(Object.keys(CASES) as Locale[])('how long the family can wait (%s)', (locale) => {
    it.each(CASES[locale]!)('at %s: %s', (open, message, expected) => check(locale, open, message, expected));
});
