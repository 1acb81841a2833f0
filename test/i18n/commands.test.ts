import { describe, expect, it } from 'vitest';
import { detectCommand, type Command } from '../../src/i18n/commands';
import type { Locale } from '../../src/languages';

const CASES: Record<Locale, [string, Command][]> = {
    en: [
        ['help', { kind: 'help' }],
        ['Help!', { kind: 'help' }],
        ['?', { kind: 'help' }],
        ['can you help me please', { kind: 'help' }],
        ['back', { kind: 'back' }],
        ['go back', { kind: 'back' }],
        ['restart', { kind: 'restart' }],
        ['Start over', { kind: 'restart' }],
        ['cancel', { kind: 'cancel' }],
        ['stop', { kind: 'cancel' }],
        ['STOP please', { kind: 'cancel' }],
        ['talk to a person', { kind: 'human' }],
        ['human', { kind: 'human' }],
        ['operator', { kind: 'human' }],
        ['agent please', { kind: 'human' }],
        ['I want to speak to someone', { kind: 'human' }],
        ['delete my data', { kind: 'delete' }],
        ['forget me', { kind: 'delete' }],
        ['Please erase my data', { kind: 'delete' }],
        ['change the birth date', { kind: 'change', target: 'birth date' }],
        ['change weight', { kind: 'change', target: 'weight' }],
        ['I want to change my email', { kind: 'change', target: 'email' }],
        ['change', { kind: 'change', target: '' }],
        ['language', { kind: 'languageMenu' }],
        ['change language', { kind: 'languageMenu' }],
        ['in English please', { kind: 'language', locale: 'en' }],
        ['Russian please', { kind: 'language', locale: 'ru' }]
    ],
    de: [
        ['Hilfe', { kind: 'help' }],
        ['hilfe bitte', { kind: 'help' }],
        ['zurück', { kind: 'back' }],
        ['Zurück bitte', { kind: 'back' }],
        ['von vorne', { kind: 'restart' }],
        ['neu starten', { kind: 'restart' }],
        ['abbrechen', { kind: 'cancel' }],
        ['Stopp', { kind: 'cancel' }],
        ['mit einem Menschen sprechen', { kind: 'human' }],
        ['Ich möchte mit einem Mitarbeiter sprechen', { kind: 'human' }],
        ['Mitarbeiter', { kind: 'human' }],
        ['meine Daten löschen', { kind: 'delete' }],
        ['Bitte löschen Sie meine Daten', { kind: 'delete' }],
        ['Gewicht ändern', { kind: 'change', target: 'gewicht' }],
        ['ändern Gewicht', { kind: 'change', target: 'gewicht' }],
        ['Geburtsdatum ändern', { kind: 'change', target: 'geburtsdatum' }],
        ['ich möchte das Gewicht ändern', { kind: 'change', target: 'gewicht' }],
        ['Sprache', { kind: 'languageMenu' }],
        ['Sprache ändern', { kind: 'languageMenu' }],
        ['auf Deutsch bitte', { kind: 'language', locale: 'de' }],
        ['Englisch', { kind: 'language', locale: 'en' }]
    ],
    ru: [
        ['помощь', { kind: 'help' }],
        ['помоги', { kind: 'help' }],
        ['Помогите пожалуйста', { kind: 'help' }],
        ['назад', { kind: 'back' }],
        ['вернуться назад', { kind: 'back' }],
        ['начать заново', { kind: 'restart' }],
        ['сначала', { kind: 'restart' }],
        ['отмена', { kind: 'cancel' }],
        ['отменить', { kind: 'cancel' }],
        ['стоп', { kind: 'cancel' }],
        ['оператор', { kind: 'human' }],
        ['живой человек', { kind: 'human' }],
        ['позовите человека', { kind: 'human' }],
        ['хочу поговорить с человеком', { kind: 'human' }],
        ['удалите мои данные', { kind: 'delete' }],
        ['удалить данные', { kind: 'delete' }],
        ['изменить вес', { kind: 'change', target: 'вес' }],
        ['поменять дату рождения', { kind: 'change', target: 'дату рождения' }],
        ['исправить имя', { kind: 'change', target: 'имя' }],
        ['хочу изменить ответ про вес', { kind: 'change', target: 'вес' }],
        ['язык', { kind: 'languageMenu' }],
        ['сменить язык', { kind: 'languageMenu' }],
        ['по-русски', { kind: 'language', locale: 'ru' }],
        ['на английском пожалуйста', { kind: 'language', locale: 'en' }]
    ],
    ar: [
        ['مساعدة', { kind: 'help' }],
        ['ساعدني', { kind: 'help' }],
        ['؟', { kind: 'help' }],
        ['رجوع', { kind: 'back' }],
        ['السؤال السابق', { kind: 'back' }],
        ['ابدأ من جديد', { kind: 'restart' }],
        ['من البداية', { kind: 'restart' }],
        ['إلغاء', { kind: 'cancel' }],
        ['الغاء', { kind: 'cancel' }],
        ['توقف', { kind: 'cancel' }],
        ['أريد التحدث مع شخص', { kind: 'human' }],
        ['موظف', { kind: 'human' }],
        ['موظف من فضلك', { kind: 'human' }],
        ['احذف بياناتي', { kind: 'delete' }],
        ['حذف بياناتي', { kind: 'delete' }],
        ['تغيير الوزن', { kind: 'change', target: 'الوزن' }],
        ['أريد تعديل تاريخ الميلاد', { kind: 'change', target: 'تاريخ الميلاد' }],
        ['اللغة', { kind: 'languageMenu' }],
        ['تغيير اللغة', { kind: 'languageMenu' }],
        ['العربية', { kind: 'language', locale: 'ar' }],
        ['بالإنجليزي من فضلك', { kind: 'language', locale: 'en' }]
    ]
};

describe.each(Object.keys(CASES) as Locale[])('detectCommand (%s)', (locale) => {
    it.each(CASES[locale])('%j → %j', (text, expected) => expect(detectCommand(text, locale)).toEqual(expected));
});

describe('detectCommand works whatever the conversation language', () => {
    it.each([
        ['назад', 'en', { kind: 'back' }],
        ['help', 'ru', { kind: 'help' }],
        ['إلغاء', 'de', { kind: 'cancel' }],
        ['Hilfe', 'ar', { kind: 'help' }]
    ] as [string, Locale, Command][])('%j in %s', (text, locale, expected) => expect(detectCommand(text, locale)).toEqual(expected));
});

describe('detectCommand leaves answers alone', () => {
    it.each([
        ['no, he was not in intensive care', 'en'],
        ['stop bleeding', 'en'],
        ['back pain', 'en'],
        ['he was back in hospital', 'en'],
        ['the doctor said to stop chemo', 'en'],
        ['yes', 'en'],
        ['no', 'en'],
        ['skip', 'en'],
        ["I don't know", 'en'],
        ['correct', 'en'],
        ['2', 'en'],
        ['ALL', 'en'],
        ['Anna', 'en'],
        ['we need help with the visa and the hospital costs in Germany', 'en'],
        ['there was a change in treatment after the relapse in March', 'en'],
        ['zurück nach Hause', 'de'],
        ['Er hatte Hilfe von der Oma', 'de'],
        ['nein', 'de'],
        ['назад в больницу не ложились', 'ru'],
        ['помощь нужна с визой и жильём в Германии надолго', 'ru'],
        ['нет', 'ru'],
        ['человек 5 в семье', 'ru'],
        ['غير معروف', 'ar'],
        ['لا', 'ar'],
        ['توقف العلاج بعد شهرين', 'ar'],
        ['', 'en']
    ] as [string, Locale][])('%j → undefined', (text, locale) => expect(detectCommand(text, locale)).toBeUndefined());
});
