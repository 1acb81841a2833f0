/**
 * A light English stemmer: plural, -ing/-ed, -ly and a few derivational endings, so "treatments",
 * "treated" and "treating" meet; British spellings are folded first ("leukaemia" → "leukemia").
 * Deliberately weaker than Porter: over-stemming merges words parents keep apart.
 */
const VOWEL = /[aeiouy]/;

function british(word: string): string {
    return word.replace(/ae/g, 'e').replace(/([^aeiou])our$/, '$1or').replace(/([^aeiou])ise(s|d)?$/, '$1ize$2');
}

function undouble(stem: string): string {
    return /([bdfgmnprt])\1$/.test(stem) ? stem.slice(0, -1) : stem;
}

export function stemEnglish(input: string): string {
    let w = british(input.replace(/'s$/, ''));
    if (w.length <= 3) return w;
    if (w.endsWith('sses')) w = w.slice(0, -2);
    else if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
    else if (/[^su]s$/.test(w) && !/(is|us|ss)$/.test(w)) w = w.slice(0, -1);
    if (w.endsWith('ing') && VOWEL.test(w.slice(0, -3)) && w.length > 5) w = undouble(w.slice(0, -3));
    else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
    else if (w.endsWith('ed') && VOWEL.test(w.slice(0, -2)) && w.length > 4) w = undouble(w.slice(0, -2));
    for (const [suffix, keep] of [
        ['ational', 'ate'],
        ['ation', ''],
        ['ition', ''],
        ['ness', ''],
        ['ment', ''],
        ['ful', ''],
        ['ly', ''],
        ['ic', ''],
        ['ical', ''],
        ['al', ''],
        ['ive', ''],
        ['ity', '']
    ] as const) {
        if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
            w = w.slice(0, -suffix.length) + keep;
            break;
        }
    }
    if (w.endsWith('y') && w.length > 3) w = `${w.slice(0, -1)}i`;
    if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
    return w;
}
