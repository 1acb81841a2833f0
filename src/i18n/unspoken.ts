import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { isLocale, languagePack, LOCALES } from '../languages';
import { NOT_WORDS } from './detect';
import { LOCALES_DIR } from './i18n';
import { fullNgramDetector } from './ngrams';
import { lazy } from './parsers/lazy';
import { tokenize } from './parsers/tokenize';

export const UNSPOKEN_FILE = 'unspoken.json';

const UnspokenSchema = z
    .object({
        $comment: z.string().optional(),
        /** One short line in the language: the bot does not speak it yet; pick a language below or tap {{person}} (the button's English title). */
        line: z.string().trim().includes('{{person}}'),
        /** Frequent small words of the language ("el", "que", "tiene"): names, places and medicine names have none. */
        words: z.array(z.string().trim().min(1)).min(10),
        /** Words of a question about the languages the bot speaks ("idioma", "hablas"). */
        asks: z.array(z.string().trim().min(1))
    })
    .strict();

export interface UnspokenLanguage {
    line: string;
    words: ReadonlySet<string>;
    asks: ReadonlySet<string>;
}

const keySet = (words: readonly string[]) => new Set(words.flatMap((w) => tokenize(w).map((t) => t.key)));

/** locales/<lang>/unspoken.json of every language folder the bot does not speak. */
export function loadUnspokenLanguages(dir: string = LOCALES_DIR): Map<string, UnspokenLanguage> {
    const out = new Map<string, UnspokenLanguage>();
    for (const lang of readdirSync(dir).filter((l) => !isLocale(l)).sort()) {
        const file = path.join(dir, lang, UNSPOKEN_FILE);
        if (!existsSync(file)) continue;
        let json: unknown;
        try {
            json = JSON.parse(readFileSync(file, 'utf8'));
        } catch (error) {
            throw new Error(`loadUnspokenLanguages(): cannot read locales/${lang}/${UNSPOKEN_FILE}: ${(error as Error).message}`);
        }
        const parsed = UnspokenSchema.safeParse(json);
        if (!parsed.success) {
            const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
            throw new Error(`loadUnspokenLanguages(): locales/${lang}/${UNSPOKEN_FILE} is invalid: ${issues}`);
        }
        out.set(lang, { line: parsed.data.line, words: keySet(parsed.data.words), asks: keySet(parsed.data.asks) });
    }
    return out;
}

export const unspokenLanguages = lazy(() => loadUnspokenLanguages());

/** Three words at least ("Sevilla", "Kraków", "Maria Garcia" and "Blinatumomab" are never enough), two to ask about languages. */
const MIN_WORDS = 3;
const MIN_ASKING_WORDS = 2;
/** A language without a line of its own needs a whole sentence. */
const MIN_WORDS_OTHER = 6;
/** Small words of the language a message must have (two): names and terms have none. */
const MIN_SMALL_WORDS = 2;
/** How far the detector's score for the language must lead the best of the bot's languages. */
const MARGIN = 0.05;
/** Small words of one of the bot's languages typed in Latin letters ("u", "ne", "kak") that make a message that language. */
const MIN_TYPED_SMALL_WORDS = 2;

const typedSmallWords = lazy(() => LOCALES.flatMap((locale) => {
    const { latinTyping, stopwords } = languagePack(locale);
    return latinTyping ? [{ fromLatin: latinTyping.fromLatin, stopwords: new Set(stopwords) }] : [];
}));

/** Russian typed in Latin letters ("u syna OML a ne OLL"), which the n-gram detector takes for Croatian or Slovene. */
function typedInLatin(keys: readonly string[]): boolean {
    return typedSmallWords().some(({ fromLatin, stopwords }) => keys.filter((k) => stopwords.has(fromLatin(k))).length >= MIN_TYPED_SMALL_WORDS);
}

export interface UnspokenMessage {
    /** ISO 639-1 code ("es", "uk"). */
    lang: string;
    /** Its line (uk, pl, es, fr, tr, ro, it, pt); other languages get the English notice alone. */
    line?: string;
    /** The message asks which languages the bot speaks ("¿hablas español?"). */
    asksLanguages: boolean;
}

/**
 * A message clearly written in a language the bot does not speak: the n-gram detector (over all
 * its languages) is sure, the language leads the bot's own by a margin, the message has three
 * words or more and, for a language with a line of its own, two of its small words (or, in two
 * words or more, a question about languages: "¿Hablas español?"). Undefined for short or
 * ambiguous messages, names, places and medicine names.
 */
export function detectUnspokenLanguage(text: string): UnspokenMessage | undefined {
    const tokens = tokenize(text.replace(NOT_WORDS, ' '));
    if (tokens.length < MIN_ASKING_WORDS) return undefined;
    const eld = fullNgramDetector();
    if (!eld) throw new Error('detectUnspokenLanguage(): call loadLanguageDetector() first');
    const result = eld.detect(text);
    const lang = result.language;
    if (!result.isReliable() || !lang || isLocale(lang)) return undefined;
    const scores = result.getScores();
    const spoken = Math.max(0, ...LOCALES.map((l) => scores[l] ?? 0));
    if ((scores[lang] ?? 0) - spoken < MARGIN) return undefined;
    const known = unspokenLanguages().get(lang);
    const keys = tokens.map((t) => t.key);
    // "¿Hablas español?" is short but clear.
    const asksLanguages = known !== undefined && keys.some((k) => known.asks.has(k));
    const clear = known
        ? tokens.length >= MIN_WORDS && keys.filter((k) => known.words.has(k)).length >= MIN_SMALL_WORDS
        : tokens.length >= MIN_WORDS_OTHER && !typedInLatin(keys);
    if (!clear && !asksLanguages) return undefined;
    return { lang, ...(known ? { line: known.line } : {}), asksLanguages };
}
