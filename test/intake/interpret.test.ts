import { describe, expect, it } from 'vitest';
import { fieldSpec } from '../../src/domain/fields';
import type { Answers, FieldPath } from '../../src/domain/schema';
import { createTexts } from '../../src/i18n/i18n';
import type { Locale } from '../../src/languages';
import { interpretAnswer, type Interpretation } from '../../src/intake/interpret';

/**
 * What the intake makes of a parent's sentence at one question: a value (noted as not sure, with
 * words kept for staff), nothing to store for an optional field, or why it cannot be used.
 */
const TODAY = new Date('2026-11-15T12:00:00Z');
const texts = createTexts();
const withEmail: Answers = { contact: { email: 'parent@example.org' } } as Answers;

type Case = [field: FieldPath, message: string, expected: Interpretation, answers?: Answers];

const value = (v: unknown, extras: { hedged?: boolean; detail?: string } = {}): Interpretation => ({ kind: 'value', value: v, ...extras });
const skip: Interpretation = { kind: 'skip' };
const required: Interpretation = { kind: 'invalid', failure: 'required', params: {} };

const CASES: Record<Locale, Case[]> = {
    en: [
        ['contact.email', 'no email', skip],
        ['contact.email', "I don't have an email, please call me", skip],
        ['contact.phone', 'only e-mail please, the line here is bad', skip, withEmail],
        ['contact.phone', 'only e-mail please, the line here is bad', required],
        ['treatments.notes', 'nothing else', skip],
        ['treatments.notes', 'no, but she is allergic to penicillin', value('no, but she is allergic to penicillin')],
        ['request.preferredCountries', 'no preference, wherever they can help', value([])],
        ['request.preferredCountries', 'no', value([])],
        ['diagnosis.geneticMarkers', "they didn't test much here, i don't know", value(['unknown'])],
        ['treatments.chemoProtocol', "I don't know the name, maybe UKALL", value('UKALL', { hedged: true })],
        ['treatments.chemoProtocol', 'BFM 2017 i think', value('AIEOP-BFM_ALL_2017', { hedged: true })],
        ['status.mrd', 'positive, 0.1%', value('positive', { detail: '0.1%' })],
        ['child.weightKg', "I don't know her weight", required],
        ['child.weightKg', 'about 17 kg, not sure', value(17, { hedged: true })],
        ['child.citizenship', 'not sure, sorry', skip],
        ['treatments.hsct', 'no transplant, we could not find a donor', value(false)]
    ],
    de: [
        ['contact.email', 'keine E-Mail, bitte anrufen', skip],
        ['contact.phone', 'bitte nur per E-Mail, keine Telefonnummer', skip, withEmail],
        ['treatments.notes', 'nein danke', skip],
        ['request.preferredCountries', 'egal wo, Hauptsache schnell', value([])],
        ['diagnosis.geneticMarkers', 'weiß ich nicht genau, da kam nichts Auffälliges raus glaube ich', value(['unknown'])],
        ['treatments.antibodies', 'Blinatumomab, das ist Teil vom Protokoll', value(['blinatumomab'])]
    ],
    ru: [
        ['treatments.antibodies', 'нет, ничего из этого не получал', value(['none'])],
        ['contact.email', 'почты нет', skip],
        ['treatments.notes', 'нет', skip],
        ['request.preferredCountries', 'нет', value([])],
        ['request.preferredCountries', 'куда угодно, где помогут', value([])],
        ['diagnosis.geneticMarkers', 'не знаю точно', value(['unknown'])],
        ['diagnosis.geneticMarkers', 'KMT2A вроде бы, но не уверена', value(['KMT2A'], { hedged: true })]
    ],
    ar: [
        ['contact.email', 'ليس عندي بريد إلكتروني', skip],
        ['contact.phone', 'ما بدي أعطي رقمي، الإيميل أحسن', skip, withEmail],
        ['treatments.notes', 'لا شي', skip],
        ['status.mrd', 'ما بعرف', value('unknown')],
        ['child.weightKg', 'حوالي ٢٠ كيلو، مش متأكد', value(20, { hedged: true })],
        ['diagnosis.geneticMarkers', 'لسا عم ننطر النتيجة', value(['unknown'])],
        // None of a list's items, said in a few words with a negation, or among comments.
        ['treatments.antibodies', 'ماكو شي منها', value(['none'])],
        ['treatments.antibodies', 'ما أخذ أي واحد منهم', value(['none'])],
        // Typed in Latin letters and digits: the field's words read again by their consonants.
        ['child.sex', 'hiye bent', value('female')],
        ['treatments.carT', 'la2 abadan', value(false)],
        ['treatments.antibodies', 'ma a5ad wala wa7ad', value(['none'])],
        ['status.location', 'fel beit hala2', value('home')]
    ],
    tr: [
        ['treatments.antibodies', 'hayır, bunların hiçbirini almadı', value(['none'])],
        ['contact.email', 'e-postam yok', skip],
        ['treatments.notes', 'yok', skip],
        ['request.preferredCountries', 'hayır', value([])],
        ['request.preferredCountries', 'neresi olursa, yeter ki iyileşsin', value([])],
        ['diagnosis.geneticMarkers', 'tam bilmiyorum', value(['unknown'])],
        ['diagnosis.geneticMarkers', 'KMT2A galiba ama emin değilim', value(['KMT2A'], { hedged: true })]
    ]
};

describe.each(Object.keys(CASES) as Locale[])('interpretAnswer in sentences (%s)', (locale) => {
    it.each(CASES[locale])('[%s] %j', (path, message, expected, answers = {} as Answers) => {
        const result = interpretAnswer(fieldSpec(path), message, { locale, today: TODAY, answers, t: texts.t(locale) });
        expect(result).toEqual(expected);
    });
});
