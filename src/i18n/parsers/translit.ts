/**
 * Russian typed in Latin letters ("limfoblastny", "Rossiya"): Cyrillic words are transliterated,
 * then both sides are reduced to a loose skeleton so the many spelling schemes (y/j/i, kh/h,
 * ts/tz/c, doubled letters) compare equal.
 */
const CYR_TO_LAT: Readonly<Record<string, string>> = {
    а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
    м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
    щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya'
};

export function cyrillicToLatin(word: string): string {
    return [...word].map((c) => CYR_TO_LAT[c] ?? c).join('');
}

/** Loose Latin skeleton of a lower-case word. */
export function latinSkeleton(word: string): string {
    return word
        .replace(/shch|sch/g, 'sh')
        .replace(/kh/g, 'h')
        .replace(/ts|tz/g, 'c')
        .replace(/ph/g, 'f')
        .replace(/ck|q/g, 'k')
        .replace(/x/g, 'ks')
        .replace(/w/g, 'v')
        .replace(/[yj]/g, 'i')
        .replace(/[^a-z0-9]/g, '')
        .replace(/(.)\1+/g, '$1');
}

/** Skeleton of a word in either script. */
export function skeleton(word: string): string {
    return latinSkeleton(cyrillicToLatin(word));
}
