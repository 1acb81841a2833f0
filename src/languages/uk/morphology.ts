/**
 * Case forms of Ukrainian names, so "з Казахстану", "в Німеччині", "до Польщі", "у Великій
 * Британії" find their country. Rules by word ending give, per case (nominative, genitive,
 * dative, accusative, instrumental, locative), the possible endings. Adjectives before the noun
 * agree with it; words after the noun keep their form ("Республіка Корея" → "Республіці Корея",
 * "Сполучені Штати Америки" → "Сполучених Штатів Америки"). Over-generation is harmless: the
 * forms only ever point back to the same name.
 */
import { caseFormsByRules, combineCases, type Cases } from '../cyrillic';
import { LATIN_SCHEMES, latinSpelling } from './translit';

const NOUN: readonly [RegExp, Cases][] = [
    [/ія$/, [['ія'], ['ії'], ['ії'], ['ію'], ['ією'], ['ії']]],
    // Америка → в Америці, Прага → у Празі: к, г, х change before і.
    [/ка$/, [['ка'], ['ки'], ['ці', 'кі'], ['ку'], ['кою'], ['ці', 'кі']]],
    [/га$/, [['га'], ['ги'], ['зі', 'гі'], ['гу'], ['гою'], ['зі', 'гі']]],
    [/ха$/, [['ха'], ['хи'], ['сі', 'хі'], ['ху'], ['хою'], ['сі', 'хі']]],
    [/([жчшщ])а$/, [['а'], ['і'], ['і'], ['у'], ['ею'], ['і']]],
    [/а$/, [['а'], ['и'], ['і'], ['у'], ['ою'], ['і']]],
    [/([аеиоуіїєюя])я$/, [['я'], ['ї'], ['ї'], ['ю'], ['єю'], ['ї']]],
    [/я$/, [['я'], ['і'], ['і'], ['ю'], ['ею'], ['і']]],
    [/й$/, [['й'], ['ю'], ['ю'], ['й'], ['єм'], ['ї']]],
    [/ь$/, [['ь'], ['ю', 'і', 'я'], ['ю', 'і'], ['ь'], ['ем', 'ю'], ['і']]],
    [/и$/, [['и'], ['', 'ів'], ['ам'], ['и'], ['ами'], ['ах']]],
    [/([бвгґджзклмнпрстфхцчшщ])$/, [[''], ['у', 'а'], ['у', 'ові'], [''], ['ом'], ['і', 'у']]]
];

const ADJECTIVE: readonly [RegExp, Cases][] = [
    [/ий$/, [['ий'], ['ого'], ['ому'], ['ий'], ['им'], ['ому', 'ім']]],
    [/а$/, [['а'], ['ої'], ['ій'], ['у'], ['ою'], ['ій']]],
    [/е$/, [['е'], ['ого'], ['ому'], ['е'], ['им'], ['ому', 'ім']]],
    [/і$/, [['і'], ['их'], ['им'], ['і'], ['ими'], ['их']]]
];

const CASES = 6;
const AND = new Set(['і', 'й', 'та', 'и']);

function wordCases(word: string, rules: readonly [RegExp, Cases][]): string[][] {
    return caseFormsByRules(word, rules) ?? Array.from({ length: CASES }, () => [word]);
}

const unchanged = (word: string) => Array.from({ length: CASES }, () => [word]);
const isCyrillicWord = (w: string) => /^[\p{Script=Cyrillic}-]+$/u.test(w);

/** Per word, its six case forms: adjectives agree with the noun after them, words after the noun stay. */
function perWordCases(keys: readonly string[]): string[][][] {
    const out: string[][][] = [];
    let declining = true;
    keys.forEach((word, i) => {
        if (AND.has(word)) {
            out.push(unchanged(word));
            declining = true;
            return;
        }
        if (!declining) {
            out.push(unchanged(word));
            return;
        }
        const next = keys[i + 1];
        const beforeNoun = next !== undefined && !AND.has(next);
        if (beforeNoun && ADJECTIVE.some(([p]) => p.test(word))) out.push(wordCases(word, ADJECTIVE));
        else {
            out.push(wordCases(word, NOUN));
            declining = false;
        }
    });
    return out;
}

/** All case forms of a folded Cyrillic phrase (the phrase itself included). */
export function ukrainianCaseForms(keys: readonly string[]): string[][] {
    if (keys.length === 0 || !keys.every(isCyrillicWord)) return [[...keys]];
    return combineCases(perWordCases(keys), CASES);
}

/** The cases a name typed in Latin letters comes in: "Chekhiia", "z Chekhii", "v Chekhii" (nominative, genitive, locative). */
const TYPED_CASES = [0, 1, 5] as const;
/** Shorter Latin spellings ("kuba", "mali", "hani") are words of other languages. */
const MIN_TYPED_LETTERS = 5;

/**
 * The phrase's case forms, and those parents typing in Latin letters write ("Chehiya, Praha",
 * "v Nimechchyni", "Polshcha"), by each common scheme; each phrase is spelled by one scheme.
 */
export function ukrainianNounForms(keys: readonly string[]): string[][] {
    const forms = ukrainianCaseForms(keys);
    if (keys.length === 0 || !keys.every(isCyrillicWord)) return forms;
    const typed = combineCases(perWordCases(keys).map((cases) => TYPED_CASES.map((c) => cases[c] ?? [])), TYPED_CASES.length);
    const latin = new Map<string, string[]>();
    for (const phrase of typed) {
        for (let scheme = 0; scheme < LATIN_SCHEMES; scheme++) {
            const words = phrase.map((word) => latinSpelling(word, scheme).replace(/'/g, ''));
            if (words.join('').length >= MIN_TYPED_LETTERS) latin.set(words.join(' '), words);
        }
    }
    return [...forms, ...latin.values()];
}

/** Forms of a Ukrainian adjective used as a language name: "українська" → "українською", "по-українськи"… */
export function ukrainianAdjectiveForms(word: string): string[] {
    const m = /^(\p{Script=Cyrillic}{3,}[сц]ьк)(ий|а|ої|ою|у|ій|е|і)$/u.exec(word);
    const stem = m?.[1];
    if (stem === undefined) return [word];
    const endings = ['ий', 'а', 'ої', 'ою', 'у', 'ій', 'е', 'і', 'ого', 'ому', 'им', 'ім', 'их', 'ими'];
    return [word, ...endings.map((e) => stem + e), `по-${stem}и`, `по ${stem}и`, `по-${stem}ому`, `по ${stem}ому`];
}
