import { describe, it } from 'vitest';
import { parseChoice } from '../../src/i18n/parsers';
import type { Locale } from '../../src/languages';
import { OPTIONS } from './fixtures';
import { ctxFor, expectResult, no, type Expected } from './helpers';

type Set = keyof (typeof OPTIONS)['en'];
type Case = [set: Set, input: string, expected: Expected<string>];

const CASES: Record<Locale, Case[]> = {
    en: [
        ['leukemia', '1', 'ALL'],
        ['leukemia', '2.', 'AML'],
        ['leukemia', '#3', 'APL'],
        ['leukemia', 'number 4', 'CML'],
        ['leukemia', 'the second one', 'AML'],
        ['leukemia', 'ALL', 'ALL'],
        ['leukemia', 'aml', 'AML'],
        ['leukemia', 'Acute myeloid leukemia (AML)', 'AML'],
        ['leukemia', 'she has ALL', 'ALL'],
        ['leukemia', 'He was diagnosed with B-ALL last year', 'ALL'],
        ['leukemia', 'acute lymphoblastic leukemia', 'ALL'],
        ['leukemia', 'acute lymphoblastik leukaemia', 'ALL'],
        ['leukemia', 'myeloid', 'AML'],
        ['leukemia', 'chronic myeloid', 'CML'],
        ['leukemia', 'promyelocitic', 'APL'],
        ['leukemia', 'something else', 'other'],
        ['leukemia', 'we read all the papers', no('unrecognized')],
        ['leukemia', 'ALL or AML', no('ambiguous')],
        ['leukemia', 'acute', no('ambiguous')],
        ['leukemia', '9', no('unrecognized')],
        ['leukemia', 'lymphoma', no('unrecognized')],
        ['leukemia', '', no('empty')],
        ['lineage', 'B', 'B'],
        ['lineage', 't', 'T'],
        ['lineage', 'B cell', 'B'],
        ['lineage', 'Bb', no('unrecognized')],
        ['sex', 'girl', 'female'],
        ['sex', 'Femal', 'female'],
        ['sex', 'he is a boy', 'male'],
        ['urgency', 'not urgent', 'flexible'],
        ['urgency', 'very urgent please', 'asap'],
        ['goal', 'car_t', 'car_t'],
        ['goal', 'CAR T', 'car_t'],
        ['goal', 'second opinon', 'second_opinion']
    ],
    de: [
        ['leukemia', '1', 'ALL'],
        ['leukemia', 'Nr. 2', 'AML'],
        ['leukemia', 'die zweite', 'AML'],
        ['leukemia', 'Option 4', 'CML'],
        ['leukemia', 'ALL', 'ALL'],
        ['leukemia', 'akute lymphatische Leukämie', 'ALL'],
        ['leukemia', 'akute lymphatische leukaemie', 'ALL'],
        ['leukemia', 'Unser Sohn hat ALL', 'ALL'],
        ['leukemia', 'lymphoblastisch', 'ALL'],
        ['leukemia', 'myeloisch', 'AML'],
        ['leukemia', 'Promyelozytenleukämie', 'APL'],
        ['leukemia', 'chronisch', 'CML'],
        ['leukemia', 'etwas anderes', 'other'],
        ['leukemia', 'myeloische', no('ambiguous')],
        ['leukemia', 'Lymphom', no('unrecognized')],
        ['lineage', 'T', 'T'],
        ['lineage', 'B-Zell', 'B'],
        ['sex', 'Mädchen', 'female'],
        ['sex', 'maedchen', 'female'],
        ['sex', 'ein Junge', 'male'],
        ['sex', 'weiblich', 'female'],
        ['urgency', 'nicht dringend', 'flexible'],
        ['urgency', 'sehr dringend', 'asap'],
        ['urgency', 'innerhalb eines monats', 'within_month'],
        ['goal', 'Stammzelltransplantation', 'hsct'],
        ['goal', 'Zweitmeinung bitte', 'second_opinion'],
        ['goal', 'Studie oder Behandlung', no('ambiguous')],
        ['goal', '', no('empty')]
    ],
    ru: [
        ['leukemia', '1', 'ALL'],
        ['leukemia', '2)', 'AML'],
        ['leukemia', 'второй', 'AML'],
        ['leukemia', 'второй вариант', 'AML'],
        ['leukemia', 'номер 4', 'CML'],
        ['leukemia', 'ОЛЛ', 'ALL'],
        ['leukemia', 'олл', 'ALL'],
        ['leukemia', 'ALL', 'ALL'],
        ['leukemia', 'у нас острый лимфобластный лейкоз', 'ALL'],
        ['leukemia', 'лимфобластный', 'ALL'],
        ['leukemia', 'с лимфобластным лейкозом', 'ALL'],
        ['leukemia', 'лимфобластныи', 'ALL'],
        ['leukemia', 'limfoblastny', 'ALL'],
        ['leukemia', 'limfoblastnyj leikoz', 'ALL'],
        ['leukemia', 'миелоидный', 'AML'],
        ['leukemia', 'хронический миелолейкоз', 'CML'],
        ['leukemia', 'ОЛЛ или ОМЛ', no('ambiguous')],
        ['leukemia', 'острый', no('ambiguous')],
        ['leukemia', 'лимфома', no('unrecognized')],
        ['lineage', 'В', 'B'],
        ['lineage', 'Т-клеточный', 'T'],
        ['sex', 'дочь', 'female'],
        ['sex', 'мальчик', 'male'],
        ['sex', 'Malchik', 'male'],
        ['urgency', 'не срочно', 'flexible'],
        ['urgency', 'очень срочно', 'asap'],
        ['urgency', 'срочно!!!', 'asap'],
        ['goal', 'пересадка', 'hsct'],
        ['goal', 'кар-т', 'car_t'],
        ['goal', '', no('empty')]
    ],
    ar: [
        ['leukemia', '1', 'ALL'],
        ['leukemia', '٢', 'AML'],
        ['leukemia', 'رقم ٣', 'APL'],
        ['leukemia', 'الخيار الثاني', 'AML'],
        ['leukemia', 'الرابع', 'CML'],
        ['leukemia', 'ALL', 'ALL'],
        ['leukemia', 'ابيضاض الدم الليمفاوي الحاد', 'ALL'],
        ['leukemia', 'ابنتي عندها ALL', 'ALL'],
        ['leukemia', 'الليمفاوي', 'ALL'],
        ['leukemia', 'اللمفاوي', 'ALL'],
        ['leukemia', 'لوكيميا نقوية', 'AML'],
        ['leukemia', 'المزمن', 'CML'],
        ['leukemia', 'غير ذلك', 'other'],
        ['leukemia', 'ALL أو AML', no('ambiguous')],
        ['leukemia', 'ابيضاض الدم', no('ambiguous')],
        ['leukemia', 'سرطان الغدد', no('unrecognized')],
        ['lineage', 'B', 'B'],
        ['lineage', 'خلايا T', 'T'],
        ['sex', 'بنت', 'female'],
        ['sex', 'أنثى', 'female'],
        ['sex', 'انثى', 'female'],
        ['sex', 'ولد', 'male'],
        ['urgency', 'عاجل', 'asap'],
        ['urgency', 'غير مستعجل', 'flexible'],
        ['urgency', 'خلال شهر', 'within_month'],
        ['goal', 'زرع الخلايا الجذعية', 'hsct'],
        ['goal', 'تجربه سريريه', 'clinical_trial'],
        ['goal', '', no('empty')]
    ],
    tr: [
        ['leukemia', '1', 'ALL'],
        ['leukemia', '2)', 'AML'],
        ['leukemia', 'ikinci', 'AML'],
        ['leukemia', 'ikinci seçenek', 'AML'],
        ['leukemia', '4 numara', 'CML'],
        ['leukemia', 'ALL', 'ALL'],
        ['leukemia', 'akut lenfoblastik lösemi', 'ALL'],
        ['leukemia', 'akut lenfoblastik losemi', 'ALL'],
        ['leukemia', 'bizimki lenfoblastik', 'ALL'],
        ['leukemia', 'AKUT LENFOBLASTİK LÖSEMİ', 'ALL'],
        ['leukemia', 'miyeloid', 'AML'],
        ['leukemia', 'kronik miyeloid lösemi', 'CML'],
        ['leukemia', 'ALL ya da AML', no('ambiguous')],
        ['leukemia', 'lenfoma', no('unrecognized')],
        ['lineage', 'B', 'B'],
        ['lineage', 'T hücreli', 'T'],
        ['sex', 'kızım', 'female'],
        ['sex', 'erkek', 'male'],
        ['sex', 'oğlum', 'male'],
        ['urgency', 'acil değil', 'flexible'],
        ['urgency', 'çok acil', 'asap'],
        ['urgency', 'acil!!!', 'asap'],
        ['goal', 'kemik iliği nakli', 'hsct'],
        ['goal', 'car-t', 'car_t'],
        ['goal', '', no('empty')]
    ]
};

describe.each(Object.keys(CASES) as Locale[])('parseChoice (%s)', (locale) => {
    it.each(CASES[locale])('[%s] %j → %j', (set, input, expected) =>
        expectResult(parseChoice(input, OPTIONS[locale][set], ctxFor(locale)), expected)
    );
});

describe('parseChoice edge cases', () => {
    it('fails on an empty option list', () => expectResult(parseChoice('ALL', [], ctxFor('en')), no('unrecognized')));
    it('accepts a value code with underscores written with spaces', () =>
        expectResult(parseChoice('within month', OPTIONS.en.urgency, ctxFor('en')), 'within_month'));
    it('does not read short codes with typos', () => expectResult(parseChoice('AMK', OPTIONS.en.leukemia, ctxFor('en')), no('unrecognized')));
    it('understands another language than the conversation one', () =>
        expectResult(parseChoice('лимфобластный', OPTIONS.ru.leukemia, ctxFor('en')), 'ALL'));
});
