import { lazyPerLocale } from '../../i18n/parsers/lazy';
import { fold, normalizeText } from '../../i18n/parsers/text';
import { languagePack, packForWord, type Locale } from '../../languages';
import { Speller } from './speller';

/** A text reduced to what the index compares: stemmed content words and character n-grams. */
export interface Analysis {
    readonly words: readonly string[];
    readonly grams: readonly string[];
    /** Neighbouring stems joined ("side effect", "age limit"): word order carries meaning too. */
    readonly bigrams: readonly string[];
}

/** "ALL" in capitals is the leukemia, not the word "all": it gets a token of its own. */
const ALL_TOKEN = 'xall';
const ALL_UPPER = /(?<![\p{L}\p{N}])ALL(?![\p{L}\p{N}])/gu;
// Letters and digits; hyphens and apostrophes split ("car-t" was unified above), decimals stay whole.
const WORD = /[\p{L}\p{M}\p{N}_]+(?:[.,]\p{N}+)?/gu;

/** "CAR-T" as parents write it, in Latin or Cyrillic letters, with or without a hyphen. */
export const CAR_T_NAME = /(?<!\p{L})(car|кар)[\s-]?(t|т)(?!\p{L})/giu;

/** Spellings of the same medical name unified before tokenising ("CAR T", "CART", "кар-т" → "cart"). */
const CANONICAL: readonly [RegExp, string][] = [
    [CAR_T_NAME, ' cart '],
    [/كار\s?تي/gu, ' cart ']
];

function stem(key: string, lang: Locale): string {
    if (key === ALL_TOKEN) return key;
    if (/^\p{N}/u.test(key)) return key;
    return packForWord(key, lang).stem(key);
}

/** One canonical, lower-case, folded form of a whole text (cheaper than folding word by word). */
function prepare(text: string, lang: Locale): string {
    let out = text.replace(ALL_UPPER, ` ${ALL_TOKEN} `);
    for (const [pattern, replacement] of CANONICAL) out = out.replace(pattern, replacement);
    out = normalizeText(out);
    return fold(languagePack(lang).foldSpelling(out));
}

const stopwords = lazyPerLocale((lang): ReadonlySet<string> => new Set(languagePack(lang).stopwords.flatMap((w) => prepare(w, lang).match(WORD) ?? [])));

/** Character 3- and 4-grams of a word with boundary marks: typos and compounds still share most. */
export function charGrams(word: string): string[] {
    const padded = `^${word}$`;
    if (padded.length <= 4) return [padded];
    const grams: string[] = [];
    for (const n of [3, 4]) for (let i = 0; i + n <= padded.length; i++) grams.push(padded.slice(i, i + n));
    return grams;
}

/**
 * Content words of a text: folded, split at hyphens, misspellings corrected when a speller is
 * given, stopwords removed; "ALL" (the leukemia) kept.
 */
export function contentKeys(text: string, lang: Locale, speller?: Speller): string[] {
    const stop = stopwords(lang);
    const keys = prepare(text, lang).match(WORD) ?? [];
    return (speller ? keys.map((key) => speller.correct(key)) : keys).filter((key) => !stop.has(key));
}

/** A speller that knows every word of `texts` and the language's stopwords (so "plese" is dropped like "please"). */
export function spellerFor(texts: Iterable<string>, lang: Locale): Speller {
    const frequency = new Map<string, number>();
    for (const text of texts) for (const key of prepare(text, lang).match(WORD) ?? []) frequency.set(key, (frequency.get(key) ?? 0) + 1);
    for (const key of stopwords(lang)) frequency.set(key, (frequency.get(key) ?? 0) + 1);
    frequency.delete(ALL_TOKEN);
    return new Speller(frequency);
}

export function analyze(text: string, lang: Locale, speller?: Speller): Analysis {
    const keys = contentKeys(text, lang, speller);
    const words = keys.map((k) => stem(k, lang));
    // Where articles and prepositions are glued to the word (Arabic): n-grams of the stem, not of the token.
    const gramsOfStem = languagePack(lang).gluesClitics;
    const grams = keys.flatMap((k, i) => charGrams(gramsOfStem ? (words[i] ?? k) : k));
    const bigrams = words.slice(1).map((w, i) => `${words[i] ?? ''} ${w}`);
    return { words, grams, bigrams };
}
