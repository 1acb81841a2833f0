import { allLexicons } from '../lexicon';
import { wordCore } from '../../languages';
import { lazy } from './lazy';
import { keysOf, tokenize, type Token } from './tokenize';
import type { ChoiceOption } from './types';

// The ways each option of a list can be named, as folded words: what choice matching compares with.

/** How an answer matched, strongest first; a weaker tier is tried only when the stronger found nothing. */
export type ChoiceTier = 'number' | 'exact' | 'contain' | 'fuzzy' | 'translit' | 'code';

export interface ChoiceMatch {
    readonly tier: ChoiceTier;
    /** Distinct option values, in the order they appear in the answer. */
    readonly values: readonly string[];
    /** The option phrases that matched (folded keys), to tell "Bosnia and Herzegovina" from a list. */
    readonly phrases: readonly (readonly string[])[];
    /** Of several options in a sentence, the one a single-choice answer means, if one stands out. */
    readonly single?: string;
    /** The options named about now, not "before" (all when nothing is said about now). */
    readonly current?: readonly string[];
    readonly hedged?: boolean;
    readonly detail?: string;
}

/** One way to name an option: its title (rank 0), value code (1) or a synonym (2). */
export interface Entry {
    readonly value: string;
    readonly rank: number;
    readonly keys: readonly string[];
    readonly raw: readonly string[];
    readonly compact: string;
    /** Acronyms that are also ordinary words ("ALL" vs "all"): inside a sentence only as typed in capitals. */
    readonly caseSensitive: boolean;
    /** Arabic words without glued prefixes ("المشفى" → "مشفى"). */
    readonly core: readonly string[];
    /** Words with hyphenated ones split ("aieop-bfm" → "aieop", "bfm"). */
    readonly parts: readonly string[];
}

export const commonWords = lazy(() => new Set(allLexicons().flatMap((l) => l.stopwords.flatMap(keysOf))));

/** Without joining hyphens ("B-ALL" is "ball"); a sign at the end stays ("MRD-" is no "MRD"). */
export const compactOf = (keys: readonly string[]) => keys.join('').replace(/(?<=[\p{L}\p{N}])[-_](?=[\p{L}\p{N}])/gu, '');
export const lettersOf = (keys: readonly string[]) => keys.join('').replace(/[^\p{L}\p{N}]/gu, '').length;

function isCommonAcronym(tokens: readonly Token[]): boolean {
    const letters = tokens.map((t) => t.raw).join('');
    const upper = /\p{Lu}/u.test(letters) && letters === letters.toUpperCase();
    return upper && tokens.some((t) => t.key.length <= 2 || commonWords().has(t.key));
}

function entry(value: string, rank: number, phrase: string): Entry | undefined {
    const tokens = tokenize(phrase);
    if (tokens.length === 0) return undefined;
    const keys = tokens.map((t) => t.key);
    return {
        value, rank, keys, raw: tokens.map((t) => t.raw), compact: compactOf(keys), caseSensitive: isCommonAcronym(tokens),
        core: keys.map(wordCore), parts: keys.flatMap((k) => k.split('-')).filter((k) => k.length > 0)
    };
}

// Option lists are few (fields × languages) and asked again and again: their phrases are read once.
const entryCache = new Map<string, readonly Entry[]>();
const ENTRY_CACHE_SIZE = 256;

/**
 * The phrases naming each option. Items of a list ("discharge papers, the transplant summary")
 * are also named without the head word their options share (`items`).
 */
export function entriesOf(options: readonly ChoiceOption[], items = false): readonly Entry[] {
    const key = `${items}:${JSON.stringify(options)}`;
    const cached = entryCache.get(key);
    if (cached) return cached;
    if (entryCache.size >= ENTRY_CACHE_SIZE) entryCache.clear();
    const named = buildEntries(options);
    const entries = items ? [...named, ...distinctiveEntries(named)] : named;
    entryCache.set(key, entries);
    return entries;
}

function buildEntries(options: readonly ChoiceOption[]): Entry[] {
    return options.flatMap((o) =>
        [
            entry(o.value, 0, o.title),
            entry(o.value, 1, o.value),
            entry(o.value, 1, o.value.replace(/[_-]+/g, ' ')),
            ...o.synonyms.map((s) => entry(o.value, 2, s))
        ].filter((e): e is Entry => e !== undefined)
    );
}

/** Values whose names use each word. */
function valuesByWord(entries: readonly Entry[]): Map<string, Set<string>> {
    const byWord = new Map<string, Set<string>>();
    for (const e of entries) for (const k of e.keys) byWord.set(k, (byWord.get(k) ?? new Set()).add(e.value));
    return byWord;
}

const containsAt = (keys: readonly string[], phrase: readonly string[]) =>
    keys.some((_, i) => i + phrase.length <= keys.length && sameAt(keys, i, phrase));

/** Below the title, value code and synonyms: a name with its shared word left out. */
const DISTINCTIVE_RANK = 3;

/** A word in the names of this many options is generic there ("report", "Befund", "تقرير"). */
const GENERIC_WORD_VALUES = 3;

/**
 * A name whose first or last word several options share ("report" in "transplant report", "bone
 * marrow report") is also named by the rest ("the transplant summary", "Transplantation"), when
 * no other option's name holds that rest.
 */
function distinctiveEntries(entries: readonly Entry[]): Entry[] {
    const byWord = valuesByWord(entries);
    const shared = (k: string | undefined) => k !== undefined && !commonWords().has(k) && (byWord.get(k)?.size ?? 0) >= GENERIC_WORD_VALUES;
    const found: Entry[] = [];
    for (const e of entries) {
        if (e.keys.length < 2 || e.keys.length > 4 || e.rank > 2) continue;
        let start = 0;
        let end = e.keys.length;
        while (start < end && shared(e.keys[start])) start++;
        while (end > start && shared(e.keys[end - 1])) end--;
        const rest = e.keys.slice(start, end);
        if (rest.length === 0 || rest.length === e.keys.length || lettersOf(rest) < 4) continue;
        // "no leukemia" must not become "leukemia": the rest is content words only at its edges.
        if (commonWords().has(rest[0] ?? '') || commonWords().has(rest[rest.length - 1] ?? '')) continue;
        if (entries.some((o) => o.value !== e.value && containsAt(o.keys, rest))) continue;
        const shorter = entry(e.value, DISTINCTIVE_RANK, e.raw.slice(start, end).join(' '));
        if (shorter) found.push(shorter);
    }
    return found;
}

export function sameAt(input: readonly string[], at: number, phrase: readonly string[]): boolean {
    return phrase.every((k, j) => input[at + j] === k);
}

