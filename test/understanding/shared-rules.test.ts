import { describe, it } from 'vitest';
import type { Locale } from '../../src/languages';
import { check, type Case } from '../helpers/arbitration';

/**
 * Rules every language shares (round 2): a treatment still to come is not given; a donor's relation
 * decides over a match score; kinship words chained by "of his/her" name someone else; what
 * follows "especially" is what the goal is about; a value said with doubt ("maybe 112?") is an answer.
 */
const CASES: Partial<Record<Locale, Case[]>> = {
    en: [
        ['treatments.antibodies', 'inotuzumab is planned after the next block', [['set', 'treatments.antibodies', ['none']]]],
        ['treatments.antibodies', 'blinatumomab, and inotuzumab is planned', [['set', 'treatments.antibodies', ['blinatumomab']]]],
        ['treatments.radiotherapy', 'no radiotherapy so far, but the doctors are talking about radiotherapy', [['set', 'treatments.radiotherapy', false]]],
        ['treatments.radiotherapy', 'radiotherapy is scheduled for March', [['set', 'treatments.radiotherapy', false]]],
        // A later field mentioned as still to come is left to its own question.
        ['treatments.chemotherapy', 'yes, and blinatumomab will come later', [['set', 'treatments.chemotherapy', true]]],
        ['treatments.hsctDonor', 'from her brother, 10/10 match', [['set', 'treatments.hsctDonor', 'matched_sibling']]],
        ['contact.relationship', 'the mother of his father', [['set', 'contact.relationship', 'other']]],
        ["contact.relationship", "I'm the father of her mother", [['set', 'contact.relationship', 'other']]],
        ['request.goal', 'we would like a second opinion from specialists, particularly regarding the transplant', [['set', 'request.goal', 'second_opinion']]],
        // A value said with doubt and a question mark is an answer; a question about the value is not.
        ['child.heightCm', 'not sure, maybe 112?', [['set', 'child.heightCm', 112]]],
        // "The hospital report" is the discharge summary, in any language's everyday words.
        ['documents.available', 'the hospital report and bone marrow results', [['set', 'documents.available', ['discharge_summary', 'bone_marrow_report']]]],
        ['child.heightCm', 'is 112 cm normal for her age?', [['question']]],
        // The chemo "did not work": refractory to confirm, and no "no chemotherapy" taken from it.
        ['status.diseaseState', 'two rounds of induction and the chemo did not work', [['confirm', 'status.diseaseState', 'refractory']]],
        ['status.diseaseState', 'refractory, the chemo did not help', [['set', 'status.diseaseState', 'refractory']]],
        ['treatments.antibodies', 'inotuzumab yes, blinatumomab no', [['set', 'treatments.antibodies', ['inotuzumab']]]],
        // What follows "not" is the old value: it says which answer is put right.
        ['treatments.carT', 'sorry, the relapse was in april, not march', [['correct', 'status.lastRelapseDate', '2026-04']]],
        // Only the year put right: day and month stay.
        ['child.sex', 'sorry, she was born in 2018 not 2017', [['correct', 'child.birthDate', '2018-05-14']]]
    ],
    de: [
        ['treatments.antibodies', 'noch nicht, Blinatumomab kommt später', [['set', 'treatments.antibodies', ['none']]]],
        ['treatments.radiotherapy', 'bisher keine Bestrahlung, aber die Bestrahlung ist geplant', [['set', 'treatments.radiotherapy', false]]],
        ['treatments.hsctDonor', 'vom Vater, 10/10 passend', [['set', 'treatments.hsctDonor', 'haploidentical']]],
        ['contact.relationship', 'der Vater von ihrer Mutter', [['set', 'contact.relationship', 'other']]],
        ['contact.relationship', 'ich bin die Mutter von seinem Vater', [['set', 'contact.relationship', 'other']]],
        ['request.goal', 'eine Zweitmeinung von Spezialisten, vor allem zur Transplantation', [['set', 'request.goal', 'second_opinion']]],
        ['child.weightKg', 'weiß nicht genau, vielleicht 19?', [['set', 'child.weightKg', 19]]],
        ['child.weightKg', 'ist 19 kilo zu wenig?', [['question']]],
        // "zwei Blöcke" is no correction of the weight by "nicht", and "40%" no weight.
        ['status.diseaseState', 'zwei Blöcke, die Chemo hat nicht geholfen, Blasten 40%', [['confirm', 'status.diseaseState', 'refractory']]],
        ['child.countryOfResidence', 'Österreich, Graz. früher haben wir in München gewohnt', [['set', 'child.countryOfResidence', 'AT']]],
        ['treatments.carT', 'ich muss korrigieren: der Rückfall war im April, nicht im März', [['correct', 'status.lastRelapseDate', '2026-04']]],
        ['treatments.carT', 'Korrektur: die Diagnose war 2023, nicht 2024', [['correct', 'diagnosis.diagnosisDate', '2023-11']]]
    ],
    ru: [
        ['treatments.antibodies', 'пока нет, инотузумаб будет потом', [['set', 'treatments.antibodies', ['none']]]],
        ['treatments.radiotherapy', 'нет, но врачи обсуждают облучение', [['set', 'treatments.radiotherapy', false]]],
        ['treatments.hsctDonor', 'от старшей сестры, совместимость 10/10', [['set', 'treatments.hsctDonor', 'matched_sibling']]],
        ['child.heightCm', 'не знаю точно, где-то 115?', [['set', 'child.heightCm', 115]]],
        ['status.diseaseState', 'химия не помогла, бласты 25%', [['confirm', 'status.diseaseState', 'refractory']]]
    ],
    ar: [
        ['treatments.antibodies', 'لا لسا، رح يعطوه بليناتوموماب بعدين', [['set', 'treatments.antibodies', ['none']]]],
        ['request.goal', 'نريد رأي ثاني من الأطباء، خصوصا بخصوص الزراعة', [['set', 'request.goal', 'second_opinion']]],
        // Maghreb parents write French medical words inside Arabic.
        ['status.diseaseState', 'عندو rechute', [['set', 'status.diseaseState', 'relapse']]],
        ['documents.available', 'تقرير المستشفى ونتيجة النخاع', [['set', 'documents.available', ['discharge_summary', 'bone_marrow_report']]]]
    ],
    uk: [
        ['treatments.radiotherapy', 'ні, але лікарі обговорюють опромінення', [['set', 'treatments.radiotherapy', false]]],
        ['treatments.hsctDonor', 'від старшого брата, повністю сумісний 10/10', [['set', 'treatments.hsctDonor', 'matched_sibling']]]
    ],
    pl: [['treatments.antibodies', 'jeszcze nie, blinatumomab będzie później', [['set', 'treatments.antibodies', ['none']]]]],
    ro: [
        ['contact.relationship', 'sunt mama lui tata', [['set', 'contact.relationship', 'other']]],
        ['request.goal', 'vrem o a doua opinie de la specialiști, mai ales despre transplant', [['set', 'request.goal', 'second_opinion']]]
    ],
    es: [
        ['treatments.carT', 'todavía no, pero le van a hacer CAR-T', [['set', 'treatments.carT', false]]],
        ['contact.relationship', 'soy la madre de su padre', [['set', 'contact.relationship', 'other']]],
        ['request.goal', 'queremos una segunda opinión de expertos, sobre todo sobre el trasplante', [['set', 'request.goal', 'second_opinion']]]
    ],
    fr: [
        ['treatments.antibodies', "pas encore, le blinatumomab est prévu après l'induction", [['set', 'treatments.antibodies', ['none']]]],
        ['treatments.hsctDonor', 'de sa soeur, compatible 10/10', [['set', 'treatments.hsctDonor', 'matched_sibling']]],
        // A whole hyphenated word beats one of its pieces: "grand-mère" is no "mère".
        ['contact.relationship', 'je suis grand-mère', [['set', 'contact.relationship', 'other']]],
        ["contact.relationship", "c'est moi belle-mère", [['set', 'contact.relationship', 'other']]],
        ["contact.relationship", "je suis l'arrière-grand-mère", [['set', 'contact.relationship', 'other']]],
        ['contact.relationship', 'la maman de son papa', [['set', 'contact.relationship', 'other']]],
        ['request.goal', "nous voulons un deuxième avis d'experts, en particulier sur la greffe", [['set', 'request.goal', 'second_opinion']]]
    ],
    tr: [
        ['treatments.antibodies', 'henüz değil, blinatumomab daha sonra yapılacak', [['set', 'treatments.antibodies', ['none']]]],
        ['request.goal', 'uzmanlardan ikinci görüş istiyoruz, özellikle nakil konusunda', [['set', 'request.goal', 'second_opinion']]]
    ]
};

describe.each(Object.keys(CASES) as Locale[])('shared rules (%s)', (locale) => {
    it.each(CASES[locale]!)('at %s: %s', (open, message, expected) => check(locale, open, message, expected));
});
