import { describe, it } from 'vitest';
import type { Locale } from '../../src/languages';
import { check, type Case } from '../helpers/arbitration';

/**
 * How active a child is, told by what it does (school, sports, outdoor play) rather than by the
 * option's words; a limitation said with it still wins. A treatment not started, said with an
 * English contraction ("nothing's started") or as starting on a coming day, is a new diagnosis.
 * A "don't know" where a date must be given is a miss, not a question.
 */
const CASES: Partial<Record<Locale, Case[]>> = {
    en: [
        ['status.activityLevel', 'he goes to school and does swimming twice a week', [['set', 'status.activityLevel', 'fully_active']]],
        ['status.activityLevel', 'goes to school but tires quickly', [['set', 'status.activityLevel', 'minor_restriction']]],
        ['status.activityLevel', "can't go to school, mostly in bed", [['set', 'status.activityLevel', 'mostly_in_bed']]],
        ['status.diseaseState', "nothing's started yet, we wait for the results", [['set', 'status.diseaseState', 'newly_diagnosed']]],
        // A treatment that starts on a coming day is not given yet, and not noted as given on the side.
        ['status.diseaseState', 'just diagnosed last week, the chemo starts on Thursday', [['set', 'status.diseaseState', 'newly_diagnosed']]],
        ['treatments.chemotherapy', 'chemo starts on Monday', [['set', 'treatments.chemotherapy', false]]],
        // A "don't know" at a date that must be given is a miss to help with, never a question for the knowledge base.
        ['status.lastRelapseDate', 'no idea', [['invalid', 'status.lastRelapseDate']]]
    ],
    ru: [['status.lastRelapseDate', 'неизвестно', [['invalid', 'status.lastRelapseDate']]]],
    de: [
        ['status.lastRelapseDate', 'weiß ich nicht', [['invalid', 'status.lastRelapseDate']]],
        ['status.activityLevel', 'sie geht in die Kita und fährt Fahrrad', [['set', 'status.activityLevel', 'fully_active']]]
    ],
    es: [
        ['status.activityLevel', 'va al colegio y anda en bici con sus primos', [['set', 'status.activityLevel', 'fully_active']]],
        // Put off at a question that may stay open: nothing now, and no FAQ answer either.
        ['documents.available', 'luego le digo cuáles', [['skip', 'documents.available']]]
    ],
    ar: [['status.activityLevel', 'بيروح المدرسة وبيلعب كورة مع صحابه', [['set', 'status.activityLevel', 'fully_active']]]]
};

describe.each(Object.keys(CASES) as Locale[])('everyday words (%s)', (locale) => {
    it.each(CASES[locale]!)('at %s: %s', (open, message, expected) => check(locale, open, message, expected));
});
