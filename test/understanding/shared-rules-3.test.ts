import { describe, it } from 'vitest';
import type { Locale } from '../../src/languages';
import { check, type Case } from '../helpers/arbitration';

/**
 * Rules every language shares (round 3): a change command that names no answer loses to a valid
 * answer ("andere" is "other", not "ändere"); a correction marker counts where it opens or closes
 * a clause, not inside one ("wollen nochmal"); a field is named by a word that shares more than
 * its first letters ("nacimiento" is no "nacionalidad"); a word typed in two scripts is read in
 * the one most of it is in ("нi" with a Latin i).
 */
const CASES: Partial<Record<Locale, Case[]>> = {
    de: [
        ['diagnosis.leukemiaType', 'andere, eine sehr seltene Form', [['set', 'diagnosis.leukemiaType', 'other']]],
        ['treatments.notes', 'Die Ärzte wollen nochmal Blut abnehmen, sie wiegt 21 kg', [['set', 'treatments.notes', 'Die Ärzte wollen nochmal Blut abnehmen, sie wiegt 21 kg']]],
        ['treatments.notes', 'Sorry, sie wiegt 21 kg', [['correct', 'child.weightKg', 21]]],
        ['treatments.notes', 'sie wiegt 21 kg, falsch vorhin', [['correct', 'child.weightKg', 21]]]
    ],
    es: [
        ['treatments.notes', 'tiene una alergia somática, no es de nacimiento', [['set', 'treatments.notes', 'tiene una alergia somática, no es de nacimiento']]],
        ['treatments.notes', 'perdón, pesa 21 kg', [['correct', 'child.weightKg', 21]]]
    ],
    uk: [
        ['treatments.hsct', 'нi', [['set', 'treatments.hsct', false]]],
        ['request.payer', 'самi платимо', [['set', 'request.payer', 'self_pay']]]
    ]
};

describe.each(Object.keys(CASES) as Locale[])('shared rules, round 3 (%s)', (locale) => {
    it.each(CASES[locale]!)('at %s: %s', (open, message, expected) => check(locale, open, message, expected));
});
