import { describe, it } from 'vitest';
import type { Locale } from '../../src/languages';
import { check, type Case } from '../helpers/arbitration';

/**
 * Beside a question, a yes/no question is answered only by a clause that opens with yes or no: a
 * yes told at a clause's end ("they told us yes") is what someone said about the question, not
 * whether the child had the treatment. Not knowing still answers, said before the question.
 */
const CASES: Partial<Record<Locale, Case[]>> = {
    en: [
        ['treatments.carT', 'can CAR-T be done after a relapse? our doctor said maybe yes', [['question']]],
        ['treatments.carT', 'no, not yet. can it be done after a relapse?', [['set', 'treatments.carT', false], ['question']]],
        // Not knowing after the question is about the question.
        ['treatments.carT', 'would CAR-T help her? we read a lot but honestly no idea', [['question']]]
    ],
    de: [['request.needsVisa', 'keine Ahnung, braucht man eins für Kanada?', [['set', 'request.needsVisa', 'unknown'], ['question']]]],
    es: [['treatments.carT', '¿el CAR-T sirve después de una recaída? la doctora nos dijo que sí', [['question']]]],
    fr: [['treatments.carT', 'le CAR-T marche après une rechute ? le médecin nous a dit que oui', [['question']]]]
};

describe.each(Object.keys(CASES) as Locale[])('a yes told beside a question (%s)', (locale) => {
    it.each(CASES[locale]!)('at %s: %s', (open, message, expected) => check(locale, open, message, expected));
});
