import { describe, it } from 'vitest';
import type { Locale } from '../../src/languages';
import { check, type Case } from '../helpers/arbitration';

/**
 * Where the child is, told by the hospital's own name ("Great Ormond Street", "Charité", "НЦПиДХ"):
 * probably in hospital, so asked. A city or country is no hospital ("in the UK", "in New York"). A
 * place the child goes next ("dann nach Hause") is not where it is.
 */
const CASES: Partial<Record<Locale, Case[]>> = {
    en: [
        ['status.location', 'we are in Great Ormond Street since Monday', [['confirm', 'status.location', 'hospital']]],
        ['status.location', 'we are in New York', [['invalid', 'status.location']]],
        ['status.location', 'we are in the UK', [['invalid', 'status.location']]]
    ],
    de: [
        ['status.location', 'wir sind in der MHH in Hannover', [['confirm', 'status.location', 'hospital']]],
        ['status.location', 'noch auf Station, nächste Woche vielleicht nach Hause', [['set', 'status.location', 'hospital']]]
    ],
    ru: [['status.location', 'лежим в РДКБ', [['confirm', 'status.location', 'hospital']]]]
};

describe.each(Object.keys(CASES) as Locale[])('a hospital named by its name (%s)', (locale) => {
    it.each(CASES[locale]!)('at %s: %s', (open, message, expected) => check(locale, open, message, expected));
});
