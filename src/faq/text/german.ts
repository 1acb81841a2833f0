/**
 * A light German stemmer after Snowball's German steps, on text where umlauts are already written
 * ae/oe/ue and ß as ss, so "Leukämie" and "Leukaemie" meet. Suffixes are only removed inside R1
 * (after the first vowel-consonant pair, at least three letters in).
 */
const VOWELS = 'aeiouy';

function r1(word: string): number {
    for (let i = 1; i < word.length; i++) {
        if (!VOWELS.includes(word[i] ?? '') && VOWELS.includes(word[i - 1] ?? '')) return Math.max(i + 1, 3);
    }
    return word.length;
}

const S_ENDING = /[bdfghklmnrt]s$/;
const ST_ENDING = /[bdfghklmnt]st$/;

export function foldGerman(word: string): string {
    return word.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
}

export function stemGerman(input: string): string {
    let w = input;
    if (w.length <= 3) return w;
    const start = r1(w);
    const inR1 = (suffix: string) => w.endsWith(suffix) && w.length - suffix.length >= start;
    // Step 1: inflection.
    for (const suffix of ['ern', 'em', 'er', 'en', 'es', 'e']) {
        if (inR1(suffix)) {
            w = w.slice(0, -suffix.length);
            if ((suffix === 'en' || suffix === 'es' || suffix === 'e') && w.endsWith('niss')) w = w.slice(0, -1);
            break;
        }
    }
    if (inR1('s') && S_ENDING.test(w)) w = w.slice(0, -1);
    // Step 2: adjective and verb endings.
    for (const suffix of ['est', 'en', 'er']) {
        if (inR1(suffix)) {
            w = w.slice(0, -suffix.length);
            break;
        }
    }
    if (inR1('st') && ST_ENDING.test(w) && w.length - 2 >= 3) w = w.slice(0, -2);
    // Step 3: derivational endings.
    for (const suffix of ['ung', 'heit', 'keit', 'lich', 'isch', 'ig', 'end']) {
        if (inR1(suffix) && w.length - suffix.length >= 4) {
            w = w.slice(0, -suffix.length);
            break;
        }
    }
    return w;
}
