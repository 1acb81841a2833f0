import { allLexicons, getLexicon } from '../lexicon';
import { arabicCore } from './arabic';
import { noDict, yesDict } from './answers';
import { editDistance, typoLimit } from './fuzzy';
import { lazy } from './lazy';
import { separatorKeys } from './list';
import { cardinalDict, digitsValue, ordinalDict, ordinalDigitsValue } from './numberWords';
import { distinct, outermost, type PhraseHit } from './phrases';
import { clausesOf, isNegated, isNegation, saysUnknown, withoutHedges, withoutPolite, type Clause } from './sentence';
import { hasCyrillic, hasLatin, isBlank, normalizeKeepCase } from './text';
import { keysOf, tokenize, type Token } from './tokenize';
import { skeleton } from './translit';
import { fail, ok, type ChoiceOption, type Locale, type ParseContext, type ParseResult } from './types';

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
    readonly hedged?: boolean;
    readonly detail?: string;
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
    /** Arabic words without glued prefixes ("المشفى" → "مشفى"). */
    readonly core: readonly string[];
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
    return { value, rank, keys, raw: tokens.map((t) => t.raw), compact: compactOf(keys), caseSensitive: isCommonAcronym(tokens), core: keys.map(arabicCore) };
}

// Option lists are few (fields × languages) and asked again and again: their phrases are read once.
const entryCache = new Map<string, readonly Entry[]>();
const ENTRY_CACHE_SIZE = 256;

function entriesOf(options: readonly ChoiceOption[]): readonly Entry[] {
    const key = JSON.stringify(options);
    const cached = entryCache.get(key);
    if (cached) return cached;
    if (entryCache.size >= ENTRY_CACHE_SIZE) entryCache.clear();
    const entries = buildEntries(options);
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

/** An option phrase found in one clause of the answer. */
interface Hit {
    readonly entry: Entry;
    readonly clause: number;
    readonly start: number;
    readonly end: number;
    /** A bare "no"/"yes" with more words after it in its clause ("no side effects"): counts only when nothing else is named. */
    readonly weak: boolean;
}

interface Part {
    readonly key: string;
    readonly raw: string;
    /** Index of the word the part belongs to. */
    readonly token: number;
}

const answerWords = lazy(() => [yesDict(), noDict()]);
const isAnswerWord = (keys: readonly string[]) => answerWords().some((d) => d.has(keys));

/** The words, and, when some are hyphenated ("KMT2A-Rearrangement", "B-Linie"), their pieces too. */
function partSequences(tokens: readonly Token[]): Part[][] {
    const whole = tokens.map((t, i) => ({ key: t.key, raw: t.raw, token: i }));
    if (!tokens.some((t) => t.key.includes('-'))) return [whole];
    const pieces = tokens.flatMap((t, i) => {
        const keys = t.key.split('-');
        const raws = t.raw.split('-');
        return keys.length === raws.length ? keys.map((key, j) => ({ key, raw: raws[j] ?? key, token: i })) : [{ key: t.key, raw: t.raw, token: i }];
    });
    return [whole, pieces.filter((p) => p.key.length > 0)];
}

/** The words' Arabic cores, when some have glued prefixes ("بالمشفى", "والوصي"). */
function coreSequence(tokens: readonly Token[]): Part[] | undefined {
    const cores = tokens.map((t, i) => ({ key: arabicCore(t.key), raw: t.raw, token: i }));
    return cores.some((c, i) => c.key !== tokens[i]?.key) ? cores : undefined;
}

/** Like sameAt, but a negation that is part of an option phrase matches any negation: "ما مستعجل" names "غير مستعجل". */
function sameOrNegationAt(input: readonly string[], at: number, phrase: readonly string[]): boolean {
    return phrase.every((k, j) => input[at + j] === k || (phrase.length > 1 && isNegation(k) && isNegation(input[at + j] ?? '')));
}

/** The option that is another one negated ("not detected" for "detected"), when a negation stands apart from it: "nothing was detected". */
function negatedForm(entry: Entry, entries: readonly Entry[]): Entry | undefined {
    return entries.find(
        (e) => e.value !== entry.value && e.keys.length === entry.keys.length + 1 && isNegation(e.keys[0] ?? '') && sameAt(e.keys, 1, entry.keys)
    );
}

/** Option phrases in one clause as whole words ("she has ALL"), or the clause inside one ("myeloid"). */
function clauseHits(tokens: readonly Token[], clause: number, entries: readonly Entry[], settings: HitSettings): Hit[] {
    const keys = tokens.map((t) => t.key);
    const spans: PhraseHit<Hit>[] = [];
    const add = (found: Entry, start: number, end: number) => {
        let entry = found;
        if (isNegated(keys, start, end)) {
            settings.negated.push(found.value);
            const opposite = negatedForm(found, entries);
            if (!opposite) return;
            entry = opposite;
        }
        const answerWord = isAnswerWord(entry.keys);
        // "ja" inside "deshalb schreibe ich ja" is no answer; "no transplant" is, "no sports" is not:
        // a "no" before more words answers only when they are the field's own ("no antibody").
        if (answerWord && (start > 0 || (end < keys.length && !inVocabulary(keys[end] ?? '', settings.vocabulary)))) return;
        spans.push({ start, end, values: [{ entry, clause, start, end, weak: answerWord && end < keys.length }] });
    };
    const match = (seq: readonly Part[], phraseOf: (e: Entry) => readonly string[]) => {
        const seqKeys = seq.map((p) => p.key);
        const seqRaws = seq.map((p) => p.raw);
        for (const e of entries) {
            const phrase = phraseOf(e);
            for (let i = 0; i + phrase.length <= seq.length; i++) {
                if (sameOrNegationAt(seqKeys, i, phrase) && (!e.caseSensitive || sameAt(seqRaws, i, e.raw))) {
                    add(e, seq[i]!.token, seq[i + phrase.length - 1]!.token + 1);
                }
            }
        }
    };
    for (const seq of partSequences(tokens)) match(seq, (e) => e.keys);
    const cores = coreSequence(tokens);
    if (cores) match(cores, (e) => e.core);
    // German compounds name their last word ("Ganzkörperbestrahlung", "Auslandskrankenversicherung"),
    // unless the whole word names an option itself ("Intensivstation", not "Station").
    if (settings.compounds) {
        const named = new Set(spans.flatMap((h) => Array.from({ length: h.end - h.start }, (_, j) => h.start + j)));
        for (const e of entries) {
            const [word] = e.keys;
            if (e.keys.length !== 1 || word === undefined || word.length < 5 || !hasLatin(word)) continue;
            keys.forEach((k, i) => {
                if (!named.has(i) && k.length >= word.length + 3 && k.endsWith(word)) add(e, i, i + 1);
            });
        }
    }
    // The answer inside a title ("myeloid"), when it says nothing else, and is more than a short word or a
    // negation ("acute", not "of" or "nicht").
    if (settings.only && lettersOf(keys) >= 4 && keys.some((k) => !isNegation(k) && !commonWords().has(k))) {
        for (const e of entries) {
            if (e.keys.length <= keys.length) continue;
            for (let i = 0; i + keys.length <= e.keys.length; i++) if (sameAt(e.keys, i, keys)) add(e, 0, keys.length);
        }
    }
    return outermost(spans).flatMap((s) => s.values);
}

interface HitSettings {
    /** The clause is the only one with words: it may be a fragment of a title. */
    readonly only: boolean;
    /** The conversation language glues nouns ("Ganzkörperbestrahlung"). */
    readonly compounds: boolean;
    /** Options found but negated, collected. */
    readonly negated: string[];
    /** Every word of the options' names. */
    readonly vocabulary: ReadonlySet<string>;
}

/** A word of the options' names, or one sharing its first five letters ("antibodies", "antibody"). */
function inVocabulary(word: string, vocabulary: ReadonlySet<string>): boolean {
    if (vocabulary.has(word)) return true;
    if (word.length < 5) return false;
    const stem = word.slice(0, 5);
    for (const known of vocabulary) if (known.startsWith(stem)) return true;
    return false;
}

/** Specific options outrank "other", which outranks "I don't know", which outranks a bare "no" with more words after it. */
const rank = (h: Hit) => (h.weak ? 0 : h.entry.value === 'unknown' ? 1 : h.entry.value === 'other' ? 2 : 3);

/** Places each option is named at (a name found twice at one place, as title and synonym, counts once). */
function counts(hits: readonly Hit[]): Map<string, number> {
    const places = new Map<string, Set<string>>();
    for (const h of hits) places.set(h.entry.value, (places.get(h.entry.value) ?? new Set()).add(`${h.clause}:${h.start}`));
    return new Map([...places].map(([value, at]) => [value, at.size]));
}

const total = (hits: readonly Hit[]) => [...counts(hits).values()].reduce((a, b) => a + b, 0);

/** A clause that is nothing but one option's name ("Studie", "JMML", "без спорта"). */
const isWholeClause = (h: Hit, words: readonly (readonly Token[])[]) => h.start === 0 && h.end === words[h.clause]?.length;

/**
 * Several options in one answer, narrowed to one: what is said now over "before"; what follows
 * "but" over what precedes it, unless what precedes says more ("spielt ruhig und liest viel, ist
 * aber oft müde"); an answer named first, alone, then explained ("JMML, <a description>",
 * "Studie, am liebsten CD22-CAR-T"); then the option named most often.
 */
function narrow(hits: readonly Hit[], clauses: readonly Clause[], words: readonly (readonly Token[])[]): Hit[] {
    let kept = [...hits];
    const values = () => distinct(kept.map((h) => h.entry.value));
    if (values().length > 1 && kept.some((h) => !clauses[h.clause]?.earlier)) kept = kept.filter((h) => !clauses[h.clause]?.earlier);
    if (values().length > 1) {
        const lastContrast = clauses.findLastIndex((c, i) => c.contrast && kept.some((h) => h.clause >= i));
        if (lastContrast >= 0) {
            const before = kept.filter((h) => h.clause < lastContrast);
            const after = kept.filter((h) => h.clause >= lastContrast);
            if (before.length > 0) kept = total(before) > total(after) ? before : after;
        }
    }
    if (values().length > 1) {
        const first = Math.min(...kept.map((h) => h.clause));
        const opening = kept.filter((h) => h.clause === first && isWholeClause(h, words));
        const alone = kept.filter((h) => isWholeClause(h, words));
        if (first === words.findIndex((w) => w.length > 0) && opening.length > 0 && distinct(alone.map((h) => h.entry.value)).length === 1) kept = opening;
    }
    if (values().length > 1) {
        const named = counts(kept);
        const best = Math.max(...named.values());
        const top = [...named].filter(([, n]) => n === best);
        if (top.length === 1) kept = kept.filter((h) => h.entry.value === top[0]![0]);
    }
    return kept;
}

const hasDigit = (t: Token) => /\p{N}/u.test(t.key);

/** Clauses with numbers or codes that no found option covers ("positive, 0.1%" → "0.1%"). */
function detailOf(clauses: readonly Clause[], words: readonly (readonly Token[])[], hits: readonly Hit[]): string | undefined {
    const parts = clauses.filter((_, i) => {
        const inHit = (j: number) => hits.some((h) => h.clause === i && j >= h.start && j < h.end);
        return (words[i] ?? []).some((t, j) => hasDigit(t) && !inHit(j));
    });
    return parts.length > 0 ? parts.map((c) => c.text).join('; ') : undefined;
}

/** A gene-like code no option names ("PTPN11", "CD22"): "something else", with the words kept for staff. */
const CODE = /^(?=.*\p{Lu})(?=.*\d)[\p{L}\d]{3,}$/u;
const namesACode = (tokens: readonly Token[]) => tokens.some((t) => t.raw.split('-').some((p) => CODE.test(p)));

function containment(text: string, entries: readonly Entry[], hasUnknown: boolean, compounds: boolean): ChoiceMatch | undefined {
    const clauses = clausesOf(text);
    // Hedges and politeness aside, so "maybe UKALL" and "B, please" read like "UKALL" and "B".
    const words = clauses.map((c) => withoutHedges(withoutPolite(c.tokens)).tokens);
    const hits: Hit[] = [];
    const vocabulary = new Set(entries.flatMap((e) => [...e.keys, ...e.core]));
    const settings: HitSettings = { only: words.filter((w) => w.length > 0).length === 1, compounds, negated: [], vocabulary };
    clauses.forEach((clause, i) => {
        hits.push(...clauseHits(words[i] ?? [], i, entries, settings));
        const unknownEntry = hasUnknown ? entries.find((e) => e.value === 'unknown') : undefined;
        if (unknownEntry && saysUnknown(clause.keys)) hits.push({ entry: unknownEntry, clause: i, start: 0, end: 0, weak: false });
    });
    // Only negated options ("FLT3 negativ", "no transplant"): nothing named, and no typo reading either.
    if (hits.length === 0) return settings.negated.length > 0 ? { tier: 'contain', values: [], phrases: [] } : undefined;
    const top = Math.max(...hits.map(rank));
    const kept = hits.filter((h) => rank(h) === top).sort((a, b) => a.clause - b.clause || a.start - b.start);
    const hedged = top > 1 && (hits.some((h) => h.entry.value === 'unknown') || clauses.some((c) => saysUnknown(c.keys)));
    const narrowed = narrow(kept, clauses, words);
    const narrowedValues = distinct(narrowed.map((h) => h.entry.value));
    const single = narrowedValues.length === 1 ? narrowedValues[0] : undefined;
    return {
        tier: 'contain',
        values: distinct(kept.map((h) => h.entry.value)),
        phrases: kept.map((h) => h.entry.keys),
        single,
        hedged,
        detail: single === 'other' ? normalizeKeepCase(text) : detailOf(clauses, words, kept)
    };
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
export function matchChoice(text: string, options: readonly ChoiceOption[], locale?: Locale): ChoiceMatch | undefined {
    const { tokens, hedged } = withoutHedges(withoutPolite(tokenize(text)));
    if (tokens.length === 0 || options.length === 0) return undefined;
    const keys = tokens.map((t) => t.key);
    const entries = entriesOf(options);
    const whole = byNumber(tokens, options) ?? exact(keys, entries);
    if (whole) return { ...whole, hedged };
    const compounds = locale !== undefined && getLexicon(locale).sentence.compounds;
    const inside = containment(text, entries, options.some((o) => o.value === 'unknown'), compounds);
    if (inside) return { ...inside, hedged: inside.hedged || hedged };
    const typo = fuzzy(keys, entries, 'fuzzy') ?? fuzzy(keys, otherScript(keys, entries), 'translit', skeleton);
    if (typo) return { ...typo, hedged };
    if (options.some((o) => o.value === 'other') && namesACode(tokens)) {
        return { tier: 'code', values: ['other'], phrases: [], hedged, detail: normalizeKeepCase(text) };
    }
    return undefined;
}

/** True when a matched option phrase itself contains a list separator ("Bosnia and Herzegovina"). */
export function spansSeparator(match: ChoiceMatch): boolean {
    return match.phrases.some((p) => p.some((k) => separatorKeys().has(k)));
}

/** `hedged` and `detail` of a match, for ok(); "I don't know" is not noted as unsure on top. */
export const extrasOf = (match: ChoiceMatch, values: readonly string[]) => ({
    ...(match.hedged && !values.every((v) => v === 'unknown') ? { hedged: true } : {}),
    ...(match.detail ? { detail: match.detail } : {})
});

/**
 * One option from a list: by its number ("2", "второй"), title, value code, synonym, inside a
 * sentence (negated options left out, "but …" and "now" over "before"), with typos (words of 4+
 * letters), or Russian typed in Latin letters. A gene-like code no option names is "other".
 * Hedges ("I think", "вроде") and a "don't know" beside the value mark it `hedged`; numbers the
 * option leaves out ("positive, 0.1%") go to `detail`.
 */
export function parseChoice(text: string, options: readonly ChoiceOption[], ctx: ParseContext): ParseResult<string> {
    if (isBlank(text)) return fail('empty');
    const match = matchChoice(text, options, ctx.locale);
    if (!match) return fail('unrecognized');
    const [first, other] = match.values;
    const value = other === undefined ? first : match.single;
    return value === undefined ? fail(first === undefined ? 'unrecognized' : 'ambiguous') : ok(value, extrasOf(match, [value]));
}
