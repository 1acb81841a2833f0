import { allLexicons, getLexicon } from './lexicon';
import { lazy } from './parsers/lazy';
import { PhraseDict } from './parsers/phrases';
import { fold } from './parsers/text';
import { keysOf, tokenize } from './parsers/tokenize';
import { LOCALES, type Locale } from './parsers/types';

const count = (text: string, script: RegExp) => text.match(script)?.length ?? 0;

/** Frequent words of English and German, without the words both share ("in", "was", "so"). */
const latinStopwords = lazy(() => {
    const en = new Set(getLexicon('en').stopwords.flatMap(keysOf));
    const de = new Set(getLexicon('de').stopwords.flatMap(keysOf));
    const only = (a: Set<string>, b: Set<string>) => new Set([...a].filter((w) => !b.has(w)));
    return { en: only(en, de), de: only(de, en) };
});

/**
 * The language a message is written in, when it is clear: Arabic and Cyrillic script decide
 * outright (two letters suffice); English and German need a frequent word of one and not the
 * other, or an umlaut/ß. Undefined for "ok", "2", "ALL" and other short or mixed messages.
 */
export function detectLanguage(text: string): Locale | undefined {
    const arabic = count(text, /\p{Script=Arabic}/gu);
    const cyrillic = count(text, /\p{Script=Cyrillic}/gu);
    const latin = count(text, /\p{Script=Latin}/gu);
    if (arabic >= 2 && arabic > cyrillic + latin) return 'ar';
    if (cyrillic >= 2 && cyrillic > arabic + latin) return 'ru';
    if (latin < 4 || latin < arabic + cyrillic) return undefined;
    const words = tokenize(text).map((t) => t.norm);
    const { en, de } = latinStopwords();
    let score = 0;
    for (const word of words) {
        if (/[äöüß]/.test(word)) score -= 1;
        const key = fold(word);
        if (en.has(key)) score += 1;
        else if (de.has(key)) score -= 1;
    }
    if (score > 0) return 'en';
    if (score < 0) return 'de';
    return undefined;
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
