import { describe, expect, it } from 'vitest';
import { isDoneAnswer, isNoPreference, isSameAnswer, isSkipAnswer, isUnknownAnswer } from '../../src/i18n/parsers';
import { ctxFor } from './helpers';

const ctx = ctxFor('en');

describe('isUnknownAnswer', () => {
    it.each([
        "I don't know", 'dont know', 'I do not know.', 'not sure', "I'm not sure, sorry", 'no idea', 'idk', 'Dunno',
        'keine Ahnung', 'weiß nicht', 'Weiss nicht', 'ich weiß es nicht', 'не знаю', 'Не знаю...', 'хз', 'не уверена',
        'لا أعرف', 'لا اعرف', 'مش عارف', 'مش عارفة', 'غير متأكد'
    ])('%j is unknown', (text) => expect(isUnknownAnswer(text, ctx)).toBe(true));
    it.each(['no', 'yes', 'I know', "I don't know if it was ALL", 'не знаю точно, кажется ОЛЛ', 'ALL', '', 'лейкоз', 'لا'])(
        '%j is not unknown',
        (text) => expect(isUnknownAnswer(text, ctx)).toBe(false)
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
    it.each(['no preference', 'any', 'Any country', "doesn't matter", 'egal', 'ist mir egal', 'неважно', 'любая', 'без разницы', 'لا يهم', 'أي دولة'])(
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
