import { extrasOf, matchChoice, spansSeparator } from './choice';
import { parseList, type PartMatch } from './list';
import { isNegated, mentionsMore } from './sentence';
import { keysOf } from './tokenize';
import { type Locale } from '../../languages';
import { fail, ok, type ChoiceOption, type ParseContext, type ParseResult } from './types';

export interface MultiChoiceOptions {
    /** Values that stand alone ("none", "unknown"): combined with anything else the answer is ambiguous. */
    readonly exclusive?: readonly string[];
    /** Values the message names but says were not given ("blinatumomab was advised, but not given"). */
    readonly denied?: readonly string[];
    /** Word endings that name "other" when no option is named ("-mab": "daratumumab"). */
    readonly otherEndings?: readonly string[];
}

/** A word long enough to be a name, with one of the endings, not negated: "they gave him daratumumab". */
const MIN_NAME_LENGTH = 7;
function namedByEnding(part: string, endings: readonly string[]): boolean {
    const keys = keysOf(part);
    return keys.some((k, i) => k.length >= MIN_NAME_LENGTH && endings.some((e) => k.endsWith(e)) && !isNegated(keys, i, i + 1));
}

function matchPart(part: string, options: readonly ChoiceOption[], locale: Locale, otherEndings: readonly string[]): PartMatch<string> {
    const match = matchChoice(part, options, locale, true);
    if (!match || match.values.length === 0) {
        const other = options.some((o) => o.value === 'other') && namedByEnding(part, otherEndings);
        return { result: other ? ok(['other'], { detail: part.trim() }) : fail('unrecognized'), whole: false, crossesSeparator: false };
    }
    // Several options inside one sentence are a list ("blinatumomab inotuzumab"); several equally
    // close typos or exact names are not.
    const result = match.values.length > 1 && match.tier !== 'contain' ? fail<string[]>('ambiguous') : ok([...match.values], extrasOf(match, match.values));
    return { result, whole: match.tier === 'number' || match.tier === 'exact', crossesSeparator: spansSeparator(match) };
}

/**
 * Several options: "ALL, AML", "1 3", "blinatumomab und inotuzumab", "روسيا وألمانيا".
 * Each item goes through the single-choice matcher; an item not understood fails the whole answer.
 */
export function parseMultiChoice(
    text: string,
    options: readonly ChoiceOption[],
    ctx: ParseContext,
    settings: MultiChoiceOptions = {}
): ParseResult<string[]> {
    const denied = settings.denied ?? [];
    const exclusive = settings.exclusive ?? [];
    const none = exclusive.find((v) => v === 'none' && options.some((o) => o.value === v));
    const listed = parseList(text, (part) => matchPart(part, options, ctx.locale, settings.otherEndings ?? []));
    // Every item named was not given ("gemtuzumab no, it is not available here"): none. A "no se" beside
    // a denial ("no se lo pusieron") is no "don't know".
    const deniedAll = (values: readonly string[]) => values.every((v) => denied.includes(v) || v === none || v === 'unknown');
    if (denied.length > 0 && none && (!listed.ok || deniedAll(listed.value))) return ok([none]);
    if (!listed.ok) return listed;
    const result = { ...listed, value: listed.value.filter((v) => !denied.includes(v)) };
    // "KMT2A вроде бы, но не уверена": the named option, not sure; "something else" beside named ones adds nothing.
    const named = result.value.filter((v) => v !== 'unknown');
    if (named.length > 0 && named.length < result.value.length && !result.value.includes(none ?? '')) return ok(named, { hedged: true, ...(result.detail ? { detail: result.detail } : {}) });
    // "blinatumomab, nothing else", "no other": "none" after named items, with a word for "more", is "no other".
    const given = result.value.filter((v) => v !== none);
    const saidLast = result.value[result.value.length - 1] === none;
    if (none && saidLast && given.length > 0 && given.length < result.value.length && !given.includes('unknown') && mentionsMore(keysOf(text))) return ok(given, result.detail ? { detail: result.detail } : {});
    if (result.value.length > 1 && result.value.some((v) => exclusive.includes(v))) return fail('ambiguous');
    return result;
}
