import { allLexicons, getLexicon } from '../lexicon';
import { typoDistance, typoLimit } from './fuzzy';
import { lazy } from './lazy';
import { separatorKeys } from './list';
import { cardinalDict, digitsValue, ordinalDict, ordinalDigitsValue } from './numberWords';
import { compactOf, entriesOf, type ChoiceMatch, type ChoiceTier, type Entry } from './optionEntries';
import { findInSentence, namesACode } from './optionsInSentence';
import { distinct } from './phrases';
import { isNegated, leadingNegation, withoutHedges, withoutPolite } from './sentence';
import { hasCyrillic, hasLatin, isBlank, normalizeKeepCase } from './text';
import { keysOf, tokenize, type Token } from './tokenize';
import { skeleton } from './translit';
import { nameStem, type Locale } from '../../languages';
import { fail, ok, type ChoiceOption, type ParseContext, type ParseResult } from './types';

export type { ChoiceMatch, ChoiceTier } from './optionEntries';

const choicePrefixes = lazy(() => new Set(allLexicons().flatMap((l) => l.numbers.choicePrefixes.flatMap(keysOf))));

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

/** Inside a longer answer a short word with a typo is more often another word ("liegt" is not "liest"). */
const sentenceTypoLimit = (length: number) => (length < 6 ? 0 : typoLimit(length));

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
        const d = typoDistance(whole, joined, limit);
        if (d <= limit) consider(e, d);
        if (e.caseSensitive || !phrase.some((k) => k.length >= 4)) continue;
        for (let i = 0; i + phrase.length <= input.length; i++) {
            let sum = 0;
            for (let j = 0; j < phrase.length && sum <= best; j++) {
                const a = input[i + j] ?? '';
                const b = phrase[j] ?? '';
                const tokenLimit = sentenceTypoLimit(Math.min(a.length, b.length));
                const dj = typoDistance(a, b, tokenLimit);
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

/**
 * Option names found by their words' stems when not as written: "بتتعالج" (she is being treated)
 * names "يتعالج", "лежит" names "лежать". Names of two words or more, or of one word of five
 * letters or more; not negated.
 */
function byStems(keys: readonly string[], entries: readonly Entry[], locale: Locale): ChoiceMatch | undefined {
    const stem = (k: string) => nameStem(locale, k);
    const input = keys.map(stem);
    const found = entries.filter((e) => {
        if (e.caseSensitive || (e.keys.length === 1 && (e.keys[0]?.length ?? 0) < MIN_STEMMED_WORD)) return false;
        const phrase = e.keys.map(stem);
        for (let i = 0; i + phrase.length <= input.length; i++) {
            if (phrase.every((p, j) => input[i + j] === p) && !isNegated(keys, i, i + phrase.length)) return true;
        }
        return false;
    });
    if (found.length === 0) return undefined;
    const values = distinct(found.map((e) => e.value));
    return { tier: 'contain', values, current: values, phrases: found.map((e) => e.keys), ...(values.length === 1 ? { single: values[0] } : {}) };
}

/**
 * An option named as the negation of something ("no rush", "sin prisa", "без спешки") is meant
 * when the answer negates that word as written: "there is no rush at all", "no hay prisa", "нам
 * спешки нет" (a negated noun keeps its form; "doesn't work" is not "the chemo is not working").
 */
function byNegatedName(keys: readonly string[], entries: readonly Entry[]): ChoiceMatch | undefined {
    const found = entries.filter((e) => {
        const negation = leadingNegation(e.keys);
        if (negation === 0 || negation >= e.keys.length) return false;
        const cue = e.keys.slice(negation);
        for (let i = 0; i + cue.length <= keys.length; i++) {
            // A negation after the word only right after it ("спешки нет").
            if (cue.every((c, j) => keys[i + j] === c) && isNegated(keys.slice(0, i + cue.length + 1), i, i + cue.length)) return true;
        }
        return false;
    });
    const values = distinct(found.map((e) => e.value));
    return values.length === 1 ? { tier: 'contain', values, current: values, phrases: found.map((e) => e.keys), single: values[0] } : undefined;
}

/** The rank of an option's value code among the ways to name it (optionEntries). */
const CODE_RANK = 1;

/** A one-word option name shorter than this is too often another word's stem. */
const MIN_STEMMED_WORD = 5;

/** Finds the option(s) an answer names, at the strongest tier that finds any; `items`: one item of a list answer. */
export function matchChoice(text: string, options: readonly ChoiceOption[], locale?: Locale, items = false, places = false): ChoiceMatch | undefined {
    const { tokens, hedged } = withoutHedges(withoutPolite(tokenize(text)));
    if (tokens.length === 0 || options.length === 0) return undefined;
    const keys = tokens.map((t) => t.key);
    const entries = entriesOf(options, items);
    const whole = byNumber(tokens, options) ?? exact(keys, entries);
    if (whole) return { ...whole, hedged };
    const compounds = locale !== undefined && getLexicon(locale).sentence.compounds;
    const inside = findInSentence(text, entries, { hasUnknown: options.some((o) => o.value === 'unknown'), compounds, places });
    // An option named only negated ("no hurry") leaves `inside` empty: the option named as that negation.
    const negatedName = inside?.values.length === 0 || !inside ? byNegatedName(keys, entries) : undefined;
    if (negatedName) return { ...negatedName, hedged };
    if (inside) return { ...inside, hedged: inside.hedged || hedged };
    const stemmed = locale === undefined ? undefined : byStems(keys, entries, locale);
    if (stemmed) return { ...stemmed, hedged };
    // Value codes are English identifiers: near one, a word of the parent's language is more often something else ("mädle" is no "male").
    const named = entries.filter((e) => e.rank !== CODE_RANK);
    const typo = fuzzy(keys, named, 'fuzzy') ?? fuzzy(keys, otherScript(keys, named), 'translit', skeleton);
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
export interface ChoiceSettings {
    /**
     * The options go from least to most limited (how active a child is): of several named about
     * now, the most limited one is meant ("lies in bed most of the day, but likes to colour").
     */
    readonly severest?: boolean;
    /**
     * Options that are the answer when named with others, which are then what they are about
     * ("a second opinion on the transplant").
     */
    readonly prevailing?: readonly string[];
    /** The options are places: one gone to ("we go to the hospital every other day") is not where one is. */
    readonly places?: boolean;
    /** Only names as written: in another language's names a near word is more often one of the parent's own ("privat" is no "private"). */
    readonly asWritten?: boolean;
}

/** Of the options named, the one furthest down the list. */
function severestOf(values: readonly string[], options: readonly ChoiceOption[]): string | undefined {
    const order = (v: string) => options.findIndex((o) => o.value === v);
    const named = values.filter((v) => order(v) >= 0 && v !== 'unknown' && v !== 'other');
    return named.length > 0 ? named.reduce((a, b) => (order(b) > order(a) ? b : a)) : undefined;
}

const NEAR_TIERS: ReadonlySet<ChoiceTier> = new Set(['fuzzy', 'translit', 'code']);

export function parseChoice(text: string, options: readonly ChoiceOption[], ctx: ParseContext, settings: ChoiceSettings = {}): ParseResult<string> {
    if (isBlank(text)) return fail('empty');
    const match = matchChoice(text, options, ctx.locale, false, settings.places);
    if (!match || (settings.asWritten && NEAR_TIERS.has(match.tier))) return fail('unrecognized');
    const [first, other] = match.values;
    const severest = settings.severest && other !== undefined ? severestOf(match.current ?? match.values, options) : undefined;
    const prevailing = other === undefined ? undefined : (match.current ?? match.values).filter((v) => settings.prevailing?.includes(v));
    const value = other === undefined ? first : (severest ?? (prevailing?.length === 1 ? prevailing[0] : match.single));
    return value === undefined ? fail(first === undefined ? 'unrecognized' : 'ambiguous') : ok(value, extrasOf(match, [value]));
}
