/**
 * Case forms of Polish names, so "w Niemczech" is found by its alias and "z Polski", "w Polsce",
 * "do Hiszpanii", "w Kanadzie", "z Izraela", "w Egipcie", "w marcu" by rules on the folded word
 * (no diacritics: "Polsce" and "polsce" meet). Rules by word ending give, per case (nominative,
 * genitive, dative, accusative, instrumental, locative), the possible endings; a phrase is
 * declined word by word in the same case. Forms only ever point back to the same name, so
 * over-generation is harmless; irregular plurals (Niemcy → Niemczech) are lexicon aliases.
 */
type Cases = readonly (readonly string[])[];

const NOUN: readonly [RegExp, Cases][] = [
    [/ia$/, [['ia'], ['ii'], ['ii'], ['ie'], ['ia'], ['ii']]],
    [/ja$/, [['ja'], ['ji'], ['ji'], ['je'], ['ja'], ['ji']]],
    [/ka$/, [['ka'], ['ki'], ['ce'], ['ke'], ['ka'], ['ce']]],
    [/ga$/, [['ga'], ['gi'], ['dze'], ['ge'], ['ga'], ['dze']]],
    [/ta$/, [['ta'], ['ty'], ['cie'], ['te'], ['ta'], ['cie']]],
    [/da$/, [['da'], ['dy'], ['dzie'], ['de'], ['da'], ['dzie']]],
    [/ra$/, [['ra'], ['ry'], ['rze'], ['re'], ['ra'], ['rze']]],
    [/la$/, [['la'], ['li'], ['li'], ['le'], ['la'], ['li']]],
    [/([bpmnwfsz])a$/, [['a'], ['y'], ['ie'], ['e'], ['a'], ['ie']]],
    [/st$/, [['st'], ['stu'], ['stowi'], ['st'], ['stem'], ['scie']]],
    [/t$/, [['t'], ['tu', 'ta'], ['towi'], ['t'], ['tem'], ['cie']]],
    [/d$/, [['d'], ['du', 'da'], ['dowi'], ['d'], ['dem'], ['dzie']]],
    [/r$/, [['r'], ['ru', 'ra'], ['rowi'], ['r'], ['rem'], ['rze']]],
    [/([kgh])$/, [[''], ['u', 'a'], ['owi'], [''], ['iem', 'em'], ['u']]],
    [/([lj])$/, [[''], ['u', 'a'], ['owi'], [''], ['em'], ['u']]],
    [/([bpmnwfsz])$/, [[''], ['u', 'a'], ['owi'], [''], ['em'], ['ie']]]
];

const ADJECTIVE: readonly [RegExp, Cases][] = [
    [/([kg])a$/, [['a'], ['iej'], ['iej'], ['a'], ['a'], ['iej']]],
    [/a$/, [['a'], ['ej'], ['ej'], ['a'], ['a'], ['ej']]],
    [/([kg])ie$/, [['ie'], ['ich'], ['im'], ['ie'], ['imi'], ['ich']]],
    [/e$/, [['e'], ['ych'], ['ym'], ['e'], ['ymi'], ['ych']]],
    [/([kg])i$/, [['i'], ['iego'], ['iemu'], ['i'], ['im'], ['im']]],
    [/y$/, [['y'], ['ego'], ['emu'], ['y'], ['ym'], ['ym']]]
];

/** Plural nouns inside a longer name: "Stany Zjednoczone" → "Stanach Zjednoczonych", "Emiratów". */
const PLURAL: readonly [RegExp, Cases][] = [[/y$/, [['y'], ['ow', ''], ['om'], ['y'], ['ami'], ['ach']]]];

const CASES = 6;
/** Shorter words are left alone: rules on "mai" or "chad" only make noise. */
const MIN_LENGTH = 4;

function wordCases(word: string, rules: readonly [RegExp, Cases][]): string[][] {
    if (word.length >= MIN_LENGTH) {
        for (const [pattern, cases] of rules) {
            const m = pattern.exec(word);
            if (!m) continue;
            // Keep a consonant captured by the pattern (…w|a): only the ending after it changes.
            const stem = word.slice(0, m.index) + (m[1] ?? '');
            return cases.map((endings) => endings.map((e) => stem + e));
        }
    }
    return Array.from({ length: CASES }, () => [word]);
}

const isLatinWord = (w: string) => /^[a-z-]+$/.test(w);
const isAdjective = (w: string) => /(sk|ck|n|ow|dn|ln|ys|iel)(a|ie|e|i|y)$/.test(w);

/** All case forms of a folded Latin phrase (the phrase itself included). */
export function polishCaseForms(keys: readonly string[]): string[][] {
    if (keys.length === 0 || !keys.every(isLatinWord)) return [[...keys]];
    const multi = keys.length > 1;
    const perWord = keys.map((w) => {
        if (!multi) return wordCases(w, NOUN);
        return wordCases(w, isAdjective(w) ? ADJECTIVE : /y$/.test(w) ? PLURAL : NOUN);
    });
    const forms: string[][] = [];
    for (let c = 0; c < CASES; c++) {
        let combos: string[][] = [[]];
        for (const cases of perWord) combos = combos.flatMap((prefix) => (cases[c] ?? []).map((v) => [...prefix, v]));
        forms.push(...combos);
    }
    return forms;
}

/** Forms of a Polish adjective used as a language name: "polski" → "polskim", "po polsku"; "niemiecki" → "po niemiecku". */
export function polishAdjectiveForms(word: string): string[] {
    const m = /^(\p{L}{3,}[sc]k)i$/u.exec(word);
    if (!m?.[1]) return [word];
    const stem = m[1];
    return [word, `${stem}iego`, `${stem}im`, `${stem}a`, `${stem}ą`, `${stem}u`, `po ${stem}u`, `po-${stem}u`];
}
