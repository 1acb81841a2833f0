import { allLexicons } from '../lexicon';
import { dateKeys, scanDate, type DateItem } from './dateScan';
import { lazy } from './lazy';
import { PhraseDict } from './phrases';

/** "A few", "ein paar", "несколько" in every language. */
const severalDict = lazy(() => {
    const dict = new PhraseDict<true>();
    for (const lex of allLexicons()) dict.addAll(lex.durations.several, true);
    return dict;
});

const MONTHS_PER: Record<string, number> = { day: 1 / 30, week: 7 / 30, month: 1, year: 12 };

/** How many of the unit an item counts: the number right before it, two after "a few", a number just after, else one. */
function countOf(items: readonly DateItem[], at: number, keys: readonly string[]): number {
    const item = items[at]!;
    if (item.tag.k !== 'unit') return 0;
    if (item.tag.count !== undefined) return item.tag.count;
    const before = items[at - 1];
    if (before?.tag.k === 'num' && before.end === item.index) return before.tag.n;
    for (let start = Math.max(0, item.index - 3); start < item.index; start++) {
        if (severalDict().longestAt(keys, start)?.end === item.index) return 2;
    }
    // "месяца через три", "недели через две": the number after the unit says it is about that many.
    const after = items[at + 1];
    return after?.tag.k === 'num' && after.index <= item.end + 1 ? after.tag.n : 1;
}

/**
 * The longest time a message speaks of, in months ("in a few months" → 2, "dos o tres meses" → 3,
 * "in two weeks" → about half), or undefined when it names no span.
 */
export function longestSpanMonths(text: string): number | undefined {
    const keys = dateKeys(text);
    const items = scanDate(text);
    const spans = items.map((item, at) => {
        if (item.tag.k === 'span') return item.tag.months;
        return item.tag.k === 'unit' ? countOf(items, at, keys) * MONTHS_PER[item.tag.unit]! : undefined;
    }).filter((m): m is number => m !== undefined);
    return spans.length > 0 ? Math.max(...spans) : undefined;
}
