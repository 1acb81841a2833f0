import { describe, expect, it } from 'vitest';
import { extractName, type FoundName, type NameRole } from '../../src/i18n/parsers';
import type { Locale } from '../../src/languages';
import { ctxFor, expectExtras, expectResult, no, type Expected, type Extras } from './helpers';

type Case = [role: NameRole, input: string, expected: Expected<FoundName>, extras?: Extras];

const child = (name: string): FoundName => ({ name });
const contact = (name: string, relationship?: FoundName['relationship']): FoundName => (relationship ? { name, relationship } : { name });

const CASES: Record<Locale, Case[]> = {
    en: [
        ['child', 'her name is Mia', child('Mia')],
        ['child', 'His name is Tom.', child('Tom')],
        ['child', 'Mia', child('Mia')],
        ['child', 'Anna-Lena', child('Anna-Lena')],
        ['child', 'Maria Angelica', child('Maria Angelica')],
        ['child', 'mia', child('mia')],
        ['child', 'J. K.', child('J. K.')],
        ['child', 'Anna K.', child('Anna K.')],
        ['child', 'our son is called Leo, he is 6', child('Leo'), { detail: 'he is 6' }],
        ['child', 'her name is Beatrice but we call her Bea', child('Beatrice'), { detail: 'we call her Bea' }],
        ['child', 'we call her Ada', child('Ada'), { detail: 'we call her Ada' }],
        ['child', 'Her name is May', child('May')],
        ['child', 'my daughter Zoe, thanks', child('Zoe')],
        ['child', 'Rowan de Vries', child('Rowan de Vries')],
        ['child', 'what will you do with her name?', no('unrecognized')],
        ['child', 'she is 9 years old', no('unrecognized')],
        ['child', 'yes', no('unrecognized')],
        ['child', "I don't know", no('unrecognized')],
        ['child', 'help', no('unrecognized')],
        ['child', '  ', no('empty')],
        ['contact', 'I am her mother, Aigerim Nurlanovna', contact('Aigerim Nurlanovna', 'mother')],
        ['contact', "I'm Daniel, his dad", contact('Daniel', 'father')],
        ['contact', 'Grace Okafor (grandmother)', contact('Grace Okafor', 'other')],
        ['contact', "I'm his uncle and legal guardian, Tariq Aziz", contact('Tariq Aziz', 'legal_guardian')],
        ['contact', 'Priya Raman', contact('Priya Raman')],
        ['contact', 'I am the mother', no('unrecognized')]
    ],
    de: [
        ['child', 'Sie heißt Lena', child('Lena')],
        ['child', 'Er heißt Jonas', child('Jonas')],
        ['child', 'Lena, sie ist 8', child('Lena'), { detail: 'sie ist 8' }],
        ['child', 'Unsere Tochter heißt Marie-Luise', child('Marie-Luise')],
        ['child', 'Ida heißt sie', child('Ida')],
        ['child', 'Maximilian, wir nennen ihn Max', child('Maximilian'), { detail: 'wir nennen ihn Max' }],
        ['child', 'Wer bekommt den Namen zu sehen?', no('unrecognized')],
        ['child', 'keine Ahnung', no('unrecognized')],
        ['contact', 'Ich bin der Vater, Markus Weber', contact('Markus Weber', 'father')],
        ['contact', 'Mutter: Sabine Krämer', contact('Sabine Krämer', 'mother')],
        ['contact', 'Ich bin die Oma, Hildegard Maier', contact('Hildegard Maier', 'other')],
        ['contact', 'Jana von Berg', contact('Jana von Berg')]
    ],
    ru: [
        ['child', 'Её зовут Алиса', child('Алиса')],
        ['child', 'Его зовут Миша, ему 7', child('Миша'), { detail: 'ему 7' }],
        ['child', 'Дочку зовут Ксения', child('Ксения')],
        ['child', 'Елизавета, дома Лиза', child('Елизавета'), { detail: 'дома Лиза' }],
        ['child', 'Тимофей', child('Тимофей')],
        ['child', 'зачем вам имя?', no('unrecognized')],
        ['child', 'не знаю', no('unrecognized')],
        ['contact', 'я мама, Ольга Иванова', contact('Ольга Иванова', 'mother')],
        ['contact', 'Пётр Сидоров, отец', contact('Пётр Сидоров', 'father')],
        ['contact', 'я бабушка, Нина Петровна', contact('Нина Петровна', 'other')]
    ],
    ar: [
        ['child', 'اسمها ليلى', child('ليلى')],
        ['child', 'اسمه عمر', child('عمر')],
        ['child', 'بنتي اسمها نور وعمرها ٦ سنين', child('نور')],
        ['child', 'سلمى', child('سلمى')],
        ['child', 'عبد الرحمن', child('عبد الرحمن')],
        ['child', 'من سيطلع على الاسم؟', no('unrecognized')],
        ['child', 'ما بعرف', no('unrecognized')],
        ['contact', 'أنا والدتها، فاطمة', contact('فاطمة', 'mother')],
        ['contact', 'اسمي خالد العلي', contact('خالد العلي')],
        ['contact', 'حسن الأحمد، أبوه', contact('حسن الأحمد', 'father')],
        ['contact', 'سامي عودة', contact('سامي عودة')]
    ],
    tr: [
        ['child', 'Adı Elif', child('Elif')],
        ['child', 'Kızımın adı Zeynep', child('Zeynep')],
        ['child', 'Oğlumun adı Mehmet Ali', child('Mehmet Ali')],
        ['child', 'Yusuf', child('Yusuf')],
        ['child', 'İREM', child('İREM')],
        ['child', 'adını neden soruyorsunuz?', no('unrecognized')],
        ['child', 'bilmiyorum', no('unrecognized')],
        ['contact', 'annesiyim, Ayşe Yılmaz', contact('Ayşe Yılmaz', 'mother')],
        ['contact', 'Mustafa Demir, babası', contact('Mustafa Demir', 'father')],
        ['contact', 'anneannesiyim, Fatma Kaya', contact('Fatma Kaya', 'other')]
    ]
};

describe.each(Object.keys(CASES) as Locale[])('extractName (%s)', (locale) => {
    it.each(CASES[locale])('[%s] %j → %j', (role, input, expected, extras) => {
        const result = extractName(input, ctxFor(locale), role);
        expectResult(result, expected);
        if (extras) expectExtras(result, extras);
    });
});

describe('extractName limits', () => {
    it('refuses a child name longer than the field allows', () =>
        expectResult(extractName(`her name is ${'A'.repeat(61)}`, ctxFor('en'), 'child'), no('too_long')));
    it('keeps no relationship for the child', () => {
        const result = extractName('I am her mother, Aigerim', ctxFor('en'), 'child');
        expect(result).toEqual({ ok: true, value: { name: 'Aigerim' } });
    });
});
