import { describe, it } from 'vitest';
import { parseYesNo } from '../../src/i18n/parsers';
import type { Locale } from '../../src/languages';
import { ctxFor, expectResult, no, type Expected } from './helpers';

const CASES: Record<Locale, [string, Expected<boolean>][]> = {
    en: [
        ['yes', true],
        ['Yes!', true],
        ['yeah', true],
        ['y', true],
        ['YEP', true],
        ['ok', true],
        ['Sure, of course', true],
        ['yes he did', true],
        ['Yes, he had chemo in 2025', true],
        ['I think so', true],
        ['👍', true],
        ['no', false],
        ['nope', false],
        ['No, he did not.', false],
        ["he didn't", false],
        ['not yet', false],
        ['no problem', true],
        ['👎', false],
        // Was ambiguous: a doubt followed by a guess is the guess, noted as not sure (issue 12).
        ['not sure, maybe yes', true],
        ["I don't know", no('unrecognized')],
        ['no idea', no('unrecognized')],
        ['blue', no('unrecognized')],
        ['', no('empty')],
        ['   ', no('empty')]
    ],
    de: [
        ['ja', true],
        ['Ja.', true],
        ['jawohl', true],
        ['Jo', true],
        ['klar', true],
        ['natürlich', true],
        ['Ja, hat er', true],
        ['ja bitte', true],
        ['genau', true],
        ['ich glaube schon', true],
        ['nein', false],
        ['Nein, hatte er nicht', false],
        ['nee', false],
        ['noch nicht', false],
        ['leider nein', false],
        ['auf keinen Fall', false],
        ['ich glaube nicht', false],
        ['keine Ahnung', no('unrecognized')],
        ['vielleicht', no('unrecognized')],
        ['', no('empty')]
    ],
    ru: [
        ['да', true],
        ['Да!', true],
        ['ага', true],
        ['угу', true],
        ['конечно', true],
        ['да, было', true],
        ['было', true],
        ['да, делали в прошлом году', true],
        ['думаю да', true],
        ['нет', false],
        ['Нет, не было', false],
        ['не было', false],
        ['нет конечно', false],
        ['конечно нет', false],
        ['да нет', false],
        ['пока нет', false],
        ['не делали', false],
        ['ещё нет', false],
        ['не знаю', no('unrecognized')],
        ['хз', no('unrecognized')],
        ['может быть', no('unrecognized')],
        ['🙏', no('empty')]
    ],
    ar: [
        ['نعم', true],
        ['نعم.', true],
        ['أيوه', true],
        ['ايوه', true],
        ['أجل', true],
        ['طبعا', true],
        ['طبعاً', true],
        ['أكيد', true],
        ['نعم حصل', true],
        ['صحيح', true],
        ['تمام', true],
        ['لا مانع', true],
        ['لا', false],
        ['لا، لم يحصل', false],
        ['لأ', false],
        ['كلا', false],
        ['ليس بعد', false],
        ['لم يأخذ', false],
        ['لا أعرف', no('unrecognized')],
        ['مش عارف', no('unrecognized')],
        ['ربما', no('unrecognized')],
        ['', no('empty')]
    ],
    tr: [
        ['evet', true],
        ['Evet!', true],
        ['EVET', true],
        ['tabii ki', true],
        ['evet, aldı', true],
        ['aldı', true],
        ['evet geçen yıl yapıldı', true],
        ['sanırım evet', true],
        ['hayır', false],
        ['hayir', false],
        ['HAYIR', false],
        ['Hayır, almadı', false],
        ['yok', false],
        ['olmadı', false],
        ['henüz değil', false],
        ['bilmiyorum', no('unrecognized')],
        ['belki', no('unrecognized')],
        ['🙏', no('empty')]
    ]
};

describe.each(Object.keys(CASES) as Locale[])('parseYesNo (%s)', (locale) => {
    it.each(CASES[locale])('%j → %j', (input, expected) => expectResult(parseYesNo(input, ctxFor(locale)), expected));
});

describe('parseYesNo across languages', () => {
    it.each([
        ['ja', true],
        ['да', true],
        ['نعم', true],
        ['nein', false],
        ['нет', false],
        ['لا', false]
    ] as [string, boolean][])('%j is understood in an English conversation', (input, expected) =>
        expectResult(parseYesNo(input, ctxFor('en')), expected)
    );
});
