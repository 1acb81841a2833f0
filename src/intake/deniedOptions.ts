import { matchChoice } from '../i18n/parsers/choice';
import type { ChoiceOption } from '../i18n/parsers/types';
import type { Locale } from '../languages';
import { closesWithNo, deniesGiving, statementSegments } from './treatmentCue';

/** Values that name no item of their own. */
const NAMING_NOTHING = new Set(['none', 'unknown', 'other']);

export interface Denials {
    /** Items named and then said not given. */
    readonly denied: readonly string[];
    /** The message without the pieces that only deny ("so not given", "no se lo han puesto"), or undefined when none do. */
    readonly rest?: string;
}

/**
 * Items of a list answer that the message names and then says were not given: "blinatumomab was
 * advised but we could not afford it, so not given", "gemtuzumab no, it is not available here",
 * "inotuzumab was planned". What follows a name, up to the next name, speaks of it.
 */
export function deniedOptions(text: string, options: readonly ChoiceOption[], locale: Locale): Denials {
    const denied = new Set<string>();
    const kept: string[] = [];
    let current: string[] = [];
    const segments = statementSegments(text);
    for (const segment of segments) {
        // "gemtuzumab no": the name without its "no".
        const closingNo = closesWithNo(segment, locale);
        const words = closingNo ? segment.replace(/\s*\S+\s*$/u, '') : segment;
        const named = (matchChoice(words, options, locale, true)?.values ?? []).filter((v) => !NAMING_NOTHING.has(v));
        if (named.length > 0) current = named;
        const denies = current.length > 0 && (deniesGiving(segment, locale) || (named.length > 0 && closingNo));
        if (denies) for (const value of current) denied.add(value);
        // A piece that only denies what was named before says nothing more to the list.
        if (!(denies && named.length === 0)) kept.push(segment);
    }
    return { denied: [...denied], ...(kept.length < segments.length && kept.length > 0 ? { rest: kept.join(', ') } : {}) };
}
