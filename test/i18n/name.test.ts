import { describe, expect, it } from 'vitest';
import { extractName, type FoundName, type NameRole } from '../../src/i18n/parsers';
import type { Locale } from '../../src/languages';
import { ctxFor, expectExtras, expectResult, no, type Expected, type Extras } from './helpers';

type Case = [role: NameRole, input: string, expected: Expected<FoundName>, extras?: Extras];

const child = (name: string): FoundName => ({ name });
const contact = (name: string, relationship?: FoundName['relationship']): FoundName => (relationship ? { name, relationship } : { name });

const CASES: Record<Locale, Case[]> = {
    en: [
        // A word inside another language's phrase is a name here ("lan" of French "l'an dernier", "tan" of Spanish "qué tan").
        ['contact', 'Lan Nguyen', contact('Lan Nguyen')],
        ['child', 'Tan Mei', child('Tan Mei')],
        ['child', 'her name is Mia', child('Mia')],
        ['child', 'His name is Tom.', child('Tom')],
        ['child', 'Mia', child('Mia')],
        ['child', 'Anna-Lena', child('Anna-Lena')],
        ['child', 'Maria Angelica', child('Maria Angelica')],
        // Typed all in small letters, a name is stored with capitals; with any capital, as written.
        ['child', 'mia', child('Mia')],
        ['child', 'anna-lena', child('Anna-Lena')],
        ['contact', 'rowan de vries', contact('Rowan de Vries')],
        ['child', 'DeShawn', child('DeShawn')],
        // A short form beside the full name: the full one, the short one noted.
        ['child', 'Liz, Elizabeth', child('Elizabeth'), { detail: 'Liz' }],
        ['child', 'Liz, officially Elizabeth', child('Elizabeth'), { detail: 'Liz' }],
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
        // After a particle comes a name, though "الله" is a word of "الله أعلم"; "علي" is a name, not "على".
        ['child', 'عبد الله', child('عبد الله')],
        ['child', 'يوسف علي', child('يوسف علي')],
        ['child', 'على طول', no('unrecognized')],
        ['contact', 'علي حسن', contact('علي حسن')],
        ['child', 'من سيطلع على الاسم؟', no('unrecognized')],
        ['child', 'ما بعرف', no('unrecognized')],
        ['contact', 'أنا والدتها، فاطمة', contact('فاطمة', 'mother')],
        ['contact', 'اسمي خالد العلي', contact('خالد العلي')],
        ['contact', 'حسن الأحمد، أبوه', contact('حسن الأحمد', 'father')],
        ['contact', 'سامي عودة', contact('سامي عودة')]
    ],
    uk: [
        ['child', 'Сонечка, по документах Софія', child('Софія'), { detail: 'Сонечка' }],
        ['child', 'Її звати Соломія', child('Соломія')],
        ['child', 'Його звати Тарас, йому 7', child('Тарас'), { detail: 'йому 7' }],
        ['child', 'Доньку звати Ярина', child('Ярина')],
        ['child', 'Богдан', child('Богдан')],
        ['child', 'навіщо вам ім\'я?', no('unrecognized')],
        ['child', 'не знаю', no('unrecognized')],
        ['contact', 'я мама, Олена Коваленко', contact('Олена Коваленко', 'mother')],
        ['contact', 'Андрій Шевчук, батько', contact('Андрій Шевчук', 'father')],
        ['contact', 'я бабуся, Галина Петрівна', contact('Галина Петрівна', 'other')]
    ],
    pl: [
        ['child', 'Ola, Aleksandra', child('Aleksandra'), { detail: 'Ola' }],
        ['child', 'Ma na imię Zosia', child('Zosia')],
        ['child', 'Córka ma na imię Hania', child('Hania')],
        ['child', 'Kuba, ma 7 lat', child('Kuba'), { detail: 'ma 7 lat' }],
        ['child', 'Małgorzata', child('Małgorzata')],
        ['child', 'po co wam imię?', no('unrecognized')],
        ['child', 'nie wiem', no('unrecognized')],
        ['contact', 'jestem mamą, Anna Kowalska', contact('Anna Kowalska', 'mother')],
        ['contact', 'Piotr Nowak, ojciec', contact('Piotr Nowak', 'father')],
        ['contact', 'jestem babcią, Krystyna Wiśniewska', contact('Krystyna Wiśniewska', 'other')]
    ],
    ro: [
        ['child', 'o cheamă Ioana', child('Ioana')],
        ['child', 'Ioana', child('Ioana')],
        ['child', 'Ana-Maria', child('Ana-Maria')],
        ['child', 'numele lui este Ștefan', child('Ștefan')],
        ['child', 'fiul meu Andrei, are 6 ani', child('Andrei'), { detail: 'are 6 ani' }],
        ['child', 'are 9 ani', no('unrecognized')],
        ['child', 'nu stiu', no('unrecognized')],
        ['contact', 'Sunt mama lui, Elena Rusu', contact('Elena Rusu', 'mother')],
        ['contact', 'Mihai Popescu, tatăl', contact('Mihai Popescu', 'father')],
        ['contact', 'Maria Ceban (bunica)', contact('Maria Ceban', 'other')],
        ['contact', 'Cristina Lungu', contact('Cristina Lungu')]
    ],
    es: [
        ['child', 'se llama Lucía', child('Lucía')],
        ['child', 'Mi hijo se llama Mateo', child('Mateo')],
        ['child', 'Valentina', child('Valentina')],
        ['child', 'María José', child('María José')],
        ['child', 'Juan Pablo de la Cruz', child('Juan Pablo de la Cruz')],
        ['child', 'Santiago, le decimos Santi', child('Santiago'), { detail: 'le decimos Santi' }],
        ['child', 'Sofía, tiene 7 años', child('Sofía'), { detail: 'tiene 7 años' }],
        ['child', '¿para qué quieren el nombre?', no('unrecognized')],
        ['child', 'no sé', no('unrecognized')],
        ['contact', 'soy la mamá, Carmen Rodríguez', contact('Carmen Rodríguez', 'mother')],
        ['contact', 'Me llamo Jorge Ramírez, soy el papá', contact('Jorge Ramírez', 'father')],
        ['contact', 'soy la abuela, Rosa Martínez', contact('Rosa Martínez', 'other')],
        ['contact', 'Ana Lucía Gómez', contact('Ana Lucía Gómez')]
    ],
    fr: [
        ['child', "Elle s'appelle Inès", child('Inès')],
        ['child', "il s'appelle Mamadou", child('Mamadou')],
        ['child', 'Yasmine, elle a 8 ans', child('Yasmine'), { detail: 'elle a 8 ans' }],
        ['child', "Notre fille s'appelle Marie-Claire", child('Marie-Claire')],
        ['child', 'son prénom est Adam', child('Adam')],
        ['child', "Mohamed, on l'appelle Momo", child('Mohamed'), { detail: "on l'appelle Momo" }],
        ['child', 'Qui va voir son prénom ?', no('unrecognized')],
        ['child', 'aucune idée', no('unrecognized')],
        ['contact', 'Je suis le père, Karim Haddad', contact('Karim Haddad', 'father')],
        ['contact', 'maman : Aïssatou Diallo', contact('Aïssatou Diallo', 'mother')],
        ['contact', 'je suis la grand-mère, Fatima Benali', contact('Fatima Benali', 'other')],
        ['contact', 'Jean de la Fontaine', contact('Jean de la Fontaine')]
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
