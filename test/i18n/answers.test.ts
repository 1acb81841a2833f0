import { describe, expect, it } from 'vitest';
import {
    declinesContact, isDoneAnswer, isNoPreference, isNotNowAnswer, isNothingAnswer, isSameAnswer, isSkipAnswer, isUnknownAnswer, mentionsUnknown
} from '../../src/i18n/parsers';
import { ctxFor } from './helpers';

const ctx = ctxFor('en');

describe('isUnknownAnswer', () => {
    it.each([
        "I don't know", 'dont know', 'I do not know.', 'not sure', "I'm not sure, sorry", 'no idea', 'idk', 'Dunno',
        'keine Ahnung', 'weiß nicht', 'Weiss nicht', 'ich weiß es nicht', 'не знаю', 'Не знаю...', 'не уверена',
        'لا أعرف', 'لا اعرف', 'مش عارف', 'مش عارفة', 'غير متأكد'
    ])('%j is unknown', (text) => expect(isUnknownAnswer(text, ctx)).toBe(true));
    it.each(['no', 'yes', 'I know', "I don't know if it was ALL", 'не знаю точно, кажется ОЛЛ', 'ALL', '', 'лейкоз', 'لا'])(
        '%j is not unknown',
        (text) => expect(isUnknownAnswer(text, ctx)).toBe(false)
    );
    // One word of two letters is a "don't know" only in its own language: Arabizi "w ns" is "and a half".
    it.each([['ru', 'хз', true], ['es', 'ns', true], ['ar', 'ns', false], ['en', 'ns', false]] as const)('(%s) %j is unknown: %s', (locale, text, unknown) =>
        expect(isUnknownAnswer(text, ctxFor(locale))).toBe(unknown)
    );
});

describe('isSkipAnswer', () => {
    it.each(['skip', 'Skip please', 'next', 'überspringen', 'weiter', 'пропустить', 'Пропусти', 'дальше', 'تخطي', 'التالي'])(
        '%j is skip',
        (text) => expect(isSkipAnswer(text, ctx)).toBe(true)
    );
    it.each(['skip the chemo', 'next week', 'no', 'не пропускать'])('%j is not skip', (text) =>
        expect(isSkipAnswer(text, ctx)).toBe(false)
    );
});

describe('isSameAnswer', () => {
    it.each(['same', 'the same', 'Same as above', 'dieselbe', 'das gleiche', 'то же', 'то же самое', 'такое же', 'тоже', 'نفس', 'نفس البلد'])(
        '%j is same',
        (text) => expect(isSameAnswer(text, ctx)).toBe(true)
    );
    it.each(['Germany', 'not the same', 'другое', 'مختلف'])('%j is not same', (text) => expect(isSameAnswer(text, ctx)).toBe(false));
});

describe('isNoPreference', () => {
    it.each(['no preference', 'any', 'Any country', "doesn't matter", 'egal', 'ist mir egal', 'неважно', 'любая', 'без разницы', 'لا يهم', 'أي دولة', 'ist uns gleich'])(
        '%j is no preference',
        (text) => expect(isNoPreference(text, ctx)).toBe(true)
    );
    it.each(['Germany', 'any of Germany or Israel', 'важно', 'يهم'])('%j is not no preference', (text) =>
        expect(isNoPreference(text, ctx)).toBe(false)
    );
});

describe('isDoneAnswer', () => {
    it.each(['done', 'later', "that's all", 'fertig', 'später', 'готово', 'позже', 'потом', 'لاحقا', 'لاحقاً', 'انتهيت'])(
        '%j is done',
        (text) => expect(isDoneAnswer(text, ctx)).toBe(true)
    );
    it.each(['done with chemo in March', 'not done', 'раньше', 'قبل'])('%j is not done', (text) =>
        expect(isDoneAnswer(text, ctx)).toBe(false)
    );
});

describe('isNotNowAnswer', () => {
    it.each(['not yet', "we haven't got the reports at home", 'habe ich gerade nicht hier', 'keine Unterlagen dabei', 'пока нету', 'у меня их сейчас нет', 'مش عندنا هلق', 'لا يوجد معي شيء'])(
        '%j is nothing to send now',
        (text) => expect(isNotNowAnswer(text, ctx)).toBe(true)
    );
    it.each(['not later, I am sending them now', 'the discharge summary and the bone marrow report, I have them here', 'yes', 'ich schicke sie gleich'])(
        '%j is not "not now"',
        (text) => expect(isNotNowAnswer(text, ctx)).toBe(false)
    );
});

describe('answers inside sentences', () => {
    it.each([
        "they didn't test much here, i don't know",
        'I do not know the names',
        'we are still waiting for the results',
        'weiß ich nicht genau',
        'ich habe keine Ahnung, ehrlich gesagt',
        'не знаю точно',
        'понятия не имею, врачи ничего не говорили',
        'ما بعرف',
        'والله ما نعرفش'
    ])('%j is unknown', (text) => expect(isUnknownAnswer(text, ctx)).toBe(true));
    it.each(["I don't know, AML", 'not sure, maybe AML', 'I know it', 'ich weiß es, ALL'])('%j is not unknown', (text) =>
        expect(isUnknownAnswer(text, ctx)).toBe(false)
    );

    it.each(['AML I think, not sure', 'KMT2A вроде бы, но не уверена', 'ممكن AML، مش متأكدة'])('%j mentions a "don\'t know"', (text) =>
        expect(mentionsUnknown(text, ctx)).toBe(true)
    );
    it.each(['AML', 'I think AML'])('%j mentions no "don\'t know"', (text) => expect(mentionsUnknown(text, ctx)).toBe(false));

    it.each([
        'will send later', 'I will upload them tomorrow, the papers are at the clinic', 'I can scan them later at work', 'mach ich später', 'schicke ich morgen',
        'пришлю позже', 'отправлю завтра', 'بعدين', 'بعدين ببعتلكم ياهم',
        // Someone else sends, or a time of day says when.
        'die Oma scannt sie am Wochenende', 'мой брат отправит', 'дочь пришлёт на выходных', 'أخوي رح يبعت الأوراق', 'the papers come tonight'
    ])('%j defers (done for now)', (text) => expect(isDoneAnswer(text, ctx)).toBe(true));
    it.each(['not later, I am sending them now', 'no, not later'])('%j does not defer', (text) =>
        expect(isDoneAnswer(text, ctx)).toBe(false)
    );

    it.each(["skip, I don't have it", 'überspringen bitte, das weiß ich nicht'])('%j skips', (text) => expect(isSkipAnswer(text, ctx)).toBe(true));

    it.each([
        'no preference, wherever they can help', 'anywhere', 'we have no preference', 'egal wo', 'wir haben keine Präferenz',
        'куда угодно, где помогут', 'у нас нет предпочтений', 'ما عندنا تفضيل، المهم العلاج'
    ])('%j has no preference', (text) => expect(isNoPreference(text, ctx)).toBe(true));
    it.each(['Germany, it does not matter which city', 'the preference is Germany'])('%j has a preference', (text) =>
        expect(isNoPreference(text, ctx)).toBe(false)
    );

    it.each(['no', 'nothing else', 'Nothing more.', 'nein danke', 'nichts weiter', 'нет', 'нечего добавить', 'لا شي', 'لأ'])(
        '%j says there is nothing to add',
        (text) => expect(isNothingAnswer(text, ctx)).toBe(true)
    );
    it.each(['no, but she is allergic to penicillin', 'no allergies', 'nichts gegen Schmerzen bisher'])('%j says something', (text) =>
        expect(isNothingAnswer(text, ctx)).toBe(false)
    );
});

describe('declinesContact', () => {
    it.each([
        'no email', "I don't have an email, please call", 'keine E-Mail, bitte anrufen', 'почты нет', 'у меня нет электронной почты',
        'ليس عندي بريد إلكتروني', 'معنديش إيميل',
        // The noun first, the negation after common words.
        'E-Mail hab ich leider keine', 'email I do not have', 'correo no tengo'
    ])('%j has no e-mail', (text) => expect(declinesContact(text, 'email', ctx)).toBe(true));
    it.each(['bitte nur per E-Mail, keine Telefonnummer', 'only by e-mail please', 'лучше по почте', 'ما بدي أعطي رقمي'])(
        '%j gives no phone',
        (text) => expect(declinesContact(text, 'phone', ctx)).toBe(true)
    );
    it.each([
        ['my email does not work with links', 'email'],
        ['email or phone, both fine', 'phone'],
        ['anna at example dot org', 'email']
    ] as const)('%j declines nothing', (text, kind) => expect(declinesContact(text, kind, ctx)).toBe(false));
});
