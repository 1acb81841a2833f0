import { wordCore } from '../../languages';
import { noDict, yesDict } from './answers';
import { lazy } from './lazy';
import { lexiconDict } from './lexiconDict';
import { commonWords, lettersOf, sameAt, type ChoiceMatch, type Entry } from './optionEntries';
import { distinct, outermost, type PhraseHit } from './phrases';
import { clausesOf, isNegated, isNegation, nowIn, saysUnknown, withoutHedges, withoutPolite, type Clause } from './sentence';
import { hasLatin, normalizeKeepCase } from './text';
import type { Token } from './tokenize';

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
const especiallyDict = lexiconDict((l) => l.sentence.especially, true as const);
const ofTheirsDict = lexiconDict((l) => l.sentence.ofTheirs, true as const);
const kinshipDict = lexiconDict((l) => Object.values(l.names.relationships).flat(), true as const);
const visitsDict = lexiconDict((l) => l.sentence.visits, true as const);

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
    const cores = tokens.map((t, i) => ({ key: wordCore(t.key), raw: t.raw, token: i }));
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
            // Negated, the phrase still covers the words inside it: "not in remission" names no "remission".
            if (!opposite) return void spans.push({ start, end, values: [] });
            entry = opposite;
        }
        const answerWord = isAnswerWord(entry.keys);
        // "ja" inside "deshalb schreibe ich ja" is no answer; "no transplant" is, "no sports" is not:
        // a "no" before more words answers only when they are the field's own ("no antibody").
        if (answerWord && (start > 0 || (end < keys.length && !inVocabulary(keys[end] ?? '', settings.vocabulary)))) return;
        spans.push({ start, end, values: [{ entry, clause, start, end, weak: answerWord && end < keys.length }] });
    };
    const match = (seq: readonly Part[], phraseOf: (e: Entry) => readonly string[], covered?: readonly PhraseHit<Hit>[]) => {
        const seqKeys = seq.map((p) => p.key);
        const seqRaws = seq.map((p) => p.raw);
        const found: PhraseHit<Entry>[] = [];
        for (const e of entries) {
            const phrase = phraseOf(e);
            for (let i = 0; i + phrase.length <= seq.length; i++) {
                if (sameOrNegationAt(seqKeys, i, phrase) && (!e.caseSensitive || sameAt(seqRaws, i, e.raw))) found.push({ start: i, end: i + phrase.length, values: [e] });
            }
        }
        // Among pieces, the longest name: "arrière-grand-mère" names "grand-mère", not "mère".
        for (const hit of covered ? outermost(found) : found) {
            const start = seq[hit.start]!.token;
            const end = seq[hit.end - 1]!.token + 1;
            if (!covered?.some((c) => c.start <= start && c.end >= end)) add(hit.values[0]!, start, end);
        }
    };
    // A whole hyphenated word named beats a name on one of its pieces: "grand-mère" is no "mère".
    const [whole, pieces] = partSequences(tokens);
    match(whole!, (e) => e.keys);
    if (pieces) match(pieces, (e) => e.keys, [...spans]);
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
    // The answer inside a title ("myeloid", "BFM" in "AIEOP-BFM ALL 2017"), when it says nothing else, and is
    // more than a short word or a negation ("acute", not "of" or "nicht").
    const acronym = tokens.length === 1 && /^\p{Lu}{3,}$/u.test(tokens[0]?.raw ?? '');
    if (settings.only && (lettersOf(keys) >= 4 || acronym) && keys.some((k) => !isNegation(k) && !commonWords().has(k))) {
        for (const e of entries) {
            for (const words of e.parts.length === e.keys.length ? [e.keys] : [e.keys, e.parts]) {
                if (words.length <= keys.length) continue;
                for (let i = 0; i + keys.length <= words.length; i++) if (sameAt(words, i, keys)) add(e, 0, keys.length);
            }
        }
    }
    return kinChains(outermost(spans).flatMap((s) => s.values), keys, entries);
}

/**
 * "The mother of his father", "la maman de son papa", "der Vater von ihrer Mutter": the second
 * kinship word names someone else, and the first is the speaker's tie to that one, not to the
 * child. Together they name "other" where the list has it, else nothing.
 */
function kinChains(hits: readonly Hit[], keys: readonly string[], entries: readonly Entry[]): Hit[] {
    const isKin = (h: Hit) => kinshipDict().has(h.entry.keys) || kinshipDict().has(h.entry.keys.slice(-1));
    // One place may be named by several entries (title, code, synonym): places, in order.
    const places = distinct(hits.filter(isKin).map((h) => `${h.start}:${h.end}`)).map((p) => p.split(':').map(Number) as [number, number]);
    places.sort((a, b) => a[0] - b[0]);
    const chained: [number, number][] = [];
    places.forEach(([start, end], i) => {
        const next = places.find(([s]) => s >= end);
        if (!next || chained.some(([s]) => s === start) || i === places.length - 1) return;
        // The link may start inside the first name ("mama lui" + "tata") and end inside the second ("de" + "son papa").
        for (let at = end; at > start; at--) {
            const link = ofTheirsDict().longestAt(keys, at);
            if (link && link.end >= Math.max(end, next[0]) && link.end < next[1]) return void chained.push([start, end], next);
        }
    });
    if (chained.length === 0) return [...hits];
    const inChain = (h: Hit) => chained.some(([s, e]) => h.start >= s && h.end <= e);
    const other = entries.find((e) => e.value === 'other');
    const clause = hits[0]!.clause;
    const named = other ? [{ entry: other, clause, start: chained[0]![0], end: chained[chained.length - 1]![1], weak: false }] : [];
    return [...hits.filter((h) => !inChain(h)), ...named];
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
    // "A second opinion, especially about the transplant": what follows "especially" is what it is about.
    if (values().length > 1) {
        const about = (h: Hit) => especiallyDict().scan((words[h.clause] ?? []).map((t) => t.key)).some((e) => e.end <= h.start);
        const named = kept.filter((h) => !about(h));
        if (named.length > 0 && named.length < kept.length) kept = named;
    }
    // "relapsed twice, then CAR-T, now in remission": of states told in turn, those named after the last
    // "now" (not "was in remission and now it's back", and not the word "now" itself, an urgency).
    if (values().length > 1) {
        const nowEnds = clauses.map((c, i) => (c.now ? nowIn((words[i] ?? []).map((t) => t.key))?.end : undefined));
        const afterNow = (h: Hit, i: number) => h.clause === i && nowEnds[i] !== undefined && h.start >= nowEnds[i];
        const lastNow = clauses.findLastIndex((_, i) => kept.some((h) => afterNow(h, i)) && kept.some((h) => !afterNow(h, i)));
        if (lastNow >= 0) kept = kept.filter((h) => afterNow(h, lastNow));
    }
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

/**
 * Of places named, those not gone to: "at home, we go to the hospital every other day", "entra y
 * sale del hospital, ahorita está en la casa" (a going word between the place and the one named before it).
 */
function whereOneIs(hits: readonly Hit[], words: readonly (readonly Token[])[]): Hit[] {
    const goneTo = (h: Hit) => {
        const keys = (words[h.clause] ?? []).map((t) => t.key);
        const from = Math.max(0, ...hits.filter((o) => o.clause === h.clause && o.end <= h.start && o.entry.value !== h.entry.value).map((o) => o.end));
        return visitsDict().scan(keys).some((v) => v.start >= from && v.end <= h.start);
    };
    const here = hits.filter((h) => !goneTo(h));
    return here.length > 0 && distinct(here.map((h) => h.entry.value)).length < distinct(hits.map((h) => h.entry.value)).length ? here : [...hits];
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

/**
 * A gene-like code no option names ("PTPN11", "CD22"): "something else", with the words kept for
 * staff. Among Cyrillic or Arabic words a Latin capital word is one too ("мутацию NRAS нашли").
 */
const CODE = /^(?=.*\p{Lu})(?=.*\d)[\p{L}\d]{3,}$/u;
const LATIN_CAPITALS = /^[A-Z]{3,8}$/u;
const NOT_LATIN = /[\p{Script=Cyrillic}\p{Script=Arabic}]/u;
export const namesACode = (tokens: readonly Token[]) =>
    tokens.some((t) => t.raw.split('-').some((p) => CODE.test(p))) ||
    (tokens.some((t) => NOT_LATIN.test(t.raw)) && tokens.some((t) => LATIN_CAPITALS.test(t.raw)));

/**
 * Options named inside the clauses of a sentence ("she has ALL", "high hyperdiploidy, nothing else was
 * found", "no transplant"), with negation, "but" and "before", hedges and details.
 */
export function findInSentence(
    text: string,
    entries: readonly Entry[],
    { hasUnknown, compounds, places }: { hasUnknown: boolean; compounds: boolean; places: boolean }
): ChoiceMatch | undefined {
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
    // Places gone to ("we go to the hospital every other day") are left out before anything else.
    const here = places ? whereOneIs(kept, words) : kept;
    const narrowed = narrow(here, clauses, words);
    const narrowedValues = distinct(narrowed.map((h) => h.entry.value));
    const single = narrowedValues.length === 1 ? narrowedValues[0] : undefined;
    const now = here.filter((h) => !clauses[h.clause]?.earlier);
    return {
        tier: 'contain',
        values: distinct(kept.map((h) => h.entry.value)),
        current: distinct((now.length > 0 ? now : kept).map((h) => h.entry.value)),
        phrases: kept.map((h) => h.entry.keys),
        single,
        hedged,
        detail: single === 'other' ? normalizeKeepCase(text) : detailOf(clauses, words, kept)
    };
}

