import type { Locale } from './types';

/**
 * Nationality words made from a country's name by each language's rule, for citizenship
 * answers ("Ghanaian", "libysch", "казахстанское", "كويتية"). Names and forms are folded keys
 * (lower case, no diacritics, Arabic ة as ه). A rule may make forms nobody writes
 * ("Kenyaian"): harmless, since they only ever point back to the same country. When two
 * countries make the same form, the one that needed fewer letters changed keeps it
 * ("Nigerian": Nigeria + n, not Niger + ian); see DemonymIndex.
 */

/** Cut `cut` letters from a name that matches `when`, then add `add`; at least `min` letters must stay. */
interface Rule {
    readonly when: RegExp;
    readonly cut: number;
    readonly add: string;
    readonly min: number;
}

const r = (when: RegExp, cut: number, add: string, min = 3): Rule => ({ when, cut, add, min });

/** A form and how many letters were changed to make it. */
export interface DemonymForm {
    readonly form: string;
    readonly cost: number;
}

function apply(word: string, rules: readonly Rule[]): DemonymForm[] {
    return rules
        .filter((rule) => rule.when.test(word) && word.length - rule.cut >= rule.min)
        .map((rule) => ({ form: word.slice(0, word.length - rule.cut) + rule.add, cost: rule.cut + rule.add.length }));
}

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

const VOWEL_RU = 'аеиоуыэюяьй';

/** Russian adjectives: Ливия → ливийский, Испания → испанский, Польша → польский, Казахстан → казахстанский, Таджикистан → таджикский. */
const RUSSIAN: readonly Rule[] = [
    r(/ия$/, 2, 'ийский'),
    r(/ия$/, 2, 'ский'),
    r(/кия$/, 3, 'цкий'),
    r(/ея$/, 2, 'ейский'),
    r(/ша$/, 2, 'ский'),
    r(/[ая]$/, 1, 'ский'),
    r(/ь$/, 1, 'ский'),
    r(/ь$/, 0, 'ский'),
    r(/й$/, 0, 'ский'),
    r(/[оиуэе]$/, 0, 'йский'),
    r(/истан$/, 5, 'ский'),
    r(/[^и]стан$/, 4, 'ский'),
    r(/лия$/, 2, 'ьский'),
    r(/йка$/, 2, 'ский'),
    r(/ла$/, 1, 'ьский'),
    r(/[^и]а$/u, 1, 'ийский'),
    r(/а$/, 1, 'анский'),
    r(/о$/, 1, 'анский'),
    r(/у$/, 0, 'анский'),
    r(new RegExp(`[^${VOWEL_RU}]$`, 'u'), 0, 'ский'),
    r(new RegExp(`[^${VOWEL_RU}]$`, 'u'), 0, 'ьский')
];

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

/** Every written form of a German nationality adjective: "deutsch" → deutsche, deutscher… and people: Russe, Russin, Syrer. */
export function germanForms(adjective: string): string[] {
    const forms = ['', 'e', 'er', 'es', 'en', 'em'].map((e) => adjective + e);
    // Short stems make common words ("mal" + e = "male"): people are then listed in the lexicon.
    const stem = adjective.replace(/isch$/, '');
    if (stem !== adjective && stem.length >= 4) forms.push(stem + 'e', stem + 'in', stem + 'er', stem + 'erin');
    return forms;
}

/** Every gender, number and case of a Russian nationality adjective, and the people: казахстанский → казахстанское, казахстанец, казахстанка. */
export function russianForms(adjective: string): string[] {
    const m = /^(.+?)(ий|ый|ой)$/u.exec(adjective);
    const [, stem, ending] = m ?? [];
    if (stem === undefined || ending === undefined) return [adjective];
    const i = /[кгхжшчщц]$/u.test(stem) || ending === 'ий' ? 'и' : 'ы';
    const endings = [ending, 'ая', 'ое', `${i}е`, 'ого', 'ой', 'ому', 'ую', `${i}м`, 'ом', `${i}х`, `${i}ми`];
    const forms = endings.map((e) => stem + e);
    // ливийский → ливиец, ливийка; казахстанский → казахстанец, казахстанка.
    const soft = /^(.+[ие])йск$/u.exec(stem)?.[1];
    const hard = /^(.+)[сц]к$/u.exec(stem)?.[1];
    if (soft) forms.push(`${soft}ец`, `${soft}йка`);
    else if (hard) forms.push(`${hard}ец`, `${hard}ка`);
    return forms;
}

/** Masculine and feminine, with and without the article: مصري → مصريه، المصري، المصريه. */
export function arabicForms(nisba: string): string[] {
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

/** Words after which a name's last word says nothing: "Central African Republic", "Solomon Islands". */
const GENERIC_EN = new Set(['republic', 'islands', 'island']);

function english(words: readonly string[]): DemonymForm[] {
    const generic = words.length > 1 && GENERIC_EN.has(words[words.length - 1] ?? '');
    const body = generic ? words.slice(0, -1) : words;
    const last = body[body.length - 1] ?? '';
    const head = body.slice(0, -1).join(' ');
    const forms = apply(last, ENGLISH).map((f) => ({ form: head ? `${head} ${f.form}` : f.form, cost: f.cost }));
    // "Central African Republic", "Czech Republic": the rest already is the adjective.
    if (generic) forms.push({ form: body.join(' '), cost: 1 }, { form: `${body.join(' ')} islander`, cost: 1 });
    return forms;
}

function german(words: readonly string[]): DemonymForm[] {
    // "Dominikanische Republik": the adjective is in the name.
    const adjective = /^(.+isch)(e|es|en|er)?$/u.exec(words[0] ?? '')?.[1];
    if (adjective) return [{ form: adjective, cost: 1 }];
    // "Costa Rica" → "costa-ricanisch", as German writes it.
    const word = words.join('-');
    return [...apply(word, GERMAN), ...apply(word, GERMAN_PEOPLE)];
}

function arabic(words: readonly string[]): DemonymForm[] {
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

/** Nationality words (base forms: see inflect) of one folded country name in one language, with their cost. */
export function demonymsOf(locale: Locale, name: string): DemonymForm[] {
    const words = name.split(' ').filter((w) => w !== 'the');
    if (words.length === 0 || words.length > 3) return [];
    switch (locale) {
        case 'en':
            return english(words);
        case 'de':
            return german(words);
        case 'ru':
            if (words.length > 1) return [];
            return apply(words[0] ?? '', RUSSIAN);
        case 'ar':
            return arabic(words);
    }
}

/** Every written form of a nationality word, made by a rule or listed in a lexicon ("deutsch", "немецкий", "أمريكي", "British"). */
export function inflect(locale: Locale, base: string): string[] {
    switch (locale) {
        case 'en':
            return [base];
        case 'de':
            return base.endsWith('isch') ? germanForms(base) : [base];
        case 'ru':
            return russianForms(base);
        case 'ar':
            return base.includes(' ') ? [base] : arabicForms(base);
    }
}
