import type { DemonymForm } from '../types';
import { apply, r, type Rule } from '../demonymRules';

const CONSONANT_RO = /[^aeiouy]$/;

/**
 * Romanian nationality words (masculine singular, folded): Germania → german, Italia → italian,
 * Ucraina → ucrainean, Moldova → moldovean, Franta → francez, Turcia → turc, Israel → israelian,
 * Kazahstan → kazah, Liban → libanez, Egipt → egiptean.
 */
const ROMANIAN: readonly Rule[] = [
    r(/ia$/, 2, ''),
    r(/ia$/, 1, 'n'),
    r(/ia$/, 2, 'ez'),
    r(/ia$/, 2, 'ian'),
    r(/ia$/, 1, 'c'),
    r(/a$/, 1, 'ean'),
    r(/a$/, 1, 'ez'),
    r(/a$/, 0, 'n'),
    r(/a$/, 1, 'an'),
    r(/ea$/, 2, 'ean'),
    r(/istan$/, 5, ''),
    r(/kistan$/, 6, 'c'),
    r(/stan$/, 4, ''),
    r(/ia$/, 2, 'ean'),
    r(/a$/, 1, 'anez'),
    r(/u$/, 1, 'ean'),
    r(/e$/, 1, 'ez'),
    r(/e$/, 1, 'ian'),
    r(CONSONANT_RO, 0, 'ian'),
    r(CONSONANT_RO, 0, 'ean'),
    r(CONSONANT_RO, 0, 'ez'),
    r(CONSONANT_RO, 0, 'an')
];

/** Words after which a name's rest says what it is: "Republica Moldova", "Regatul Unit". */
const GENERIC_RO = new Set(['republica', 'insulele', 'insula', 'statele']);

/** Nationality words made from a folded country name. */
export function romanianDemonyms(words: readonly string[]): DemonymForm[] {
    const body = words.length > 1 && GENERIC_RO.has(words[0] ?? '') ? words.slice(1) : words;
    // "Coreea de Sud" → "sud-coreean" is listed in the lexicon; the first word carries the rest.
    const first = body[0] ?? '';
    return body.length === 1 ? apply(first, ROMANIAN) : apply(body.join('-'), ROMANIAN);
}

/** Every written form of a Romanian nationality word: "moldovean" → moldoveanca, moldoveni, moldovence; "german" → germana, germani, germane. */
export function inflectRomanian(base: string): string[] {
    const forms = new Set([base]);
    if (base.endsWith('ean')) {
        const stem = base.slice(0, -3);
        for (const e of ['eana', 'eanca', 'eni', 'ence', 'eanul', 'eanca', 'eanului']) forms.add(stem + e);
    } else if (base.endsWith('ez')) {
        for (const e of ['a', 'i', 'e', 'ul', 'oaica']) forms.add(base + e);
    } else if (CONSONANT_RO.test(base)) {
        for (const e of ['a', 'i', 'e', 'ul', 'ca', 'ce', 'oaica']) forms.add(base + e);
        if (base.endsWith('an')) forms.add(base.slice(0, -2) + 'eni');
    }
    return [...forms];
}
