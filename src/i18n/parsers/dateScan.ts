import { allLexicons } from '../lexicon';
import { addDays, addMonths, daysInMonth, expandYear, isValidYmd, type Ym, type Ymd } from './calendar';
import { lazy } from './lazy';
import { ConsonantIndex } from './consonants';
import { TypoIndex } from './fuzzy';
import { allMonthNames } from './monthNames';
import { cardinalDict, ordinalDict, ordinalDigitsValue, ordinalYearDict } from './numberWords';
import { PhraseDict } from './phrases';
import { normalizeText } from './text';
import { tokenize } from './tokenize';
import { languagePack, type Locale } from '../../languages';

/** What a word or phrase means in a date answer. */
export type DateTag =
    | { readonly k: 'month'; readonly m: number }
    | { readonly k: 'dayRel'; readonly days: number }
    | { readonly k: 'ago' }
    | { readonly k: 'last' }
    | { readonly k: 'this' }
    | { readonly k: 'yearRel'; readonly delta: number }
    | { readonly k: 'monthRel'; readonly delta: number }
    | { readonly k: 'weekRel'; readonly delta: number }
    | { readonly k: 'unit'; readonly unit: DurationUnit; readonly count?: number }
    | { readonly k: 'span'; readonly months: number }
    | { readonly k: 'num'; readonly n: number; readonly digits?: number; readonly ordinal?: boolean };

export type DurationUnit = 'day' | 'week' | 'month' | 'year';
const UNITS: readonly DurationUnit[] = ['day', 'week', 'month', 'year'];

export interface DateItem {
    readonly tag: DateTag;
    /** Token range [index, end) of the words. */
    readonly index: number;
    readonly end: number;
}

/** Date words of all four languages; several languages may share a phrase ("jan") with the same meaning. */
const dateDict = lazy(() => {
    const dict = new PhraseDict<DateTag>();
    for (const lex of allLexicons()) {
        const d = lex.dates;
        dict.addAll(d.today, { k: 'dayRel', days: 0 })
            .addAll(d.yesterday, { k: 'dayRel', days: -1 })
            .addAll(d.dayBeforeYesterday, { k: 'dayRel', days: -2 })
            .addAll(d.ago, { k: 'ago' })
            .addAll(d.last, { k: 'last' })
            .addAll(d.this, { k: 'this' })
            .addAll(d.lastYear, { k: 'yearRel', delta: -1 })
            .addAll(d.thisYear, { k: 'yearRel', delta: 0 })
            .addAll(d.yearBeforeLast, { k: 'yearRel', delta: -2 })
            .addAll(d.lastMonth, { k: 'monthRel', delta: -1 })
            .addAll(d.thisMonth, { k: 'monthRel', delta: 0 })
            .addAll(d.lastWeek, { k: 'weekRel', delta: -1 })
            .addAll(d.one, { k: 'num', n: 1 });
        for (const unit of UNITS) {
            dict.addAll(lex.durations[unit], { k: 'unit', unit });
            dict.addAll(lex.durations.dual[unit], { k: 'unit', unit, count: 2 });
        }
        for (const { phrase, months } of lex.durations.spans) dict.add(phrase, { k: 'span', months });
        // "Thanksgiving 2021", "kurz vor Weihnachten 2024": the holiday's month.
        for (const { phrase, month } of lex.dates.holidays) dict.add(phrase, { k: 'month', m: month });
    }
    for (const months of allMonthNames()) months.forEach((names, i) => names.forEach((keys) => dict.addKeys(keys, { k: 'month', m: i + 1 })));
    for (const [phrase, values] of cardinalDict().entries()) {
        // A year in words ("dos mil veintiuno") counts as one in digits.
        for (const n of values) dict.addKeys(phrase.split(' '), n >= 1000 ? { k: 'num', n, digits: 4 } : { k: 'num', n });
    }
    for (const [phrase, values] of ordinalYearDict().entries()) for (const n of values) dict.addKeys(phrase.split(' '), { k: 'num', n, digits: 4 });
    // "the twenty-first of June", "am dritten März", "первого мая": a day as an ordinal word.
    for (const [phrase, values] of ordinalDict().entries()) {
        for (const n of values) if (n <= 31) dict.addKeys(phrase.split(' '), { k: 'num', n, digits: String(n).length, ordinal: true });
    }
    return dict;
});

const YEAR_WITH_ENDING = /^((?:19|20)\d\d)-?(?:го|ого|й|ий|г|гг|р|рр|року|році|рік|года|году|год)$/u;

/** The words scanDate reads, by index: "1,5 Jahren" has a decimal comma (but "March 3,2016" is a day and a year). */
export const dateKeys = (text: string): string[] => tokenize(text.replace(/(\d),(\d{1,2})(?!\d)/g, '$1.$2')).map((t) => t.key);

/** Tags of the words of a (numeric-pattern-free) date answer, in order. Unknown words are skipped. */
export function scanDate(text: string): DateItem[] {
    const keys = dateKeys(text);
    const items: DateItem[] = [];
    for (let i = 0; i < keys.length; ) {
        const key = keys[i] ?? '';
        if (/^\d+(\.\d+)?$/.test(key)) {
            items.push({ index: i, end: i + 1, tag: { k: 'num', n: Number(key), digits: key.includes('.') ? undefined : key.length } });
            i++;
            continue;
        }
        // A year with a case ending or abbreviation glued on: "2019го", "2019-го", "2018г", "2020р".
        const year = YEAR_WITH_ENDING.exec(key);
        if (year) {
            items.push({ index: i, end: i + 1, tag: { k: 'num', n: Number(year[1]), digits: 4 } });
            i++;
            continue;
        }
        const ordinal = ordinalDigitsValue(key);
        if (ordinal !== undefined) {
            items.push({ index: i, end: i + 1, tag: { k: 'num', n: ordinal, digits: String(ordinal).length, ordinal: true } });
            i++;
            continue;
        }
        const hit = dateDict().longestAt(keys, i);
        const [first] = hit?.values ?? [];
        // A word that is an article in one language and a unit in another ("an": English "a", French "year") is the unit right after a number ("un an", "1 an").
        const previous = items[items.length - 1];
        const unitAfterNumber = first?.k === 'num' && previous?.end === i && previous.tag.k === 'num' ? hit?.values.find((v) => v.k === 'unit') : undefined;
        const tag = unitAfterNumber ?? first;
        if (hit && tag) {
            items.push({ index: i, end: hit.end, tag });
            i = hit.end;
            continue;
        }
        const typed = besideNumber(keys, i) ? (monthsByConsonants().lookup(key) ?? monthWithTypo(key)) : undefined;
        if (typed !== undefined) items.push({ index: i, end: i + 1, tag: { k: 'month', m: typed } });
        i++;
    }
    return items;
}

const besideNumber = (keys: readonly string[], i: number) => [keys[i - 1], keys[i + 1]].some((k) => k !== undefined && /^\d+$/.test(k));

/** One-word month names, for a typo beside a number ("2. Märze 2025", "Febuary 3"). */
const monthTypos = lazy(() => {
    const found = new TypoIndex<number>();
    for (const months of allMonthNames()) months.forEach((names, i) => names.forEach((keys) => keys.length === 1 && keys[0] && keys[0].length >= 5 && found.add(keys[0], i + 1)));
    return found;
});

function monthWithTypo(key: string): number | undefined {
    if (key.length < 5) return undefined;
    const months = new Set(monthTypos().closest(key, 1).entries.map((e) => e.value));
    const [only] = months;
    return months.size === 1 ? only : undefined;
}

/** Month names of languages written without vowels, typed in Latin letters beside a number: "5 yanayer 2017". */
const monthsByConsonants = lazy(() => {
    const found = new ConsonantIndex<number>();
    for (const months of allMonthNames()) months.forEach((names, i) => names.forEach((keys) => keys.length === 1 && keys[0] && found.add(keys[0], i + 1)));
    return found;
});

/** The item is said of a year: the word for year right after it ("двадцять другого року", "в марте двадцать третьего года"). */
export const saidOfYear = (items: readonly DateItem[], item: DateItem): boolean =>
    items.some((u) => u.index === item.end && u.tag.k === 'unit' && u.tag.unit === 'year');

export const tagsOf = <K extends DateTag['k']>(items: readonly DateItem[], k: K) =>
    items.filter((i): i is DateItem & { tag: Extract<DateTag, { k: K }> } => i.tag.k === k);

/** A span counted back from today: "2 weeks ago" → 14 days, "vor 2 Jahren" → 24 months, "полгода назад" → 6 months. */
export interface Span {
    readonly days: number;
    readonly months: number;
}

export function agoSpan(items: readonly DateItem[]): Span | 'none' | 'invalid' {
    if (tagsOf(items, 'ago').length === 0) return 'none';
    let days = 0;
    let months = 0;
    let found = false;
    items.forEach((item, at) => {
        const { tag } = item;
        if (tag.k === 'span') {
            months += tag.months;
            found = true;
        } else if (tag.k === 'unit') {
            const before = items[at - 1];
            const count = tag.count ?? (before?.tag.k === 'num' && before.end === item.index ? before.tag.n : 1);
            if (tag.unit === 'day') days += count;
            else if (tag.unit === 'week') days += 7 * count;
            else months += tag.unit === 'month' ? count : 12 * count;
            found = true;
        }
    });
    if (!found) return 'invalid';
    return Number.isInteger(days) && Number.isInteger(months) ? { days, months } : 'invalid';
}

export function applySpan(today: Ymd, span: Span): Ymd {
    const back = addMonths(today, -span.months);
    const day = Math.min(today.d, daysInMonth(back.y, back.m));
    return addDays({ ...back, d: day }, -span.days);
}

/** A full numeric date found in the text, as read ('invalid' for 31.02.2016). */
export type NumericDate = Ymd | 'invalid';

const ISO = /(?<!\d)(\d{4})\s*([-./])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?![\d])/g;
const DMY = /(?<!\d)(\d{1,2})\s*([-./])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})(?![\d])/g;
/** "23 09 2011": day, month and a four-digit year with spaces only. */
const DMY_SPACED = /(?<![\d.,])(\d{1,2}) (\d{1,2}) (\d{4})(?![\d.,])/g;
const MY = /(?<!\d)(\d{1,2})\s*[-./]\s*(\d{4})(?![\d])/g;
const YM = /(?<!\d)(\d{4})\s*[-./]\s*(\d{1,2})(?![\d.])/g;

/**
 * Day-first everywhere ("03.03.2016", "3/4/2016" = 3 April), except that where the language allows it (English) a slash date
 * whose second number cannot be a month ("3/24/2016") is read month-first. Dots and dashes are
 * always day-first.
 */
function dayMonth(a: number, b: number, sep: string, locale: Locale): [number, number] {
    if (languagePack(locale).monthFirstSlashDates && sep === '/' && a <= 12 && b > 12) return [b, a];
    return [a, b];
}

/** Full numeric dates; the text with them blanked out is returned for further scanning. */
export function numericDates(text: string, today: Ymd, locale: Locale): { dates: NumericDate[]; rest: string } {
    const dates: NumericDate[] = [];
    const check = (ymd: Ymd): NumericDate => (isValidYmd(ymd) ? ymd : 'invalid');
    let rest = normalizeText(text).replace(ISO, (_, y: string, _s: string, m: string, d: string) => {
        dates.push(check({ y: Number(y), m: Number(m), d: Number(d) }));
        return ' ';
    });
    rest = rest.replace(DMY, (_, a: string, sep: string, b: string, y: string) => {
        const [d, m] = dayMonth(Number(a), Number(b), sep, locale);
        const year = y.length === 2 ? expandYear(Number(y), today) : Number(y);
        dates.push(check({ y: year, m, d }));
        return ' ';
    });
    rest = rest.replace(DMY_SPACED, (_, d: string, m: string, y: string) => {
        dates.push(check({ y: Number(y), m: Number(m), d: Number(d) }));
        return ' ';
    });
    return { dates, rest };
}

/** Numeric month and year without a day: "03/2016", "3.2016", "2016-03". */
export function numericMonths(text: string): { months: (Ym | 'invalid')[]; rest: string } {
    const months: (Ym | 'invalid')[] = [];
    const check = (y: number, m: number): Ym | 'invalid' => (m >= 1 && m <= 12 && y >= 1000 ? { y, m } : 'invalid');
    let rest = text.replace(MY, (_, m: string, y: string) => {
        months.push(check(Number(y), Number(m)));
        return ' ';
    });
    rest = rest.replace(YM, (_, y: string, m: string) => {
        months.push(check(Number(y), Number(m)));
        return ' ';
    });
    return { months, rest };
}

/** A four-digit number: a year. */
export const isYearNum = (tag: DateTag): boolean => tag.k === 'num' && tag.digits === 4 && tag.n >= 1000;
