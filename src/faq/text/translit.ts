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
    if (!/^[a-z']+$/.test(word)) return word;
    let out = '';
    for (let i = 0; i < word.length; ) {
        const pair = MULTI.find(([latin]) => word.startsWith(latin, i));
        if (pair) {
            out += pair[1];
            i += pair[0].length;
            continue;
        }
        const c = word[i] ?? '';
        if (c === 'y') {
            // "y" after a vowel is й ("moy", "kakoy"), otherwise ы ("vy", "bolny").
            const prev = word[i - 1];
            out += prev !== undefined && VOWELS.includes(prev) ? 'й' : 'ы';
        } else out += SINGLE[c] ?? c;
        i += 1;
    }
    // "-iy"/"-yy" adjective endings come out as "ий"/"ый" already; "-ij" likewise via j → й.
    return out;
}

/** True when a message written in Latin letters may be transliterated Russian. */
export const isLatinText = (text: string): boolean => /\p{Script=Latin}/u.test(text) && !/[\p{Script=Cyrillic}\p{Script=Arabic}]/u.test(text);
