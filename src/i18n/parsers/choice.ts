import { allLexicons } from '../lexicon';
import { withoutPolite } from './answers';
import { editDistance, typoLimit } from './fuzzy';
import { lazy } from './lazy';
import { separatorKeys } from './list';
import { cardinalDict, digitsValue, ordinalDict, ordinalDigitsValue } from './numberWords';
import { distinct, outermost, type PhraseHit } from './phrases';
import { hasCyrillic, hasLatin, isBlank } from './text';
import { keysOf, tokenize, type Token } from './tokenize';
import { skeleton } from './translit';
import { fail, ok, type ChoiceOption, type ParseContext, type ParseResult } from './types';

/** How an answer matched, strongest first; a weaker tier is tried only when the stronger found nothing. */
export type ChoiceTier = 'number' | 'exact' | 'contain' | 'fuzzy' | 'translit';

export interface ChoiceMatch {
    readonly tier: ChoiceTier;
    /** Distinct option values, in the order they appear in the answer. */
    readonly values: readonly string[];
    /** The option phrases that matched (folded keys), to tell "Bosnia and Herzegovina" from a list. */
    readonly phrases: readonly (readonly string[])[];
}

/** One way to name an option: its title (rank 0), value code (1) or a synonym (2). */
interface Entry {
    readonly value: string;
    readonly rank: number;
    readonly keys: readonly string[];
    readonly raw: readonly string[];
    readonly compact: string;
    /** Acronyms that are also ordinary words ("ALL" vs "all"): inside a sentence only as typed in capitals. */
    readonly caseSensitive: boolean;
}

const choicePrefixes = lazy(() => new Set(allLexicons().flatMap((l) => l.numbers.choicePrefixes.flatMap(keysOf))));
const commonWords = lazy(() => new Set(allLexicons().flatMap((l) => l.stopwords.flatMap(keysOf))));

const compactOf = (keys: readonly string[]) => keys.join('').replace(/[-_]/g, '');
const lettersOf = (keys: readonly string[]) => keys.join('').replace(/[^\p{L}\p{N}]/gu, '').length;

function isCommonAcronym(tokens: readonly Token[]): boolean {
    const letters = tokens.map((t) => t.raw).join('');
    const upper = /\p{Lu}/u.test(letters) && letters === letters.toUpperCase();
    return upper && tokens.some((t) => t.key.length <= 2 || commonWords().has(t.key));
}

function entry(value: string, rank: number, phrase: string): Entry | undefined {
    const tokens = tokenize(phrase);
    if (tokens.length === 0) return undefined;
    const keys = tokens.map((t) => t.key);
    return { value, rank, keys, raw: tokens.map((t) => t.raw), compact: compactOf(keys), caseSensitive: isCommonAcronym(tokens) };
}

function entriesOf(options: readonly ChoiceOption[]): Entry[] {
    return options.flatMap((o) =>
        [
            entry(o.value, 0, o.title),
            entry(o.value, 1, o.value),
            entry(o.value, 1, o.value.replace(/[_-]+/g, ' ')),
            ...o.synonyms.map((s) => entry(o.value, 2, s))
        ].filter((e): e is Entry => e !== undefined)
    );
}

/** "2", "#2", "2.", "number 2", "the second one", "второй вариант", "الخيار الثاني", "٢". */
function byNumber(tokens: readonly Token[], options: readonly ChoiceOption[]): ChoiceMatch | undefined {
    const keys = tokens.map((t) => t.key);
    const stripped = keys.filter((k) => !choicePrefixes().has(k));
    const rest = stripped.length > 0 ? stripped : keys.slice(-1);
    const [only] = rest;
    const n =
        (rest.length === 1 && only !== undefined ? (digitsValue(only) ?? ordinalDigitsValue(only)) : undefined) ??
        cardinalDict().get(rest)[0] ??
        ordinalDict().get(rest)[0];
    const option = n === undefined ? undefined : options[n - 1];
    return option ? { tier: 'number', values: [option.value], phrases: [] } : undefined;
}

function exact(keys: readonly string[], entries: readonly Entry[]): ChoiceMatch | undefined {
    const joined = keys.join(' ');
    const compact = compactOf(keys);
    const hits = entries.filter((e) => e.keys.join(' ') === joined || (compact.length > 0 && e.compact === compact));
    if (hits.length === 0) return undefined;
    const best = Math.min(...hits.map((h) => h.rank));
    const top = hits.filter((h) => h.rank === best);
    return { tier: 'exact', values: distinct(top.map((h) => h.value)), phrases: top.map((h) => h.keys) };
}

function sameAt(input: readonly string[], at: number, phrase: readonly string[]): boolean {
    return phrase.every((k, j) => input[at + j] === k);
}

/** Option phrases inside the answer as whole words ("she has ALL"), or the answer inside one ("myeloid"). */
function containment(tokens: readonly Token[], entries: readonly Entry[]): ChoiceMatch | undefined {
    const keys = tokens.map((t) => t.key);
    const raws = tokens.map((t) => t.raw);
    // A fragment of a title counts only when it is more than a short word ("acute", not "of").
    const fragmentOk = lettersOf(keys) >= 4;
    const spans: PhraseHit<Entry>[] = [];
    for (const e of entries) {
        for (let i = 0; i + e.keys.length <= keys.length; i++) {
            if (sameAt(keys, i, e.keys) && (!e.caseSensitive || sameAt(raws, i, e.raw))) {
                spans.push({ start: i, end: i + e.keys.length, values: [e] });
            }
        }
        if (fragmentOk && e.keys.length > keys.length) {
            for (let i = 0; i + keys.length <= e.keys.length; i++) {
                if (sameAt(e.keys, i, keys)) spans.push({ start: 0, end: keys.length, values: [e] });
            }
        }
    }
    const found = outermost(spans)
        .sort((a, b) => a.start - b.start)
        .flatMap((s) => s.values);
    if (found.length === 0) return undefined;
    return { tier: 'contain', values: distinct(found.map((e) => e.value)), phrases: found.map((e) => e.keys) };
}

/** Smallest typo distance between the answer (or a window of it) and each option phrase. */
function fuzzy(
    keys: readonly string[],
    entries: readonly Entry[],
    tier: ChoiceTier,
    form: (k: string) => string = (k) => k
): ChoiceMatch | undefined {
    const input = keys.map(form).filter((k) => k.length > 0);
    if (input.length === 0) return undefined;
    const whole = input.join(' ');
    let best = Infinity;
    let found: Entry[] = [];
    const consider = (e: Entry, d: number) => {
        if (d < best) {
            best = d;
            found = [e];
        } else if (d === best) found.push(e);
    };
    for (const e of entries) {
        const phrase = e.keys.map(form).filter((k) => k.length > 0);
        if (phrase.length === 0) continue;
        const joined = phrase.join(' ');
        const limit = typoLimit(Math.min(joined.length, whole.length));
        const d = editDistance(whole, joined, limit);
        if (d <= limit) consider(e, d);
        if (e.caseSensitive || !phrase.some((k) => k.length >= 4)) continue;
        for (let i = 0; i + phrase.length <= input.length; i++) {
            let sum = 0;
            for (let j = 0; j < phrase.length && sum <= best; j++) {
                const a = input[i + j] ?? '';
                const b = phrase[j] ?? '';
                const tokenLimit = typoLimit(Math.min(a.length, b.length));
                const dj = editDistance(a, b, tokenLimit);
                sum += dj <= tokenLimit ? dj : Infinity;
            }
            if (Number.isFinite(sum) && sum <= best) consider(e, sum);
        }
    }
    if (found.length === 0) return undefined;
    return { tier, values: distinct(found.map((e) => e.value)), phrases: found.map((e) => e.keys) };
}

/** Option phrases written in the other script than the answer: "limfoblastny" against "лимфобластный". */
function otherScript(keys: readonly string[], entries: readonly Entry[]): Entry[] {
    const input = keys.join(' ');
    if (hasLatin(input) === hasCyrillic(input)) return [];
    const wanted = hasLatin(input) ? hasCyrillic : hasLatin;
    return entries.filter((e) => wanted(e.keys.join(' ')));
}

/** Finds the option(s) an answer names, at the strongest tier that finds any. */
export function matchChoice(text: string, options: readonly ChoiceOption[]): ChoiceMatch | undefined {
    const tokens = withoutPolite(tokenize(text));
    if (tokens.length === 0 || options.length === 0) return undefined;
    const keys = tokens.map((t) => t.key);
    const entries = entriesOf(options);
    return (
        byNumber(tokens, options) ??
        exact(keys, entries) ??
        containment(tokens, entries) ??
        fuzzy(keys, entries, 'fuzzy') ??
        fuzzy(keys, otherScript(keys, entries), 'translit', skeleton)
    );
}

/** True when a matched option phrase itself contains a list separator ("Bosnia and Herzegovina"). */
export function spansSeparator(match: ChoiceMatch): boolean {
    return match.phrases.some((p) => p.some((k) => separatorKeys().has(k)));
}

/**
 * One option from a list: by its number ("2", "второй"), title, value code, synonym, as a whole
 * word inside a sentence, with typos (words of 4+ letters), or Russian typed in Latin letters.
 */
export function parseChoice(text: string, options: readonly ChoiceOption[], _ctx: ParseContext): ParseResult<string> {
    if (isBlank(text)) return fail('empty');
    const match = matchChoice(text, options);
    if (!match) return fail('unrecognized');
    const [value, other] = match.values;
    if (value === undefined) return fail('unrecognized');
    return other === undefined ? ok(value) : fail('ambiguous');
}
