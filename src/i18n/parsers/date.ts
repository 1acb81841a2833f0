import { addDays, compareYmd, expandYear, formatYmd, isValidYmd, ymdOf, type Ymd } from './calendar';
import { chronoDate } from './chronoFallback';
import { agoSpan, applySpan, isYearNum, numericDates, numericMonths, saidOfYear, scanDate, tagsOf, type DateItem, type DurationUnit } from './dateScan';
import { distinct } from './phrases';
import { fromOneClause } from './sentence';
import { isBlank } from './text';
import { fail, ok, type ParseContext, type ParseResult } from './types';

type Outcome = ParseResult<Ymd> | undefined;

function single(dates: readonly Ymd[]): ParseResult<Ymd> {
    const unique = distinct(dates.map(formatYmd));
    const [first] = dates;
    if (!first || unique.length !== 1) return fail('ambiguous');
    return ok(first);
}

/** "3 March 2016", "March 3, 2016", "3-го марта 2016 года", "٣ مارس ٢٠١٦", "March 3rd 16". */
function byMonthName(items: readonly DateItem[], today: Ymd): Outcome {
    const months = distinct(tagsOf(items, 'month').map((i) => i.tag.m));
    const [month] = months;
    if (month === undefined) return undefined;
    if (months.length > 1) return fail('ambiguous');

    const numItems = tagsOf(items, 'num');
    const nums = numItems.map((i) => i.tag);
    const years = distinct(nums.filter(isYearNum).map((t) => t.n));
    const dayLike = numItems.filter(({ tag: t }) => !isYearNum(t) && Number.isInteger(t.n) && t.n >= 1 && t.n <= 31);
    // "sie ist 7, geboren am 3. März 2019", "ей 13, родилась 30 апреля": the day stands by the month, an age apart.
    const monthItems = tagsOf(items, 'month');
    const near = (a: number, b: number) => b - a >= 0 && b - a <= 1; // next to it, or one word between ("2nd of May")
    const byMonth = dayLike.filter((n) => monthItems.some((m) => near(n.end, m.index) || near(m.end, n.index)));
    // Without a four-digit year, "March 3rd 16" keeps both: the second is the year.
    const small = (dayLike.length > 1 && byMonth.length === 1 && years.length > 0 ? byMonth : dayLike).map((i) => i.tag);
    const yearRel = tagsOf(items, 'yearRel')[0]?.tag.delta;
    if (years.length > 1) return fail('ambiguous');

    let year = years[0] ?? (yearRel === undefined ? undefined : today.y + yearRel);
    let days = distinct(small.map((t) => t.n));
    // "3 March 16": with no four-digit year, a second small number is a two-digit year; so is an
    // ordinal said of a year ("двадцятого лютого двадцять другого року": the 22nd year).
    const [dayTag, yearTag] = small;
    const yearItem = numItems.find((i) => i.tag === yearTag);
    const ofYear = yearItem !== undefined && saidOfYear(items, yearItem);
    if (year === undefined && small.length === 2 && dayTag && yearTag && ((yearTag.digits === 2 && !yearTag.ordinal) || (yearTag.ordinal && ofYear))) {
        year = expandYear(yearTag.n, today);
        days = [dayTag.n];
    }
    if (days.length > 1) return fail('ambiguous');
    const [day] = days;
    if (day === undefined) return fail('need_day');
    if (year === undefined) return fail('unrecognized');
    const ymd = { y: year, m: month, d: day };
    return isValidYmd(ymd) ? ok(ymd) : fail('unrecognized');
}

/** "today", "yesterday", "vorgestern", "2 weeks ago", "vor 3 Tagen", "قبل يومين". */
function relative(items: readonly DateItem[], today: Ymd): Outcome {
    const dayRel = distinct(tagsOf(items, 'dayRel').map((i) => i.tag.days));
    if (dayRel.length > 1) return fail('ambiguous');
    const [offset] = dayRel;
    if (offset !== undefined) return ok(addDays(today, offset));
    const span = agoSpan(items);
    if (span === 'invalid') return fail('unrecognized');
    if (span !== 'none') return span.months > 0 ? fail('need_day') : ok(applySpan(today, span));
    return undefined;
}

/** Only a month, a year or a vague span: the day is missing. */
function vague(items: readonly DateItem[]): Outcome {
    const hasYear = items.some((i) => isYearNum(i.tag));
    const vagueTag = items.some((i) => ['yearRel', 'monthRel', 'weekRel'].includes(i.tag.k));
    return hasYear || vagueTag ? fail('need_day') : undefined;
}

function fromChrono(text: string, today: Ymd, ctx: ParseContext): Outcome {
    const found = chronoDate(text, today, ctx.locale);
    if (!found) return undefined;
    if (found.d === undefined) return fail('need_day');
    const ymd = { y: found.y, m: found.m, d: found.d };
    return isValidYmd(ymd) ? ok(ymd) : undefined;
}

/** Each part named: "2016 شهر 5 يوم 20", "day 3 month 4 year 2016", "год 2016, месяц 3, число 5". */
function labelled(items: readonly DateItem[]): Outcome {
    const parts: Partial<Record<DurationUnit, number>> = {};
    items.forEach((item, i) => {
        const next = items[i + 1];
        if (item.tag.k === 'unit' && item.tag.count === undefined && next?.index === item.end && next.tag.k === 'num' && next.tag.digits !== undefined && !next.tag.ordinal) {
            parts[item.tag.unit] = next.tag.n;
        }
    });
    if (parts.day === undefined || parts.month === undefined) return undefined;
    const years = tagsOf(items, 'num').filter((i) => isYearNum(i.tag)).map((i) => i.tag.n);
    const y = parts.year ?? (years.length === 1 ? years[0] : undefined);
    if (y === undefined) return undefined;
    const ymd = { y, m: parts.month, d: parts.day };
    return isValidYmd(ymd) ? ok(ymd) : fail('unrecognized');
}

function read(text: string, today: Ymd, ctx: ParseContext): ParseResult<Ymd> {
    const numeric = numericDates(text, today, ctx.locale);
    if (numeric.dates.includes('invalid')) return fail('unrecognized');
    const full = numeric.dates.filter((d): d is Ymd => d !== 'invalid');
    if (full.length > 0) return single(full);
    const partial = numericMonths(numeric.rest);
    if (partial.months.length > 0) return fail(partial.months.includes('invalid') ? 'unrecognized' : 'need_day');
    const items = scanDate(partial.rest);
    return (
        labelled(items) ??
        relative(items, today) ??
        byMonthName(items, today) ??
        fromChrono(text, today, ctx) ??
        vague(items) ??
        fail('unrecognized')
    );
}

/**
 * A calendar date → 'YYYY-MM-DD'. Numeric dates are day-first (see dayMonth in dateScan.ts);
 * month names and relative words of all four languages are understood whatever ctx.locale is.
 * Month or year only → 'need_day'; impossible dates → 'unrecognized'; after ctx.today → 'future'.
 */
export function parseDate(text: string, ctx: ParseContext): ParseResult<string> {
    if (isBlank(text)) return fail('empty');
    const today = ymdOf(ctx.today);
    const result = fromOneClause(text, (part) => read(part, today, ctx), formatYmd);
    if (!result.ok) return result;
    return compareYmd(result.value, today) > 0 ? fail('future') : ok(formatYmd(result.value));
}
