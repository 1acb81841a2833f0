import { ar } from './ar';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { pl } from './pl';
import { ro } from './ro';
import { ru } from './ru';
import { tr } from './tr';
import { uk } from './uk';
import type { LanguagePack, Script } from './types';

/**
 * The languages the bot speaks, each a folder here plus its files under locales/. The first is
 * the fallback. Adding one here makes the compiler list every table that still lacks it.
 */
const PACKS = { en, de, ru, ar, uk, pl, ro, es, fr, tr } as const satisfies Record<string, LanguagePack>;

export type Locale = keyof typeof PACKS;
export const LOCALES = Object.keys(PACKS) as readonly Locale[] as readonly [Locale, ...Locale[]];

export function isLocale(value: unknown): value is Locale {
    return typeof value === 'string' && Object.hasOwn(PACKS, value);
}

export function languagePack(locale: Locale): LanguagePack {
    return PACKS[locale];
}

const SCRIPTS: readonly { script: Script; first: RegExp; any: RegExp; all: RegExp }[] = [
    { script: 'Cyrillic', first: /^\p{Script=Cyrillic}/u, any: /\p{Script=Cyrillic}/u, all: /\p{Script=Cyrillic}/gu },
    { script: 'Arabic', first: /^\p{Script=Arabic}/u, any: /\p{Script=Arabic}/u, all: /\p{Script=Arabic}/gu },
    { script: 'Latin', first: /^\p{Script=Latin}/u, any: /\p{Script=Latin}/u, all: /\p{Script=Latin}/gu }
];

/** Languages a parent of this one may answer in too (see LanguagePack.alsoWrittenIn). */
export const alsoWrittenIn = (locale: Locale): Locale[] => PACKS[locale].alsoWrittenIn.filter(isLocale);

/** The script of a word's first letter. */
export function scriptOf(word: string): Script | undefined {
    return SCRIPTS.find(({ first }) => first.test(word))?.script;
}

/** The scripts a text has letters of. */
export function scriptsIn(text: string): Set<Script> {
    return new Set(SCRIPTS.filter(({ any }) => any.test(text)).map(({ script }) => script));
}

/** How many letters of each script a text has. */
export function letterCounts(text: string): { script: Script; letters: number }[] {
    return SCRIPTS.map(({ script, all }) => ({ script, letters: text.match(all)?.length ?? 0 })).filter((c) => c.letters > 0);
}

// Asked for every word of every answer (clitics, romanisation): worked out once.
const BY_SCRIPT = new Map<Script, readonly Locale[]>(SCRIPTS.map(({ script }) => [script, LOCALES.filter((l) => PACKS[l].script === script)]));

/** The languages written in a script, in LOCALES order. */
export function localesWriting(script: Script): readonly Locale[] {
    return BY_SCRIPT.get(script) ?? [];
}

/** The pack that handles a word: the conversation's language when the script fits, else the first language of the word's script. */
export function packForWord(word: string, locale: Locale): LanguagePack {
    const script = scriptOf(word);
    if (!script || PACKS[locale].script === script) return PACKS[locale];
    const [first] = localesWriting(script);
    return first ? PACKS[first] : PACKS[locale];
}

/** The forms one kind of a pack's rule makes of a folded phrase, by every language of its script. */
function formsAnyLanguage(keys: readonly string[], rule: (pack: LanguagePack, keys: readonly string[]) => string[][]): string[][] {
    const script = keys[0] === undefined ? undefined : scriptOf(keys[0]);
    const forms = new Map<string, string[]>([[keys.join(' '), [...keys]]]);
    for (const locale of script ? localesWriting(script) : []) {
        for (const form of rule(PACKS[locale], keys)) forms.set(form.join(' '), form);
    }
    return [...forms.values()];
}

/** Written forms of a folded phrase in its script's languages: cases ("Германии"), glued prepositions ("بألمانيا"). */
export const nounFormsAnyLanguage = (keys: readonly string[]): string[][] => formsAnyLanguage(keys, (pack, k) => pack.nounForms(k));

/** A name as typed without its language's letters ("Muenchen" for "München"): each language's folding of the lower-cased text. */
export function spellingsAnyLanguage(text: string): string[] {
    const lower = text.toLowerCase();
    return [...new Set([text, ...LOCALES.map((locale) => PACKS[locale].foldSpelling(lower))])];
}

/** How speech writes a folded phrase in its script's languages ("كانون التاني"). */
export const spokenFormsAnyLanguage = (keys: readonly string[]): string[][] => formsAnyLanguage(keys, (pack, k) => pack.spokenForms(k));

/** A folded word without what its language glues to its front. */
export function wordCore(key: string): string {
    const script = scriptOf(key);
    const [first] = script ? localesWriting(script) : [];
    return first ? PACKS[first].wordCore(key) : key;
}

/** A word reduced for matching option names in a language (its stem, or looser where the language needs it). */
export function nameStem(locale: Locale, key: string): string {
    const pack = PACKS[locale];
    return pack.nameStem ? pack.nameStem(key) : pack.stem(key);
}

/** A word of a script some language compares by consonants ("الأردن" → "rdn"); undefined otherwise. */
export function nativeConsonants(word: string): string | undefined {
    const script = scriptOf(word);
    for (const locale of script ? localesWriting(script) : []) {
        const consonants = PACKS[locale].latinConsonants;
        if (consonants) return consonants.native(word);
    }
    return undefined;
}

/** A word typed in Latin letters as each such language would read its consonants ("urdon" → "rdn"). */
export const typedConsonants = (word: string): string[] => LOCALES.flatMap((l) => PACKS[l].latinConsonants?.typed(word) ?? []);

/** An article typed as its own word ("el urdon"), to be skipped. */
export const isTypedArticle = (word: string): boolean => LOCALES.some((l) => PACKS[l].latinConsonants?.isArticle(word) === true);

/** Left-to-right runs (a URL, "40–50%") kept whole inside right-to-left text (U+2068…U+2069). */
export function isolate(locale: Locale, text: string): string {
    return PACKS[locale].direction === 'rtl' ? `\u2068${text}\u2069` : text;
}

/** A word of a non-Latin script as parents type it in Latin letters; other words unchanged. */
export function romanize(word: string): string {
    const script = scriptOf(word);
    if (!script || script === 'Latin') return word;
    for (const locale of localesWriting(script)) {
        const typing = PACKS[locale].latinTyping;
        if (typing) return typing.toLatin(word);
    }
    return word;
}

/** A word of a non-Latin script as parents of each language of that script type it in Latin letters, one form per language that has a scheme ("березня" → "bereznya", "bereznia"). */
export function romanizeAll(word: string): string[] {
    const script = scriptOf(word);
    if (!script || script === 'Latin') return [word];
    const forms = localesWriting(script).flatMap((locale) => {
        const typing = PACKS[locale].latinTyping;
        return typing ? [typing.toLatin(word)] : [];
    });
    return forms.length > 0 ? forms : [word];
}

export type { DemonymForm, LanguagePack, Script } from './types';
