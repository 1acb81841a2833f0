import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/i18n/detect';
import { isLocale, languagePack, LOCALES, nounFormsAnyLanguage, romanize, type Locale } from '../../src/languages';

describe('language packs', () => {
    it('has one pack per language the bot speaks, Arabic right to left', () => {
        expect(LOCALES).toEqual(['en', 'de', 'ru', 'ar', 'uk', 'pl', 'ro', 'es', 'fr', 'tr']);
        expect(LOCALES.map((l) => languagePack(l).direction)).toEqual(['ltr', 'ltr', 'ltr', 'rtl', 'ltr', 'ltr', 'ltr', 'ltr', 'ltr', 'ltr']);
        expect(isLocale('it')).toBe(false);
    });

    it.each([
        ['en', 'transplants', 'transplantation'],
        ['en', 'relapsed', 'relapses'],
        ['de', 'Rückfälle', 'Rückfall'],
        ['de', 'Transplantationen', 'Transplantation'],
        ['ru', 'пересадки', 'пересадкой'],
        ['ru', 'рецидива', 'рецидивы'],
        ['ar', 'وزنها', 'وزن'],
        ['ar', 'الانتكاسات', 'انتكاسة'],
        ['uk', 'лейкемії', 'лейкемія'],
        ['uk', 'пересадки', 'пересадкою'],
        ['pl', 'przeszczepu', 'przeszczepem'],
        ['pl', 'wznowy', 'wznowie'],
        ['pl', 'bialaczki', 'bialaczke'],
        ['ro', 'transplantul', 'transplant'],
        ['ro', 'leucemia', 'leucemie'],
        ['tr', 'lösemiler', 'losemisi'],
        ['tr', 'çocuğumun', 'cocugum'],
        ['tr', 'tedavileri', 'tedavisi'],
        // "I am" glued on: "hastayım" (I am ill), "babasıyım" (I am his father).
        ['tr', 'hastayım', 'hasta'],
        ['tr', 'teyzesiyim', 'teyzesi']
    ] as [Locale, string, string][])('%s: the Snowball stemmer makes "%s" and "%s" meet', (locale, a, b) => {
        const { stem } = languagePack(locale);
        expect(stem(a.toLowerCase())).toBe(stem(b.toLowerCase()));
    });

    it('declines names and glues prepositions in the language of their script', () => {
        expect(nounFormsAnyLanguage(['германия']).map((f) => f.join(' '))).toContain('германии');
        expect(nounFormsAnyLanguage(['المانيا']).map((f) => f.join(' '))).toContain('بالمانيا');
        // Turkish glues case endings to any Latin name, as its parents write them ("Almanya'da", "Germany'de").
        expect(nounFormsAnyLanguage(['almanya']).map((f) => f.join(' '))).toEqual(expect.arrayContaining(['almanya', 'almanyada', 'almanyadan', 'almanyaya']));
        expect(nounFormsAnyLanguage(['guney', 'kore']).map((f) => f.join(' '))).toContain('guney korede');
        expect(nounFormsAnyLanguage(['germany'])[0]).toEqual(['germany']);
        expect(nounFormsAnyLanguage(['німеччина']).map((f) => f.join(' '))).toContain('німеччині');
        expect(nounFormsAnyLanguage(['польща']).map((f) => f.join(' '))).toContain('польщі');
        expect(nounFormsAnyLanguage(['велика', 'британія']).map((f) => f.join(' '))).toContain('великій британії');
        expect(nounFormsAnyLanguage(['polska']).map((f) => f.join(' '))).toEqual(expect.arrayContaining(['polski', 'polsce']));
        expect(nounFormsAnyLanguage(['korea', 'poludniowa']).map((f) => f.join(' '))).toContain('korea poludniowej');
        expect(nounFormsAnyLanguage(['germania']).map((f) => f.join(' '))).toContain('germaniei');
    });

    it('writes Russian in Latin letters the way parents type it', () => {
        expect(romanize('марта')).toBe('marta');
        expect(romanize('march')).toBe('march');
    });

    it('makes nationality words by each language\'s rule', () => {
        const made = (locale: Locale, country: string) => languagePack(locale).demonymsOf([country]).map((f) => f.form);
        expect(made('en', 'nigeria')).toContain('nigerian');
        expect(made('de', 'syrien')).toContain('syrisch');
        expect(made('ru', 'ливия')).toContain('ливийский');
        expect(languagePack('de').inflectDemonym('syrisch')).toContain('syrische');
        expect(made('uk', 'італія')).toContain('італійський');
        expect(languagePack('uk').inflectDemonym('український')).toContain('українка');
    });
});

describe('telling languages of one script apart', () => {
    it.each([
        ['my son needs help with the papers', 'en'],
        ['mein Sohn braucht Hilfe mit den Papieren', 'de'],
        ['sie hat seit gestern Fieber', 'de'],
        ['she has had a fever since yesterday', 'en'],
        ['у нього температура з учора', 'uk'],
        ['у него температура со вчера', 'ru']
    ] as [string, Locale][])('%j → %s', (text, expected) => expect(detectLanguage(text)).toBe(expected));

    it.each(['Anna', 'anna@example.org', 'ok', 'B-ALL', '23.5 kg', 'Blinatumomab'])('%j → undefined', (text) => expect(detectLanguage(text)).toBeUndefined());
});
