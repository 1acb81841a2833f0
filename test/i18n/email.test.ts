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
    uk: [
        ['olena@example.com.ua', 'olena@example.com.ua'],
        ['моя пошта: Olena.Kovalenko@Example.UA', 'Olena.Kovalenko@example.ua'],
        ['olena@example.org, пишіть', 'olena@example.org'],
        ['пошта: olena2010@example.com', 'olena2010@example.com'],
        ['«olena@example.org»', 'olena@example.org'],
        ['olena@example', no('invalid_email')],
        ['пошти немає', no('invalid_email')],
        ['olena@example.org і taras@example.org', no('ambiguous')]
    ],
    pl: [
        ['anna.kowalska@example.pl', 'anna.kowalska@example.pl'],
        ['mój mail: Anna.Kowalska@Example.PL', 'Anna.Kowalska@example.pl'],
        ['anna@example.pl, proszę pisać', 'anna@example.pl'],
        ['e-mail to anna2010@example.com', 'anna2010@example.com'],
        ['„anna@example.pl”', 'anna@example.pl'],
        ['anna@example', no('invalid_email')],
        ['nie mam maila', no('invalid_email')],
        ['anna@example.pl i marek@example.pl', no('ambiguous')]
    ],
    ro: [
        ['elena@example.org', 'elena@example.org'],
        ['adresa mea este Elena.Rusu@Example.org', 'Elena.Rusu@example.org'],
        ['mailul: ion_popescu@example.com, mersi', 'ion_popescu@example.com'],
        ['elena.example.org', no('invalid_email')],
        ['a@example.org sau b@example.org', no('ambiguous')]
    ],
    es: [
        ['lucia.garcia@example.es', 'lucia.garcia@example.es'],
        ['Mi correo es Lucia@Example.ES', 'Lucia@example.es'],
        ['mi email: jose.perez@example.com gracias', 'jose.perez@example.com'],
        ['«maria@example.org»', 'maria@example.org'],
        ['peña@example.mx', 'peña@example.mx'],
        ['lucia.@example.es', no('invalid_email')],
        ['lucia arroba example.es', no('invalid_email')],
        ['no tengo', no('invalid_email')]
    ],
    fr: [
        ['samira.benali@example.org', 'samira.benali@example.org'],
        ['Mon mail : Samira@Example.FR', 'Samira@example.fr'],
        ['mon adresse c’est karim.d@example.com merci', 'karim.d@example.com'],
        ['« ines@example.fr »', 'ines@example.fr'],
        ['hélène@example.fr', 'hélène@example.fr'],
        ['a.diallo@sub.example.sn', 'a.diallo@sub.example.sn'],
        ['karim arobase example.fr', no('invalid_email')],
        ['karim@example', no('invalid_email')],
        ['aucune', no('invalid_email')]
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
