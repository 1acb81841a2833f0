import { romanize } from '../../languages';

/**
 * A loose skeleton of a word in any script, so the many schemes of typing a language in Latin
 * letters (y/j/i, kh/h, ts/tz/c, doubled letters) compare equal with its own script.
 */
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
    return latinSkeleton(romanize(word));
}
