import { describe, expect, it } from 'vitest';
import { recordAnswer } from '../../src/domain/draft';
import { fieldSpec } from '../../src/domain/fields';
import type { Locale } from '../../src/languages';
import { understand } from '../../src/understanding/understand';
import { check, draftBefore, TODAY, type Case } from '../helpers/arbitration';
import { faq, texts } from '../helpers/harness';

/**
 * Rules every language shares (round 3): a change command that names no answer loses to a valid
 * answer ("andere" is "other", not "ändere"); a correction marker counts where it opens or closes
 * a clause, not inside one ("wollen nochmal"); a field is named by a word that shares more than
 * its first letters ("nacimiento" is no "nacionalidad"); a word typed in two scripts is read in
 * the one most of it is in ("нi" with a Latin i); papers spoken of as to be sent, scanned or
 * photographed are still to come; with no country named, a no-preference phrase anywhere is no wish;
 * a mixed phenotype named with the lineages it is made of is MPAL; a treatment named with a maybe
 * is not given; Turkish "değilmiş" denies what it follows; the start of a question, before a comma,
 * that answers the field is stored and the rest asked; "nothing" said in words that also skip a
 * question is the list's "none" where an answer is required; a sign after a name is part of it
 * ("MRD-" is negative, a bare "MRD" is not).
 */
const CASES: Partial<Record<Locale, Case[]>> = {
    de: [
        ['diagnosis.leukemiaType', 'andere, eine sehr seltene Form', [['set', 'diagnosis.leukemiaType', 'other']]],
        ['treatments.notes', 'Die Ärzte wollen nochmal Blut abnehmen, sie wiegt 21 kg', [['set', 'treatments.notes', 'Die Ärzte wollen nochmal Blut abnehmen, sie wiegt 21 kg']]],
        ['treatments.notes', 'Sorry, sie wiegt 21 kg', [['correct', 'child.weightKg', 21]]],
        ['treatments.notes', 'sie wiegt 21 kg, falsch vorhin', [['correct', 'child.weightKg', 21]]],
        ['treatments.notes', 'oh sorry sie wiegt 21 kg', [['correct', 'child.weightKg', 21]]],
        ['documents.files', 'Die Befunde lasse ich Ihnen nach dem Einscannen zukommen', [['skip', 'documents.files']]],
        ['request.preferredCountries', 'Is mir egal wo, Hauptsache die Ärzte sind gut', [['set', 'request.preferredCountries', []]]],
        ['request.preferredCountries', 'Deutschland, egal wo dort', [['set', 'request.preferredCountries', ['DE']]]],
        ['diagnosis.leukemiaType', 'MPAL, also B-lymphatisch und myeloisch', [['set', 'diagnosis.leukemiaType', 'MPAL']]],
        ['request.urgency', 'so schnell wie möglich, wie lange dauert die Anmeldung?', [['set', 'request.urgency', 'asap'], ['question']]]
    ],
    en: [
        ['documents.files', 'her dad will send them on', [['skip', 'documents.files']]],
        ['treatments.chemotherapy', 'not yet. the doctor says maybe a transplant after that', [['set', 'treatments.chemotherapy', false]]],
        // A weight in stones; an ordinal's "st" is no stone.
        ['child.weightKg', 'about 5 stone', [['set', 'child.weightKg', 31.8]]],
        ['status.relapseCount', '1st', [['set', 'status.relapseCount', 1]]],
        ['documents.files', 'tomorrow, can I send a photo instead of a scan?', [['skip', 'documents.files'], ['question']]],
        // A start that says more than the answer stays part of the question.
        ['child.sex', 'she turns 18 next year, will you still take her?', [['question']]],
        ['status.mrd', 'MRD', [['invalid', 'status.mrd']]],
        ['status.mrd', 'mrd-', [['set', 'status.mrd', 'negative']]]
    ],
    tr: [['diagnosis.leukemiaType', 'miyeloid değilmiş, lenfoblastik', [['set', 'diagnosis.leukemiaType', 'ALL']]]],
    fr: [
        ['documents.files', 'ma soeur les enverra ce soir', [['skip', 'documents.files']]],
        ['diagnosis.leukemiaType', 'leucémie aiguë à phénotype mixte, T et myéloïde', [['set', 'diagnosis.leukemiaType', 'MPAL']]],
        ['treatments.antibodies', 'non rien merci', [['set', 'treatments.antibodies', ['none']]]]
    ],
    ru: [
        ['documents.files', 'муж сфоткает и перешлёт', [['skip', 'documents.files']]],
        ['request.preferredCountries', 'Всё равно куда, лишь бы вылечили', [['set', 'request.preferredCountries', []]]]
    ],
    ar: [['documents.files', 'بنتي رح تبعتهم', [['skip', 'documents.files']]]],
    es: [
        ['treatments.notes', 'tiene una alergia somática, no es de nacimiento', [['set', 'treatments.notes', 'tiene una alergia somática, no es de nacimiento']]],
        ['treatments.notes', 'perdón, pesa 21 kg', [['correct', 'child.weightKg', 21]]],
        ['request.preferredCountries', 'nos da lo mismo el lugar', [['set', 'request.preferredCountries', []]]],
        ['diagnosis.leukemiaType', 'MPAL: linfoide B y mieloide a la vez', [['set', 'diagnosis.leukemiaType', 'MPAL']]]
    ],
    uk: [
        ['treatments.hsct', 'нi', [['set', 'treatments.hsct', false]]],
        ['request.payer', 'самi платимо', [['set', 'request.payer', 'self_pay']]]
    ]
};

describe.each(Object.keys(CASES) as Locale[])('shared rules, round 3 (%s)', (locale) => {
    it.each(CASES[locale]!)('at %s: %s', (open, message, expected) => check(locale, open, message, expected));
});

describe('an answer the parent did not know, named with its value later', () => {
    const draft = recordAnswer(draftBefore('diagnosis.geneticMarkers'), 'diagnosis.leukemiaType', 'unknown', TODAY);
    const commands = (locale: Locale, message: string) =>
        understand(message, {
            field: fieldSpec('diagnosis.geneticMarkers'), draft, locale, today: TODAY, t: texts().t(locale),
            faq: (text) => faq().answerer.answer(text, { lang: locale, operatorName: 'Test Care' })
        }).commands.map((c) => [c.kind, 'field' in c ? c.field : undefined, 'value' in c ? c.value : undefined]);

    it.each([
        ['en', 'the new report came, the type is AML'],
        ['ar', 'جاني تقرير جديد، النوع طلع AML']
    ] as const)('is filled in without a correction word (%s)', (locale, message) => {
        expect(commands(locale, message)).toEqual([['correct', 'diagnosis.leukemiaType', 'AML']]);
    });

    it('stays as it was when the message names no value for it', () => {
        expect(commands('en', "still don't know the type")).toEqual([['set', 'diagnosis.geneticMarkers', ['unknown']]]);
    });
});
