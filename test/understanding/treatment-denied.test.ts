import { describe, it } from 'vitest';
import type { Locale } from '../../src/languages';
import { check, type Case } from '../helpers/arbitration';

/**
 * A treatment named with a negation: denied when only words of giving stand between ("she never
 * had a transplant", "Chemo hatte sie nicht", "химию ей не делали"), given when the negation
 * speaks of its effect ("the chemo did not work", "химия не помогла"). A "yes" made of words
 * that a negation follows ("she had not") is a no. Not offered where they live ("not available") is
 * not given; not knowing whether it was given is "don't know".
 */
const CASES: Partial<Record<Locale, Case[]>> = {
    en: [
        ['treatments.hsct', 'she had no transplant', [['set', 'treatments.hsct', false]]],
        ['treatments.hsct', 'he never had a transplant', [['set', 'treatments.hsct', false]]],
        ['treatments.chemotherapy', 'she never received any chemotherapy', [['set', 'treatments.chemotherapy', false]]],
        ['treatments.chemotherapy', "chemo didn't help at all", [['set', 'treatments.chemotherapy', true]]],
        ['treatments.chemotherapy', 'chemo and no transplant', [['set', 'treatments.chemotherapy', true], ['set', 'treatments.hsct', false]]],
        ['treatments.hsct', 'transplant without problems in 2022', [['set', 'treatments.hsct', true]]],
        ['treatments.carT', 'she had not', [['set', 'treatments.carT', false]]],
        ['treatments.carT', 'she has never', [['set', 'treatments.carT', false]]],
        ['treatments.carT', 'yes no problem', [['set', 'treatments.carT', true]]],
        ['consent.dataProcessing', 'ok no worries at all', [['set', 'consent.dataProcessing', true]]],
        // A bare no said first is the answer, whatever follows about the treatment (opensWithNo).
        ['treatments.carT', 'no, CAR-T is not available in Ukraine', [['set', 'treatments.carT', false]]],
        ['treatments.carT', 'yes, but the CAR-T did not work', [['set', 'treatments.carT', true]]],
        // Not offered where they live: not given. Given, with its effect denied after a "but": given.
        ['treatments.carT', 'CAR-T is not available in our country', [['set', 'treatments.carT', false]]],
        ['treatments.carT', 'they gave her CAR-T but it did not work', [['set', 'treatments.carT', true]]],
        // Whether it was given is what they don't know.
        ['treatments.carT', 'not sure if he got CAR-T', [['set', 'treatments.carT', 'unknown']]],
        ['treatments.antibodies', 'not sure whether she got inotuzumab', [['set', 'treatments.antibodies', ['unknown']]]]
    ],
    de: [
        ['treatments.chemotherapy', 'Chemo hatte sie nicht', [['set', 'treatments.chemotherapy', false]]],
        ['treatments.chemotherapy', 'sie hatte keine Chemo', [['set', 'treatments.chemotherapy', false]]],
        ['treatments.chemotherapy', 'Chemo wirkt nicht', [['set', 'treatments.chemotherapy', true]]],
        ['treatments.chemotherapy', 'Chemo hat nicht geholfen', [['set', 'treatments.chemotherapy', true]]],
        ['treatments.hsct', 'KMT hat sie nicht gehabt', [['set', 'treatments.hsct', false]]],
        ['treatments.carT', 'CAR-T ist bei uns in Serbien nicht zugelassen', [['set', 'treatments.carT', false]]],
        // Southern dialects deny with "koi", "ka", "nöd".
        ['treatments.hsct', 'koi Transplantation, d Ärzt wartet no', [['set', 'treatments.hsct', false]]],
        // At a yes/no question a sentence that opens like a question and names the treatment asks.
        ['treatments.carT', 'wie teuer ist CAR-T in Deutschland ungefähr', [['question']]],
        ['treatments.carT', 'hat er nie bekommen', [['set', 'treatments.carT', false]]],
        // Its effect denied over a preposition: no "no chemotherapy" taken from it.
        ['status.diseaseState', 'reagiert nicht auf die Chemo, refraktär', [['set', 'status.diseaseState', 'refractory']]]
    ],
    ru: [
        ['treatments.chemotherapy', 'химию не получали', [['set', 'treatments.chemotherapy', false]]],
        ['treatments.chemotherapy', 'химию ей пока не делали', [['set', 'treatments.chemotherapy', false]]],
        ['treatments.chemotherapy', 'химия не помогла', [['set', 'treatments.chemotherapy', true]]],
        ['treatments.carT', 'кар-т в нашей стране не проводят', [['set', 'treatments.carT', false]]],
        ['treatments.hsct', 'пересадку сделали, но не помогла', [['set', 'treatments.hsct', true]]],
        // A "no" opening the message answers, whatever the sentence after it says of the treatment.
        ['treatments.carT', 'нет врачи считают только кар-т спасёт', [['set', 'treatments.carT', false]]]
    ],
    uk: [['treatments.hsct', 'їй не робили пересадку', [['set', 'treatments.hsct', false]]]],
    pl: [
        ['treatments.hsct', 'przeszczepu nie miała', [['set', 'treatments.hsct', false]]],
        ['treatments.hsct', 'przeszczep nie pomógł', [['set', 'treatments.hsct', true]]]
    ],
    es: [
        ['treatments.hsct', 'el trasplante no funcionó', [['set', 'treatments.hsct', true]]],
        // A "but" ends what the "no" denies, before and after the treatment.
        ['treatments.hsct', 'trasplante no pero CAR-T sí', [['set', 'treatments.hsct', false], ['set', 'treatments.carT', true]]],
        ['treatments.chemotherapy', 'quimio no pero trasplante sí', [['set', 'treatments.chemotherapy', false], ['set', 'treatments.hsct', true]]],
        // A verb of giving after the negation denies over other words; a "no" farther on is answered in its own words.
        ['treatments.chemotherapy', 'quimio propiamente dicha no le dieron', [['set', 'treatments.chemotherapy', false]]],
        ['treatments.carT', 'el CAR-T acá en Perú no existe todavía, así que no', [['set', 'treatments.carT', false]]],
        ['treatments.hsct', 'Trasplante, eso no, aún no', [['set', 'treatments.hsct', false]]],
        // "no se" (unaccented "no sé") inside a denial is no "don't know".
        ['treatments.carT', 'CAR-T en mi país no se hace', [['set', 'treatments.carT', false]]],
        ['treatments.hsct', 'no sé si le hicieron trasplante', [['set', 'treatments.hsct', 'unknown']]]
    ],
    fr: [
        ['treatments.hsct', "il n'a jamais eu de greffe", [['set', 'treatments.hsct', false]]],
        ['treatments.hsct', 'greffe non mais CAR-T oui', [['set', 'treatments.hsct', false], ['set', 'treatments.carT', true]]],
        ['treatments.carT', "le CAR-T n'est pas disponible au Maroc", [['set', 'treatments.carT', false]]]
    ],
    ro: [['treatments.hsct', 'transplant nu a făcut', [['set', 'treatments.hsct', false]]]],
    ar: [
        ['treatments.hsct', 'الزراعة ما نفعت', [['set', 'treatments.hsct', true]]],
        // A verb we do not know between "no" and the treatment: its name is no "yes".
        ['treatments.hsct', 'لا ما سوينا زراعة', [['set', 'treatments.hsct', false]]]
    ]
};

describe.each(Object.keys(CASES) as Locale[])('a treatment named with a negation (%s)', (locale) => {
    it.each(CASES[locale]!)('at %s: %s', (open, message, expected) => check(locale, open, message, expected));
});
