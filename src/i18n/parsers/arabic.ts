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
