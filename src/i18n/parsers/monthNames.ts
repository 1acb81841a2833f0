import { getLexicon } from '../lexicon';
import { arabicVariants } from './arabic';
import { lazy } from './lazy';
import { russianCaseForms } from './russian';
import { cyrillicToLatin } from './translit';
import { keysOf } from './tokenize';
import { LOCALES, type Locale } from './types';

/** Month names as CLDR writes them in one locale: long and short, standalone ("март") and in a date ("3 марта"). */
function cldrMonths(locale: string): string[][] {
    const months: string[][] = Array.from({ length: 12 }, () => []);
    for (const month of ['long', 'short'] as const) {
        const alone = new Intl.DateTimeFormat(`${locale}-u-ca-gregory`, { month, timeZone: 'UTC' });
        const inDate = new Intl.DateTimeFormat(`${locale}-u-ca-gregory`, { month, day: 'numeric', timeZone: 'UTC' });
        for (let m = 0; m < 12; m++) {
            const date = new Date(Date.UTC(2020, m, 15));
            months[m]?.push(alone.format(date), inDate.formatToParts(date).find((p) => p.type === 'month')?.value ?? '');
        }
    }
    return months;
}

/** Levantine and Egyptian speech says ت for ث: "كانون التاني", "تشرين التاني". */
const spokenArabic = (keys: readonly string[]): string[][] => (keys.some((k) => k.includes('ث')) ? [[...keys], keys.map((k) => k.replaceAll('ث', 'ت'))] : [[...keys]]);

/** Russian typed in Latin letters: "3 marta", "Mart 2016". */
const latinRussian = (keys: readonly string[]): string[][] =>
    keys.every((k) => /^\p{Script=Cyrillic}+$/u.test(k)) ? [[...keys], keys.map(cyrillicToLatin)] : [[...keys]];

/** One name's written variants: Russian case forms ("в марте") also in Latin letters, Arabic glued prepositions ("بأيلول"). */
function variants(name: string): string[][] {
    return russianCaseForms(keysOf(name))
        .flatMap(latinRussian)
        .flatMap(spokenArabic)
        .flatMap(arabicVariants)
        .filter((keys) => keys.length > 0);
}

/**
 * Month names of one language as folded keys, January first: CLDR's for the language and for its
 * regions (ar-SY "أيلول", ar-MA "شتنبر", ar-DZ "جانفي", de-AT "Jänner"), their case forms and
 * prefixes, and the lexicon's own additions (abbreviations, colloquial forms).
 */
export function monthNamesOf(locale: Locale): string[][][] {
    const lexicon = getLexicon(locale);
    const sources = [locale, ...lexicon.monthRegions.map((region) => `${locale}-${region}`)].map(cldrMonths);
    return Array.from({ length: 12 }, (_, m) => {
        const names = [...sources.flatMap((s) => s[m] ?? []), ...(lexicon.months[m] ?? [])];
        const seen = new Map<string, string[]>();
        for (const keys of names.flatMap(variants)) seen.set(keys.join(' '), keys);
        return [...seen.values()];
    });
}

/** Every language's month names, January first. */
export const allMonthNames = lazy(() => LOCALES.map(monthNamesOf));
