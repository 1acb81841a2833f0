import type { DemonymForm } from '../types';
import { apply, r, type Rule } from '../demonymRules';

const CONSONANT_DE = /[^aeiou]$/;

/** German adjectives: Syrien → syrisch, Italien → italienisch, Kenia → kenianisch, Türkei → türkisch, Österreich → österreichisch. */
const GERMAN: readonly Rule[] = [
    r(/ien$/, 3, 'isch'),
    r(/ien$/, 0, 'isch'),
    r(/ien$/, 3, 'ianisch'),
    r(/[^i]en$/, 2, 'isch'),
    r(/[^i]en$/, 2, 'sch'),
    r(/a$/, 1, 'isch'),
    r(/a$/, 1, 'anisch'),
    r(/a$/, 0, 'isch'),
    r(/a$/, 0, 'nisch'),
    r(/a$/, 1, 'esisch'),
    r(/ia$/, 2, 'isch'),
    r(/lande$/, 1, 'isch'),
    r(/land$/, 0, 'isch'),
    r(/land$/, 4, 'isch', 2),
    r(/land$/, 4, 'nisch', 2),
    r(/ei$/, 2, 'isch'),
    r(/ei$/, 0, 'isch'),
    r(/istan$/, 4, 'sch'),
    r(/[^i]stan$/, 4, 'isch'),
    r(/e$/, 1, 'isch'),
    r(/e$/, 0, 'nisch'),
    r(/o$/, 1, 'anisch'),
    r(/o$/, 1, 'inisch'),
    r(/[oiu]$/, 0, 'isch'),
    r(/i$/, 1, 'isch'),
    r(/[iu]$/, 0, 'anisch'),
    r(/on$/, 2, 'esisch'),
    r(/os$/, 2, 'isch'),
    r(/ius$/, 3, 'isch'),
    r(/s$/, 1, 'isch'),
    r(/s$/, 1, 'nisch'),
    r(/s$/, 1, 'tisch'),
    r(/s$/, 0, 'sisch'),
    r(/n$/, 1, 'isch'),
    r(CONSONANT_DE, 0, 'isch'),
    r(CONSONANT_DE, 0, 'anisch'),
    r(CONSONANT_DE, 0, 'ianisch'),
    r(CONSONANT_DE, 0, 'esisch')
];

/** German people: Österreich → Österreicher(in), Tunesien → Tunesier, from nouns that name the country. */
const GERMAN_PEOPLE: readonly Rule[] = [
    r(CONSONANT_DE, 0, 'er'),
    r(CONSONANT_DE, 0, 'erin'),
    r(/ien$/, 1, 'r'),
    r(/ien$/, 1, 'rin'),
    r(/ien$/, 0, 'er'),
    r(/a$/, 1, 'ier'),
    r(/a$/, 1, 'ierin')
];

/** Every written form of a German nationality adjective: "deutsch" → deutsche, deutscher… and people: Russe, Russin, Syrer. */
export function inflectGerman(adjective: string): string[] {
    const forms = ['', 'e', 'er', 'es', 'en', 'em'].map((e) => adjective + e);
    // Short stems make common words ("mal" + e = "male"): people are then listed in the lexicon.
    const stem = adjective.replace(/isch$/, '');
    if (stem !== adjective && stem.length >= 4) forms.push(stem + 'e', stem + 'in', stem + 'er', stem + 'erin');
    return forms;
}

/** Nationality words made from a folded country name. */
export function germanDemonyms(words: readonly string[]): DemonymForm[] {
    // "Dominikanische Republik": the adjective is in the name.
    const adjective = /^(.+isch)(e|es|en|er)?$/u.exec(words[0] ?? '')?.[1];
    if (adjective) return [{ form: adjective, cost: 1 }];
    // "Costa Rica" → "costa-ricanisch", as German writes it.
    const word = words.join('-');
    return [...apply(word, GERMAN), ...apply(word, GERMAN_PEOPLE)];
}
