import { extrasOf, matchChoice, spansSeparator } from './choice';
import { parseList, type PartMatch } from './list';
import { type Locale } from '../../languages';
import { fail, ok, type ChoiceOption, type ParseContext, type ParseResult } from './types';

export interface MultiChoiceOptions {
    /** Values that stand alone ("none", "unknown"): combined with anything else the answer is ambiguous. */
    readonly exclusive?: readonly string[];
}

function matchPart(part: string, options: readonly ChoiceOption[], locale: Locale): PartMatch<string> {
    const match = matchChoice(part, options, locale, true);
    if (!match || match.values.length === 0) return { result: fail('unrecognized'), whole: false, crossesSeparator: false };
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
    const result = parseList(text, (part) => matchPart(part, options, ctx.locale));
    if (!result.ok) return result;
    // "KMT2A вроде бы, но не уверена": the named option, not sure; "something else" beside named ones adds nothing.
    const named = result.value.filter((v) => v !== 'unknown');
    if (named.length > 0 && named.length < result.value.length) return ok(named, { hedged: true, ...(result.detail ? { detail: result.detail } : {}) });
    const exclusive = settings.exclusive ?? [];
    if (result.value.length > 1 && result.value.some((v) => exclusive.includes(v))) return fail('ambiguous');
    return result;
}
