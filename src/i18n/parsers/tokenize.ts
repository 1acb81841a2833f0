import { fold, normalizeKeepCase } from './text';

/** One word of a message in three forms: as typed (case kept), lower case, and folded for matching. */
export interface Token {
    readonly raw: string;
    readonly norm: string;
    readonly key: string;
    /** Where the word lies in the normalised message (normalizeKeepCase), end exclusive. */
    readonly start: number;
    readonly end: number;
}

// A word: letters/digits/underscore, joined by inner hyphens or apostrophes ("по-русски", "don't",
// "BCR-ABL1", "car_t"), and decimal points only between digits ("23.5").
const WORD = /[\p{L}\p{M}\p{N}_]+(?:(?:[-'][\p{L}\p{M}\p{N}_]+)|(?:\.\p{N}+))*/gu;

// A + or - closing a word ("MRD+", "Ph+", "CD19-") is part of it: it means positive or negative.
const SIGN_AFTER = /^[+-](?=$|[\s,;.!?)\]])/u;

// A number with a grammatical ending after an apostrophe (Turkish "2016'da", "5'inci").
const NUMBER_ENDING = /^(\d+(?:\.\d+)?)'\p{L}+$/u;

/** Tokens of a message; punctuation and emoji are dropped. */
export function tokenize(text: string): Token[] {
    const normalized = normalizeKeepCase(text);
    return [...normalized.matchAll(WORD)].map((m) => {
        const sign = /\p{L}/u.test(m[0]) ? (SIGN_AFTER.exec(normalized.slice(m.index + m[0].length))?.[0] ?? '') : '';
        const raw = m[0] + sign;
        const norm = raw.toLowerCase();
        // "2016'da", "3'ünde", "23,5'e": an ending after an apostrophe leaves the number itself.
        const key = NUMBER_ENDING.exec(norm)?.[1] ?? fold(norm);
        return { raw, norm, key, start: m.index, end: m.index + raw.length };
    });
}

/** Folded keys of a phrase: the form word lists are stored in. */
export function keysOf(text: string): string[] {
    return tokenize(text).map((t) => t.key);
}

/** Folded phrase joined by single spaces ("" when it has no words). */
export function keyOf(text: string): string {
    return keysOf(text).join(' ');
}
