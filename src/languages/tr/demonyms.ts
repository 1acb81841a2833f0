import type { DemonymForm } from '../types';
import { apply, r, type Rule } from '../demonymRules';

/**
 * Turkish: a person of a country is its name + "-li/-lı/-lu/-lü" (Suriyeli, Iraklı, Kazakistanlı,
 * Ukraynalı), or an older word: Almanya → Alman, Rusya → Rus, İtalya → İtalyan, Macaristan →
 * Macar, Arnavutluk → Arnavut. Folded keys: harmony is lost, so both vowels are made.
 */
const TURKISH: readonly Rule[] = [
    r(/./, 0, 'li'),
    r(/./, 0, 'lu'),
    r(/ya$/, 2, ''),
    r(/ya$/, 0, 'n'),
    r(/ya$/, 1, 'ol'),
    r(/istan$/, 5, ''),
    r(/[^i]stan$/, 4, ''),
    r(/luk$/, 3, ''),
    r(/lik$/, 3, '')
];

/** Every written form of a Turkish nationality word: "alman" → almanim, almanlar, alman vatandaşı is matched by its first word. */
export function inflectTurkish(base: string): string[] {
    const vowelEnd = /[aeiou]$/.test(base);
    const endings = vowelEnd ? ['', 'yim', 'yiz', 'yum', 'yuz', 'dir', 'dur', 'lar', 'ler', 'ya', 'ye'] : ['', 'im', 'iz', 'um', 'uz', 'dir', 'dur', 'tir', 'tur', 'lar', 'ler'];
    return endings.map((e) => base + e);
}

/** Nationality words made from a folded country name (last word for "Güney Kore" → "güney koreli"). */
export function turkishDemonyms(words: readonly string[]): DemonymForm[] {
    const last = words[words.length - 1] ?? '';
    const head = words.slice(0, -1).join(' ');
    return apply(last, TURKISH).map((f) => ({ form: head ? `${head} ${f.form}` : f.form, cost: f.cost }));
}
