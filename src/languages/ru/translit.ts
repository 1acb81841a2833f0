import { latinToCyrillicBy } from '../cyrillic';

/**
 * Russian typed in Latin letters ("lechenie za granitsei", "skolko stoit") back to Cyrillic, so
 * it can be matched against the Russian knowledge base. Schemes differ (ya/ja/ia, kh/h, ts/c);
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
    ['ya', 'я'],
    ['ja', 'я'],
    ['yo', 'е'],
    ['jo', 'е'],
    ['ye', 'е'],
    ['je', 'е'],
    ['ph', 'ф'],
    ['ck', 'к'],
    ['x', 'кс']
];
const SINGLE: Readonly<Record<string, string>> = {
    a: 'а', b: 'б', v: 'в', g: 'г', d: 'д', e: 'е', z: 'з', i: 'и', j: 'й', k: 'к', l: 'л', m: 'м', n: 'н',
    o: 'о', p: 'п', r: 'р', s: 'с', t: 'т', u: 'у', f: 'ф', h: 'х', c: 'ц', w: 'в', q: 'к', "'": 'ь'
};
const VOWELS = 'aeiouy';

/** One Latin word (lower case) in Cyrillic; non-Latin words come back unchanged. */
export function latinToCyrillic(word: string): string {
    // "y" after a vowel is й ("moy", "kakoy"), otherwise ы ("vy", "bolny"); "-iy"/"-ij" endings come out as "ий".
    return latinToCyrillicBy(word, MULTI, SINGLE, (w, i) => {
        const prev = w[i - 1];
        return prev !== undefined && VOWELS.includes(prev) ? 'й' : 'ы';
    });
}

/** Russian letters as Latin ones, the way parents type them ("Rossiya", "limfoblastny"). */
const CYR_TO_LAT: Readonly<Record<string, string>> = {
    а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
    м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
    щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya'
};

export function cyrillicToLatin(word: string): string {
    return [...word].map((c) => CYR_TO_LAT[c] ?? c).join('');
}
