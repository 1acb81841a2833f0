import { describe, it } from 'vitest';
import { parseEmail } from '../../src/i18n/parsers';
import type { Locale } from '../../src/languages';
import { ctxFor, expectResult, no, type Expected } from './helpers';

// Example domains only (example.org/.com/.net are reserved for documentation).
const CASES: Record<Locale, [string, Expected<string>][]> = {
    en: [
        ['anna@example.org', 'anna@example.org'],
        ['  anna@example.org  ', 'anna@example.org'],
        ['my email is Anna.K@Example.org', 'Anna.K@example.org'],
        ['mailto:anna@example.org', 'anna@example.org'],
        ['<anna@EXAMPLE.ORG>', 'anna@example.org'],
        ['anna@example.org.', 'anna@example.org'],
        ['(anna+intake@example.co.uk)', 'anna+intake@example.co.uk'],
        ['anna_k-1@mail.example.com', 'anna_k-1@mail.example.com'],
        ['Email: ANNA@Example.Com, thanks', 'ANNA@example.com'],
        ['anna@example.org anna@example.org', 'anna@example.org'],
        ['anna＠example.org', 'anna@example.org'],
        ['anna.example.org', no('invalid_email')],
        ['anna@example', no('invalid_email')],
        ['anna @example.org', no('invalid_email')],
        ['anna@ example.org', no('invalid_email')],
        ['anna@@example.org', no('invalid_email')],
        ['anna@example..org', no('invalid_email')],
        ['a@example.org b@example.org', no('ambiguous')],
        ['', no('empty')]
    ],
    de: [
        ['max.mustermann@example.de', 'max.mustermann@example.de'],
        ['Meine E-Mail: Max@Example.DE', 'Max@example.de'],
        ['max@example.de bitte', 'max@example.de'],
        ['„max@example.de“', 'max@example.de'],
        ['mailto:max@example.de', 'max@example.de'],
        ['jürgen@example.de', 'jürgen@example.de'],
        ['max@müller.example', 'max@müller.example'],
        ['max@sub.example.de', 'max@sub.example.de'],
        ['max-1@example.de!', 'max-1@example.de'],
        ['max.@example.de', no('invalid_email')],
        ['.max@example.de', no('invalid_email')],
        ['max at example.de', no('invalid_email')],
        ['max@example.d', no('invalid_email')],
        ['max@-example.de', no('invalid_email')],
        ['keine', no('invalid_email')],
        ['', no('empty')]
    ],
    ru: [
        ['ivan@example.ru', 'ivan@example.ru'],
        ['мой email: Ivan.Petrov@Example.RU', 'Ivan.Petrov@example.ru'],
        ['ivan@example.ru, пишите', 'ivan@example.ru'],
        ['почта: ivan2010@example.com', 'ivan2010@example.com'],
        ['«ivan@example.ru»', 'ivan@example.ru'],
        ['ivan@пример.рф', 'ivan@пример.рф'],
        ['mailto:ivan@example.ru', 'ivan@example.ru'],
        ['ivan.petrov+clinic@example.org', 'ivan.petrov+clinic@example.org'],
        ['ivan@example.ru.', 'ivan@example.ru'],
        ['ivan@example', no('invalid_email')],
        ['ivan example.ru', no('invalid_email')],
        ['ivan@ example.ru', no('invalid_email')],
        ['ivan@example.ru.ru@', no('invalid_email')],
        ['нет почты', no('invalid_email')],
        ['ivan@example.ru и maria@example.ru', no('ambiguous')],
        ['', no('empty')]
    ],
    ar: [
        ['ahmad@example.com', 'ahmad@example.com'],
        ['بريدي Ahmad.Ali@Example.com', 'Ahmad.Ali@example.com'],
        ['ahmad@example.com، شكرا', 'ahmad@example.com'],
        ['البريد: ahmad2015@example.org', 'ahmad2015@example.org'],
        ['mailto:ahmad@example.com', 'ahmad@example.com'],
        ['ahmad@example.com.', 'ahmad@example.com'],
        ['ahmad.k@mail.example.ae', 'ahmad.k@mail.example.ae'],
        ['AHMAD@EXAMPLE.COM', 'AHMAD@example.com'],
        ['ahmad_1@example.net', 'ahmad_1@example.net'],
        ['ahmad@example', no('invalid_email')],
        ['ahmad.example.com', no('invalid_email')],
        ['ahmad @ example.com', no('invalid_email')],
        ['ahmad@@example.com', no('invalid_email')],
        ['لا يوجد', no('invalid_email')],
        ['a@example.com و b@example.com', no('ambiguous')],
        ['', no('empty')]
    ],
    tr: [
        ['ayse@example.com', 'ayse@example.com'],
        ['e-postam: Ayse.Yilmaz@Example.com', 'Ayse.Yilmaz@example.com'],
        ['mailim ayse1985@example.org, yazabilirsiniz', 'ayse1985@example.org'],
        ['ayse@example', no('invalid_email')],
        ['e-postam yok', no('invalid_email')],
        ['ayse@example.com ve mehmet@example.com', no('ambiguous')],
        ['', no('empty')]
    ]
};

describe.each(Object.keys(CASES) as Locale[])('parseEmail (%s)', (locale) => {
    it.each(CASES[locale])('%j → %j', (input, expected) => expectResult(parseEmail(input, ctxFor(locale)), expected));
});
