import { latinToCyrillicBy } from '../cyrillic';

/**
 * Ukrainian typed in Latin letters ("likuvannia za kordonom", "skilky koshtuie") back to
 * Cyrillic, so it can be matched against the Ukrainian knowledge base. Schemes differ (the
 * official one writes г as "h", и as "y", і as "i", ї as "yi"/"i", є as "ie"/"ye", я as "ia"/"ya");
 * the result only has to be close enough for stems and character n-grams.
 */
const MULTI: readonly [string, string][] = [
    ['shch', 'щ'],
    ['sch', 'щ'],
    ['zh', 'ж'],
    ['kh', 'х'],
    ['ch', 'ч'],
    ['sh', 'ш'],
    ['ts', 'ц'],
    ['tz', 'ц'],
    ['yu', 'ю'],
    ['ju', 'ю'],
    ['iu', 'ю'],
    ['ya', 'я'],
    ['ja', 'я'],
    ['ia', 'я'],
    ['yi', 'ї'],
    ['ji', 'ї'],
    ['ye', 'є'],
    ['je', 'є'],
    ['ie', 'є'],
    ['ph', 'ф'],
    ['ck', 'к'],
    ['x', 'кс']
];
const SINGLE: Readonly<Record<string, string>> = {
    a: 'а', b: 'б', v: 'в', h: 'г', g: 'г', d: 'д', e: 'е', z: 'з', y: 'и', i: 'і', j: 'й', k: 'к', l: 'л', m: 'м',
    n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', t: 'т', u: 'у', f: 'ф', c: 'ц', w: 'в', q: 'к', "'": ''
};
const VOWELS = 'aeiouy';

/** One Latin word (lower case) in Cyrillic; non-Latin words come back unchanged. */
export function latinToCyrillic(word: string): string {
    // "y" closing a word after a vowel is й ("yakyi" is "який" by "yi" already; "moy"), otherwise и ("dytyna").
    return latinToCyrillicBy(word, MULTI, SINGLE, (w, i) => {
        const prev = w[i - 1];
        return prev !== undefined && VOWELS.includes(prev) && i === w.length - 1 ? 'й' : 'и';
    });
}

/** Ukrainian letters as Latin ones, the way parents type them (the official 2010 scheme: "Ukraina", "Kharkiv"). */
const CYR_TO_LAT: Readonly<Record<string, string>> = {
    а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i', й: 'i',
    к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
    ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia', ё: 'e', ы: 'y', э: 'e', ъ: ''
};

export function cyrillicToLatin(word: string): string {
    return [...word].map((c) => CYR_TO_LAT[c] ?? c).join('');
}

/**
 * How parents type Ukrainian in Latin letters besides the official scheme: "ya", "yu", "ye", "yi"
 * for я, ю, є, ї ("Italiya"), "h" or "kh" for х ("Chehiya", "Chekhiya"), "g" for г ("Gruziya").
 * Each scheme is applied to a whole word, so its letters stay consistent.
 */
const POPULAR: Readonly<Record<string, string>> = { ...CYR_TO_LAT, є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };
const SCHEMES: readonly Readonly<Record<string, string>>[] = [
    CYR_TO_LAT,
    POPULAR,
    { ...POPULAR, х: 'h' },
    { ...POPULAR, г: 'g', х: 'h' },
    { ...POPULAR, г: 'g' }
];

/** How many ways of typing {@link latinSpelling} knows. */
export const LATIN_SCHEMES = SCHEMES.length;

/** A Ukrainian word as it is commonly typed in Latin letters, by one of the schemes (0 is the official one). */
export function latinSpelling(word: string, scheme: number): string {
    const letters = SCHEMES[scheme] ?? CYR_TO_LAT;
    return [...word].map((c) => letters[c] ?? c).join('');
}
