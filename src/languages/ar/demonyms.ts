import type { DemonymForm } from '../types';
import { apply, r, type Rule } from '../demonymRules';

/** Arabic nisba: مصر → مصري, ليبيا → ليبي, السعودية → سعودي, النمسا → نمساوي (folded: ة is ه). */
const ARABIC: readonly Rule[] = [
    r(/يه$/, 1, ''),
    r(/يا$/, 1, ''),
    r(/[^ي]ا$/u, 1, 'ي'),
    r(/ا$/, 0, 'وي'),
    r(/[^ي]ه$/u, 1, 'ي'),
    r(/ي$/, 0, ''),
    r(/ستان$/, 4, 'ي'),
    r(/[^اهي]$/u, 0, 'ي')
];

const dropArticle = (word: string) => (word.startsWith('ال') && word.length > 4 ? word.slice(2) : word);

/** Masculine and feminine, with and without the article: مصري → مصريه، المصري، المصريه. */
export function inflectArabic(nisba: string): string[] {
    const words = nisba.split(' ').map((w) => dropArticle(w).replace(/يه$/, 'ي'));
    const [first, ...rest] = words;
    if (first === undefined) return [];
    const feminine = (w: string) => `${w}ه`;
    return [
        words,
        [first, ...rest.map((w) => `ال${w}`)],
        [`ال${first}`, ...rest.map((w) => `ال${w}`)],
        words.map(feminine),
        [feminine(first), ...rest.map((w) => `ال${feminine(w)}`)],
        [`ال${feminine(first)}`, ...rest.map((w) => `ال${feminine(w)}`)]
    ].map((f) => f.join(' '));
}

/** Nationality words made from a folded country name. */
export function arabicDemonyms(words: readonly string[]): DemonymForm[] {
    const nisba = (word: string) => apply(dropArticle(word), ARABIC);
    const [first = ''] = words;
    const last = words[words.length - 1] ?? '';
    const forms = nisba(first).map((f) => ({ form: f.form, cost: f.cost + (words.length > 1 ? 3 : 0) }));
    if (words.length > 1) {
        // "كوريا الجنوبية" → "كوري جنوبي"; "جنوب أفريقيا" → "جنوب أفريقي".
        forms.push({ form: words.map((w) => nisba(w)[0]?.form ?? w).join(' '), cost: 1 });
        for (const f of nisba(last)) forms.push({ form: [...words.slice(0, -1), f.form].join(' '), cost: f.cost });
    }
    return forms;
}
