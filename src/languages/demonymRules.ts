import type { DemonymForm } from './types';

/**
 * Nationality words made from a country's name by each language's rule, for citizenship
 * answers ("Ghanaian", "libysch", "казахстанское", "كويتية"). Names and forms are folded keys
 * (lower case, no diacritics, Arabic ة as ه). A rule may make forms nobody writes
 * ("Kenyaian"): harmless, since they only ever point back to the same country. When two
 * countries make the same form, the one that needed fewer letters changed keeps it
 * ("Nigerian": Nigeria + n, not Niger + ian); see DemonymIndex.
 */

/** Cut `cut` letters from a name that matches `when`, then add `add`; at least `min` letters must stay. */
export interface Rule {
    readonly when: RegExp;
    readonly cut: number;
    readonly add: string;
    readonly min: number;
}

export const r = (when: RegExp, cut: number, add: string, min = 3): Rule => ({ when, cut, add, min });

export function apply(word: string, rules: readonly Rule[]): DemonymForm[] {
    return rules
        .filter((rule) => rule.when.test(word) && word.length - rule.cut >= rule.min)
        .map((rule) => ({ form: word.slice(0, word.length - rule.cut) + rule.add, cost: rule.cut + rule.add.length }));
}
