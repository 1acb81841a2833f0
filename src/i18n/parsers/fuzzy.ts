/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transposition, "teh" → "the"),
 * giving up as soon as it must exceed `max` (then returns max + 1). Inputs are short words.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
    if (a === b) return 0;
    if (Math.abs(a.length - b.length) > max) return max + 1;
    const s = [...a];
    const t = [...b];
    let prevPrev: number[] = [];
    let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
    for (let i = 1; i <= s.length; i++) {
        const row = [i];
        let rowMin = i;
        for (let j = 1; j <= t.length; j++) {
            const cost = s[i - 1] === t[j - 1] ? 0 : 1;
            let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
            if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, (prevPrev[j - 2] ?? 0) + 1);
            row.push(d);
            rowMin = Math.min(rowMin, d);
        }
        if (rowMin > max) return max + 1;
        prevPrev = prev;
        prev = row;
    }
    const result = prev[t.length] ?? max + 1;
    return result > max ? max + 1 : result;
}

/**
 * Two or more letters added only before a word make another word, not a typo: "неправильно" is
 * not "правильно" mistyped, nor "unclear" "clear" (one letter is a slip or an elision: "l'assurance").
 * The edit distance, or max + 1 for such a pair.
 */
export function typoDistance(a: string, b: string, max: number): number {
    const [short, long] = a.length <= b.length ? [a, b] : [b, a];
    if (short.length > 0 && long.length >= short.length + 2 && long.endsWith(short)) return max + 1;
    return editDistance(a, b, max);
}

/** Typos tolerated in a word of this length: none below 4 letters, so codes like "B" or "AML" must be exact. */
export function typoLimit(length: number): number {
    if (length < 4) return 0;
    return length < 8 ? 1 : 2;
}

/** Stricter limit for country names: 1 typo from 5 letters, 2 from 8. */
export function countryTypoLimit(length: number): number {
    if (length < 5) return 0;
    return length < 8 ? 1 : 2;
}

/** Typo candidates are only compared within one script and similar lengths: "Cyrillic:9". */
function bucketOf(text: string, length: number): string {
    const script = /\p{Script=Cyrillic}/u.test(text) ? 'Cyrillic' : /\p{Script=Arabic}/u.test(text) ? 'Arabic' : 'Latin';
    return `${script}:${length}`;
}

/** The entries closest to a text, all at the same distance. */
export interface Nearest<T> {
    readonly distance: number;
    readonly entries: readonly { readonly key: string; readonly value: T }[];
}

export const NONE: Nearest<never> = { distance: Infinity, entries: [] };

/** The nearer of two results; both when equally near. */
export function nearer<T>(a: Nearest<T>, b: Nearest<T>): Nearest<T> {
    if (a.distance !== b.distance) return a.distance < b.distance ? a : b;
    return { distance: a.distance, entries: [...a.entries, ...b.entries] };
}

/** Phrases bucketed by script and length, so a typo search compares a word with few candidates. */
export class TypoIndex<T> {
    private readonly buckets = new Map<string, { key: string; value: T }[]>();

    add(key: string, value: T): void {
        const bucket = this.buckets.get(bucketOf(key, key.length)) ?? [];
        bucket.push({ key, value });
        this.buckets.set(bucketOf(key, key.length), bucket);
    }

    /** Entries within `limit` edits of `text`, keeping only the nearest. */
    closest(text: string, limit: number): Nearest<T> {
        let best: Nearest<T> = NONE;
        for (let len = text.length - limit; len <= text.length + limit; len++) {
            for (const entry of this.buckets.get(bucketOf(text, len)) ?? []) {
                const d = editDistance(text, entry.key, Math.min(limit, best.distance));
                if (d <= limit) best = nearer(best, { distance: d, entries: [entry] });
            }
        }
        return best;
    }
}
