import type * as chrono from 'chrono-node';
import type { LocaleData } from 'i18n-iso-countries/index';

export type Script = 'Latin' | 'Cyrillic' | 'Arabic';

/** A nationality word made from a country name, with how many letters the rule changed. */
export interface DemonymForm {
    form: string;
    cost: number;
}

/**
 * Everything about one language that code needs, in one place: a new language is a folder under
 * src/languages/ with one of these, plus its files under locales/. Words for the lexicon (question
 * words, yes/no, commands, synonyms) are data in locales/<lang>/lexicon.json, not here.
 */
export interface LanguagePack {
    /** Its name in English, for prompts to a language model. */
    readonly englishName: string;
    readonly direction: 'ltr' | 'rtl';
    /** The locale Intl formats numbers and dates with, as the texts write them (Western digits in Arabic). */
    readonly intlLocale: string;
    readonly script: Script;
    /** Letters only this language of its script has ("ä", "ß"), a hint for telling languages apart. */
    readonly distinctiveLetters?: RegExp;
    /** Snowball stemmer of the language: declined and inflected forms meet. */
    stem(word: string): string;
    /** Function words that carry no topic, in plain spelling (folded like the text before use). */
    readonly stopwords: readonly string[];
    /** Spellings of one letter made the same before comparing ("ä" and "ae"). */
    foldSpelling(text: string): string;
    /** Written forms of a folded noun phrase: cases ("Германии"), glued prepositions ("بألمانيا"). */
    nounForms(keys: readonly string[]): string[][];
    /** How speech writes a folded phrase differently (Levantine "كانون التاني" for "الثاني"). */
    spokenForms(keys: readonly string[]): string[][];
    /** A folded word without what the language glues to its front ("وبالمشفى" → "مشفى"). */
    wordCore(key: string): string;
    /** Forms of an adjective naming a language: "русский" → "по-русски", "deutsch" → "deutsche". */
    languageAdjectiveForms(word: string): string[];
    /** Country names in the language, official ones too (i18n-iso-countries). */
    readonly countryNames: LocaleData;
    /** Nationality words made from a folded country name ("Ghana" → "Ghanaian"). */
    demonymsOf(words: readonly string[]): DemonymForm[];
    /** Every written form of a nationality word ("deutsch" → deutsche, deutscher…). */
    inflectDemonym(base: string): string[];
    /** chrono-node's parser for phrasings our own date scanner does not cover. */
    readonly chrono: chrono.Chrono;
    /** "3/24/2016": a slash date whose second number cannot be a month is read month first. */
    readonly monthFirstSlashDates: boolean;
    /** Parents who type the language in Latin letters ("skolko stoit"): to and from its own script. */
    readonly latinTyping?: { toLatin(word: string): string; fromLatin(word: string): string };
    /** A word cut down further for matching option names when their words are not found as written (Arabic verbs without person prefixes); the stem when absent. */
    readonly nameStem?: (word: string) => string;
    /** Words compared by their consonants when typed in Latin letters (Arabic, whose vowels are rarely written). */
    readonly latinConsonants?: { native(word: string): string; typed(word: string): string[]; isArticle(word: string): boolean };
    /** Other languages its speakers write answers in, by code: English beside a Latin-script language ("I'm her dad"), French in the Maghreb ("traitement complet"). */
    readonly alsoWrittenIn: readonly string[];
    /** Articles and prepositions glued to words (Arabic): one edit is often another form of the same word, so no spelling correction, and n-grams are taken of stems. */
    readonly gluesClitics: boolean;
}
