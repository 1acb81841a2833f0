import { describe, expect, it } from 'vitest';
import { emptyDraft, recordAnswer, type IntakeDraft } from '../../src/domain/draft';
import { FIELDS, fieldSpec, isApplicable } from '../../src/domain/fields';
import type { FieldPath } from '../../src/domain/schema';
import type { Locale } from '../../src/languages';
import { understand } from '../../src/understanding/understand';
import { faq, texts } from '../helpers/harness';

const TODAY = new Date('2026-12-06T12:00:00Z');

/** One family's answers, in intake order; a case's draft holds those before its open field. */
const FAMILY: Partial<Record<FieldPath, unknown>> = {
    'consent.dataProcessing': true,
    'child.firstName': 'Mia', 'child.birthDate': '2017-05-14', 'child.sex': 'female', 'child.weightKg': 23, 'child.heightCm': 121,
    'child.countryOfResidence': 'KZ', 'child.citizenship': 'KZ',
    'diagnosis.leukemiaType': 'ALL', 'diagnosis.allLineage': 'B', 'diagnosis.diagnosisDate': '2024-11', 'diagnosis.geneticMarkers': ['ETV6-RUNX1'], 'diagnosis.cnsInvolvement': false,
    'status.diseaseState': 'relapse', 'status.relapseCount': 1, 'status.lastRelapseDate': '2026-03', 'status.mrd': 'positive', 'status.location': 'home', 'status.activityLevel': 'plays_quietly',
    'treatments.chemotherapy': true, 'treatments.chemoProtocol': 'AIEOP-BFM_ALL_2017', 'treatments.hsct': false, 'treatments.carT': false, 'treatments.antibodies': ['none'], 'treatments.radiotherapy': false, 'treatments.notes': undefined,
    'documents.available': ['discharge_summary'],
    'request.goal': 'car_t', 'request.preferredCountries': ['DE'], 'request.urgency': 'asap', 'request.needsVisa': true, 'request.payer': 'charity',
    'contact.name': 'Olga Petrova', 'contact.relationship': 'mother', 'contact.email': 'olga@example.org', 'contact.phone': '+4915123456789', 'contact.preferredChannel': 'whatsapp'
};

function draftBefore(open: FieldPath | 'review'): IntakeDraft {
    let draft = emptyDraft(TODAY);
    for (const spec of FIELDS) {
        if (spec.path === open) break;
        if (!(spec.path in FAMILY) || !isApplicable(spec, draft.answers)) continue;
        draft = recordAnswer(draft, spec.path, FAMILY[spec.path], TODAY);
    }
    return draft;
}

type Expected = [kind: string, field?: FieldPath, value?: unknown];

/** message × open field → the commands, most important first (only kind, field and value are compared). */
function check(locale: Locale, open: FieldPath | 'review', message: string, expected: Expected[]): void {
    const answerer = faq().answerer;
    const result = understand(message, {
        field: open === 'review' ? undefined : fieldSpec(open), draft: draftBefore(open), locale, today: TODAY, t: texts().t(locale),
        faq: (text) => answerer.answer(text, { lang: locale, operatorName: 'Test Care' })
    });
    const actual = result.commands.map((c): Expected => {
        if (c.kind === 'control') return ['control', undefined, c.command.kind === 'language' ? c.command.locale : c.command.kind];
        if (c.kind === 'question') return ['question'];
        if (c.kind === 'invalid' || c.kind === 'skip') return [c.kind, c.field];
        return [c.kind, c.field, c.value];
    });
    expect(actual, message).toEqual(expected);
}

type Case = [open: FieldPath | 'review', message: string, expected: Expected[]];

const CASES: Record<Locale, Case[]> = {
    en: [
        ['treatments.antibodies', 'no', [['set', 'treatments.antibodies', ['none']]]],
        ['diagnosis.geneticMarkers', 'no, nothing', [['skip', 'diagnosis.geneticMarkers']]],
        ['treatments.chemotherapy', 'yes, and a transplant is planned for January', [['set', 'treatments.chemotherapy', true]]],
        ['child.firstName', 'Mia', [['set', 'child.firstName', 'Mia']]],
        ['child.firstName', 'her name is Lily', [['set', 'child.firstName', 'Lily']]],
        ['child.firstName', 'who is going to read what I write here?', [['question']]],
        ['child.firstName', 'how do you protect our data', [['question']]],
        ['status.diseaseState', 'sorry what does remission mean here', [['question']]],
        ['child.firstName', 'help', [['control', undefined, 'help']]],
        ['child.birthDate', 'she was born on 2 March 2016', [['set', 'child.birthDate', '2016-03-02']]],
        ['child.birthDate', '02.03.2016', [['set', 'child.birthDate', '2016-03-02']]],
        ['child.weightKg', 'around 24 kilos', [['set', 'child.weightKg', 24]]],
        ['child.weightKg', 'talk to a person', [['control', undefined, 'human']]],
        ['child.weightKg', 'purple', [['invalid', 'child.weightKg']]],
        ['child.heightCm', 'skip', [['skip', 'child.heightCm']]],
        ['child.countryOfResidence', 'Germany', [['set', 'child.countryOfResidence', 'DE']]],
        ['child.countryOfResidence', 'in German please', [['control', undefined, 'de']]],
        ['child.citizenship', 'same', [['set', 'child.citizenship', 'KZ']]],
        ['child.citizenship', 'German', [['set', 'child.citizenship', 'DE']]],
        ['child.citizenship', 'she is Polish', [['set', 'child.citizenship', 'PL']]],
        ['diagnosis.leukemiaType', 'AML', [['set', 'diagnosis.leukemiaType', 'AML']]],
        ['diagnosis.leukemiaType', "I don't know", [['set', 'diagnosis.leukemiaType', 'unknown']]],
        ['diagnosis.leukemiaType', 'B-ALL, diagnosed in March 2023', [['set', 'diagnosis.leukemiaType', 'ALL'], ['set', 'diagnosis.allLineage', 'B'], ['set', 'diagnosis.diagnosisDate', '2023-03']]],
        ['diagnosis.leukemiaType', 'acute lymphoblastic, type T', [['set', 'diagnosis.leukemiaType', 'ALL'], ['set', 'diagnosis.allLineage', 'T']]],
        ['diagnosis.leukemiaType', 'AML, found in May 2024', [['set', 'diagnosis.leukemiaType', 'AML'], ['set', 'diagnosis.diagnosisDate', '2024-05']]],
        // A later field's value when asked the date: an early answer, not a question for the knowledge base.
        ['diagnosis.diagnosisDate', 't(12;21), ETV6-RUNX1', [['invalid', 'diagnosis.diagnosisDate']]],
        ['diagnosis.allLineage', 'B-cell; can she get CAR-T?', [['set', 'diagnosis.allLineage', 'B'], ['question']]],
        ['diagnosis.allLineage', 'can she still get CAR-T?', [['question']]],
        ['diagnosis.diagnosisDate', 'last spring, in April 2025', [['set', 'diagnosis.diagnosisDate', '2025-04']]],
        ['status.diseaseState', 'Relapse', [['set', 'status.diseaseState', 'relapse']]],
        ['status.relapseCount', 'twice', [['set', 'status.relapseCount', 2]]],
        ['status.relapseCount', 'the first one', [['set', 'status.relapseCount', 1]]],
        ['status.location', 'at home with us', [['set', 'status.location', 'home']]],
        ['treatments.chemotherapy', 'yes, then a transplant from her brother in May 2025', [['set', 'treatments.chemotherapy', true], ['set', 'treatments.hsct', true], ['set', 'treatments.hsctDate', '2025-05'], ['set', 'treatments.hsctDonor', 'matched_sibling']]],
        ['treatments.chemotherapy', 'yes, but no transplant', [['set', 'treatments.chemotherapy', true], ['set', 'treatments.hsct', false]]],
        ['treatments.hsct', 'no', [['set', 'treatments.hsct', false]]],
        ['treatments.hsct', 'how long does a transplant take?', [['question']]],
        ['treatments.carT', 'would CAR-T work for his type? a friend mentioned CAR-T trials', [['question']]],
        ['treatments.carT', 'no. could she get it later?', [['set', 'treatments.carT', false], ['question']]],
        ['treatments.antibodies', 'blinatumomab', [['set', 'treatments.antibodies', ['blinatumomab']]]],
        ['treatments.carT', 'sorry, her weight is 25 kg, not 23', [['correct', 'child.weightKg', 25]]],
        ['request.goal', 'how well does CAR-T work for children like her?', [['question']]],
        ['request.goal', 'CAR-T', [['set', 'request.goal', 'car_t']]],
        ['request.preferredCountries', 'Germany or Israel', [['set', 'request.preferredCountries', ['DE', 'IL']]]],
        ['request.preferredCountries', 'no preference', [['set', 'request.preferredCountries', []]]],
        ['contact.name', 'I am her mother, Dana Weiss', [['set', 'contact.name', 'Dana Weiss'], ['set', 'contact.relationship', 'mother']]],
        ['contact.email', 'dana.weiss@example.org', [['set', 'contact.email', 'dana.weiss@example.org']]],
        ['contact.email', "I don't have e-mail", [['skip', 'contact.email']]],
        ['contact.languages', 'English', [['set', 'contact.languages', ['en']]]],
        ['contact.languages', 'Russian and English', [['set', 'contact.languages', ['ru', 'en']]]],
        ['review', 'oops, she is 25 kg, not 23', [['correct', 'child.weightKg', 25]]],
        ['child.sex', 'sorry, wrong birthday before: not the 4th. it is 14 May 2016', [['correct', 'child.birthDate', '2016-05-14']]],
        ['review', 'delete my data', [['control', undefined, 'delete']]],
        // Rules from the second development set, in sentences of our own.
        ['child.firstName', 'daughter name Grace', [['set', 'child.firstName', 'Grace']]],
        ['child.firstName', 'Tomas ok', [['set', 'child.firstName', 'Tomas']]],
        ['treatments.hsctDonor', 'unrelated donor from the registry, 10 of 10', [['set', 'treatments.hsctDonor', 'matched_unrelated']]],
        ['request.payer', 'health insurance will cover part of it', [['set', 'request.payer', 'insurance']]],
        ['status.lastRelapseDate', 'month 4 2026', [['set', 'status.lastRelapseDate', '2026-04']]],
        ['contact.languages', 'en, fr', [['set', 'contact.languages', ['en', 'fr']]]],
        // Naming what only a yes leads to answers the yes/no question.
        ['treatments.chemotherapy', 'she is on the ALLTogether protocol', [['set', 'treatments.chemotherapy', true], ['set', 'treatments.chemoProtocol', 'ALLTOGETHER1']]],
        ['treatments.hsct', 'cells from an unrelated donor', [['set', 'treatments.hsct', true], ['set', 'treatments.hsctDonor', 'matched_unrelated']]],
        ['treatments.hsct', 'not yet, we are still looking for a donor', [['set', 'treatments.hsct', false]]],
        // Free text: before a question it answers; after it, it is the question's context.
        ['treatments.notes', 'She has a port. Could she fly with it?', [['set', 'treatments.notes', 'She has a port.'], ['question']]],
        ['treatments.notes', 'Could she fly with her port? The nurses said maybe not.', [['question']]],
    ],
    de: [
        ['diagnosis.leukemiaType', 'ALL von den B-Zellen, festgestellt im Juni 2024', [['set', 'diagnosis.leukemiaType', 'ALL'], ['set', 'diagnosis.allLineage', 'B'], ['set', 'diagnosis.diagnosisDate', '2024-06']]],
        ['diagnosis.geneticMarkers', 'nein', [['skip', 'diagnosis.geneticMarkers']]],
        ['treatments.chemotherapy', 'ja, die Transplantation steht bevor', [['set', 'treatments.chemotherapy', true]]],
        ['treatments.hsct', 'Kann ein Bruder spenden? Sie hat zwei Brüder.', [['question']]],
        ['child.firstName', 'Lena', [['set', 'child.firstName', 'Lena']]],
        ['child.firstName', 'Sie heißt Marie', [['set', 'child.firstName', 'Marie']]],
        ['child.firstName', 'Wer bekommt meine Angaben zu sehen?', [['question']]],
        ['child.firstName', 'hilfe', [['control', undefined, 'help']]],
        ['child.birthDate', '3. März 2016', [['set', 'child.birthDate', '2016-03-03']]],
        ['child.birthDate', 'am 14.05.2017 geboren', [['set', 'child.birthDate', '2017-05-14']]],
        ['child.weightKg', 'ungefähr 24 Kilo', [['set', 'child.weightKg', 24]]],
        ['child.weightKg', 'zweiundzwanzig Kilo', [['set', 'child.weightKg', 22]]],
        ['child.weightKg', 'mit einem Menschen sprechen', [['control', undefined, 'human']]],
        ['child.weightKg', 'Banane', [['invalid', 'child.weightKg']]],
        ['child.heightCm', 'überspringen', [['skip', 'child.heightCm']]],
        ['child.countryOfResidence', 'Österreich', [['set', 'child.countryOfResidence', 'AT']]],
        ['child.countryOfResidence', 'in English please', [['control', undefined, 'en']]],
        ['child.citizenship', 'deutsch', [['set', 'child.citizenship', 'DE']]],
        ['child.citizenship', 'sie ist Österreicherin', [['set', 'child.citizenship', 'AT']]],
        ['child.citizenship', 'italienisch', [['set', 'child.citizenship', 'IT']]],
        ['child.citizenship', 'dieselbe', [['set', 'child.citizenship', 'KZ']]],
        ['diagnosis.leukemiaType', 'AML', [['set', 'diagnosis.leukemiaType', 'AML']]],
        ['diagnosis.leukemiaType', 'weiß ich nicht', [['set', 'diagnosis.leukemiaType', 'unknown']]],
        ['diagnosis.leukemiaType', 'B-ALL, diagnostiziert im März 2023', [['set', 'diagnosis.leukemiaType', 'ALL'], ['set', 'diagnosis.allLineage', 'B'], ['set', 'diagnosis.diagnosisDate', '2023-03']]],
        ['diagnosis.allLineage', 'B-Zell; kommt CAR-T für sie in Frage?', [['set', 'diagnosis.allLineage', 'B'], ['question']]],
        ['diagnosis.diagnosisDate', 'im April 2025', [['set', 'diagnosis.diagnosisDate', '2025-04']]],
        ['status.diseaseState', 'Rückfall', [['set', 'status.diseaseState', 'relapse']]],
        ['status.relapseCount', 'zweimal', [['set', 'status.relapseCount', 2]]],
        ['status.relapseCount', 'der erste', [['set', 'status.relapseCount', 1]]],
        ['status.location', 'zu Hause', [['set', 'status.location', 'home']]],
        ['treatments.chemotherapy', 'ja, danach eine Transplantation vom Bruder im Mai 2025', [['set', 'treatments.chemotherapy', true], ['set', 'treatments.hsct', true], ['set', 'treatments.hsctDate', '2025-05'], ['set', 'treatments.hsctDonor', 'matched_sibling']]],
        ['treatments.chemotherapy', 'ja, aber keine Transplantation', [['set', 'treatments.chemotherapy', true], ['set', 'treatments.hsct', false]]],
        ['treatments.hsct', 'nein', [['set', 'treatments.hsct', false]]],
        ['treatments.hsct', 'wie lange dauert eine Transplantation?', [['question']]],
        ['treatments.antibodies', 'Blinatumomab', [['set', 'treatments.antibodies', ['blinatumomab']]]],
        ['treatments.carT', 'Korrektur: das Gewicht ist 25 kg, nicht 23', [['correct', 'child.weightKg', 25]]],
        ['request.goal', 'Wie gut wirkt CAR-T bei Kindern?', [['question']]],
        ['request.goal', 'Zweitmeinung', [['set', 'request.goal', 'second_opinion']]],
        ['request.preferredCountries', 'Deutschland oder Israel', [['set', 'request.preferredCountries', ['DE', 'IL']]]],
        ['request.preferredCountries', 'egal', [['set', 'request.preferredCountries', []]]],
        ['contact.name', 'Ich bin der Vater, Markus Weber', [['set', 'contact.name', 'Markus Weber'], ['set', 'contact.relationship', 'father']]],
        ['contact.email', 'markus.weber@example.org', [['set', 'contact.email', 'markus.weber@example.org']]],
        ['contact.email', 'ich habe keine E-Mail', [['skip', 'contact.email']]],
        ['contact.languages', 'Englisch', [['set', 'contact.languages', ['en']]]],
        ['contact.languages', 'Deutsch und Türkisch', [['set', 'contact.languages', ['de', 'tr']]]],
        ['review', 'meine Daten löschen', [['control', undefined, 'delete']]],
        ['child.firstName', 'heisst Jonas', [['set', 'child.firstName', 'Jonas']]],
        ['request.payer', 'die Versicherung zahlt vielleicht teilweise', [['set', 'request.payer', 'insurance']]],
        ['contact.languages', 'Deutsh', [['set', 'contact.languages', ['de']]]],
        ['contact.languages', 'de, tr', [['set', 'contact.languages', ['de', 'tr']]]],
        ['treatments.chemotherapy', 'nach COG-Protokoll', [['set', 'treatments.chemotherapy', true], ['set', 'treatments.chemoProtocol', 'COG']]],
    ],
    ru: [
        // Asking what a word means is a question wherever it stands; not knowing what it means answers.
        ['status.mrd', 'мам, а что такое МОБ положительная, я не поняла', [['question']]],
        ['treatments.radiotherapy', 'net, ne bylo', [['set', 'treatments.radiotherapy', false]]],
        ['status.relapseCount', 'dva raza', [['set', 'status.relapseCount', 2]]],
        ['treatments.chemotherapy', 'да, пересадка запланирована на весну', [['set', 'treatments.chemotherapy', true]]],
        ['child.firstName', 'Алиса', [['set', 'child.firstName', 'Алиса']]],
        ['child.firstName', 'Её зовут Варя', [['set', 'child.firstName', 'Варя']]],
        ['child.firstName', 'кто будет видеть эти данные?', [['question']]],
        ['child.firstName', 'помощь', [['control', undefined, 'help']]],
        ['child.birthDate', '3 марта 2016', [['set', 'child.birthDate', '2016-03-03']]],
        ['child.birthDate', 'родилась 14.05.2017', [['set', 'child.birthDate', '2017-05-14']]],
        ['child.weightKg', 'около 24 кг', [['set', 'child.weightKg', 24]]],
        ['child.weightKg', 'сорок пять', [['set', 'child.weightKg', 45]]],
        ['child.weightKg', 'поговорить с человеком', [['control', undefined, 'human']]],
        ['child.weightKg', 'фиолетовый', [['invalid', 'child.weightKg']]],
        ['child.heightCm', 'пропустить', [['skip', 'child.heightCm']]],
        ['child.countryOfResidence', 'Казахстан', [['set', 'child.countryOfResidence', 'KZ']]],
        ['child.countryOfResidence', 'in English please', [['control', undefined, 'en']]],
        ['child.citizenship', 'такое же', [['set', 'child.citizenship', 'KZ']]],
        ['child.citizenship', 'российское', [['set', 'child.citizenship', 'RU']]],
        ['child.citizenship', 'гражданка Узбекистана', [['set', 'child.citizenship', 'UZ']]],
        ['diagnosis.leukemiaType', 'ОМЛ', [['set', 'diagnosis.leukemiaType', 'AML']]],
        ['diagnosis.leukemiaType', 'не знаю', [['set', 'diagnosis.leukemiaType', 'unknown']]],
        ['diagnosis.leukemiaType', 'В-ОЛЛ, диагноз поставили в марте 2023', [['set', 'diagnosis.leukemiaType', 'ALL'], ['set', 'diagnosis.allLineage', 'B'], ['set', 'diagnosis.diagnosisDate', '2023-03']]],
        ['diagnosis.allLineage', 'В-клеточный; а CAR-T ей можно?', [['set', 'diagnosis.allLineage', 'B'], ['question']]],
        ['diagnosis.diagnosisDate', 'в апреле 2025', [['set', 'diagnosis.diagnosisDate', '2025-04']]],
        ['status.diseaseState', 'рецидив', [['set', 'status.diseaseState', 'relapse']]],
        ['status.relapseCount', 'дважды', [['set', 'status.relapseCount', 2]]],
        ['status.relapseCount', 'первый', [['set', 'status.relapseCount', 1]]],
        ['status.location', 'дома', [['set', 'status.location', 'home']]],
        ['treatments.chemotherapy', 'да, потом пересадка от брата в мае 2025', [['set', 'treatments.chemotherapy', true], ['set', 'treatments.hsct', true], ['set', 'treatments.hsctDate', '2025-05'], ['set', 'treatments.hsctDonor', 'matched_sibling']]],
        ['treatments.chemotherapy', 'да, но пересадки не было', [['set', 'treatments.chemotherapy', true], ['set', 'treatments.hsct', false]]],
        ['treatments.hsct', 'нет', [['set', 'treatments.hsct', false]]],
        ['treatments.hsct', 'сколько длится пересадка?', [['question']]],
        ['treatments.antibodies', 'блинатумомаб', [['set', 'treatments.antibodies', ['blinatumomab']]]],
        ['treatments.carT', 'извините, вес 25 кг, а не 23', [['correct', 'child.weightKg', 25]]],
        ['request.goal', 'насколько хорошо помогает CAR-T?', [['question']]],
        ['request.goal', 'второе мнение', [['set', 'request.goal', 'second_opinion']]],
        ['request.preferredCountries', 'Германия или Израиль', [['set', 'request.preferredCountries', ['DE', 'IL']]]],
        ['request.preferredCountries', 'не важно', [['set', 'request.preferredCountries', []]]],
        ['contact.name', 'я мама, Ольга Иванова', [['set', 'contact.name', 'Ольга Иванова'], ['set', 'contact.relationship', 'mother']]],
        ['contact.email', 'olga.ivanova@example.org', [['set', 'contact.email', 'olga.ivanova@example.org']]],
        ['contact.email', 'почты нет', [['skip', 'contact.email']]],
        ['contact.languages', 'английский', [['set', 'contact.languages', ['en']]]],
        ['contact.languages', 'русский и казахский', [['set', 'contact.languages', ['ru', 'kk']]]],
        ['contact.preferredChannel', 'в телеграме', [['set', 'contact.preferredChannel', 'telegram']]],
        ['review', 'удалить мои данные', [['control', undefined, 'delete']]],
        ['status.lastRelapseDate', 'месяц 5 2026', [['set', 'status.lastRelapseDate', '2026-05']]],
        // Medical terms in English inside a Russian or Arabic sentence count as the option's name.
        ['status.diseaseState', 'сейчас идёт maintenance', [['set', 'status.diseaseState', 'first_line_treatment']]],
        // Speaks of the documents, so it is an answer, not a question for the knowledge base.
        ['documents.available', 'отчёты о пересадке и типирование HLA брата', [['set', 'documents.available', ['transplant_report', 'hla_typing']]]],
        ['documents.available', 'выписка и что-то про лёгкие', [['invalid', 'documents.available']]],
    ],
    ar: [
        // A one-letter lineage after a word saying it is a kind ("نوع بي" is type B).
        ['diagnosis.leukemiaType', 'لوكيميا لمفاوية حادة من نوع بي', [['set', 'diagnosis.leukemiaType', 'ALL'], ['set', 'diagnosis.allLineage', 'B']]],
        ['treatments.chemotherapy', 'نعم، والزراعة رح تكون بعد شهرين', [['set', 'treatments.chemotherapy', true]]],
        ['child.firstName', 'ليلى', [['set', 'child.firstName', 'ليلى']]],
        ['child.firstName', 'اسمها سارة', [['set', 'child.firstName', 'سارة']]],
        ['child.firstName', 'من سيطلع على هذه المعلومات؟', [['question']]],
        ['child.firstName', 'مساعدة', [['control', undefined, 'help']]],
        ['child.birthDate', '3 مارس 2016', [['set', 'child.birthDate', '2016-03-03']]],
        ['child.birthDate', '٣ آذار ٢٠١٦', [['set', 'child.birthDate', '2016-03-03']]],
        ['child.weightKg', 'حوالي ٢٤ كيلو', [['set', 'child.weightKg', 24]]],
        ['child.weightKg', 'التحدث مع شخص', [['control', undefined, 'human']]],
        ['child.weightKg', 'بنفسجي', [['invalid', 'child.weightKg']]],
        ['child.heightCm', 'ما بعرف بالضبط، يمكن ١١٠', [['set', 'child.heightCm', 110]]],
        ['child.heightCm', 'تخطي', [['skip', 'child.heightCm']]],
        ['child.countryOfResidence', 'الأردن', [['set', 'child.countryOfResidence', 'JO']]],
        ['child.countryOfResidence', 'in English please', [['control', undefined, 'en']]],
        ['child.citizenship', 'نفس', [['set', 'child.citizenship', 'KZ']]],
        ['child.citizenship', 'مصرية', [['set', 'child.citizenship', 'EG']]],
        ['child.citizenship', 'كويتي', [['set', 'child.citizenship', 'KW']]],
        ['diagnosis.leukemiaType', 'سرطان الدم النخاعي الحاد', [['set', 'diagnosis.leukemiaType', 'AML']]],
        ['diagnosis.leukemiaType', 'لا أعرف', [['set', 'diagnosis.leukemiaType', 'unknown']]],
        ['diagnosis.allLineage', 'خلايا بي؛ هل يمكنها الحصول على CAR-T؟', [['set', 'diagnosis.allLineage', 'B'], ['question']]],
        ['diagnosis.allLineage', 'هل يمكنها الحصول على CAR-T؟', [['question']]],
        ['diagnosis.diagnosisDate', 'في أيلول 2025', [['set', 'diagnosis.diagnosisDate', '2025-09']]],
        ['diagnosis.diagnosisDate', 'بأيلول هذه السنة', [['set', 'diagnosis.diagnosisDate', '2026-09']]],
        ['status.diseaseState', 'انتكاسة', [['set', 'status.diseaseState', 'relapse']]],
        ['status.relapseCount', 'مرتين', [['set', 'status.relapseCount', 2]]],
        ['status.relapseCount', 'مرة وحدة', [['set', 'status.relapseCount', 1]]],
        ['status.location', 'في البيت', [['set', 'status.location', 'home']]],
        ['treatments.chemotherapy', 'نعم، وبعدها زراعة من أخوها في أيار 2025', [['set', 'treatments.chemotherapy', true], ['set', 'treatments.hsct', true], ['set', 'treatments.hsctDate', '2025-05'], ['set', 'treatments.hsctDonor', 'matched_sibling']]],
        ['treatments.hsct', 'لا', [['set', 'treatments.hsct', false]]],
        ['treatments.hsct', 'كم تستغرق الزراعة؟', [['question']]],
        ['treatments.antibodies', 'بليناتوموماب', [['set', 'treatments.antibodies', ['blinatumomab']]]],
        ['treatments.carT', 'عفوًا، وزنها ٢٥ مو ٢٣', [['correct', 'child.weightKg', 25]]],
        ['request.goal', 'ما مدى فعالية علاج CAR-T؟', [['question']]],
        ['request.goal', 'رأي طبي ثانٍ', [['set', 'request.goal', 'second_opinion']]],
        ['request.preferredCountries', 'ألمانيا أو تركيا', [['set', 'request.preferredCountries', ['DE', 'TR']]]],
        ['request.preferredCountries', 'لا يهم', [['set', 'request.preferredCountries', []]]],
        ['contact.name', 'أنا والدتها، فاطمة حسن', [['set', 'contact.name', 'فاطمة حسن'], ['set', 'contact.relationship', 'mother']]],
        ['contact.email', 'fatima.hassan@example.org', [['set', 'contact.email', 'fatima.hassan@example.org']]],
        ['contact.email', 'ليس عندي بريد إلكتروني', [['skip', 'contact.email']]],
        ['contact.languages', 'الإنجليزية', [['set', 'contact.languages', ['en']]]],
        ['contact.languages', 'العربية والإنجليزية', [['set', 'contact.languages', ['ar', 'en']]]],
        ['contact.preferredChannel', 'واتساب', [['set', 'contact.preferredChannel', 'whatsapp']]],
        ['review', 'احذف بياناتي', [['control', undefined, 'delete']]],
        ['child.firstName', 'عمر', [['set', 'child.firstName', 'عمر']]],
        ['child.firstName', 'على', [['set', 'child.firstName', 'على']]],
        ['status.lastRelapseDate', 'شهر ٣ ٢٠٢٦', [['set', 'status.lastRelapseDate', '2026-03']]],
        ['status.lastRelapseDate', 'الشهر الخامس سنة 2026', [['set', 'status.lastRelapseDate', '2026-05']]],
        ['status.lastRelapseDate', 'في الشهر 5 من سنة 2026', [['set', 'status.lastRelapseDate', '2026-05']]],
        ['status.diseaseState', 'الحمد لله هي في remission', [['set', 'status.diseaseState', 'remission']]],
        ['request.payer', 'التأمين الصحي بيدفع قسم', [['set', 'request.payer', 'insurance']]]
    ],
    tr: [
        // A question closed by "mi/mı" or "nedir" is asked, even without a question mark.
        ['status.mrd', 'MRD pozitif ne demek, anlamadım', [['question']]],
        ['status.mrd', 'MRD nedir', [['question']]],
        ['treatments.radiotherapy', 'hayir almadi', [['set', 'treatments.radiotherapy', false]]],
        ['status.relapseCount', 'iki kez', [['set', 'status.relapseCount', 2]]],
        ['child.firstName', 'Elif', [['set', 'child.firstName', 'Elif']]],
        ['child.firstName', 'Kızımın adı Zeynep', [['set', 'child.firstName', 'Zeynep']]],
        ['child.firstName', 'bu bilgileri kimler görecek?', [['question']]],
        ['child.firstName', 'yardım', [['control', undefined, 'help']]],
        ['child.birthDate', '3 Mart 2016', [['set', 'child.birthDate', '2016-03-03']]],
        ['child.birthDate', "14.05.2017'de doğdu", [['set', 'child.birthDate', '2017-05-14']]],
        ['child.weightKg', 'yaklaşık 24 kilo', [['set', 'child.weightKg', 24]]],
        ['child.weightKg', '23,5 kg', [['set', 'child.weightKg', 23.5]]],
        ['child.weightKg', 'kırk beş', [['set', 'child.weightKg', 45]]],
        ['child.weightKg', 'bir kişiyle görüşmek istiyorum', [['control', undefined, 'human']]],
        ['child.weightKg', 'mor', [['invalid', 'child.weightKg']]],
        ['child.heightCm', 'geç', [['skip', 'child.heightCm']]],
        ['child.countryOfResidence', "Türkiye'de yaşıyoruz", [['set', 'child.countryOfResidence', 'TR']]],
        ['child.countryOfResidence', 'Almanyada', [['set', 'child.countryOfResidence', 'DE']]],
        ['child.countryOfResidence', 'ingilizce lütfen', [['control', undefined, 'en']]],
        ['child.citizenship', 'aynı', [['set', 'child.citizenship', 'KZ']]],
        ['child.citizenship', 'Türk vatandaşı', [['set', 'child.citizenship', 'TR']]],
        ['child.citizenship', 'Suriyeli', [['set', 'child.citizenship', 'SY']]],
        ['diagnosis.leukemiaType', 'AML', [['set', 'diagnosis.leukemiaType', 'AML']]],
        ['diagnosis.leukemiaType', 'bilmiyorum', [['set', 'diagnosis.leukemiaType', 'unknown']]],
        ['diagnosis.leukemiaType', 'akut lenfoblastik losemi', [['set', 'diagnosis.leukemiaType', 'ALL']]],
        ['diagnosis.diagnosisDate', 'Nisan 2025', [['set', 'diagnosis.diagnosisDate', '2025-04']]],
        ['diagnosis.diagnosisDate', '8 ay önce', [['set', 'diagnosis.diagnosisDate', '2026-04']]],
        ['status.diseaseState', 'nüks', [['set', 'status.diseaseState', 'relapse']]],
        ['status.diseaseState', 'hastalık geri geldi', [['set', 'status.diseaseState', 'relapse']]],
        ['status.location', 'evdeyiz', [['set', 'status.location', 'home']]],
        ['status.location', 'yoğun bakımda', [['set', 'status.location', 'intensive_care']]],
        ['treatments.hsct', 'hayır', [['set', 'treatments.hsct', false]]],
        ['treatments.hsct', 'nakil ne kadar sürüyor?', [['question']]],
        ['treatments.antibodies', 'blinatumomab', [['set', 'treatments.antibodies', ['blinatumomab']]]],
        ['request.goal', 'CAR-T ne kadar işe yarıyor?', [['question']]],
        ['request.goal', 'ikinci görüş', [['set', 'request.goal', 'second_opinion']]],
        ['request.preferredCountries', 'Almanya veya İsrail', [['set', 'request.preferredCountries', ['DE', 'IL']]]],
        ['request.preferredCountries', 'fark etmez', [['set', 'request.preferredCountries', []]]],
        ['request.urgency', 'çok acil', [['set', 'request.urgency', 'asap']]],
        ['contact.name', 'annesiyim, Ayşe Yılmaz', [['set', 'contact.name', 'Ayşe Yılmaz'], ['set', 'contact.relationship', 'mother']]],
        ['contact.email', 'ayse.yilmaz@example.org', [['set', 'contact.email', 'ayse.yilmaz@example.org']]],
        ['contact.email', 'e-postam yok', [['skip', 'contact.email']]],
        ['contact.languages', 'Türkçe ve İngilizce', [['set', 'contact.languages', ['tr', 'en']]]],
        ['contact.preferredChannel', 'whatsapp', [['set', 'contact.preferredChannel', 'whatsapp']]],
        ['review', 'verilerimi sil', [['control', undefined, 'delete']]]
    ]
};

describe.each(Object.keys(CASES) as Locale[])('what a message means at the open question (%s)', (locale) => {
    it('has at least 40 cases', () => expect(CASES[locale].length).toBeGreaterThanOrEqual(40));
    it.each(CASES[locale])('at %s: %s', (open, message, expected) => check(locale, open, message, expected));
});
