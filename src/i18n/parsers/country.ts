import * as countries from 'i18n-iso-countries/index';
import arNames from 'i18n-iso-countries/langs/ar.json';
import deNames from 'i18n-iso-countries/langs/de.json';
import enNames from 'i18n-iso-countries/langs/en.json';
import ruNames from 'i18n-iso-countries/langs/ru.json';
import { allLexicons } from '../lexicon';
import { isNoPreference, withoutPolite } from './answers';
import { arabicVariants } from './arabic';
import { countryTypoLimit, nearer, NONE, TypoIndex, type Nearest } from './fuzzy';
import { lazy } from './lazy';
import { parseList, separatorKeys, type PartMatch } from './list';
import { distinct, PhraseDict } from './phrases';
import { russianCaseForms } from './russian';
import { isBlank } from './text';
import { keysOf, tokenize, type Token } from './tokenize';
import { fail, LOCALES, ok, type ParseContext, type ParseResult } from './types';

interface CountryIndex {
    /** Our own aliases win over library names when both know a phrase ("Korea" → KR). */
    readonly aliases: PhraseDict<string>;
    readonly names: PhraseDict<string>;
    /** Names that are also ordinary words: inside a sentence only when typed in capitals. */
    readonly wholeOnly: ReadonlySet<string>;
    /** Words that must not be read as a country with a typo. */
    readonly notCountries: ReadonlySet<string>;
    /** Every name except the whole-answer-only ones, for typo matching. */
    readonly typos: TypoIndex<string>;
    readonly maxWords: number;
}

/** Spelling variants of one name: Russian case forms, Arabic glued prepositions. */
function variants(name: string): string[][] {
    return russianCaseForms(keysOf(name)).flatMap(arabicVariants);
}

const index = lazy((): CountryIndex => {
    for (const data of [enNames, deNames, ruNames, arNames]) countries.registerLocale(data);
    const names = new PhraseDict<string>();
    const aliases = new PhraseDict<string>();
    const codes = Object.keys(countries.getAlpha2Codes());
    for (const locale of LOCALES) {
        const official = countries.getNames(locale, { select: 'all' });
        const display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
        for (const code of codes) {
            const all = [...(official[code] ?? []), display.of(code) ?? ''];
            for (const name of all) for (const keys of variants(name)) names.addKeys(keys, code);
        }
    }
    const wholeOnly = new Set<string>();
    const notCountries = new Set<string>();
    for (const lexicon of allLexicons()) {
        for (const word of lexicon.countries.notCountries) for (const keys of variants(word)) notCountries.add(keys.join(' '));
        for (const { code, names: list } of lexicon.countries.aliases) {
            for (const alias of list) for (const keys of variants(alias)) aliases.addKeys(keys, code);
        }
        for (const word of lexicon.countries.wholeAnswerOnly) for (const keys of variants(word)) wholeOnly.add(keys.join(' '));
    }
    const typos = new TypoIndex<string>();
    for (const dict of [names, aliases]) {
        for (const [key, list] of dict.entries()) if (!wholeOnly.has(key)) for (const code of list) typos.add(key, code);
    }
    return { aliases, names, wholeOnly, notCountries, typos, maxWords: Math.max(aliases.maxWords, names.maxWords) };
});

/** One country name found in an answer; several codes when the name itself is ambiguous ("Congo"). */
interface CountryHit {
    readonly codes: readonly string[];
    readonly keys: readonly string[];
}

interface CountryMatch {
    readonly hits: readonly CountryHit[];
    /** The whole answer was a name or code. */
    readonly whole: boolean;
}

function lookup(keys: readonly string[]): readonly string[] {
    const { aliases, names } = index();
    const own = aliases.get(keys);
    return own.length > 0 ? own : names.get(keys);
}

const isCapitals = (tokens: readonly Token[]) => tokens.every((t) => t.raw === t.raw.toUpperCase() && /\p{Lu}/u.test(t.raw));

/** "DE", "UKR": ISO codes, only when typed in capitals (lower-case "de" or "in" are words). */
function byCode(tokens: readonly Token[]): string | undefined {
    const [only] = tokens;
    if (tokens.length !== 1 || !only || !/^[A-Z]{2,3}$/.test(only.raw)) return undefined;
    const code = only.raw.length === 2 ? only.raw : countries.alpha3ToAlpha2(only.raw);
    return code && countries.isValid(code) ? code : undefined;
}

/** Names inside a sentence, longest first: "we live in Bosnia and Herzegovina", "из Казахстана". */
function contained(tokens: readonly Token[]): CountryHit[] {
    const keys = tokens.map((t) => t.key);
    const hits: CountryHit[] = [];
    for (let i = 0; i < keys.length; ) {
        let hit: CountryHit | undefined;
        for (let n = Math.min(index().maxWords, keys.length - i); n > 0 && !hit; n--) {
            const slice = keys.slice(i, i + n);
            const codes = lookup(slice);
            if (codes.length === 0) continue;
            const joined = slice.join(' ');
            const guarded = index().wholeOnly.has(joined) || joined.length <= 2;
            if (guarded && !isCapitals(tokens.slice(i, i + n))) continue;
            hit = { codes, keys: slice };
        }
        if (hit) {
            hits.push(hit);
            i += hit.keys.length;
        } else i++;
    }
    return hits;
}

const commonWords = lazy(() => new Set(allLexicons().flatMap((l) => l.stopwords.flatMap(keysOf))));

/** A window worth comparing with names: not a known non-country, not starting or ending with "in", "the", "в"… */
function typoCandidate(slice: readonly string[], window: string): boolean {
    const { notCountries, wholeOnly } = index();
    const edge = (k: string | undefined) => k !== undefined && commonWords().has(k);
    return !notCountries.has(window) && !wholeOnly.has(window) && !edge(slice[0]) && !edge(slice[slice.length - 1]);
}

/** Closest names within the typo limit for windows of up to three words ("Germny", "Казахтан"). */
function typos(keys: readonly string[]): CountryHit[] {
    if (keys.length > 8) return [];
    let best: Nearest<string> = NONE;
    for (let n = 1; n <= 3; n++) {
        for (let i = 0; i + n <= keys.length; i++) {
            const slice = keys.slice(i, i + n);
            const window = slice.join(' ');
            const limit = countryTypoLimit(window.length);
            if (limit > 0 && typoCandidate(slice, window)) best = nearer(best, index().typos.closest(window, limit));
        }
    }
    const [first] = best.entries;
    return first ? [{ codes: distinct(best.entries.map((e) => e.value)), keys: first.key.split(' ') }] : [];
}

function matchCountries(text: string): CountryMatch {
    const tokens = withoutPolite(tokenize(text));
    const code = byCode(tokens);
    if (code) return { hits: [{ codes: [code], keys: [] }], whole: true };
    const keys = tokens.map((t) => t.key);
    const whole = lookup(keys);
    if (whole.length > 0) return { hits: [{ codes: whole, keys }], whole: true };
    const inside = contained(tokens);
    return { hits: inside.length > 0 ? inside : typos(keys), whole: false };
}

function toResult(match: CountryMatch, many: boolean): ParseResult<string[]> {
    if (match.hits.length === 0) return fail('unknown_country');
    if (match.hits.some((h) => h.codes.length > 1)) return fail('ambiguous');
    const codes = distinct(match.hits.flatMap((h) => h.codes));
    return codes.length > 1 && !many ? fail('ambiguous') : ok(codes);
}

/**
 * A country → ISO 3166-1 alpha-2, by its name in any of the four languages (official and common
 * names, Russian case forms, Arabic glued prepositions), an alias ("UK", "ОАЭ", "Holland"), an
 * ISO code typed in capitals, or with a typo or two.
 */
export function parseCountry(text: string, _ctx: ParseContext): ParseResult<string> {
    if (isBlank(text)) return fail('empty');
    const result = toResult(matchCountries(text), false);
    if (!result.ok) return result;
    const [code] = result.value;
    return code === undefined ? fail('unknown_country') : ok(code);
}

function matchPart(part: string): PartMatch<string> {
    const match = matchCountries(part);
    return {
        result: toResult(match, true),
        whole: match.whole,
        crossesSeparator: match.hits.some((h) => h.keys.some((k) => separatorKeys().has(k)))
    };
}

/** Several countries ("Germany, Israel", "Германия и Израиль", "روسيا وألمانيا"); "no preference" → []. */
export function parseCountries(text: string, ctx: ParseContext): ParseResult<string[]> {
    if (isBlank(text)) return fail('empty');
    if (isNoPreference(text, ctx)) return ok([]);
    return parseList(text, matchPart);
}
