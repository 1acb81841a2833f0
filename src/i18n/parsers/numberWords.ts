import { allLexicons, type Lexicon } from '../lexicon';
import { lazy } from './lazy';
import { PhraseDict } from './phrases';
import { fold, normalizeText } from './text';
import { keyOf } from './tokenize';

const foldTemplate = (template: string) => fold(normalizeText(template));
const fill = (template: string, parts: Readonly<Record<string, string>>) => template.replace(/\{(\w+)\}/g, (_, name: string) => parts[name] ?? '');

/** Years in words are built up to 2000 + this: children's birth and treatment years, with room (thousands of phrases per year). */
const LAST_YEAR_IN_WORDS = 40;

/**
 * Every number word of one language up to 299, and the years 2001–2040, as folded phrases, by its own rule: the listed
 * cardinals, then tens with units ("forty two", "zweiundzwanzig", "сорок пять", "تسعة وعشرين"),
 * then hundreds with the rest ("hundred and twenty"), and a glued half ("zweieinhalb").
 * Parts are folded before they are put together: thousands of phrases, built on first use.
 */
export function numberWordsOf(lexicon: Lexicon): Map<number, string[]> {
    const { cardinals, compounds, half } = lexicon.numbers;
    const words = new Map<number, string[]>();
    const add = (n: number, list: readonly string[]) => words.set(n, [...(words.get(n) ?? []), ...list]);
    const folded = (list: readonly string[] | undefined) => (list ?? []).map(keyOf);
    for (const [n, list] of Object.entries(cardinals)) add(Number(n), folded(list));
    const listed = (n: number) => words.get(n) ?? [];
    const tensUnits = compounds.tensUnits.map(foldTemplate);
    const hundredsRest = compounds.hundreds.map(foldTemplate);
    for (let tens = 20; tens <= 90; tens += 10) {
        for (let unit = 1; unit <= 9; unit++) {
            const units = [...listed(unit), ...folded(compounds.unitForms[String(unit)])];
            add(
                tens + unit,
                tensUnits.flatMap((t) => listed(tens).flatMap((tw) => units.map((uw) => fill(t, { tens: tw, unit: uw }))))
            );
        }
    }
    for (let hundreds = 100; hundreds <= 900; hundreds += 100) {
        for (let rest = 1; rest <= 99; rest++) {
            const rests = words.get(rest) ?? [];
            add(hundreds + rest, hundredsRest.flatMap((t) => listed(hundreds).flatMap((hw) => rests.map((r) => fill(t, { hundreds: hw, rest: r })))));
        }
    }
    // Years: 2001–2040 ("dos mil veintiuno", "zweitausendeinundzwanzig", "ألفين وواحد وعشرين").
    const thousandsRest = compounds.thousands.map(foldTemplate);
    for (let rest = 1; rest <= LAST_YEAR_IN_WORDS; rest++) {
        const rests = words.get(rest) ?? [];
        add(2000 + rest, thousandsRest.flatMap((t) => listed(2000).flatMap((tw) => rests.map((r) => fill(t, { thousands: tw, rest: r })))));
    }
    for (const glued of folded(half.glued)) {
        for (const [n, list] of [...words]) if (n < 100) add(n + 0.5, list.filter((w) => !w.includes(' ')).map((w) => w + glued));
    }
    return words;
}

/** "two", "zwei", "два", "اثنان" → 2; "forty two", "zweiundzwanzig", "сорок пять", "واحد وعشرين" → the compound. */
export const cardinalDict = lazy(() => {
    const dict = new PhraseDict<number>();
    for (const lexicon of allLexicons()) for (const [n, list] of numberWordsOf(lexicon)) for (const phrase of list) dict.addKeys(phrase.split(' '), n);
    return dict;
});
/** Ordinals up to 99: the listed ones, then tens with units ("twenty-first", "einundzwanzigste", "двадцать первого"). */
export function ordinalWordsOf(lexicon: Lexicon): Map<number, string[]> {
    const { cardinals, ordinals, compounds } = lexicon.numbers;
    const folded = (list: readonly string[] | undefined) => (list ?? []).map(keyOf);
    const words = new Map<number, string[]>(Object.entries(ordinals).map(([n, list]) => [Number(n), folded(list)]));
    const templates = compounds.ordinalTensUnits.map(foldTemplate);
    for (let tens = 20; tens <= 90; tens += 10) {
        for (let unit = 1; unit <= 9; unit++) {
            const units = [...folded(cardinals[String(unit)]), ...folded(compounds.unitForms[String(unit)])];
            const made = templates.flatMap((t) =>
                folded(cardinals[String(tens)]).flatMap((tw) => units.flatMap((uw) => (words.get(unit) ?? []).map((nth) => fill(t, { tens: tw, unit: uw, nth }))))
            );
            if (made.length > 0) words.set(tens + unit, [...new Set(made)]);
        }
    }
    return words;
}

/** "second", "zweite", "второй", "الثاني", "twenty-first" → the number. */
export const ordinalDict = lazy(() => {
    const dict = new PhraseDict<number>();
    for (const lexicon of allLexicons()) for (const [n, list] of ordinalWordsOf(lexicon)) for (const phrase of list) dict.addKeys(phrase.split(' '), n);
    return dict;
});
/** Years said with an ordinal, as Russian, Ukrainian and Polish do: "две тысячи двадцать второго (года)" → 2022. */
export const ordinalYearDict = lazy(() => {
    const dict = new PhraseDict<number>();
    for (const lexicon of allLexicons()) {
        const thousands = (lexicon.numbers.cardinals['2000'] ?? []).map(keyOf);
        const templates = lexicon.numbers.compounds.thousands.map(foldTemplate);
        for (const [rest, list] of ordinalWordsOf(lexicon)) {
            if (rest > LAST_YEAR_IN_WORDS) continue;
            for (const phrase of templates.flatMap((t) => thousands.flatMap((tw) => list.map((r) => fill(t, { thousands: tw, rest: r }))))) dict.addKeys(phrase.split(' '), 2000 + rest);
        }
    }
    return dict;
});
/** "twice", "zweimal", "дважды", "مرتين" → 2. */
export const multiplicativeDict = lazy(() => {
    const dict = new PhraseDict<number>();
    for (const lexicon of allLexicons()) for (const [n, words] of Object.entries(lexicon.numbers.multiplicatives)) dict.addAll(words, Number(n));
    return dict;
});
/** "and a half", "с половиной", "ونص": adds a half to the number before. */
export const halfDict = lazy(() => {
    const dict = new PhraseDict<true>();
    for (const lexicon of allLexicons()) dict.addAll(lexicon.numbers.half.after, true);
    return dict;
});

/** A token made only of ASCII digits (after normalisation), as a number. */
export function digitsValue(token: string): number | undefined {
    return /^\d+$/.test(token) ? Number(token) : undefined;
}

/** "2nd", "3rd", "2-й", "3-го", "2e", "2." as an ordinal number. */
export function ordinalDigitsValue(token: string): number | undefined {
    const m = /^(\d{1,3})(?:st|nd|rd|th|e|er|te|ter|ten|-?(?:й|я|е|го|ой|ая|ое|ую|ый|ий|ого|ом))$/u.exec(token);
    return m?.[1] === undefined ? undefined : Number(m[1]);
}
