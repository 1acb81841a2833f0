import { addDays, addMonths, compareYm, compareYmd, daysInMonth, expandYear, formatYm, ymdOf, type Ym, type Ymd } from './calendar';
import { chronoDate } from './chronoFallback';
import { agoSpan, applySpan, isYearNum, numericDates, numericMonths, saidOfYear, scanDate, tagsOf, type DateItem } from './dateScan';
import { distinct } from './phrases';
import { fromOneClause } from './sentence';
import { wordCore } from '../../languages';
import { allLexicons } from '../lexicon';
import { lazy } from './lazy';
import { isBlank } from './text';
import { digitsValue, ordinalDict } from './numberWords';
import { keysOf, tokenize } from './tokenize';
import { fail, ok, type ParseContext, type ParseResult } from './types';

type Outcome = ParseResult<Ym> | undefined;

const monthWords = lazy(() => new Set(allLexicons().flatMap((l) => l.durations.month.flatMap(keysOf))));

/** The word for month before the month's number or ordinal, then the year: "شهر 10 2026", "الشهر الخامس سنة 2026", "month 3 of 2024", "شهر 5 هذه السنة". */
function numberedMonth(text: string, today: Ymd): Ym | undefined {
    const keys = tokenize(text).map((t) => t.key);
    for (let i = 0; i < keys.length; i++) {
        // The word for month may carry its article ("الشهر").
        if (!monthWords().has(wordCore(keys[i] ?? ''))) continue;
        const ordinal = ordinalDict().longestAt(keys, i + 1);
        const m = ordinal ? ordinal.values[0] : digitsValue(keys[i + 1] ?? '');
        if (m === undefined || m < 1 || m > 12) continue;
        const after = keys.slice(ordinal ? ordinal.end : i + 2);
        const year = after.slice(0, 3).find((k) => /^\d{4}$/.test(k));
        if (year) return { y: Number(year), m };
        const yearRel = tagsOf(scanDate(after.join(' ')), 'yearRel')[0]?.tag.delta;
        if (yearRel !== undefined) return { y: today.y + yearRel, m };
    }
    return undefined;
}

function single(months: readonly Ym[]): ParseResult<Ym> {
    const [first] = months;
    if (!first || distinct(months.map(formatYm)).length !== 1) return fail('ambiguous');
    return ok(first);
}

/** "2 years ago", "полгода назад", "قبل سنتين", "last month", "в прошлом месяце", "yesterday". */
function relative(items: readonly DateItem[], today: Ymd): Outcome {
    const dayRel = distinct(tagsOf(items, 'dayRel').map((i) => i.tag.days));
    if (dayRel.length > 1) return fail('ambiguous');
    const [offset] = dayRel;
    if (offset !== undefined) return ok(addDays(today, offset));
    const monthRel = tagsOf(items, 'monthRel')[0];
    if (monthRel) return ok(addMonths(today, monthRel.tag.delta));
    const weekRel = tagsOf(items, 'weekRel')[0];
    if (weekRel) return ok(addDays(today, 7 * weekRel.tag.delta));
    return undefined;
}

/**
 * A month name with an optional year: "March 2016", "в марте прошлого года", "im März letzten
 * Jahres", "this January", "in March, 2 years ago". Without a year: "last March" is the latest
 * March before the current month, "this March" the current year's, a bare "March" the latest
 * March not after today.
 */
function byMonthName(items: readonly DateItem[], today: Ymd, span: ReturnType<typeof agoSpan>): Outcome {
    const months = distinct(tagsOf(items, 'month').map((i) => i.tag.m));
    const [m] = months;
    if (m === undefined) return undefined;
    if (months.length > 1) return fail('ambiguous');
    const years = distinct(tagsOf(items, 'num').filter((i) => isYearNum(i.tag)).map((i) => i.tag.n));
    if (years.length > 1) return fail('ambiguous');
    const yearRel = tagsOf(items, 'yearRel')[0]?.tag.delta;
    // "im August 24", "Mart 23": asked for a month and a year, two digits right after the month
    // name are the year (an ordinal, "August 24th", stays a day).
    const monthEnd = tagsOf(items, 'month')[0]?.end;
    // So is an ordinal said of a year anywhere ("в марте двадцать третьего года": the 23rd year).
    const shortYear = tagsOf(items, 'num').find((i) => (i.index === monthEnd && i.tag.digits === 2 && !i.tag.ordinal) || (i.tag.ordinal === true && i.tag.digits === 2 && saidOfYear(items, i)));
    const [year] = years.length > 0 || shortYear === undefined ? years : [expandYear(shortYear.tag.n, today)];
    const day = tagsOf(items, 'num').find((i) => i !== shortYear && !isYearNum(i.tag) && i.tag.n >= 1 && i.tag.n <= 31)?.tag.n;

    let y: number;
    if (year !== undefined) y = year;
    else if (yearRel !== undefined) y = today.y + yearRel;
    else if (typeof span === 'object' && span.months % 12 === 0 && span.days === 0) y = today.y - span.months / 12;
    else if (tagsOf(items, 'this').length > 0) y = today.y;
    else if (tagsOf(items, 'last').length > 0) y = m < today.m ? today.y : today.y - 1;
    else y = m <= today.m ? today.y : today.y - 1;
    if (day !== undefined && year !== undefined && day > daysInMonth(y, m)) return fail('unrecognized');
    return ok({ y, m });
}

function fromChrono(text: string, today: Ymd, ctx: ParseContext): Outcome {
    const found = chronoDate(text, today, ctx.locale);
    return found ? ok({ y: found.y, m: found.m }) : undefined;
}

function read(text: string, today: Ymd, ctx: ParseContext): ParseResult<Ym> | 'futureDay' {
    const numeric = numericDates(text, today, ctx.locale);
    if (numeric.dates.includes('invalid')) return fail('unrecognized');
    const full = numeric.dates.filter((d): d is Ymd => d !== 'invalid');
    // A full date may be in the current month yet after today.
    if (full.some((d) => compareYmd(d, today) > 0)) return 'futureDay';
    if (full.length > 0) return single(full);
    const numbered = numberedMonth(numeric.rest, today);
    if (numbered) return ok(numbered);
    const partial = numericMonths(numeric.rest);
    if (partial.months.includes('invalid')) return fail('unrecognized');
    const months = partial.months.filter((d): d is Ym => d !== 'invalid');
    if (months.length > 0) return single(months);

    const items = scanDate(partial.rest);
    const span = agoSpan(items);
    if (span === 'invalid') return fail('unrecognized');
    const named = byMonthName(items, today, span);
    if (named) return named;
    if (span !== 'none') return ok(applySpan(today, span));
    return relative(items, today) ?? fromChrono(text, today, ctx) ?? fail('unrecognized');
}

/**
 * A month → 'YYYY-MM'. Takes full dates (the day is dropped), month names with or without a
 * year, numeric "03/2016" / "2016-03", and relative phrases in all four languages. A bare year is
 * 'unrecognized' (the hint asks for the month); after the current month → 'future'.
 */
export function parseMonth(text: string, ctx: ParseContext): ParseResult<string> {
    if (isBlank(text)) return fail('empty');
    const today = ymdOf(ctx.today);
    const result = fromOneClause(text, (part) => {
        const read1 = read(part, today, ctx);
        return read1 === 'futureDay' ? fail<Ym>('future') : read1;
    }, formatYm);
    if (!result.ok) return result;
    return compareYm(result.value, today) > 0 ? fail('future') : ok(formatYm(result.value));
}
