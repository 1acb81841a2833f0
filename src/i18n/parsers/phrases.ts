import { keysOf } from './tokenize';

/** A phrase found in a token list: tokens [start, end) carry these values. */
export interface PhraseHit<T> {
    readonly start: number;
    readonly end: number;
    readonly values: readonly T[];
}

/**
 * Multi-word phrase lookup over folded tokens. Built once per word list, then read-only:
 * whole-message lookups and longest-match scanning are a few map reads per token.
 */
export class PhraseDict<T> {
    private readonly map = new Map<string, T[]>();
    private longest = 0;

    constructor(entries: Iterable<readonly [phrase: string, value: T]> = []) {
        for (const [phrase, value] of entries) this.add(phrase, value);
    }

    /** Adds an already-folded token sequence. */
    addKeys(keys: readonly string[], value: T): this {
        if (keys.length === 0) return this;
        const joined = keys.join(' ');
        const values = this.map.get(joined);
        if (!values) this.map.set(joined, [value]);
        else if (!values.includes(value)) values.push(value);
        this.longest = Math.max(this.longest, keys.length);
        return this;
    }

    add(phrase: string, value: T): this {
        return this.addKeys(keysOf(phrase), value);
    }

    addAll(phrases: Iterable<string>, value: T): this {
        for (const phrase of phrases) this.add(phrase, value);
        return this;
    }

    get maxWords(): number {
        return this.longest;
    }

    /** Values of the phrase equal to exactly these tokens. */
    get(keys: readonly string[]): readonly T[] {
        return this.map.get(keys.join(' ')) ?? [];
    }

    has(keys: readonly string[]): boolean {
        return this.map.has(keys.join(' '));
    }

    /** Longest phrase starting at token `start`. */
    longestAt(keys: readonly string[], start: number): PhraseHit<T> | undefined {
        for (let n = Math.min(this.longest, keys.length - start); n > 0; n--) {
            const values = this.map.get(keys.slice(start, start + n).join(' '));
            if (values) return { start, end: start + n, values };
        }
        return undefined;
    }

    /** Longest phrase ending at token `end` (exclusive). */
    longestBefore(keys: readonly string[], end: number): PhraseHit<T> | undefined {
        for (let n = Math.min(this.longest, end); n > 0; n--) {
            const values = this.map.get(keys.slice(end - n, end).join(' '));
            if (values) return { start: end - n, end, values };
        }
        return undefined;
    }

    /** Left-to-right, non-overlapping, longest-first matches. */
    scan(keys: readonly string[]): PhraseHit<T>[] {
        const hits: PhraseHit<T>[] = [];
        for (let i = 0; i < keys.length; ) {
            const hit = this.longestAt(keys, i);
            if (hit) {
                hits.push(hit);
                i = hit.end;
            } else i++;
        }
        return hits;
    }

    entries(): IterableIterator<[string, T[]]> {
        return this.map.entries();
    }
}

/** Drops hits lying inside a longer hit: "acute myeloid leukemia" beats "leukemia". */
export function outermost<T>(hits: readonly PhraseHit<T>[]): PhraseHit<T>[] {
    return hits.filter(
        (h) => !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start)
    );
}

/** Distinct values in order of first appearance. */
export function distinct<T>(values: Iterable<T>): T[] {
    return [...new Set(values)];
}
