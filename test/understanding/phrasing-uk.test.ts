import { beforeAll, describe, it } from 'vitest';
import { check, type Case } from '../helpers/arbitration';

/** Ukrainian phrasings parents use (dev6 misses), in sentences of our own: [open field, message, expected commands]. */
const CASES: Case[] = [
    ['treatments.radiotherapy', 'ні, лікар говорив про опромінення', [['set', 'treatments.radiotherapy', false]]],
    // Countries and cities typed in Latin letters, by the official scheme or the popular one ("ya", "h" for х).
    ['child.countryOfResidence', 'zhyvemo v Polshchi', [['set', 'child.countryOfResidence', 'PL']]],
    ['child.countryOfResidence', 'Nimechchyna', [['set', 'child.countryOfResidence', 'DE']]],
    ['child.countryOfResidence', 'my v Chekhii, Brno', [['set', 'child.countryOfResidence', 'CZ']]],
    ['child.countryOfResidence', 'zaraz u Praha', [['set', 'child.countryOfResidence', 'CZ']]],
    ['request.preferredCountries', 'Italiya abo Izrail', [['set', 'request.preferredCountries', ['IT', 'IL']]]],
    // "negative" typed in Latin letters after a marker: not found.
    ['diagnosis.geneticMarkers', 'KMT2A znajshly, FLT3 negatyvnyi', [['set', 'diagnosis.geneticMarkers', ['KMT2A']]]],
    // The goal told by its verbs: cured (treatment), checked or looked at (second opinion).
    ['request.goal', 'хочемо вилікувати сина', [['set', 'request.goal', 'full_treatment']]],
    ['request.goal', 'пролікуватися в хорошій клініці', [['set', 'request.goal', 'full_treatment']]],
    ['request.goal', 'щоб лікарі в Німеччині перевірили діагноз і план', [['set', 'request.goal', 'second_opinion']]],
    ['request.goal', 'ще не вирішили', [['set', 'request.goal', 'unknown']]],
    // Not decided yet who pays: not known.
    ['request.payer', 'ми ще не визначилися', [['set', 'request.payer', 'unknown']]],
    ['request.payer', 'поки не думали', [['set', 'request.payer', 'unknown']]]
];

describe('Ukrainian phrasings', () => {
    // The first message builds the ten languages' indexes (FAQ, countries): slow on a busy machine.
    beforeAll(() => check('uk', 'child.countryOfResidence', 'Україна', [['set', 'child.countryOfResidence', 'UA']]), 180_000);
    for (const [open, message, expected] of CASES) it(`${open}: ${message}`, () => check('uk', open, message, expected));
});
