import { lazy } from './lazy';
import { lexiconDict } from './lexiconDict';
import { clausesOf, isCommentary, politeDict } from './sentence';
import { commonWords } from './optionEntries';
import { distinct } from './phrases';
import { isBlank, normalizeKeepCase } from './text';
import { tokenize, type Token } from './tokenize';
import { fail, ok, type ParseResult } from './types';

export const separatorDict = lexiconDict((l) => l.listSeparators, true as const);

/** One-word separators ("and", "und", "и", "و"), to see whether a matched name contains one. */
export const separatorKeys = lazy(() => {
    const keys = new Set<string>();
    for (const [phrase] of separatorDict().entries()) if (!phrase.includes(' ')) keys.add(phrase);
    return keys;
});

/**
 * Chunks split by punctuation that always separates items: , ; newline & and a spaced "+" ("Ph+"
 * stays), except inside brackets ("t(12;21)", "t(9;22)(q34;q11)").
 */
export function hardChunks(text: string): string[] {
    const chunks: string[] = [];
    let depth = 0;
    let current = '';
    const flush = () => {
        if (!isBlank(current)) chunks.push(current.trim());
        current = '';
    };
    for (const piece of normalizeKeepCase(text.replace(/\r?\n/g, ',')).split(/(\s*[,;&]\s*|\s+\+\s+|[()[\]])/u)) {
        if (piece === '(' || piece === '[') depth++;
        if ((piece === ')' || piece === ']') && depth > 0) depth--;
        const separator = /^\s*[,;&]\s*$|^\s+\+\s+$/u.test(piece) && piece.length > 0;
        if (separator && depth === 0) flush();
        else current += piece;
    }
    flush();
    return chunks;
}

const isArabicWaw = (t: Token, i: number) => i > 0 && /^و\p{Script=Arabic}{2,}/u.test(t.norm);

/**
 * Items of a chunk split at separator words ("ALL and AML", "Германия и Израиль"), at an Arabic
 * conjunction glued to the next word ("روسيا وألمانيا"), or at spaces between bare numbers ("1 3").
 */
export function softParts(chunk: string): string[] {
    const tokens = tokenize(chunk);
    if (tokens.length > 1 && tokens.every((t) => /^\d+$/.test(t.key))) return tokens.map((t) => t.raw);
    const keys = tokens.map((t) => t.key);
    const parts: string[][] = [[]];
    for (let i = 0; i < tokens.length; ) {
        const hit = separatorDict().longestAt(keys, i);
        if (hit) {
            parts.push([]);
            i = hit.end;
            continue;
        }
        const token = tokens[i];
        if (token === undefined) break;
        if (isArabicWaw(token, i)) parts.push([token.raw.slice(1)]);
        else parts[parts.length - 1]?.push(token.raw);
        i++;
    }
    return parts.filter((p) => p.length > 0).map((p) => p.join(' '));
}

/** How one chunk or part of a list answer was understood. */
export interface PartMatch<T> {
    /** A found value may carry `hedged` and `detail` (see ParseResult). */
    readonly result: ParseResult<T[]>;
    /** The whole text named one item outright (exact name, or a number from the list). */
    readonly whole: boolean;
    /** A matched name itself contains a separator word ("Bosnia and Herzegovina"). */
    readonly crossesSeparator: boolean;
}

const onlyPolite = (text: string) => {
    const keys = tokenize(text).map((t) => t.key);
    return politeDict().scan(keys).reduce((n, h) => n + h.end - h.start, 0) === keys.length;
};

/** Words beyond the common ones: "the CAR-T report" has two, "of her brother" one. */
const contentWords = (part: string) => tokenize(part).filter((t) => !commonWords().has(t.key)).length;

/** A chunk that comments rather than names an item: "nothing else was found", "2 cycles", "das ist Teil vom Protokoll". */
const isComment = (chunk: string) => clausesOf(chunk).every(isCommentary);

/**
 * A list answer: no item silently dropped. Items keep their order, duplicates removed; when most
 * are understood, an item that is not makes the answer one to confirm, its words kept in `detail`. A chunk is split at separator words only when that yields understood items,
 * so names containing "and" survive. Beside understood items, a chunk that only comments is left
 * out (its numbers and codes go to `detail`); an unknown single word ("aspirin") still fails.
 */
export function parseList<T>(text: string, match: (part: string) => PartMatch<T>): ParseResult<T[]> {
    if (isBlank(text)) return fail('empty');
    const values: T[] = [];
    const details: string[] = [];
    /** Chunks not understood, with why. */
    const unknown: { chunk: string; failure: ParseResult<T[]> }[] = [];
    let hedged = false;
    let failure: ParseResult<T[]> | undefined;
    const take = (result: ParseResult<T[]>) => {
        if (!result.ok) return;
        values.push(...result.value);
        hedged ||= result.hedged === true;
        if (result.detail) details.push(result.detail);
    };
    for (const chunk of hardChunks(text)) {
        if (onlyPolite(chunk)) continue;
        const whole = match(chunk);
        if (whole.result.ok && whole.whole) {
            take(whole.result);
            continue;
        }
        const parts = softParts(chunk);
        if (parts.length > 1) {
            const results = parts.map(match);
            const failed = results.find((r) => !r.result.ok);
            if (!failed) {
                for (const r of results) take(r.result);
                continue;
            }
            if (!(whole.result.ok && whole.crossesSeparator)) {
                if (!whole.result.ok && isComment(chunk)) {
                    if (/\p{N}/u.test(chunk)) details.push(chunk.trim());
                    failure ??= failed.result;
                    continue;
                }
                // "transplant report and the CAR-T report": the understood parts, the others commented or not understood.
                results.forEach((r, i) => {
                    const part = parts[i] ?? '';
                    if (r.result.ok) take(r.result);
                    else if (isComment(part) && contentWords(part) <= 1) failure ??= r.result;
                    else unknown.push({ chunk: part, failure: r.result });
                });
                continue;
            }
        }
        if (!whole.result.ok) {
            if (!isComment(chunk)) {
                unknown.push({ chunk, failure: whole.result });
                continue;
            }
            if (/\p{N}/u.test(chunk)) details.push(chunk.trim());
            failure ??= whole.result;
            continue;
        }
        take(whole.result);
    }
    const [firstUnknown] = unknown;
    if (firstUnknown && !mostlyUnderstood(values.length, unknown.length)) return firstUnknown.failure;
    if (values.length === 0) return failure ?? fail('unrecognized');
    // A long list with an item not understood: the understood ones, to confirm, and the rest kept in words.
    hedged ||= unknown.length > 0;
    const detail = distinct([...details, ...unknown.map((u) => u.chunk.trim())]).join('; ');
    return ok(distinct(values), { ...(hedged ? { hedged } : {}), ...(detail ? { detail } : {}) });
}

/** "discharge papers, marrow, flow, the CAR-T report": enough understood to confirm rather than ask again. */
const mostlyUnderstood = (understood: number, notUnderstood: number) => notUnderstood === 0 || (understood >= 2 && understood > notUnderstood);
