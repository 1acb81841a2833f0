import type { DemonymForm } from '../types';
import { apply, r, type Rule } from '../demonymRules';

const CONSONANT_EN = /[^aeiouy]$/;

/** English: Nigeria → Nigerian, Italy → Italian, Japan → Japanese, Iraq → Iraqi, Poland → Polish, Kazakhstan → Kazakh. */
const ENGLISH: readonly Rule[] = [
    r(/a$/, 0, 'n'),
    r(/a$/, 1, 'ian'),
    r(/a$/, 1, 'ese'),
    r(/a$/, 0, 'ian'),
    r(/y$/, 1, 'ian'),
    r(/y$/, 1, 'an'),
    r(/y$/, 0, 'an'),
    r(/e$/, 0, 'an'),
    r(/e$/, 1, 'ian'),
    r(/o$/, 1, 'an'),
    r(/a$/, 0, 'nian'),
    r(/[iu]$/, 0, 'an'),
    r(/istan$/, 5, ''),
    r(/[^i]stan$/, 4, ''),
    r(/stan$/, 0, 'i'),
    r(/land$/, 4, 'ish', 2),
    r(/land$/, 4, '', 4),
    r(/land$/, 0, 'ic'),
    r(/land$/, 0, 'er'),
    r(/ey$/, 2, 'ish'),
    r(/[oe]s$/, 2, 'ian'),
    r(/s$/, 1, 'tian'),
    r(/on$/, 2, 'ese'),
    r(/que$/, 3, 'can'),
    r(CONSONANT_EN, 0, 'ian'),
    r(CONSONANT_EN, 0, 'i'),
    r(CONSONANT_EN, 0, 'ese'),
    r(CONSONANT_EN, 0, 'er'),
    r(CONSONANT_EN, 0, 'ish')
];

/** Words after which a name's last word says nothing: "Central African Republic", "Solomon Islands". */
const GENERIC_EN = new Set(['republic', 'islands', 'island']);

/** Nationality words made from a folded country name. */
export function englishDemonyms(words: readonly string[]): DemonymForm[] {
    const generic = words.length > 1 && GENERIC_EN.has(words[words.length - 1] ?? '');
    const body = generic ? words.slice(0, -1) : words;
    const last = body[body.length - 1] ?? '';
    const head = body.slice(0, -1).join(' ');
    const forms = apply(last, ENGLISH).map((f) => ({ form: head ? `${head} ${f.form}` : f.form, cost: f.cost }));
    // "Central African Republic", "Czech Republic": the rest already is the adjective.
    if (generic) forms.push({ form: body.join(' '), cost: 1 }, { form: `${body.join(' ')} islander`, cost: 1 });
    return forms;
}
