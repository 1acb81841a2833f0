import type { DemonymForm } from '../types';
import { apply, r, type Rule } from '../demonymRules';

const CONSONANT_PL = /[^aeiouy]$/;

/** Polish adjectives: Rumunia → rumuński, Rosja → rosyjski, Kanada → kanadyjski, Ukraina → ukraiński, Izrael → izraelski, Meksyk → meksykański. */
const POLISH: readonly Rule[] = [
    r(/ia$/, 2, 'ski'),
    r(/ia$/, 1, 'jski'),
    r(/ia$/, 2, 'ijski'),
    r(/ria$/, 2, 'yjski'),
    r(/ja$/, 2, 'yjski'),
    r(/ja$/, 2, 'ski'),
    r(/ja$/, 2, 'uski'),
    r(/ja$/, 1, 'nski'),
    r(/ka$/, 1, 'anski'),
    r(/a$/, 1, 'ski'),
    r(/a$/, 1, 'yjski'),
    r(/a$/, 1, 'anski'),
    r(/e$/, 1, 'ijski'),
    r(/istan$/, 5, 'ski'),
    r(/stan$/, 0, 'ski'),
    r(/t$/, 1, 'ski'),
    r(CONSONANT_PL, 0, 'ski'),
    r(CONSONANT_PL, 0, 'anski'),
    r(CONSONANT_PL, 0, 'ijski')
];

/** Every form of a Polish nationality adjective: "polski" → polska, polskie, polskiego, polskiej, polskim… (folded). */
export function inflectPolish(adjective: string): string[] {
    const m = /^(.+k)i$/u.exec(adjective);
    if (!m?.[1]) return [adjective];
    const stem = m[1];
    return ['i', 'a', 'ie', 'iego', 'iej', 'iemu', 'im', 'ich', 'imi'].map((e) => stem + e);
}

/** Nationality words made from a folded country name. */
export function polishDemonyms(words: readonly string[]): DemonymForm[] {
    // "Arabia Saudyjska", "Republika Czeska": the adjective is in the name.
    const adjective = words.length > 1 ? /^(.+[sc]k)(a|ie|i)$/u.exec(words[words.length - 1] ?? '')?.[1] : undefined;
    if (adjective) return [{ form: `${adjective}i`, cost: 1 }];
    return words.length === 1 ? apply(words[0] ?? '', POLISH) : [];
}
