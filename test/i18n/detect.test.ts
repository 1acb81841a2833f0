import { describe, expect, it } from 'vitest';
import { detectLanguage, detectLanguageSwitch } from '../../src/i18n/detect';
import type { Locale } from '../../src/languages';

describe('detectLanguage', () => {
    it.each([
        ['Hello, my son has leukemia', 'en'],
        ['What documents do you need?', 'en'],
        ['He was diagnosed in March', 'en'],
        ['Hallo, mein Sohn hat Leukämie', 'de'],
        ['Welche Unterlagen brauchen Sie?', 'de'],
        ['Größe', 'de'],
        ['Er ist seit zwei Wochen im Krankenhaus', 'de'],
        ['Здравствуйте, у сына лейкоз', 'ru'],
        ['да', 'ru'],
        ['Какие документы нужны?', 'ru'],
        ['مرحبا، ابني مصاب بسرطان الدم', 'ar'],
        ['نعم', 'ar'],
        ['ما هي الوثائق المطلوبة؟', 'ar'],
        ['ALL, ОЛЛ лимфобластный', 'ru'],
        ['Merhaba, oğlum lösemi', 'tr'],
        ['merhaba oglum losemi hastasi', 'tr'],
        ['Hangi belgeler gerekiyor?', 'tr'],
        ['hayır', 'tr'],
        ['Kızım iki haftadır hastanede', 'tr'],
        ['tedavi ne kadar sürer', 'tr'],
        ['İSTANBUL’DA YAŞIYORUZ', 'tr']
    ] as [string, Locale][])('%j → %s', (text, expected) => expect(detectLanguage(text)).toBe(expected));

    it.each(['ok', 'OK', '2', 'ALL', '23.5 kg', '👍', '', '   ', 'B', 'Anna', 'yes', 'CAR-T', '+49 1512 3456789', 'anna@example.org'])(
        '%j → undefined',
        (text) => expect(detectLanguage(text)).toBeUndefined()
    );
});

describe('detectLanguageSwitch', () => {
    it.each([
        ['по-русски', 'ru'],
        ['по русски', 'ru'],
        ['на русском', 'ru'],
        ['Русский', 'ru'],
        ['давайте на русском, пожалуйста', 'ru'],
        ['Russian please', 'ru'],
        ['Russisch', 'ru'],
        ['بالروسية', 'ru'],
        ['auf Deutsch bitte', 'de'],
        ['Deutsch', 'de'],
        ['German', 'de'],
        ['по-немецки', 'de'],
        ['English', 'en'],
        ['in English please', 'en'],
        ['englisch', 'en'],
        ['по-английски', 'en'],
        ['Can we speak English?', 'en'],
        ['change language to English', 'en'],
        ['بالإنجليزي', 'en'],
        ['العربية', 'ar'],
        ['عربي', 'ar'],
        ['Arabic', 'ar'],
        ['بالعربي من فضلك', 'ar'],
        ['Arabisch', 'ar'],
        ['на арабском', 'ar'],
        ['Türkçe', 'tr'],
        ['türkçe konuşalım lütfen', 'tr'],
        ['turkce yazabilir misiniz', 'tr'],
        ['Turkish please', 'tr'],
        ['auf Türkisch bitte', 'tr'],
        ['по-турецки', 'tr'],
        ['ingilizceye geçelim', 'en'],
        ['almanca lütfen', 'de']
    ] as [string, Locale][])('%j → %s', (text, expected) => expect(detectLanguageSwitch(text)).toBe(expected));

    it.each([
        'we speak Russian and English',
        'Russian and English',
        'my husband is Russian, I am German',
        'He goes to an English school in Berlin',
        'русский язык у него родной, но он учит немецкий',
        'I speak Russian and my wife speaks Arabic',
        'German doctors said it is ALL',
        'yes',
        'да',
        'ok',
        '',
        'language',
        'Sprache',
        'Türkçe ve İngilizce konuşuyoruz',
        'dil'
    ])('%j → undefined', (text) => expect(detectLanguageSwitch(text)).toBeUndefined());
});
