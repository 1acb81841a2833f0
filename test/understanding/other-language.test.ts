import { describe, it } from 'vitest';
import type { Locale } from '../../src/languages';
import { check, type Case } from '../helpers/arbitration';

/**
 * A choice named in another language the parent writes, when their own words name none: French
 * in an Arabic chat (the Maghreb), English beside a Latin-script language. Only as written.
 */
const CASES: Partial<Record<Locale, Case[]>> = {
    ar: [
        ['request.goal', "traitement complet à l'étranger", [['set', 'request.goal', 'full_treatment']]],
        ['status.location', 'hospitalisé depuis lundi', [['set', 'status.location', 'hospital']]],
        ['request.goal', 'عنده زراعة نخاع', [['set', 'request.goal', 'hsct']]]
    ],
    es: [['contact.relationship', "I'm his mom", [['set', 'contact.relationship', 'mother']]]]
};

describe.each(Object.keys(CASES) as Locale[])('another language the parent writes (%s)', (locale) => {
    it.each(CASES[locale]!)('at %s: %s', (open, message, expected) => check(locale, open, message, expected));
});
