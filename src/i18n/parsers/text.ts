/** Text normalisation shared by every parser: one canonical form for user input and for word lists. */

// Invisible characters that only get in the way of matching: zero-width, bidi marks, BOM,
// emoji variation selectors and skin-tone modifiers (so "👍🏽" equals "👍").
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]|\uFE0E|\uFE0F|[\u{1F3FB}-\u{1F3FF}]/gu;
const DASHES = /[\u2010-\u2015\u2212]/g;
const QUOTES = /[\u2018\u2019\u201B\u02BC\u0060\u00B4]/g;
const TATWEEL = /\u0640/g;

function asciiDigits(text: string): string {
    return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
        const code = d.charCodeAt(0);
        return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
    });
}

/** Latin letters that look like Cyrillic ones, as keyboards without a language's letters type them ("нi" for "ні"). */
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
    a: 'а', c: 'с', e: 'е', i: 'і', o: 'о', p: 'р', x: 'х', y: 'у', ï: 'ї', A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', I: 'І', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х'
};
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(LATIN_TO_CYRILLIC).map(([latin, cyrillic]) => [cyrillic, latin]));
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/** A word in two scripts takes the look-alike letters of the one most of it is written in ("самi" → "самі"). */
function oneScriptWords(text: string): string {
    // Every text passes here: most are in one script and need no look at their words.
    if (!CYRILLIC.test(text) || !LATIN.test(text)) return text;
    return text.replace(/\p{L}+/gu, (word) => {
        if (!CYRILLIC.test(word) || !LATIN.test(word)) return word;
        const cyrillic = word.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
        const table = cyrillic * 2 >= word.length ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
        return [...word].map((c) => table[c] ?? c).join('');
    });
}

/** Like normalizeText but keeps letter case: acronyms ("ALL", "DE") are matched case-sensitively. */
export function normalizeKeepCase(text: string): string {
    return oneScriptWords(asciiDigits(text.normalize('NFKC')))
        .replace(INVISIBLE, '')
        .replace(TATWEEL, '')
        .replace(/\u066B/g, '.')
        .replace(/\u066C/g, ',') // Arabic thousands separator: treated like a comma, then parsed as decimal comma
        .replace(/\u060C/g, ',')
        .replace(/\u061B/g, ';')
        .replace(/\u061F/g, '?')
        .replace(DASHES, '-')
        .replace(QUOTES, "'")
        .replace(/\s+/g, ' ')
        .trim();
}

/**
 * NFKC, ASCII digits (Arabic-Indic and Persian too), Arabic punctuation to Latin, no tatweel,
 * collapsed whitespace, lower case.
 */
export function normalizeText(text: string): string {
    return normalizeKeepCase(text).toLowerCase();
}

/** True when nothing in the message is a letter or a digit (empty, spaces, emoji, punctuation). */
export function isBlank(text: string): boolean {
    return !/[\p{L}\p{N}]/u.test(normalizeText(text));
}

const LATIN_SPECIAL: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ı: 'i', þ: 'th' };

/**
 * Matching key for one already-normalised token: Latin diacritics dropped (ü→u, ß→ss), ё→е,
 * Arabic vowel marks dropped and letter variants unified (أإآ→ا, ى→ي, ة→ه), apostrophes removed.
 * Cyrillic й is kept: it is a different letter, not a diacritic.
 */
export function fold(token: string): string {
    return token
        .normalize('NFD')
        .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
        .normalize('NFC')
        .replace(/[ßæœøłđıþ]/g, (c) => LATIN_SPECIAL[c] ?? c)
        .replace(/ё/g, 'е')
        .replace(/[\u064B-\u065F\u0670]/g, '')
        .replace(/[\u0622\u0623\u0625\u0671]/g, 'ا')
        .replace(/\u0649/g, 'ي')
        .replace(/\u0629/g, 'ه')
        .replace(/\u0624/g, 'و')
        .replace(/\u0626/g, 'ي')
        .replace(/\u06CC/g, 'ي')
        .replace(/\u06A9/g, 'ك')
        .replace(/'/g, '');
}

export const hasCyrillic = (text: string): boolean => /\p{Script=Cyrillic}/u.test(text);
export const hasLatin = (text: string): boolean => /\p{Script=Latin}/u.test(text);
export const hasArabic = (text: string): boolean => /\p{Script=Arabic}/u.test(text);
/** Latin letters only: perhaps a language of another script typed in Latin ("skolko stoit"). */
export const isLatinText = (text: string): boolean => hasLatin(text) && !hasCyrillic(text) && !hasArabic(text);
