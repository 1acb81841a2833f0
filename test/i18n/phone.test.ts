import { describe, it } from 'vitest';
import { parsePhone } from '../../src/i18n/parsers';
import type { Locale } from '../../src/languages';
import { ctxFor, expectResult, no, type Expected } from './helpers';

// Synthetic numbers only (valid per libphonenumber, not anyone's line).
type Case = [input: string, defaultCountry: string | undefined, expected: Expected<string>];

const CASES: Record<Locale, Case[]> = {
    en: [
        // Read out digit by digit.
        ['my cell is two zero two five five five zero one four three', 'US', '+12025550143'],
        ['six one three five five five zero one four two', 'CA', '+16135550142'],
        ['+49 1512 3456789', undefined, '+4915123456789'],
        ['+4915123456789', undefined, '+4915123456789'],
        ['+1 202 555 0143', undefined, '+12025550143'],
        ['+1 (202) 555-0143', undefined, '+12025550143'],
        ['(202) 555-0143', 'US', '+12025550143'],
        ['my number is +44 20 7946 0958', undefined, '+442079460958'],
        ['+44 7911 123456', undefined, '+447911123456'],
        ['07911 123456', 'GB', '+447911123456'],
        ['0049 1512 3456789', undefined, '+4915123456789'],
        ['+971 50 123 4567', undefined, '+971501234567'],
        ['call me on +7 912 345-67-89 please', undefined, '+79123456789'],
        ['+49.1512.3456789', undefined, '+4915123456789'],
        ['Phone: +1-202-555-0143.', undefined, '+12025550143'],
        ['+1 202 555 0143 or +49 1512 3456789', undefined, no('ambiguous')],
        ['12345', undefined, no('invalid_phone')],
        ['202 555 0143', undefined, no('invalid_phone')],
        // Ranges newer than the metadata (or reserved, like this one) are kept when the length is possible.
        ['+44 7700 900123', undefined, '+447700900123'],
        ['07700 900555', 'GB', '+447700900555'],
        ['1 868 555 0193', 'TT', '+18685550193'],
        ['+44 7700 9001', undefined, no('invalid_phone')],
        ['no phone', undefined, no('invalid_phone')],
        ['', undefined, no('empty')]
    ],
    de: [
        ['null eins fünf eins, zwei drei vier, fünf sechs sieben acht', 'DE', '+491512345678'],
        ['+49 151 2345 6789', undefined, '+4915123456789'],
        ['0151 23456789', 'DE', '+4915123456789'],
        ['01512 3456789', 'de', '+4915123456789'],
        ['0049 151 23456789', undefined, '+4915123456789'],
        ['+49 (0)151 23456789', undefined, '+4915123456789'],
        ['030 12345678', 'DE', '+493012345678'],
        ['+49 30 12345678', undefined, '+493012345678'],
        ['Meine Nummer: +49 1512 3456789', undefined, '+4915123456789'],
        ['Handy 0151-2345-6789', 'DE', '+4915123456789'],
        ['+43 664 1234567', undefined, '+436641234567'],
        ['+41 79 123 45 67', undefined, '+41791234567'],
        ['+49 1512 3456789, danke', undefined, '+4915123456789'],
        ['+49/1512/3456789', undefined, '+4915123456789'],
        ['0151 23456789', undefined, no('invalid_phone')],
        ['+49 123', undefined, no('invalid_phone')],
        ['keine Nummer', undefined, no('invalid_phone')],
        ['', undefined, no('empty')]
    ],
    ru: [
        ['+7 912 345-67-89', undefined, '+79123456789'],
        ['8 (912) 345-67-89', 'RU', '+79123456789'],
        ['8 912 345 67 89', 'RU', '+79123456789'],
        ['89123456789', 'RU', '+79123456789'],
        ['+7 (912) 345 67 89', undefined, '+79123456789'],
        ['мой номер +7 912 345-67-89', undefined, '+79123456789'],
        ['тел.: +7-912-345-67-89', undefined, '+79123456789'],
        ['+7 701 234 5678', undefined, '+77012345678'],
        ['8 (701) 234-56-78', 'KZ', '+77012345678'],
        ['+375 29 123 45 67', undefined, '+375291234567'],
        ['+380 50 123 4567', undefined, '+380501234567'],
        ['+998 90 123 45 67', undefined, '+998901234567'],
        ['+7 912 345-67-89, звоните вечером', undefined, '+79123456789'],
        ['8 (912) 345-67-89', undefined, no('invalid_phone')],
        ['+7 000 000 00 00', undefined, no('invalid_phone')],
        ['нет телефона', undefined, no('invalid_phone')],
        ['', undefined, no('empty')]
    ],
    ar: [
        ['+٩٧١٥٠١٢٣٤٥٦٧', undefined, '+971501234567'],
        ['+971 50 123 4567', undefined, '+971501234567'],
        ['٠٥٠ ١٢٣ ٤٥٦٧', 'AE', '+971501234567'],
        ['050 123 4567', 'AE', '+971501234567'],
        ['٠٠٩٧١٥٠١٢٣٤٥٦٧', undefined, '+971501234567'],
        ['رقمي +971 50 123 4567', undefined, '+971501234567'],
        ['+966 50 123 4567', undefined, '+966501234567'],
        ['050 123 4567', 'SA', '+966501234567'],
        ['+962 7 9012 3456', undefined, '+962790123456'],
        ['+20 100 123 4567', undefined, '+201001234567'],
        ['+۹۷۱ ۵۰ ۱۲۳ ۴۵۶۷', undefined, '+971501234567'],
        ['+964 750 123 4567', undefined, '+9647501234567'],
        ['هاتفي: ٠٠٩٦٦٥٠١٢٣٤٥٦٧', undefined, '+966501234567'],
        ['١٢٣٤٥', undefined, no('invalid_phone')],
        ['050 123 4567', undefined, no('invalid_phone')],
        ['لا يوجد', undefined, no('invalid_phone')],
        ['', undefined, no('empty')]
    ],
    uk: [
        ['+380 50 123 4567', undefined, '+380501234567'],
        ['+38 (050) 123-45-67', undefined, '+380501234567'],
        ['050 123 45 67', 'UA', '+380501234567'],
        ['0501234567', 'UA', '+380501234567'],
        ['мій номер +380 67 123 45 67', undefined, '+380671234567'],
        ['+48 512 345 678', undefined, '+48512345678'],
        ['+380 50 123 4567, телефонуйте ввечері', undefined, '+380501234567'],
        ['050 123 45 67', undefined, no('invalid_phone')],
        ['телефону немає', undefined, no('invalid_phone')]
    ],
    pl: [
        ['+48 601 234 567', undefined, '+48601234567'],
        ['601 234 567', 'PL', '+48601234567'],
        ['601-234-567', 'PL', '+48601234567'],
        ['mój numer +48 601 234 567', undefined, '+48601234567'],
        ['tel. +48 601-234-567, proszę dzwonić wieczorem', undefined, '+48601234567'],
        ['0048 601 234 567', undefined, '+48601234567'],
        ['+380 50 123 4567', undefined, '+380501234567'],
        ['nie mam telefonu', undefined, no('invalid_phone')]
    ],
    ro: [
        ['+373 69 123 456', undefined, '+37369123456'],
        ['+40 721 234 567', undefined, '+40721234567'],
        ['0721 234 567', 'RO', '+40721234567'],
        ['069123456', 'MD', '+37369123456'],
        ['numărul meu e +40 (721) 234-567', undefined, '+40721234567'],
        ['0040 721 234 567', undefined, '+40721234567'],
        ['+40 721 234 567 sau +373 69 123 456', undefined, no('ambiguous')],
        ['nu am telefon', undefined, no('invalid_phone')]
    ],
    es: [
        ['+34 612 34 56 78', undefined, '+34612345678'],
        ['612 345 678', 'ES', '+34612345678'],
        ['0034 612 345 678', undefined, '+34612345678'],
        ['+52 55 1234 5678', undefined, '+525512345678'],
        ['+57 321 1234567', undefined, '+573211234567'],
        ['mi celular es +51 912 345 678', undefined, '+51912345678'],
        ['321 1234567', 'CO', '+573211234567'],
        ['+34 612 345 678, gracias', undefined, '+34612345678'],
        ['612 345 678', undefined, no('invalid_phone')],
        ['no tengo teléfono', undefined, no('invalid_phone')]
    ],
    fr: [
        ['+33 6 12 34 56 78', undefined, '+33612345678'],
        ['06 12 34 56 78', 'FR', '+33612345678'],
        ['06.12.34.56.78', 'FR', '+33612345678'],
        ['0033 6 12 34 56 78', undefined, '+33612345678'],
        ['+32 470 12 34 56', undefined, '+32470123456'],
        ['+213 661 23 45 67', undefined, '+213661234567'],
        ['0661 23 45 67', 'DZ', '+213661234567'],
        ['+212 6 12 34 56 78', undefined, '+212612345678'],
        ['+221 77 123 45 67', undefined, '+221771234567'],
        ['mon numéro : +33 6 12 34 56 78', undefined, '+33612345678'],
        ['portable 06 12 34 56 78 merci', 'FR', '+33612345678'],
        ['06 12 34 56 78', undefined, no('invalid_phone')],
        ['+33 12', undefined, no('invalid_phone')],
        ['pas de numéro', undefined, no('invalid_phone')]
    ],
    tr: [
        ['+90 532 123 45 67', undefined, '+905321234567'],
        ['0532 123 45 67', 'TR', '+905321234567'],
        ['0 (532) 123 45 67', 'TR', '+905321234567'],
        ['05321234567', 'TR', '+905321234567'],
        ['numaram +90 532 123 45 67', undefined, '+905321234567'],
        ['tel: +90-532-123-45-67, akşam arayın', undefined, '+905321234567'],
        ['+994 50 123 45 67', undefined, '+994501234567'],
        ['0532 123 45 67', undefined, no('invalid_phone')],
        ['telefonum yok', undefined, no('invalid_phone')],
        ['', undefined, no('empty')]
    ]
};

describe.each(Object.keys(CASES) as Locale[])('parsePhone (%s)', (locale) => {
    it.each(CASES[locale])('%j (default %s) → %j', (input, country, expected) =>
        expectResult(parsePhone(input, ctxFor(locale), country), expected)
    );
});
