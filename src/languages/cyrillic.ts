/**
 * Helpers the Cyrillic packs share: case forms by word-ending rules, and Latin typing read back
 * letter by letter. Each pack keeps its own rules and letter tables.
 */

/** Per case, the endings a word-ending rule allows. */
export type Cases = readonly (readonly string[])[];

/** The case forms of one word by the first rule whose ending matches (a captured letter before the ending stays); undefined when none does. */
export function caseFormsByRules(word: string, rules: readonly (readonly [RegExp, Cases])[]): string[][] | undefined {
    for (const [pattern, cases] of rules) {
        const m = pattern.exec(word);
        if (!m) continue;
        const stem = word.slice(0, m.index) + (m[1] ?? '');
        return cases.map((endings) => endings.map((e) => stem + e));
    }
    return undefined;
}

/** Whole phrases, each word in the same case: per case, every combination of the words' forms. */
export function combineCases(perWord: readonly (readonly (readonly string[])[])[], cases: number): string[][] {
    const forms: string[][] = [];
    for (let c = 0; c < cases; c++) {
        let combos: string[][] = [[]];
        for (const wordCases of perWord) {
            const variants = wordCases[c] ?? [];
            combos = combos.flatMap((prefix) => variants.map((v) => [...prefix, v]));
        }
        forms.push(...combos);
    }
    return forms;
}

/**
 * One Latin word (lower case) in a Cyrillic alphabet: letter groups first ("shch", "zh"), then
 * single letters; "y" depends on the language and its place, so the pack decides it.
 */
export function latinToCyrillicBy(
    word: string,
    groups: readonly (readonly [string, string])[],
    single: Readonly<Record<string, string>>,
    y: (word: string, i: number) => string
): string {
    if (!/^[a-z']+$/.test(word)) return word;
    let out = '';
    for (let i = 0; i < word.length; ) {
        const pair = groups.find(([latin]) => word.startsWith(latin, i));
        if (pair) {
            out += pair[1];
            i += pair[0].length;
            continue;
        }
        const c = word[i] ?? '';
        out += c === 'y' ? y(word, i) : (single[c] ?? c);
        i += 1;
    }
    return out;
}
