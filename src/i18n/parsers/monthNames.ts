import { getLexicon } from '../lexicon';
import { lazy } from './lazy';
import { keyOf, keysOf } from './tokenize';
import { languagePack, LOCALES, nounFormsAnyLanguage, romanizeAll, spokenFormsAnyLanguage, type Locale } from '../../languages';

/** Month names as CLDR writes them in one locale: long and short, standalone ("март") and in a date ("3 марта"). */
function cldrMonths(locale: string, widths: readonly ('long' | 'short')[] = ['long', 'short']): string[][] {
    const months: string[][] = Array.from({ length: 12 }, () => []);
    for (const month of widths) {
        const alone = new Intl.DateTimeFormat(`${locale}-u-ca-gregory`, { month, timeZone: 'UTC' });
        const inDate = new Intl.DateTimeFormat(`${locale}-u-ca-gregory`, { month, day: 'numeric', timeZone: 'UTC' });
        for (let m = 0; m < 12; m++) {
            const date = new Date(Date.UTC(2020, m, 15));
            months[m]?.push(alone.format(date), inDate.formatToParts(date).find((p) => p.type === 'month')?.value ?? '');
        }
    }
    return months;
}

/** A name in a non-Latin script also as parents type it in Latin letters, by each language's habit: "3 marta", "3 bereznia", "Mart 2016". */
const withLatin = (keys: readonly string[]): string[][] => {
    const schemes = keys.map(romanizeAll);
    const forms = new Map([[keys.join(' '), [...keys]]]);
    for (let i = 0; i < Math.max(...schemes.map((s) => s.length)); i++) {
        const form = schemes.map((s, w) => s[i] ?? s[0] ?? keys[w] ?? '');
        forms.set(form.join(' '), form);
    }
    return [...forms.values()];
};

/** One name's written variants: as spoken ("كانون التاني"), case forms ("в марте") also in Latin letters, glued prepositions ("بأيلول"). */
function variants(name: string): string[][] {
    return spokenFormsAnyLanguage(keysOf(name))
        .flatMap(nounFormsAnyLanguage)
        .flatMap(withLatin)
        .filter((keys) => keys.length > 0);
}

/**
 * Month names of one language as folded keys, January first: CLDR's for the language and for its
 * regions (ar-SY "أيلول", ar-MA "شتنبر", ar-DZ "جانفي", de-AT "Jänner"), their case forms and
 * prefixes, and the lexicon's own additions (abbreviations, colloquial forms).
 */
export function monthNamesOf(locale: Locale): string[][][] {
    const lexicon = getLexicon(locale);
    const sources = [locale, ...lexicon.monthRegions.map((region) => `${locale}-${region}`)].map((tag) => cldrMonths(tag));
    // A short name that is also one of the language's function words is no month ("sie" for sierpień, "się").
    const stopwords = new Set(languagePack(locale).stopwords.map(keyOf));
    return Array.from({ length: 12 }, (_, m) => {
        const names = [...sources.flatMap((s) => s[m] ?? []).filter((name) => !stopwords.has(keyOf(name))), ...(lexicon.months[m] ?? [])];
        const seen = new Map<string, string[]>();
        for (const keys of names.flatMap(variants)) seen.set(keys.join(' '), keys);
        return [...seen.values()];
    });
}

/**
 * Languages families also write dates in, though the bot does not speak them yet ("mars 2025",
 * "3 Mart 2016", "3 marca 2016"): CLDR's long names only, since short ones ("out.", "sept") are
 * words elsewhere. Those the bot speaks are read with all their forms above.
 */
const ALSO_WRITTEN = ['it', 'pt', 'nl'] as const;

/** Every language's month names, January first. */
export const allMonthNames = lazy(() => [
    ...LOCALES.map(monthNamesOf),
    ...ALSO_WRITTEN.map((locale) => cldrMonths(locale, ['long']).map((names) => [...new Set(names.map((n) => n.toLowerCase()))].flatMap((n) => withLatin(keysOf(n)))))
]);
