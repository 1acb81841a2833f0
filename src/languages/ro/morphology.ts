/**
 * Case forms of Romanian names, so "Germaniei", "Italiei", "Frantei", "Israelului",
 * "Republicii Moldova" find their country. Romanian country names carry the definite article
 * ("Germania"); the genitive-dative changes its ending: -ia → -iei, -a → -ei, consonant → -ului.
 * Only the first word of a phrase is declined ("Statelor Unite", "Republicii Moldova").
 * Over-generation is harmless: the forms only ever point back to the same name.
 */
function genitive(word: string): string[] {
    if (/ia$/.test(word)) return [word.slice(0, -1) + 'ei'];
    if (/ea$/.test(word)) return [word.slice(0, -1) + 'i'];
    if (/ca$/.test(word)) return [word.slice(0, -1) + 'ii', word.slice(0, -1) + 'ei'];
    if (/a$/.test(word)) return [word.slice(0, -1) + 'ei'];
    if (/ul$/.test(word)) return [word.slice(0, -2) + 'ului'];
    if (/ele$/.test(word)) return [word.slice(0, -2) + 'or'];
    if (/[^aeiouy]$/.test(word)) return [word + 'ului', word + 'ul'];
    return [];
}

export function romanianCaseForms(keys: readonly string[]): string[][] {
    const [first, ...rest] = keys;
    if (!first || first.length < 3) return [[...keys]];
    return [[...keys], ...genitive(first).map((form) => [form, ...rest])];
}

/** Forms of a language name: "romana" → "romaneste", "rusa" → "ruseste", "engleza" → "englezeste". */
export function romanianLanguageForms(word: string): string[] {
    if (/a$/.test(word) && word.length >= 4) return [word, word.slice(0, -1) + 'este', word.slice(0, -1) + 'easte'];
    return [word];
}
