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
        // A finding told as a result: clear, unauffällig, чистый, نظيف is none found.
        ['diagnosis.cnsInvolvement', 'the spinal tap was clear', value(false)],
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
        // An amount is the result: above zero found, zero or below the limit not; the words kept.
        ['status.mrd', 'MRD 1.2% on day 33, checked 11/02', value('positive', { detail: 'MRD 1.2% on day 33, checked 11/02' })],
        ['status.mrd', 'MRD <0.01%', value('negative', { detail: 'MRD <0.01%' })],
        ['child.weightKg', "I don't know her weight", required],
        ['child.weightKg', 'about 17 kg, not sure', value(17, { hedged: true })],
        ['child.citizenship', 'not sure, sorry', skip],
        ['treatments.hsct', 'no transplant, we could not find a donor', value(false)]
    ],
    de: [
        ['diagnosis.cnsInvolvement', 'Liquor war immer unauffällig', value(false)],
        ['contact.email', 'keine E-Mail, bitte anrufen', skip],
        ['contact.phone', 'bitte nur per E-Mail, keine Telefonnummer', skip, withEmail],
        ['treatments.notes', 'nein danke', skip],
        ['request.preferredCountries', 'egal wo, Hauptsache schnell', value([])],
        ['diagnosis.geneticMarkers', 'weiß ich nicht genau, da kam nichts Auffälliges raus glaube ich', value(['unknown'])],
        ['treatments.antibodies', 'Blinatumomab, das ist Teil vom Protokoll', value(['blinatumomab'])],
        ['status.mrd', 'immer noch positiv 0,02 %', value('positive', { detail: 'immer noch positiv 0,02' })]
    ],
    ru: [
        ['diagnosis.cnsInvolvement', 'сказали ликвор чистый', value(false)],
        ['treatments.antibodies', 'нет, ничего из этого не получал', value(['none'])],
        ['contact.email', 'почты нет', skip],
        ['treatments.notes', 'нет', skip],
        ['request.preferredCountries', 'нет', value([])],
        ['request.preferredCountries', 'куда угодно, где помогут', value([])],
        ['diagnosis.geneticMarkers', 'не знаю точно', value(['unknown'])],
        ['diagnosis.geneticMarkers', 'KMT2A вроде бы, но не уверена', value(['KMT2A'], { hedged: true })],
        ['status.mrd', 'после второго блока 0,5 процента', value('positive', { detail: 'после второго блока 0,5 процента' })]
    ],
    ar: [
        ['diagnosis.cnsInvolvement', 'قالوا السائل نظيف', value(false)],
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
        ['status.location', 'fel beit hala2', value('home')],
        ['request.payer', '3la 7esabna', value('self_pay')],
        ['treatments.radiotherapy', 'aiwa', value(true)]
    ],
    uk: [
        ['treatments.antibodies', 'ні, нічого з цього не отримував', value(['none'])],
        ['contact.email', 'пошти немає', skip],
        ['treatments.notes', 'ні', skip],
        ['request.preferredCountries', 'ні', value([])],
        ['request.preferredCountries', 'куди завгодно, де допоможуть', value([])],
        ['diagnosis.geneticMarkers', 'не знаю точно', value(['unknown'])]
    ],
    pl: [
        ['treatments.antibodies', 'nie, nic z tego nie dostawała', value(['none'])],
        ['contact.email', 'nie mam maila', skip],
        ['contact.email', 'nie używam e-maila, proszę dzwonić', skip],
        ['treatments.notes', 'nie', skip],
        ['request.preferredCountries', 'nie', value([])],
        ['request.preferredCountries', 'obojętnie, gdzie pomogą', value([])],
        ['diagnosis.geneticMarkers', 'nie wiem dokładnie', value(['unknown'])],
        ['diagnosis.geneticMarkers', 'chyba KMT2A, ale nie jestem pewna', value(['KMT2A'], { hedged: true })],
        ['child.weightKg', 'około 17 kg, nie jestem pewna', value(17, { hedged: true })]
    ],
    ro: [
        ['treatments.antibodies', 'nu, n-a primit nimic din astea', value(['none'])],
        ['contact.email', 'nu am email', skip],
        ['treatments.notes', 'nu', skip],
        ['request.preferredCountries', 'nu', value([])],
        ['request.preferredCountries', 'oriunde, unde ne pot ajuta', value([])],
        ['diagnosis.geneticMarkers', 'nu știu exact', value(['unknown'])],
        ['diagnosis.geneticMarkers', 'KMT2A parcă, dar nu sunt sigură', value(['KMT2A'], { hedged: true })]
    ],
    es: [
        ['contact.email', 'no tengo correo, mejor llámenme', skip],
        ['contact.phone', 'solo por correo por favor, no tengo teléfono fijo', skip, withEmail],
        ['treatments.notes', 'nada más', skip],
        ['request.preferredCountries', 'donde sea, lo importante es que sea rápido', value([])],
        ['request.preferredCountries', 'no', value([])],
        ['diagnosis.geneticMarkers', 'no sé bien, creo que no salió nada raro', value(['unknown'])],
        ['treatments.chemoProtocol', 'no sé el nombre, creo que BFM 2017', value('AIEOP-BFM_ALL_2017', { hedged: true })],
        ['child.weightKg', 'unos 17 kilos, no estoy segura', value(17, { hedged: true })],
        ['treatments.antibodies', 'no, ninguno de esos', value(['none'])],
        ['treatments.hsct', 'no, no encontramos donante', value(false)]
    ],
    fr: [
        ['contact.email', "pas d'email", skip],
        ['contact.email', "j'ai pas de mail, appelez-moi svp", skip],
        ['contact.phone', 'seulement par mail svp, le réseau est mauvais ici', skip, withEmail],
        ['contact.phone', 'seulement par mail svp, le réseau est mauvais ici', required],
        ['treatments.notes', "rien d'autre", skip],
        ['treatments.notes', 'non, mais elle est allergique à la pénicilline', value('non, mais elle est allergique à la pénicilline')],
        ['request.preferredCountries', 'peu importe, là où ils peuvent la soigner', value([])],
        ['diagnosis.geneticMarkers', "ils n'ont pas fait beaucoup d'analyses ici, je ne sais pas", value(['unknown'])],
        ['treatments.chemoProtocol', 'je ne connais pas le nom, peut-être CAALL-F01', value('national', { hedged: true })],
        ['status.mrd', 'positive, 0,1%', value('positive', { detail: '0,1%' })],
        ['child.weightKg', 'je ne connais pas son poids', required],
        ['child.weightKg', 'environ 17 kg, pas sûre', value(17, { hedged: true })],
        ['treatments.hsct', "pas de greffe, on n'a pas trouvé de donneur", value(false)],
        ['treatments.antibodies', "il n'en a eu aucun", value(['none'])],
        ['child.sex', "c'est une fille", value('female')],
        ['status.location', 'à la maison en ce moment', value('home')]
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
