import { describe, it } from 'vitest';
import type { Locale } from '../../src/languages';
import { check, type Case } from '../helpers/arbitration';

/**
 * States told in turn ("relapsed twice, now in remission"): the one named after the last "now" is
 * the answer; a "now" after the state ("was in remission and now it is back"), or "now" as the
 * answer's own word (an urgency), changes nothing.
 */
const CASES: Partial<Record<Locale, Case[]>> = {
    en: [
        ['status.diseaseState', 'she relapsed twice, now in remission', [['set', 'status.diseaseState', 'remission']]],
        ['status.diseaseState', 'relapsed in 2024, then CAR-T, since then in remission', [['set', 'status.diseaseState', 'remission'], ['set', 'treatments.carT', true]]],
        ['request.urgency', 'within a month, her next block starts now', [['set', 'request.urgency', 'within_month']]]
    ],
    de: [['status.diseaseState', 'Rückfall, sie war schon in Remission und jetzt ist es wieder da', [['set', 'status.diseaseState', 'relapse']]]],
    ar: [['status.diseaseState', 'صار عنده انتكاسة، هلأ بهدأة', [['set', 'status.diseaseState', 'remission']]]],
    es: [['status.diseaseState', 'tuvo una recaída, ahora está en remisión', [['set', 'status.diseaseState', 'remission']]]]
};

describe.each(Object.keys(CASES) as Locale[])('now after before (%s)', (locale) => {
    it.each(CASES[locale]!)('at %s: %s', (open, message, expected) => check(locale, open, message, expected));
});
