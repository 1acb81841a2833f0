import * as chrono from 'chrono-node';
import type { Ymd } from './calendar';
import type { Locale } from './types';

/** chrono-node covers phrasings our own scanner does not ("last Tuesday", "a fortnight ago"). */
const PARSERS: Readonly<Record<Locale, chrono.Chrono>> = {
    en: chrono.en.GB,
    de: chrono.de.casual,
    ru: chrono.ru.casual,
    ar: chrono.ar.casual
};

export interface ChronoDate {
    readonly y: number;
    readonly m: number;
    /** Undefined when chrono only knows the month. */
    readonly d: number | undefined;
}

/**
 * The single date chrono finds, with the parts it is certain of. chrono works in the process's
 * local time, so "today" is handed over as local noon of the UTC calendar day: relative phrases
 * then land on the same calendar days whatever the server's time zone.
 */
export function chronoDate(text: string, today: Ymd, locale: Locale): ChronoDate | undefined {
    const reference = new Date(today.y, today.m - 1, today.d, 12);
    const results = [locale, 'en' as const]
        .filter((l, i, all) => all.indexOf(l) === i)
        .map((l) => PARSERS[l].parse(text, reference, { forwardDate: false }))
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
