import { describe, it } from 'vitest';
import type { Locale } from '../../src/languages';
import { check, type Case } from '../helpers/arbitration';

/**
 * Treatments told in passing are noted only when given: a word that merely looks like a borrowed
 * treatment name ("كارتون", cartoon; "الكارت", the card) names none, and one still ahead ("until
 * the transplant", "her chemo starts Thursday") is left to its own question. International names
 * ("cart") are matched as written, not by a stem of the language's own words ("cartes"). Turkish
 * says "not" inside the verb, so a done and a not-done transplant stay apart. A two-letter "don't know" of one language is a word of another.
 */
const CASES: Partial<Record<Locale, Case[]>> = {
    ar: [
        ['status.location', 'في البيت، يتفرج على الكارتون طول النهار', [['set', 'status.location', 'home']]],
        ['status.location', 'في البيت، وضيعنا الكارت تبع التأمين', [['set', 'status.location', 'home']]],
        ['status.location', 'في البيت، وأخذ الكارتي بالأردن', [['set', 'status.location', 'home'], ['set', 'treatments.carT', true]]],
        ['child.heightCm', '112 santi w ns', [['set', 'child.heightCm', 112]]]
    ],
    de: [
        ['status.location', 'zu Hause, sie bekommt Chemo bis zur Transplantation', [['set', 'status.location', 'home'], ['set', 'treatments.chemotherapy', true]]],
        ['status.location', 'noch zu Hause, die Chemo beginnt Donnerstag', [['set', 'status.location', 'home']]]
    ],
    en: [
        ['status.location', 'at home, on chemo until the transplant', [['set', 'status.location', 'home'], ['set', 'treatments.chemotherapy', true]]],
        ['status.location', 'home for now, her chemo starts Thursday', [['set', 'status.location', 'home']]]
    ],
    fr: [
        // International names are matched as written: "cartes" (cards) stems to "cart" but is no CAR-T.
        ['status.location', 'à la maison, il fait des cartes avec son frère', [['set', 'status.location', 'home']]],
        ['status.location', 'à la maison depuis le CAR-T', [['set', 'status.location', 'home'], ['set', 'treatments.carT', true]]]
    ],
    es: [
        ['status.location', 'en casa, con quimio hasta el trasplante', [['set', 'status.location', 'home'], ['set', 'treatments.chemotherapy', true]]],
        ['status.location', 'en casa, la quimio comienza este lunes', [['set', 'status.location', 'home']]],
        ['child.heightCm', 'ns', [['skip', 'child.heightCm']]]
    ],
    tr: [
        ['status.location', 'evde, nakil yapıldı', [['set', 'status.location', 'home'], ['set', 'treatments.hsct', true]]],
        ['status.location', 'evde, nakil yapılmadı', [['set', 'status.location', 'home'], ['set', 'treatments.hsct', false]]]
    ]
};

describe.each(Object.keys(CASES) as Locale[])('facts told in passing (%s)', (locale) => {
    it.each(CASES[locale]!)('at %s: %s', (open, message, expected) => check(locale, open, message, expected));
});
