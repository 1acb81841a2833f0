import type { Ymd } from './calendar';
import { languagePack, LOCALES, type Locale } from '../../languages';

/** A phrase longer than this is not answered by one date word ("now", "today") inside it. */
const LONE_WORD_SENTENCE = 1;

export interface ChronoDate {
    readonly y: number;
    readonly m: number;
    /** Undefined when chrono only knows the month. */
    readonly d: number | undefined;
}

/**
 * chrono-node covers phrasings our own scanner does not ("last Tuesday", "a fortnight ago").
 * The single date chrono finds, with the parts it is certain of. chrono works in the process's
 * local time, so "today" is handed over as local noon of the UTC calendar day: relative phrases
 * then land on the same calendar days whatever the server's time zone.
 */
export function chronoDate(text: string, today: Ymd, locale: Locale): ChronoDate | undefined {
    const reference = new Date(today.y, today.m - 1, today.d, 12);
    const results = [locale, LOCALES[0]]
        .filter((l, i, all) => all.indexOf(l) === i)
        .map((l) => languagePack(l).chrono.parse(text, reference, { forwardDate: false }))
        .find((r) => r.length > 0);
    if (!results || results.length !== 1) return undefined;
    // "consolidation now": a lone "now" or "today" beside other words tells when something
    // happens, not the date asked for (our own scanner reads "yesterday", "last month").
    const [found] = results;
    const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;
    if (found && words(found.text) === 1 && !/\d/.test(found.text) && words(text) > LONE_WORD_SENTENCE) return undefined;
    const start = found?.start;
    if (!start || !start.isCertain('year') || !start.isCertain('month')) return undefined;
    const y = start.get('year');
    const m = start.get('month');
    if (y === null || m === null) return undefined;
    const d = start.isCertain('day') ? (start.get('day') ?? undefined) : undefined;
    return { y, m, d };
}
