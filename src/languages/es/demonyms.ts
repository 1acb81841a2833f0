import type { DemonymForm } from '../types';
import { apply, r, type Rule } from '../demonymRules';

const CONSONANT_ES = /[^aeiou]$/;

/**
 * Spanish nationality adjectives from folded country names: Colombia → colombiano, Rusia → ruso,
 * Alemania → aleman, Francia → frances, Peru → peruano, Chile → chileno, Japon → japones,
 * Israel → israeli, Panama → panameno, Canada → canadiense, Nicaragua → nicaraguense.
 */
const SPANISH: readonly Rule[] = [
    r(/a$/, 1, 'ano'),
    r(/a$/, 1, 'o'),
    r(/ia$/, 2, ''),
    r(/ia$/, 2, 'es'),
    r(/a$/, 1, 'eno'),
    r(/a$/, 1, 'ense'),
    r(/a$/, 1, 'iense'),
    r(/a$/, 1, 'teco'),
    r(/a$/, 1, 'i'),
    r(/a$/, 0, 'no'),
    r(/ia$/, 2, 'io'),
    r(/[iu]$/, 0, 'ano'),
    r(/[iu]$/, 0, 'no'),
    r(/e$/, 1, 'eno'),
    r(/e$/, 1, 'ano'),
    r(/e$/, 1, 'o'),
    r(/o$/, 1, 'ano'),
    r(/o$/, 1, 'es'),
    r(/o$/, 1, 'io'),
    r(/as$/, 2, 'eno'),
    r(/es$/, 2, 'i'),
    r(/istan$/, 5, 'o'),
    r(/stan$/, 0, 'i'),
    r(/landa$/, 5, 'andes'),
    r(/landia$/, 6, 'landes'),
    r(/y$/, 0, 'o'),
    r(CONSONANT_ES, 0, 'es'),
    r(CONSONANT_ES, 0, 'i'),
    r(CONSONANT_ES, 0, 'ano'),
    r(CONSONANT_ES, 0, 'eno'),
    r(CONSONANT_ES, 0, 'ense'),
    r(CONSONANT_ES, 0, 'o')
];

/** Words before which a name's first word is only the kind of state: "Republica Dominicana", "Emiratos Arabes Unidos". */
const GENERIC_ES = new Set(['republica', 'islas', 'isla', 'estado', 'reino', 'principado']);

/** Every gender and number of a Spanish nationality adjective: mexicano → mexicana, mexicanos, mexicanas; aleman → alemana, alemanes. */
export function inflectSpanish(adjective: string): string[] {
    const forms = [adjective];
    const vowel = /^(.+)o$/u.exec(adjective)?.[1];
    if (vowel) forms.push(`${vowel}a`, `${vowel}os`, `${vowel}as`);
    else if (/[^aeiou]$/u.test(adjective)) forms.push(`${adjective}a`, `${adjective}es`, `${adjective}as`);
    else if (/[ie]$/u.test(adjective)) forms.push(`${adjective}s`, `${adjective}es`);
    return forms;
}

/** Nationality words made from a folded country name. */
export function spanishDemonyms(words: readonly string[]): DemonymForm[] {
    // "Republica Dominicana": the adjective is in the name.
    if (words.length > 1 && GENERIC_ES.has(words[0] ?? '')) {
        const rest = words.slice(1).filter((w) => w !== 'de' && w !== 'del');
        const last = rest[rest.length - 1];
        if (last && /[oa]s?$/u.test(last) && rest.length <= 2) return [{ form: last.replace(/as?$/u, 'o').replace(/os$/u, 'o'), cost: 1 }];
    }
    // "Costa Rica" → "costarricense" is in the lexicon; one-word names follow the rules.
    return words.length === 1 ? apply(words[0] ?? '', SPANISH) : [];
}
