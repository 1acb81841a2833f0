import { allLexicons, getLexicon, type Lexicon } from '../lexicon';
import { LOCALES, type Locale } from '../../languages';
import { separatorDict } from './list';
import { lexiconDict } from './lexiconDict';
import { TypoIndex, typoLimit } from './fuzzy';
import { lazy, lazyPerLocale } from './lazy';
import { cardinalDict, halfDict, multiplicativeDict, numberWordsOf, ordinalDict, ordinalWordsOf } from './numberWords';
import { PhraseDict } from './phrases';
import { afterLastCorrection, clausesOf } from './sentence';
import { isBlank, normalizeText } from './text';
import { keysOf, tokenize } from './tokenize';
import { fail, ok, type ParseContext, type ParseResult } from './types';

export type NumberUnit = 'kg' | 'cm' | 'count';

type UnitKey = keyof Lexicon['units'];
type Dimension = 'mass' | 'length' | 'count' | 'time';

const UNITS: Readonly<Record<UnitKey, { dim: Dimension; factor: number }>> = {
    kg: { dim: 'mass', factor: 1 },
    g: { dim: 'mass', factor: 0.001 },
    lb: { dim: 'mass', factor: 0.45359237 },
    st: { dim: 'mass', factor: 6.35029318 },
    cm: { dim: 'length', factor: 1 },
    m: { dim: 'length', factor: 100 },
    mm: { dim: 'length', factor: 0.1 },
    ft: { dim: 'length', factor: 30.48 },
    in: { dim: 'length', factor: 2.54 },
    times: { dim: 'count', factor: 1 }
};
const TARGET_DIM: Readonly<Record<NumberUnit, Dimension>> = { kg: 'mass', cm: 'length', count: 'count' };

type UnitTag = UnitKey | 'time';

/** Unit words of all languages; durations ("5 years") are recognised only to be set aside. */
const unitDict = lazy(() => {
    const dict = new PhraseDict<UnitTag>();
    for (const lex of allLexicons()) {
        for (const unit of Object.keys(UNITS) as UnitKey[]) dict.addAll(lex.units[unit], unit);
        for (const list of [lex.durations.day, lex.durations.week, lex.durations.month, lex.durations.year]) dict.addAll(list, 'time');
    }
    return dict;
});

const negativeWords = lexiconDict((l) => l.numbers.negative, true as const);

interface Quantity {
    value: number;
    decimal: boolean;
    unit: UnitTag | undefined;
    fromWord: boolean;
    /** "first", "второй", "الثانية": a count given as an ordinal ("the second relapse"). */
    ordinal?: boolean;
    /** Where it starts and ends among the message's keys (with its unit), and an "and" right before it. */
    at?: { start: number; end: number; afterAnd: boolean };
}

// Numbers (decimal point or comma), words, and foot/inch marks (4'2").
const PIECE = /(\d+(?:[.,]\d+)?)|([\p{L}\p{M}]+(?:[-'][\p{L}\p{M}]+)*)|(''|["″]|['′])/gu;

/** The message as keys: numbers with a decimal point, folded words, and the marks ' (foot) and " (inch). */
function pieces(text: string): { keys: string[]; isNum: boolean[] } {
    const keys: string[] = [];
    const isNum: boolean[] = [];
    for (const [, num, word, mark] of text.matchAll(PIECE)) {
        const added = num !== undefined ? [num.replace(',', '.')] : word !== undefined ? keysOf(word) : [mark === "'" || mark === '′' ? "'" : '"'];
        keys.push(...added);
        isNum.push(...added.map(() => num !== undefined));
    }
    return { keys, isNum };
}

/** The unit written right after a number ("23 kg", "4'"), if any. */
function unitAt(keys: readonly string[], at: number): { unit: UnitTag; end: number } | undefined {
    const mark = keys[at];
    if (mark === "'" || mark === '"') return { unit: mark === "'" ? 'ft' : 'in', end: at + 1 };
    const hit = unitDict().longestAt(keys, at);
    const unit = hit?.values[0];
    return hit && unit ? { unit, end: hit.end } : undefined;
}

/** A number word at `at`: "twice" carries its unit; "two" may be followed by one ("two times"). */
/**
 * A one-letter number word ("o", one, in Romanian) only in its own language: in Spanish "más o
 * menos" it is "or".
 */
const oneLetterNumbers = lazy(() => {
    const by = new Map<string, Set<Locale>>();
    for (const locale of LOCALES) {
        for (const list of Object.values(getLexicon(locale).numbers.cardinals)) {
            for (const key of list.flatMap(keysOf)) if (key.length === 1) by.set(key, (by.get(key) ?? new Set()).add(locale));
        }
    }
    return by;
});
function oneLetterCounts(words: readonly string[], locale: Locale): boolean {
    const [only] = words;
    return words.length !== 1 || only === undefined || only.length !== 1 || oneLetterNumbers().get(only)?.has(locale) !== false;
}

function wordAt(keys: readonly string[], at: number, ordinals: boolean, locale: Locale): { q: Quantity; end: number } | undefined {
    const times = multiplicativeDict().longestAt(keys, at);
    const found = times ? undefined : cardinalDict().longestAt(keys, at);
    const cardinal = found && !oneLetterCounts(keys.slice(at, found.end), locale) ? undefined : found;
    const ordinal = times || cardinal || !ordinals ? undefined : ordinalDict().longestAt(keys, at);
    const hit = times ?? cardinal ?? ordinal;
    const value = hit?.values[0];
    if (!hit || value === undefined) return undefined;
    return { q: { value, decimal: !Number.isInteger(value), unit: times ? 'times' : undefined, fromWord: true, ordinal: ordinal !== undefined }, end: hit.end };
}

/**
 * "метр двадцять два", "a Meter fünf": the word for metre with no number before it and one after
 * it is one metre (then the centimetres). Returns where the unit word ends.
 */
function bareMetre(keys: readonly string[], isNum: readonly boolean[], at: number, ordinals: boolean, locale: Locale): number | undefined {
    const hit = unitDict().longestAt(keys, at);
    if (!hit || hit.values[0] !== 'm') return undefined;
    const numberAt = (i: number) => isNum[i] === true || wordAt(keys, i, ordinals, locale) !== undefined;
    if ((at > 0 && numberAt(at - 1)) || !numberAt(hit.end)) return undefined;
    return hit.end;
}

function quantities(text: string, ordinals: boolean, locale: Locale): { list: Quantity[]; negative: boolean } {
    const { keys, isNum } = pieces(text);
    const list: Quantity[] = [];
    let negative = false;
    for (let i = 0; i < keys.length; ) {
        if (negativeWords().longestAt(keys, i) && isNum[i + 1]) negative = true;
        let q: Quantity | undefined;
        let next = i + 1;
        if (isNum[i]) {
            const key = keys[i] ?? '';
            q = { value: Number(key), decimal: key.includes('.'), unit: undefined, fromWord: false };
        } else {
            const word = wordAt(keys, i, ordinals, locale);
            if (word) {
                q = word.q;
                next = word.end;
            } else {
                const metre = bareMetre(keys, isNum, i, ordinals, locale);
                if (metre !== undefined) {
                    q = { value: 1, decimal: false, unit: 'm', fromWord: true };
                    next = metre;
                }
            }
        }
        if (q) {
            next = withHalf(q, keys, next);
            const unit = q.unit === undefined ? unitAt(keys, next) : undefined;
            if (unit) {
                q.unit = unit.unit;
                next = withHalf(q, keys, unit.end);
            }
            // "the second one": the "one" after an ordinal is a pronoun, not a number.
            if (q.ordinal && cardinalDict().longestAt(keys, next)?.values[0] === 1) next++;
            q.at = { start: i, end: next, afterAnd: i > 0 && separatorDict().longestAt(keys, i - 1)?.end === i };
            list.push(q);
        }
        i = next;
    }
    return { list, negative };
}

/** "21 and a half", "двадцать один с половиной", "21 كيلو ونص": a half after the number or its unit. */
function withHalf(q: Quantity, keys: readonly string[], at: number): number {
    const half = halfDict().longestAt(keys, at);
    if (!half || q.decimal) return at;
    q.value += 0.5;
    q.decimal = true;
    return half.end;
}

/** A year inside a count answer ("twice, the last in 2023") is not the count. */
const isYear = (q: Quantity) => !q.fromWord && !q.decimal && q.value >= 1900 && q.value <= 2100;

/** A minus before a number: not a hyphen inside a word ("covid-19") nor a range dash ("23-24", "23 - 24"). */
function hasMinusSign(text: string): boolean {
    for (const m of text.matchAll(/-\s*\d/g)) {
        const before = text.slice(0, m.index);
        if (/[\p{L}\p{N}]$/u.test(before)) continue;
        if (!/\d$/.test(before.trimEnd())) return true;
    }
    return false;
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** Value in the target unit, and whether a conversion happened (then rounded to 0.1). */
function convert(q: Quantity, target: NumberUnit): { value: number; converted: boolean } {
    if (q.unit === undefined || q.unit === 'time') {
        // "1,20" or "1.2" for a height can only be metres.
        if (target === 'cm' && q.decimal && q.value < 3) return { value: q.value * 100, converted: true };
        return { value: q.value, converted: false };
    }
    const { factor } = UNITS[q.unit];
    return { value: q.value * factor, converted: factor !== 1 };
}

/** "23 kg 500 g", "1 m 20", "4 ft 2 in": a larger unit followed by a smaller one. */
function composition(a: Quantity, b: Quantity, target: NumberUnit): number | undefined {
    const pairs: Partial<Record<UnitKey, readonly (UnitKey | undefined)[]>> = {
        // "9 kilo 400": a bare number of grams after kilograms.
        kg: ['g', undefined],
        st: ['lb', undefined],
        m: ['cm', undefined],
        ft: ['in', undefined]
    };
    const gap = a.at !== undefined && b.at !== undefined ? b.at.start - a.at.end : Infinity;
    const adjacent = gap === 0 || (gap === 1 && b.at?.afterAnd === true);
    // "uno cincuenta y ocho", "eins zweiundfünfzig": a height said as metres and centimetres without the units.
    if (target === 'cm' && a.unit === undefined && b.unit === undefined && a.value === 1 && gap === 0 && Number.isInteger(b.value) && b.value >= 10 && b.value < 100) return 100 + b.value;
    if (a.unit === undefined || a.unit === 'time' || b.unit === 'time' || !pairs[a.unit]?.includes(b.unit)) return undefined;
    if (TARGET_DIM[target] !== UNITS[a.unit].dim) return undefined;
    // Grams without their unit only right after the kilograms ("9 kilo 400", "٨ كيلو و٢٠٠"), not "41 kg, was 52".
    if (a.unit === 'kg' && b.unit === undefined && !(adjacent && Number.isInteger(b.value) && b.value >= 10 && b.value < 1000)) return undefined;
    // Pounds without their unit only right after the stones, and fewer than a stone ("6 stone 4").
    if (a.unit === 'st' && b.unit === undefined && !(adjacent && b.value < 14)) return undefined;
    const smaller: UnitKey = b.unit ?? (a.unit === 'm' ? 'cm' : a.unit === 'kg' ? 'g' : a.unit === 'st' ? 'lb' : 'in');
    return a.value * UNITS[a.unit].factor + b.value * UNITS[smaller].factor;
}

/** Quantities with each larger-then-smaller unit pair read as one amount ("4'5\", about 135 cm" is two amounts, both about 135 cm). */
function composed(candidates: readonly Quantity[], unit: NumberUnit): { q: Quantity; value: number; pair: boolean }[] {
    const amounts: { q: Quantity; value: number; pair: boolean }[] = [];
    for (let i = 0; i < candidates.length; i++) {
        const q = candidates[i]!;
        const next = candidates[i + 1];
        const pair = next ? composition(q, next, unit) : undefined;
        if (pair !== undefined) i++;
        amounts.push(pair !== undefined ? { q, value: pair, pair: true } : { q, value: q.value, pair: false });
    }
    return amounts;
}

/** One-word number words of each language (ordinals too), for a typo or a dialect form ("erschter", "zwoa"). */
const numberTypos = lazyPerLocale((locale) => {
    const index = new TypoIndex<string>();
    const lexicon = getLexicon(locale);
    for (const words of [numberWordsOf(lexicon), ordinalWordsOf(lexicon)]) {
        for (const list of words.values()) for (const word of list) if (!word.includes(' ') && word.length >= MIN_TYPO_NUMBER_WORD) index.add(word, word);
    }
    return index;
});
/** Number words shorter than this are too near other words ("vier", "fier"). */
const MIN_TYPO_NUMBER_WORD = 5;

/** The one number word of the language a word is a typo or dialect form of ("erschter", "шісдесят"), if any. */
function numberWordMistyped(key: string, locale: Locale): string | undefined {
    if (key.length < MIN_TYPO_NUMBER_WORD) return undefined;
    const words = new Set(numberTypos(locale).closest(key, typoLimit(key.length)).entries.map((e) => e.value));
    return words.size === 1 ? [...words][0] : undefined;
}

/**
 * A count with nothing read, but a word is one number word of the conversation's language mistyped
 * or said in dialect ("erschter", "втарой"): read with it. Counts only: beside a measure, words like
 * "weight" are too near "eight".
 */
function countWithTypo(text: string, ctx: ParseContext): ParseResult<number> | undefined {
    const tokens = tokenize(text);
    const fixes = tokens.map((t) => numberWordMistyped(t.key, ctx.locale));
    if (fixes.filter((f) => f !== undefined).length !== 1) return undefined;
    const again = parseNumber(tokens.map((t, i) => fixes[i] ?? t.key).join(' '), ctx, 'count');
    return again.ok ? again : undefined;
}

/**
 * A mistyped tens word that makes a number with the word after it ("шісдесят два" is "шістдесят
 * два", 62, not 2): the text with it put right. Only where the two make one number, so "weight"
 * is never "eight".
 */
function compoundTypoFixed(text: string, locale: Locale): string | undefined {
    const keys = tokenize(text).map((t) => t.key);
    let fixedAny = false;
    for (let i = 0; i < keys.length - 1; i++) {
        // Words of a number already read ("ميه واربعه وثلاثين") are no typos.
        const known = cardinalDict().longestAt(keys, i);
        if (known) {
            i = known.end - 1;
            continue;
        }
        const word = numberWordMistyped(keys[i]!, locale);
        if (word === undefined) continue;
        const compound = cardinalDict().longestAt([...keys.slice(0, i), word, ...keys.slice(i + 1)], i);
        if (!compound || compound.end < i + 2) continue;
        keys[i] = word;
        fixedAny = true;
    }
    return fixedAny ? keys.join(' ') : undefined;
}

/** "41 kg now, he was 52 before": the number of the clauses not about an earlier time, if that leaves some. */
function withoutEarlier(text: string, ctx: ParseContext, unit: NumberUnit): ParseResult<number> | undefined {
    const clauses = clausesOf(text);
    const current = clauses.filter((c) => !c.earlier);
    if (current.length === 0 || current.length === clauses.length) return undefined;
    const again = parseNumber(current.map((c) => c.text).join(', '), ctx, unit);
    return again.ok ? again : undefined;
}

/** Amounts within 3 % of each other: the same quantity in two units, rounded. */
function sameAmount(values: readonly { value: number }[]): boolean {
    const amounts = values.map((v) => v.value);
    const low = Math.min(...amounts);
    return low > 0 && Math.max(...amounts) / low <= 1.03;
}

/** "27 kilo, nein warte, 25,5": the number after the last correction marker. */
function corrected(text: string, ctx: ParseContext, unit: NumberUnit): ParseResult<number> | undefined {
    const after = afterLastCorrection(text, ctx.locale);
    if (after === undefined) return undefined;
    const again = parseNumber(after, ctx, unit);
    return again.ok ? again : undefined;
}

/** A bare number this far from the measured one is a difference ("lost about 6"), not another guess ("20 kg, maybe 22"). */
const ALTERNATIVE_RATIO = 0.6;

/** "52 kg, he lost about 6": the one number given with a unit of the field's kind, noted as not sure. */
function withUnit(candidates: readonly Quantity[], unit: NumberUnit): ParseResult<number> | undefined {
    // Numbers in words may be one number read in pieces ("twenty-four point five kg").
    if (unit === 'count' || candidates.some((q) => q.fromWord)) return undefined;
    const measured = candidates.filter((q) => q.unit !== undefined && q.unit !== 'time');
    const [only] = measured;
    if (!only || measured.length !== 1) return undefined;
    const { value, converted } = convert(only, unit);
    const bare = candidates.filter((q) => q !== only).map((q) => convert(q, unit).value);
    if (bare.some((other) => Math.min(other, value) / Math.max(other, value) > ALTERNATIVE_RATIO)) return undefined;
    return ok(round(value, converted ? 1 : 3), { hedged: true });
}

/**
 * A quantity in kg, cm or a plain count, from "23,5 кг", "٢٣٫٥ كغ", "50 lbs", "1,20 m", "4 ft 2 in",
 * "about 23", "zwei", "дважды", "مرتين", number words ("forty two", "zweiundzwanzig", "сорок пять",
 * "تسعة وعشرين") with a half ("and a half", "с половиной", "ونص"), and for a count ordinals too
 * ("the second one", "второй раз", "الثانية"). Field bounds are the domain's business; here only
 * negatives fail ('out_of_range') and two different numbers fail ('ambiguous').
 */
export function parseNumber(text: string, ctx: ParseContext, unit: NumberUnit): ParseResult<number> {
    if (isBlank(text)) return fail('empty');
    const norm = normalizeText(text.replace(/(\d)\s*½/gu, '$1.5'));
    if (hasMinusSign(norm)) return fail('out_of_range');
    const typoFixed = compoundTypoFixed(norm, ctx.locale);
    if (typoFixed !== undefined) return parseNumber(typoFixed, ctx, unit);
    const counting = unit === 'count';
    const { list: found, negative } = quantities(norm, counting, ctx.locale);
    if (negative) return fail('out_of_range');
    const list = counting && found.some((q) => !isYear(q)) ? found.filter((q) => !isYear(q)) : found;
    const digits = list.filter((q) => !q.fromWord);
    const cardinals = list.filter((q) => !q.ordinal);
    // Digits first, then number words, then ordinals: "second relapse" counts two, the highest one named.
    const preferred = digits.length > 0 ? digits : cardinals.length > 0 ? cardinals : list.filter((q) => q.ordinal).sort((a, b) => b.value - a.value).slice(0, 1);
    const candidates = preferred.filter(
        (q) => q.unit === undefined || (q.unit !== 'time' && UNITS[q.unit].dim === TARGET_DIM[unit])
    );
    if (candidates.length === 0) return (counting ? countWithTypo(norm, ctx) : undefined) ?? fail('unrecognized');

    let value: number;
    let converted: boolean;
    const amounts = composed(candidates, unit);
    const [only] = amounts;
    if (only && amounts.length === 1 && only.pair) {
        value = only.value;
        converted = true;
    } else {
        const values = amounts.map((a) => (a.pair ? { value: a.value, converted: true } : convert(a.q, unit)));
        const distinctValues = new Set(values.map((v) => round(v.value, 3)));
        if (distinctValues.size > 1 && !sameAmount(values)) return withoutEarlier(text, ctx, unit) ?? corrected(text, ctx, unit) ?? withUnit(candidates, unit) ?? fail('ambiguous');
        // "21.3 kg (47 lb)": one amount in two units; the one given in the field's unit.
        ({ value, converted } = values.find((v) => !v.converted) ?? values[0] ?? { value: 0, converted: false });
    }
    if (unit === 'count' && !Number.isInteger(value)) return fail('unrecognized');
    return ok(round(value, converted ? 1 : 3));
}
