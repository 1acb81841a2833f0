import type { Ymd } from './calendar';
import { languagePack, LOCALES, type Locale } from '../../languages';


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
    const start = results[0]?.start;
    if (!start || !start.isCertain('year') || !start.isCertain('month')) return undefined;
    const y = start.get('year');
    const m = start.get('month');
    if (y === null || m === null) return undefined;
    const d = start.isCertain('day') ? (start.get('day') ?? undefined) : undefined;
    return { y, m, d };
}
