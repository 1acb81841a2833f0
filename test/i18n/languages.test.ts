import { describe, it } from 'vitest';
import { parseLanguages } from '../../src/i18n/parsers';
import type { Locale } from '../../src/languages';
import { ctxFor, expectResult, no, type Expected } from './helpers';

const CASES: Record<Locale, [string, Expected<string[]>][]> = {
    en: [
        ['English and Twi', ['en', 'tw']],
        ['English', ['en']],
        ['english', ['en']],
        ['Russian', ['ru']],
        ['Russian and English', ['ru', 'en']],
        ['Russian, English', ['ru', 'en']],
        ['we speak Russian and a little English', ['ru', 'en']],
        ['Arabic', ['ar']],
        ['German', ['de']],
        ['Ukrainian', ['uk']],
        ['Turkish', ['tr']],
        ['Kazakh', ['kk']],
        ['Farsi', ['fa']],
        ['Hebrew; English', ['he', 'en']],
        ['Engish', ['en']],
        ['Rusian', ['ru']],
        ['English, english', ['en']],
        ['Russian and Elvish', no('unknown_language')],
        ['Klingon', no('unknown_language')],
        ['French and isiZulu', ['fr', 'zu']],
        ['en (C1), fr (A2)', ['en', 'fr']],
        ['Span. and Engl.', ['es', 'en']],
        ['', no('empty')]
    ],
    de: [
        ['Deutsch und Türkçe', ['de', 'tr']],
        ['Deutsch', ['de']],
        ['deutsch und englisch', ['de', 'en']],
        ['Englisch', ['en']],
        ['Russisch', ['ru']],
        ['Arabisch', ['ar']],
        ['Türkisch', ['tr']],
        ['Ukrainisch, Russisch', ['uk', 'ru']],
        ['wir sprechen Deutsch', ['de']],
        ['auf Deutsch', ['de']],
        ['Französisch sowie Deutsch', ['fr', 'de']],
        ['Polnisch', ['pl']],
        ['Kurdisch', ['ku']],
        ['Persisch', ['fa']],
        ['Deutsh', ['de']],
        ['Deutsch und Elbisch', no('unknown_language')],
        ['', no('empty')]
    ],
    ru: [
        ['kazahskiy i russkiy', ['kk', 'ru']],
        ['рус и англ', ['ru', 'en']],
        ['немецкий, франц', ['de', 'fr']],
        ['русский', ['ru']],
        ['Русский', ['ru']],
        ['по-русски', ['ru']],
        ['на русском', ['ru']],
        ['русский и английский', ['ru', 'en']],
        ['русский, немного английский', ['ru', 'en']],
        ['немецкий', ['de']],
        ['по-немецки', ['de']],
        ['на английском', ['en']],
        ['украинский', ['uk']],
        ['казахский', ['kk']],
        ['арабский', ['ar']],
        ['говорим на русском и украинском', ['ru', 'uk']],
        ['иврит', ['he']],
        ['руский', ['ru']],
        ['русский и эльфийский', no('unknown_language')],
        ['', no('empty')]
    ],
    ar: [
        ['عربي وفرنساوي', ['ar', 'fr']],
        ['العربية', ['ar']],
        ['عربي', ['ar']],
        ['العربي', ['ar']],
        ['بالعربي', ['ar']],
        ['الإنجليزية', ['en']],
        ['الانجليزية', ['en']],
        ['إنجليزي', ['en']],
        ['العربية والإنجليزية', ['ar', 'en']],
        ['العربية، الفرنسية', ['ar', 'fr']],
        ['عربي و انجليزي', ['ar', 'en']],
        ['الروسية', ['ru']],
        ['الألمانية', ['de']],
        ['التركية', ['tr']],
        ['الكردية', ['ku']],
        ['فارسي', ['fa']],
        ['العربية ولغة الفضاء', no('unknown_language')],
        ['', no('empty')]
    ],
    tr: [
        ['Türkçe', ['tr']],
        ['türkçe ve ingilizce', ['tr', 'en']],
        ['turkce, biraz ingilizce', ['tr', 'en']],
        ['Kürtçe ve Türkçe', ['ku', 'tr']],
        ['Arapça', ['ar']],
        ['Almanca', ['de']],
        ['Rusça', ['ru']],
        ['azerice', ['az']],
        ['Türkçe ve elfçe', no('unknown_language')],
        ['', no('empty')]
    ]
};

describe.each(Object.keys(CASES) as Locale[])('parseLanguages (%s)', (locale) => {
    it.each(CASES[locale])('%j → %j', (input, expected) => expectResult(parseLanguages(input, ctxFor(locale)), expected));
});
