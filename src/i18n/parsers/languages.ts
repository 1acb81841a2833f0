import { allLexicons } from '../lexicon';
import { withoutPolite } from './answers';
import { nearer, NONE, TypoIndex, typoLimit, type Nearest } from './fuzzy';
import { lazy } from './lazy';
import { parseList, separatorKeys, type PartMatch } from './list';
import { distinct, PhraseDict } from './phrases';
import { isBlank } from './text';
import { keysOf, tokenize } from './tokenize';
import { languagePack, LOCALES, nounFormsAnyLanguage, scriptOf, type Locale } from '../../languages';
import { ConsonantIndex } from './consonants';
import { skeleton } from './translit';
import { fail, ok, type ParseContext, type ParseResult } from './types';

/** ISO 639-1 codes: Intl can name them but cannot list them. */
const ISO_639_1 = (
    'aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el ' +
    'en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it ' +
    'iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt ' +
    'my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl ' +
    'sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo ' +
    'za zh zu'
).split(' ');

/** More ways to write a name, by each language's rule: "Deutsch" → "deutsche(n)", "русский" → "по-русски", "الروسية" → "روسي". */
function forms(name: string): string[] {
    const lower = name.toLowerCase();
    return [...new Set(LOCALES.flatMap((locale) => languagePack(locale).languageAdjectiveForms(lower)))];
}

const index = lazy(() => {
    const dict = new PhraseDict<string>();
    const add = (name: string, code: string) => {
        for (const f of forms(name)) for (const keys of nounFormsAnyLanguage(keysOf(f))) dict.addKeys(keys, code);
    };
    for (const locale of LOCALES) {
        const display = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
        for (const code of ISO_639_1) {
            const name = display.of(code);
            if (name && name.toLowerCase() !== code) add(name, code);
        }
    }
    // Each language's name for itself, as families often write it: "Luganda", "Kiswahili", "o‘zbek", "Türkçe".
    for (const code of ISO_639_1) {
        const autonym = autonymOf(code);
        if (autonym && autonym.toLowerCase() !== code) add(autonym, code);
    }
    for (const lexicon of allLexicons()) {
        for (const { code, names } of lexicon.languages) for (const name of names) add(name, code);
        for (const [code, names] of Object.entries(lexicon.languageSwitch.names)) for (const name of names) add(name, code);
    }
    const typos = new TypoIndex<string>();
    // Words of longer names ("limba" of "limba română", "dili" of "İbo dili"): never a typo of another name.
    const partWords = new Set([...dict.entries()].flatMap(([key]) => (key.includes(' ') ? key.split(' ') : [])));
    // One-word names by their Latin skeleton, for names typed in Latin letters ("russkiy", "uzbekskiy").
    const skeletons = new Map<string, string[]>();
    // And by their consonants, for languages written without vowels ("3arabi" is عربي).
    const consonants = new ConsonantIndex<string>();
    for (const [key, codes] of dict.entries()) {
        if (key.length >= 5) for (const code of codes) typos.add(key, code);
        if (key.includes(' ') || scriptOf(key) === 'Latin') continue;
        const bare = skeleton(key);
        skeletons.set(bare, distinct([...(skeletons.get(bare) ?? []), ...codes]));
        for (const code of codes) consonants.add(key, code);
    }
    return { dict, typos, skeletons, consonants, partWords };
});

function autonymOf(code: string): string | undefined {
    try {
        return new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code);
    } catch {
        return undefined;
    }
}

/**
 * A cut name ("англ", "franz", "engl"): the start of names of one language only; or, as short as
 * "рус", "eng", "deu", of one of the languages this bot speaks ("рус" rather than Rusyn).
 */
const MIN_PREFIX = 4;
const MIN_SPOKEN_PREFIX = 3;
function byPrefix(word: string): string[] {
    if (word.length < MIN_SPOKEN_PREFIX) return [];
    const codes = new Set<string>();
    for (const [key, values] of index().dict.entries()) if (!key.includes(' ') && key.length > word.length && key.startsWith(word)) for (const v of values) codes.add(v);
    if (codes.size === 1 && word.length >= MIN_PREFIX) return [...codes];
    const spoken = [...codes].filter((code) => (LOCALES as readonly string[]).includes(code));
    return spoken.length === 1 ? spoken : [];
}

interface LanguageMatch {
    readonly codes: string[];
    readonly keys: readonly string[][];
    readonly whole: boolean;
    /** Found only by typo tolerance: several languages equally close are ambiguous, not a list. */
    readonly typo?: boolean;
}

/** Names inside the text ("we speak Russian and a bit of English"), else the closest typo ("Englsh"). */
function matchLanguages(text: string, locale: Locale): LanguageMatch {
    const keys = withoutPolite(tokenize(text)).map((t) => t.key);
    const { dict, typos } = index();
    const whole = dict.get(keys);
    if (whole.length > 0) return { codes: [...whole], keys: [keys], whole: true };
    // Very short names ("Ido", "Ewe", "Yi") only count as the whole answer: they are common words elsewhere.
    const hits = dict.scan(keys).filter((h) => keys.slice(h.start, h.end).join(' ').length >= 4);
    if (hits.length > 0) {
        return { codes: distinct(hits.flatMap((h) => h.values)), keys: hits.map((h) => keys.slice(h.start, h.end)), whole: false };
    }
    // Latin letters, with digits for sounds Latin lacks ("3arabi").
    const latin = keys.filter((w) => /^[\p{Script=Latin}\p{N}'’]+$/u.test(w) && /\p{Script=Latin}/u.test(w));
    const byConsonants = (w: string) => (languagePack(locale).latinConsonants ? index().consonants.candidates(w) : []);
    const typed = latin.flatMap((w) => index().skeletons.get(skeleton(w)) ?? byConsonants(w));
    if (typed.length > 0) return { codes: distinct(typed), keys: [keys], whole: keys.length === 1 };
    const cut = keys.flatMap(byPrefix);
    if (cut.length > 0 && keys.length <= 2) return { codes: distinct(cut), keys: [keys], whole: keys.length === 1 };
    let best: Nearest<string> = NONE;
    for (const word of keys) if (word.length >= 5 && !index().partWords.has(word)) best = nearer(best, typos.closest(word, typoLimit(word.length)));
    return { codes: distinct(best.entries.map((e) => e.value)), keys: best.entries.map((e) => e.key.split(' ')), whole: false, typo: true };
}

function matchPart(part: string, locale: Locale): PartMatch<string> {
    const match = matchLanguages(part, locale);
    // Equally close typos ("Dütsch": Deutsch or Dutch): the language the parent is writing in wins.
    const codes = match.typo && match.codes.length > 1 && match.codes.includes(locale) ? [locale] : match.codes;
    const result = codes.length === 0 ? fail<string[]>('unknown_language') : match.typo && codes.length > 1 ? fail<string[]>('ambiguous') : ok(codes);
    return {
        result,
        whole: match.whole,
        crossesSeparator: match.keys.some((k) => k.some((w) => separatorKeys().has(w)))
    };
}

/**
 * Languages → ISO 639-1 codes, named in any of the four languages and their usual forms
 * ("русский", "по-русски", "Englisch", "العربية", "عربي"), as a list split like multi-choice answers.
 */
export function parseLanguages(text: string, ctx: ParseContext): ParseResult<string[]> {
    if (isBlank(text)) return fail('empty');
    // Codes alone ("de, en"): only when every word is one, since "de" and "en" are words elsewhere.
    // A level beside a code ("en (B1)") is no word of its own.
    const words = tokenize(text).map((t) => t.key).filter((w) => !CEFR_LEVEL.test(w));
    if (words.length > 0 && words.every((w) => ISO_CODES.has(w))) return ok(distinct(words));
    return parseList(text, (part) => matchPart(part, ctx.locale));
}

const ISO_CODES: ReadonlySet<string> = new Set(ISO_639_1);
const CEFR_LEVEL = /^[abc][12]$/;
