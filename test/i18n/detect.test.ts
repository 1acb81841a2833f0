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
        ['Добрий день, у сина лейкоз', 'uk'],
        ['так', 'uk'],
        ['ні', 'uk'],
        ['дякую', 'uk'],
        ['Які документи потрібні?', 'uk'],
        ['скільки коштує лікування', 'uk'],
        ['сколько стоит лечение', 'ru'],
        ['нет', 'ru'],
        ['спасибо', 'ru'],
        ['ГЛЛ, лімфобластний', 'uk'],
        ['у доньки рецидив', 'uk'],
        ['у дочки рецидив', 'ru'],
        ['Dzień dobry, mój syn ma białaczkę', 'pl'],
        ['Dzien dobry, moj syn ma bialaczke', 'pl'],
        ['Jakie dokumenty są potrzebne?', 'pl'],
        ['Ile kosztuje leczenie w Niemczech?', 'pl'],
        ['Córka jest w szpitalu od dwóch tygodni', 'pl'],
        ['zdiagnozowali w marcu', 'pl'],
        ['gorączka', 'pl'],
        ['nie wiem, nie pamiętam', 'pl'],
        ['Bună ziua, fiul meu are leucemie', 'ro'],
        ['Buna ziua, fiul meu are leucemie', 'ro'],
        ['ce acte trebuie sa trimit?', 'ro'],
        ['a fost diagnosticată în martie', 'ro'],
        ['e în spital de două săptămâni', 'ro'],
        ['fetița mea', 'ro'],
        ['cât costă transplantul', 'ro'],
        ['nu stiu exact', 'ro'],
        ['mulțumesc', 'ro'],
        ['Hola, mi hijo tiene leucemia', 'es'],
        ['¿Qué documentos necesitan?', 'es'],
        ['Le diagnosticaron en marzo', 'es'],
        ['mi hija está en el hospital desde hace dos semanas', 'es'],
        ['niña', 'es'],
        ['¿Cuánto cuesta?', 'es'],
        ['no sé, creo que no', 'es'],
        ['tiene fiebre desde ayer', 'es'],
        ['la quimio terminó el año pasado', 'es'],
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
        ['po polsku', 'pl'],
        ['proszę po polsku', 'pl'],
        ['możemy rozmawiać po polsku?', 'pl'],
        ['Polish please', 'pl'],
        ['Polnisch', 'pl'],
        ['по-польски', 'pl'],
        ['în română vă rog', 'ro'],
        ['romaneste', 'ro'],
        ['Romanian please', 'ro'],
        ['по-румынски', 'ro'],
        ['pe rusește, vă rog', 'ru'],
        ['in engleza', 'en'],
        ['en español', 'es'],
        ['español por favor', 'es'],
        ['castellano', 'es'],
        ['Spanish please', 'es'],
        ['Spanisch', 'es'],
        ['по-испански', 'es'],
        ['بالإسبانية', 'es'],
        ['en inglés por favor', 'en'],
        ['hábleme en ruso', 'ru'],
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
        'mówimy po polsku i po angielsku',
        'język',
        'vorbim romana si rusa',
        'limba',
        'hablamos español e inglés',
        'su papá es alemán',
        'idioma',
        'Türkçe ve İngilizce konuşuyoruz',
        'dil'
    ])('%j → undefined', (text) => expect(detectLanguageSwitch(text)).toBeUndefined());
});

describe('French among the Latin-script languages', () => {
    it.each([
        ['Bonjour, mon fils a une leucémie', 'fr'],
        ['Quels documents faut-il envoyer ?', 'fr'],
        ["il est à l'hôpital depuis deux semaines", 'fr'],
        ['elle est très fatiguée', 'fr'],
        ['bonjour ma fille a une lal depuis mars', 'fr'],
        ["c'est combien le traitement en allemagne", 'fr'],
        ['je sais pas', 'fr'],
        ['Hello, my son is in hospital', 'en'],
        ['Mein Sohn ist im Krankenhaus', 'de']
    ] as [string, Locale][])('%j → %s', (text, expected) => expect(detectLanguage(text)).toBe(expected));

    // Spanish, Italian, Portuguese and Romanian are close to French but not spoken by the bot: never taken for French.
    it.each([
        'Hola, mi hijo tiene leucemia y necesito ayuda',
        'Buongiorno, mio figlio ha la leucemia',
        'Olá, meu filho tem leucemia',
        'Bună ziua, fiul meu are leucemie'
    ])('%j is not French', (text) => expect(detectLanguage(text)).not.toBe('fr'));

    it.each([
        ['en français svp', 'fr'],
        ['français', 'fr'],
        ['French please', 'fr'],
        ['auf Französisch bitte', 'fr'],
        ['по-французски', 'fr'],
        ['بالفرنسية', 'fr'],
        ['en anglais', 'en'],
        ['en arabe svp', 'ar']
    ] as [string, Locale][])('switch %j → %s', (text, expected) => expect(detectLanguageSwitch(text)).toBe(expected));

    it.each(['on parle français et arabe', 'mon mari est français', 'oui'])('%j is no switch', (text) => expect(detectLanguageSwitch(text)).toBeUndefined());
});
