import { allLexicons, getLexicon } from './lexicon';
import { lazy } from './parsers/lazy';
import { PhraseDict } from './parsers/phrases';
import { ngramDetector } from './ngrams';
import { keyOf, tokenize } from './parsers/tokenize';
import { languagePack, letterCounts, LOCALES, localesWriting, type Locale, type Script } from '../languages';

let subsetSet = false;

/** Addresses and numbers say nothing about the language ("anna@example.org", "23.5 kg"). */
export const NOT_WORDS = /\S+@\S+|https?:\/\/\S+|[\p{N}.,:/+-]+/gu;
const MIN_LETTERS = 4;
const MIN_WORDS_FOR_NGRAMS = 2;

/** The script most of the letters are in, when it is clearly one (two letters suffice). */
function dominantScript(text: string): { script: Script; letters: number } | undefined {
    const counts = letterCounts(text);
    const total = counts.reduce((n, c) => n + c.letters, 0);
    const top = counts.sort((a, b) => b.letters - a.letters)[0];
    return top && top.letters >= 2 && top.letters > total - top.letters ? top : undefined;
}

/** Each language's short replies ("да", "так", "дякую"): answers and polite words, as folded phrases. */
const replyWords = lazy(() => new Map(LOCALES.map((locale) => {
    const lexicon = getLexicon(locale);
    return [locale, new Set([...Object.values(lexicon.answers).flat(), ...lexicon.polite].map(keyOf))] as const;
})));

/**
 * A reply of one or two words in a script several of the bot's languages share, found among the
 * short replies of exactly one of them ("да" Russian, "так" Ukrainian). Not for Latin letters:
 * "yes" and "ok" are typed by parents of every language.
 */
function replyLanguage(words: string, script: Script, candidates: readonly Locale[]): Locale | undefined {
    if (script === 'Latin' || candidates.length < 2) return undefined;
    const key = keyOf(words);
    if (key === '' || key.split(' ').length > 2) return undefined;
    const owners = candidates.filter((l) => replyWords().get(l)?.has(key));
    return owners.length === 1 ? owners[0] : undefined;
}

/**
 * The language a message is written in, when it is clear: a script only one of the bot's
 * languages uses decides outright; among languages of one script, letters only one of them has
 * ("ä", "ß"), then the n-gram detector when it is sure and the message has two words or more.
 * Undefined for "ok", "2", "ALL", names and other short or mixed messages.
 */
export function detectLanguage(text: string): Locale | undefined {
    const words = text.replace(NOT_WORDS, ' ');
    const dominant = dominantScript(words);
    if (!dominant) return undefined;
    const candidates = localesWriting(dominant.script);
    if (candidates.length === 1) return candidates[0];
    const reply = replyLanguage(words, dominant.script, candidates);
    if (reply) return reply;
    if (dominant.letters < MIN_LETTERS && !candidates.some((l) => languagePack(l).distinctiveLetters?.test(words))) return undefined;
    const lower = words.toLowerCase();
    const lettered = candidates.filter((l) => languagePack(l).distinctiveLetters?.test(lower));
    if (lettered.length === 1) return lettered[0];
    // A letter two languages have ("ö", "ü" in German and Turkish) decides nothing; one only one of them has does.
    const hasOwn = (l: Locale) => [...lower].some((c) => languagePack(l).distinctiveLetters?.test(c) && lettered.every((o) => o === l || !languagePack(o).distinctiveLetters?.test(c)));
    const own = lettered.filter(hasOwn);
    if (own.length === 1) return own[0];
    const pool = lettered.length > 1 ? lettered : candidates;
    const eld = ngramDetector();
    if (!eld) throw new Error('detectLanguage(): call loadLanguageDetector() first');
    if (tokenize(words).length < MIN_WORDS_FOR_NGRAMS) return undefined;
    // Only the bot's languages compete; eld keeps the subset once set.
    if (!subsetSet) {
        eld.setLanguageSubset([...LOCALES]);
        subsetSet = true;
    }
    const result = eld.detect(words);
    if (!result.isReliable()) return byCommonWords(words, pool);
    const scores = result.getScores();
    const [best, second] = pool.map((l) => ({ l, score: scores[l] ?? 0 })).sort((a, b) => b.score - a.score);
    return best && best.score > 0 && best.score > (second?.score ?? 0) ? best.l : undefined;
}

const commonWordSets = lazy(() => new Map(LOCALES.map((l) => [l, new Set(getLexicon(l).stopwords.flatMap((w) => tokenize(w).map((t) => t.key)))])));
const MIN_COMMON_WORDS = 2;

/**
 * When the n-grams are unsure (Turkish typed without its letters: "merhaba oglum losemi
 * hastasi"), the language two or more of whose frequent words the message has, and more than any other.
 */
function byCommonWords(text: string, pool: readonly Locale[]): Locale | undefined {
    const keys = tokenize(text).map((t) => t.key);
    const sets = commonWordSets();
    const [best, second] = pool.map((l) => ({ l, n: keys.filter((k) => sets.get(l)?.has(k)).length })).sort((a, b) => b.n - a.n);
    return best && best.n >= MIN_COMMON_WORDS && best.n > (second?.n ?? 0) ? best.l : undefined;
}

const switchIndex = lazy(() => {
    const names = new PhraseDict<Locale>();
    const fillers = new PhraseDict<true>();
    for (const lexicon of allLexicons()) {
        for (const locale of LOCALES) names.addAll(lexicon.languageSwitch.names[locale], locale);
        fillers.addAll(lexicon.languageSwitch.fillers, true);
        fillers.addAll(lexicon.polite, true);
    }
    return { names, fillers };
});

export const MAX_SWITCH_WORDS = 5;

/**
 * An explicit request to talk in one of the bot's languages: "по-русски", "in English please",
 * "auf Deutsch bitte", "العربية". The message must be essentially the request: at most five
 * words, exactly one language named, every other word a filler ("please", "speak", "in").
 */
export function detectLanguageSwitch(text: string): Locale | undefined {
    const keys = tokenize(text).map((t) => t.key);
    if (keys.length === 0 || keys.length > MAX_SWITCH_WORDS) return undefined;
    const { names, fillers } = switchIndex();
    const found = new Set<Locale>();
    for (let i = 0; i < keys.length; ) {
        const name = names.longestAt(keys, i);
        const filler = fillers.longestAt(keys, i);
        // A name wins over fillers of the same length ("на русском" vs "на").
        if (name && (!filler || name.end >= filler.end)) {
            for (const locale of name.values) found.add(locale);
            i = name.end;
        } else if (filler) i = filler.end;
        else return undefined;
    }
    const [locale] = found;
    return found.size === 1 ? locale : undefined;
}
