import type { FieldSpec } from '../domain/fields';
import type { FieldPath } from '../domain/schema';
import type { Translate } from '../i18n/i18n';
import { normalizeText, parseChoice } from '../i18n/parsers';
import { lazyPerLocale } from '../i18n/parsers/lazy';
import { languagePack, type Locale } from '../languages';
import { choiceOptions, fieldKey, fieldLabel, stringList } from './options';

const tokens = (text: string) => normalizeText(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3);

const commonPrefix = (a: string, b: string): number => {
    let n = 0;
    while (n < a.length && a[n] === b[n]) n++;
    return n;
};

// Declined forms ("дату рождения" vs "дата рождения", "Gewichts" vs "Gewicht", "transplantiert" vs
// "Transplantation", "وزنها" vs "وزن") share their stem, or most of the shorter word's first letters
// ("nacimiento" is no "nacionalidad").
const SHARED_SHARE = 0.6;
function sameWord(a: string, b: string, stem: (word: string) => string): boolean {
    const common = commonPrefix(a, b);
    if (a.length >= 4 && b.length >= 4 && common >= 4 && common >= SHARED_SHARE * Math.min(a.length, b.length)) return true;
    // A short word with a pronoun or case ending attached ("وزن" + "ها").
    const [short, long] = a.length <= b.length ? [a, b] : [b, a];
    if (short.length >= 3 && long.length - short.length <= 3 && long.startsWith(short)) return true;
    return a === b || stem(a) === stem(b);
}

function overlap(target: string[], label: string[], stem: (word: string) => string): number {
    return target.filter((w) => label.some((l) => sameWord(w, l, stem))).length;
}

/** Fields the words name by label or aliases (stems, shared words), best first. */
export function fieldsNamedIn(target: string, fields: readonly FieldSpec[], t: Translate, locale: Locale): { path: FieldPath; score: number }[] {
    const words = tokens(target);
    return fields
        .map((f) => ({ path: f.path, score: overlap(words, tokens([fieldLabel(f.path, t), ...stringList(t, fieldKey(f.path, 'aliases'))].join(' ')), languagePack(locale).stem) }))
        .filter((s) => s.score > 0)
        .sort((a, b) => b.score - a.score);
}

/** Which field "change <target>" means: by its label or aliases in the parent's language, then by shared words. */
export function resolveField(target: string, fields: readonly FieldSpec[], t: Translate, locale: Locale): FieldPath | undefined {
    if (target.trim() === '') return undefined;
    const options = fields.map((f) => ({ value: f.path, title: fieldLabel(f.path, t), synonyms: stringList(t, fieldKey(f.path, 'aliases')) }));
    const byName = parseChoice(target, options, { locale, today: new Date() });
    if (byName.ok) return byName.value as FieldPath;
    const [best, second] = fieldsNamedIn(target, fields, t, locale);
    if (!best || (second && second.score === best.score)) return undefined;
    return best.path;
}

const stopwordTokens = lazyPerLocale((locale): ReadonlySet<string> => new Set(languagePack(locale).stopwords.flatMap(tokens)));
function contentTokens(text: string, locale: Locale): string[] {
    const stop = stopwordTokens(locale);
    return tokens(text).filter((w) => !stop.has(w));
}

/**
 * Whether a message speaks of what the open field asks: a content word shared with its label,
 * aliases or choices ("Fremdspender, 9/10" at the donor, "the insurance pays part" at the payer).
 * Such a message tries to answer, even when the knowledge base knows its words well.
 */
export function speaksOfField(text: string, field: FieldSpec, t: Translate, locale: Locale): boolean {
    const vocabulary = [fieldLabel(field.path, t), ...stringList(t, fieldKey(field.path, 'aliases'))];
    for (const option of choiceOptions(field, t)) vocabulary.push(option.title, ...option.synonyms);
    return overlap(contentTokens(text, locale), contentTokens(vocabulary.join(' '), locale), languagePack(locale).stem) > 0;
}
