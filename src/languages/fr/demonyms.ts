import type { DemonymForm } from '../types';
import { apply, r, type Rule } from '../demonymRules';

const CONSONANT_FR = /[^aeiouy]$/;

/**
 * French nationality adjectives, masculine: Algérie → algérien, Sénégal → sénégalais, Maroc →
 * marocain, Congo → congolais, Mali → malien, Bénin → béninois, Canada → canadien, Ouzbékistan → ouzbek.
 */
const FRENCH: readonly Rule[] = [
    r(/ie$/, 2, 'ien'),
    r(/ie$/, 2, 'e'),
    r(/ie$/, 2, 'ain'),
    r(/ie$/, 1, 'n'),
    r(/ie$/, 2, 'ois'),
    r(/ie$/, 2, ''),
    r(/e$/, 1, 'ien'),
    r(/e$/, 1, 'en'),
    r(/e$/, 1, 'ais'),
    r(/e$/, 1, 'ain'),
    r(/e$/, 1, 'ois'),
    r(/e$/, 0, ''),
    r(/que$/, 3, 'cain'),
    r(/a$/, 0, 'dien'),
    r(/a$/, 0, 'n'),
    r(/a$/, 0, 'ien'),
    r(/a$/, 1, 'ais'),
    r(/a$/, 1, 'ien'),
    r(/a$/, 1, 'ain'),
    r(/a$/, 1, 'een'),
    r(/a$/, 0, 'yen'),
    r(/o$/, 0, 'lais'),
    r(/o$/, 1, 'ais'),
    r(/[iu]$/, 0, 'en'),
    r(/i$/, 1, 'ais'),
    r(/istan$/, 5, ''),
    r(/[^i]stan$/, 4, ''),
    r(/stan$/, 0, 'ais'),
    r(/in$/, 0, 'ois'),
    r(/es$/, 2, 'ien'),
    r(/as$/, 2, 'een'),
    r(/as$/, 2, 'ien'),
    r(/s$/, 1, 'ien'),
    r(CONSONANT_FR, 0, 'ais'),
    r(CONSONANT_FR, 0, 'ien'),
    r(CONSONANT_FR, 0, 'ain'),
    r(CONSONANT_FR, 0, 'ois'),
    r(CONSONANT_FR, 0, 'ite')
];

/** Words before a name's main word that say nothing about the people: "République du Congo", "Îles Comores". */
const GENERIC_FR = new Set(['republique', 'royaume', 'etat', 'etats', 'iles', 'ile', 'federation', 'principaute', 'sultanat', 'emirats']);
const LINKS_FR = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'd', 'l', 'democratique', 'populaire', 'islamique', 'arabe', 'unie', 'unis', 'federale']);

/** Every written form of a French nationality adjective (folded, no accents): algérien → algérienne, algériens, algériennes. */
export function inflectFrench(base: string): string[] {
    if (base.includes(' ')) return [base];
    if (/(?:ien|een|en)$/.test(base)) return [base, `${base}s`, `${base}ne`, `${base}nes`];
    if (/[sx]$/.test(base)) return [base, `${base}e`, `${base}es`];
    if (base.endsWith('e')) return [base, `${base}s`];
    if (base.endsWith('al')) return [base, `${base}e`, `${base}es`, `${base.slice(0, -2)}aux`];
    if (base.endsWith('c')) return [base, `${base}s`, `${base}que`, `${base}ques`];
    return [base, `${base}e`, `${base}s`, `${base}es`];
}

/** Nationality words made from a folded country name. */
export function frenchDemonyms(words: readonly string[]): DemonymForm[] {
    // "République centrafricaine", "Arabie saoudite": the adjective is in the name.
    const body = words.filter((w) => !GENERIC_FR.has(w) && !LINKS_FR.has(w));
    const forms: DemonymForm[] = [];
    if (body.length > 1 || (body.length === 1 && body[0] !== words[0])) forms.push({ form: body[body.length - 1] ?? '', cost: 1 });
    const main = body[0] ?? words[0] ?? '';
    // "Soudan du Sud": the first word alone costs more, so "soudanais" stays Sudan's.
    const extra = body.length > 1 ? 2 : 0;
    forms.push(...apply(main, FRENCH).map((f) => ({ form: f.form, cost: f.cost + extra })));
    // "Costa Rica" → "costaricien", "Sri Lanka" → "sri-lankais".
    if (body.length > 1) for (const joined of [body.join(''), body.join('-')]) forms.push(...apply(joined, FRENCH));
    return forms.filter((f) => f.form.length > 0);
}
