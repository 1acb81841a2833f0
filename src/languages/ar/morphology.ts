/**
 * Arabic glues short words to the next: "بألمانيا" (in Germany), "لروسيا", "والأردن", "للعراق".
 * Variants of a folded name with those prefixes, and without its article, for the name index.
 */
export function arabicVariants(keys: readonly string[]): string[][] {
    const [first, ...rest] = keys;
    if (first === undefined || !/^\p{Script=Arabic}/u.test(first)) return [[...keys]];
    const heads = new Set<string>([first]);
    if (first.startsWith('ال') && first.length > 3) {
        const bare = first.slice(2);
        heads.add(bare);
        for (const p of ['ب', 'و', 'ف', 'وب']) heads.add(p + first);
        heads.add('لل' + bare);
        heads.add('ولل' + bare);
    } else {
        for (const p of ['ب', 'ل', 'و', 'ف', 'وب', 'ول']) heads.add(p + first);
    }
    return [...heads].map((h) => [h, ...rest]);
}

// Glued conjunction (و، ف), preposition (ب، ل، ك, spoken ع for على) and article (ال), longest first; the word left keeps 3 letters.
const CLITICS = [/^[وف]?(?:[بكل]|عا?)?ال(\p{L}{3,})$/u, /^[وف]?لل(\p{L}{3,})$/u, /^[وف]?[بكل](\p{L}{3,})$/u, /^[وف](\p{L}{3,})$/u];

/**
 * An Arabic word without what is glued to its front ("وبالمشفى" → "مشفى", "فالدار" → "دار",
 * "والوصي" → "وصي"), so phrases match whatever is attached. Applied to both sides of a match,
 * so a word that merely starts with such a letter ("بنية") still meets itself.
 */
export function arabicCore(key: string): string {
    if (!/^\p{Script=Arabic}/u.test(key)) return key;
    for (const pattern of CLITICS) {
        const m = pattern.exec(key);
        if (m?.[1]) return m[1];
    }
    return key;
}

/**
 * A word reduced for matching option names: glued words off, then a present-tense verb's person
 * prefix and a final vowel letter: "بتتعالج" and "يتعالج" both give "تعالج", "بتلعب" and "يلعب"
 * give "لعب", "الأولى" and "الأول" give "اول". Applied to both sides.
 */
export function arabicNameStem(key: string): string {
    // A spoken present marker ("بتتعالج", "عم يلعب") says a verb follows; without it only ي, since
    // many nouns start with ت ("تصحيح" is no "صحيح").
    const spoken = /^ب(?=[يتن]\p{L}{3,}$)/u.test(key);
    const core = spoken ? key.slice(1) : arabicCore(key);
    const verb = (spoken ? /^[يتن](\p{L}{3,})$/u : /^ي(\p{L}{3,})$/u).exec(core)?.[1] ?? core;
    return verb.length > 3 ? verb.replace(/[ىةهي]$/u, '') : verb;
}
