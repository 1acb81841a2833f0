import * as countries from 'i18n-iso-countries/index';
import { allLexicons, getLexicon } from '../lexicon';
import { isNoPreference, withoutPolite } from './answers';
import { ConsonantIndex } from './consonants';
import { countryTypoLimit, nearer, NONE, TypoIndex, type Nearest } from './fuzzy';
import { lazy } from './lazy';
import { parseList, separatorKeys, type PartMatch } from './list';
import { distinct, PhraseDict } from './phrases';
import { isBlank } from './text';
import { keyOf, keysOf, tokenize, type Token } from './tokenize';
import { languagePack, LOCALES, nounFormsAnyLanguage, spellingsAnyLanguage, type DemonymForm, type Locale } from '../../languages';
import { fail, ok, type ParseContext, type ParseResult } from './types';

interface CountryIndex {
    /** Our own aliases and nationality words win over library names when both know a phrase ("Korea" → KR). */
    readonly aliases: PhraseDict<string>;
    readonly names: PhraseDict<string>;
    /** Nationality words listed in the lexicons ("British", "deutsch"): they win over names. */
    readonly listedDemonyms: PhraseDict<string>;
    /** Nationality words made by each language's rule ("Ghanaian", "libysch", "казахстанское", "كويتية"). */
    readonly demonyms: PhraseDict<string>;
    /** Big cities: a place when no country is named, and a tie-breaker when one is ("عمّان، الأردن"). */
    readonly cities: PhraseDict<string>;
    /** Names that are also ordinary words: inside a sentence only when typed in capitals. */
    readonly wholeOnly: ReadonlySet<string>;
    /** Words that must not be read as a country with a typo. */
    readonly notCountries: ReadonlySet<string>;
    /** First words that stand for one country ("trinidad" → TT). */
    readonly leading: ReadonlyMap<string, string>;
    /** Every name except the whole-answer-only ones, for typo matching. */
    readonly typos: TypoIndex<string>;
    readonly maxWords: number;
}

/** Spelling variants of one name: Russian case forms, Arabic glued prepositions, umlauts typed as "ue". */
function variants(name: string): string[][] {
    return spellingsAnyLanguage(name).flatMap((spelling) => nounFormsAnyLanguage(keysOf(spelling)));
}

/** Nationality words (base forms) a language's rule makes from one folded country name, with their cost. */
function demonymsOf(locale: Locale, name: string): DemonymForm[] {
    const words = name.split(' ').filter((w) => w !== 'the');
    if (words.length === 0 || words.length > 3) return [];
    return languagePack(locale).demonymsOf(words);
}

type Named = readonly [code: string, name: string];

/** Every country's names in one language from Intl.DisplayNames and i18n-iso-countries (official ones too). */
function libraryNames(locale: Locale, codes: readonly string[]): Named[] {
    const official = countries.getNames(locale, { select: 'all' });
    const display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    return codes.flatMap((code) => [...(official[code] ?? []), display.of(code) ?? ''].map((name): Named => [code, name]));
}

const codesOf = (entries: readonly { code: string; names: readonly string[] }[]): Named[] =>
    entries.flatMap(({ code, names }) => names.map((name): Named => [code, name]));

/**
 * Nationality words by each language's rule from every name and alias: a word two countries
 * make goes to the one that changed fewer letters, to both when equal.
 */
function madeDemonyms(names: ReadonlyMap<Locale, readonly Named[]>): PhraseDict<string> {
    const best = new Map<string, { locale: Locale; base: string; cost: number; codes: Set<string> }>();
    for (const [locale, named] of names) {
        for (const [code, name] of named) {
            // "Trinidad and Tobago", "Bosnien und Herzegowina": the first part makes words too.
            const [part, ...others] = name.split(/\s+(?:and|&|und|и)\s+|\s+و(?=\S)/u);
            const made = demonymsOf(locale, keyOf(name));
            if (part && others.length > 0) made.push(...demonymsOf(locale, keyOf(part)).map((f) => ({ form: f.form, cost: f.cost + 2 })));
            for (const { form, cost } of made) {
                const key = `${locale}:${form}`;
                const seen = best.get(key);
                if (!seen || cost < seen.cost) best.set(key, { locale, base: form, cost, codes: new Set([code]) });
                else if (cost === seen.cost) seen.codes.add(code);
            }
        }
    }
    const dict = new PhraseDict<string>();
    for (const { locale, base, codes } of best.values()) {
        for (const form of languagePack(locale).inflectDemonym(base)) for (const code of codes) dict.addKeys(form.split(' '), code);
    }
    return dict;
}

const index = lazy((): CountryIndex => {
    for (const locale of LOCALES) countries.registerLocale(languagePack(locale).countryNames);
    const codes = Object.keys(countries.getAlpha2Codes());
    const names = new PhraseDict<string>();
    const aliases = new PhraseDict<string>();
    const listedDemonyms = new PhraseDict<string>();
    const cities = new PhraseDict<string>();
    const wholeOnly = new Set<string>();
    const notCountries = new Set<string>();
    const everyName = new Map<Locale, Named[]>();
    for (const locale of LOCALES) {
        const lexicon = getLexicon(locale).countries;
        const library = libraryNames(locale, codes);
        everyName.set(locale, [...library, ...codesOf(lexicon.aliases)]);
        for (const [code, name] of library) for (const keys of variants(name)) names.addKeys(keys, code);
        for (const [code, alias] of codesOf(lexicon.aliases)) for (const keys of variants(alias)) aliases.addKeys(keys, code);
        for (const [code, city] of codesOf(lexicon.cities)) for (const keys of variants(city)) cities.addKeys(keys, code);
        for (const [code, word] of codesOf(lexicon.demonyms)) for (const form of languagePack(locale).inflectDemonym(keyOf(word))) listedDemonyms.addKeys(form.split(' '), code);
        for (const word of lexicon.notCountries) for (const keys of variants(word)) notCountries.add(keys.join(' '));
        for (const word of lexicon.wholeAnswerOnly) for (const keys of variants(word)) wholeOnly.add(keys.join(' '));
    }
    const demonyms = madeDemonyms(everyName);
    const leading = leadingWords(names);
    // Typos only in country names: a city or nationality word one letter from a common word ("Leeds" ~ "needs") misleads.
    const typos = new TypoIndex<string>();
    for (const dict of [names, aliases]) {
        for (const [key, list] of dict.entries()) if (!wholeOnly.has(key)) for (const code of list) typos.add(key, code);
    }
    const maxWords = Math.max(aliases.maxWords, listedDemonyms.maxWords, names.maxWords, demonyms.maxWords, cities.maxWords);
    return { aliases, listedDemonyms, names, demonyms, cities, leading, wholeOnly, notCountries, typos, maxWords };
});

/** Shortest first word of a longer name that parents write alone ("Trinidad", "Bosnia", "Саудовская"). */
const MIN_LEADING_WORD = 5;

/** The first word of names of more than one word, where it starts the names of one country only and is no name itself. */
function leadingWords(names: PhraseDict<string>): Map<string, string> {
    const codesByWord = new Map<string, Set<string>>();
    for (const [key, codes] of names.entries()) {
        const [first, ...rest] = key.split(' ');
        if (first === undefined || rest.length === 0 || first.length < MIN_LEADING_WORD) continue;
        const set = codesByWord.get(first) ?? new Set<string>();
        for (const code of codes) set.add(code);
        codesByWord.set(first, set);
    }
    const leading = new Map<string, string>();
    for (const [word, codes] of codesByWord) {
        const [code] = codes;
        if (codes.size === 1 && code && names.get([word]).length === 0 && !commonWords().has(word)) leading.set(word, code);
    }
    return leading;
}

/** One country name found in an answer; several codes when the name itself is ambiguous ("Congo"). */
interface CountryHit {
    readonly codes: readonly string[];
    readonly keys: readonly string[];
    /** Countries with a city of this name ("عمّان" is Oman, and Amman in Jordan). */
    readonly cityOf?: readonly string[];
}

interface CountryMatch {
    readonly hits: readonly CountryHit[];
    /** The whole answer was a name or code. */
    readonly whole: boolean;
}

function lookup(keys: readonly string[]): readonly string[] {
    const { aliases, listedDemonyms, names, demonyms, cities, leading } = index();
    for (const dict of [aliases, listedDemonyms, names, demonyms, cities]) {
        const codes = dict.get(keys);
        if (codes.length > 0) return codes;
    }
    const [only] = keys;
    const code = keys.length === 1 && only !== undefined ? leading.get(only) : undefined;
    return code ? [code] : [];
}

const hitOf = (codes: readonly string[], keys: readonly string[]): CountryHit => ({ codes, keys, cityOf: index().cities.get(keys) });

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
            hit = hitOf(codes, slice);
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

/**
 * Names and cities of languages compared by consonants (Arabic), for names typed in Latin letters:
 * one-word names first, then the words of longer names, then cities.
 */
const byConsonants = lazy(() => {
    const tiers = [new ConsonantIndex<string>(), new ConsonantIndex<string>(), new ConsonantIndex<string>()] as const;
    const codes = Object.keys(countries.getAlpha2Codes());
    // The names as written, not their forms with glued prepositions ("لليابان" would read as "lbn").
    for (const [code, name] of LOCALES.flatMap((locale) => libraryNames(locale, codes))) {
        // As written, before folding: "ألمانيا" keeps its hamza, so its "ال" is no article.
        const words = name.split(/\s+/).filter((w) => w.length > 0);
        for (const word of words) tiers[words.length === 1 ? 0 : 1].add(word, code);
    }
    for (const [phrase, found] of index().cities.entries()) for (const word of phrase.split(' ')) for (const code of found) tiers[2].add(word, code);
    return tiers;
});

/** "el urdon", "lmaghrib, casa", "3amman": places typed in Latin letters in a language written without vowels. */
function typedInLatin(keys: readonly string[]): CountryHit[] {
    const [names, words, cities] = byConsonants();
    return keys.flatMap((key): CountryHit[] => {
        const cityOf = cities.candidates(key);
        const codes = [names, words].map((tier) => tier.candidates(key)).find((found) => found.length > 0) ?? cityOf;
        // "3amman" is عمّان (Jordan's capital) or عُمان (Oman): the other places named decide.
        return codes.length > 0 ? [{ codes, keys: [key], cityOf }] : [];
    });
}

/** `locale`: the conversation's language; names typed by their consonants only where it is written so (Arabic). */
function matchCountries(text: string, locale: Locale): CountryMatch {
    const tokens = withoutPolite(tokenize(text));
    const code = byCode(tokens);
    if (code) return { hits: [{ codes: [code], keys: [] }], whole: true };
    const keys = tokens.map((t) => t.key);
    const whole = lookup(keys);
    if (whole.length > 0) return { hits: [hitOf(whole, keys)], whole: true };
    const inside = contained(tokens);
    if (inside.length > 0) return { hits: inside, whole: false };
    // A name typed in Latin letters ("almania" is ألمانيا) before a one-letter typo of another ("Albania").
    const typed = languagePack(locale).latinConsonants ? typedInLatin(keys) : [];
    return { hits: typed.length > 0 ? typed : typos(keys), whole: false };
}

/** The one country every place named lies in: "Lagos, Nigeria", "Graz, Österreich", "عمّان، الأردن". */
function commonCountry(hits: readonly CountryHit[]): string | undefined {
    const candidates = distinct(hits.flatMap((h) => h.codes));
    const inAll = candidates.filter((code) => hits.every((h) => h.codes.includes(code) || (h.cityOf ?? []).includes(code)));
    return inAll.length === 1 ? inAll[0] : undefined;
}

function toResult(match: CountryMatch, many: boolean): ParseResult<string[]> {
    if (match.hits.length === 0) return fail('unknown_country');
    const common = match.hits.length > 1 ? commonCountry(match.hits) : undefined;
    if (common) return ok([common]);
    if (match.hits.some((h) => h.codes.length > 1)) return fail('ambiguous');
    const codes = distinct(match.hits.flatMap((h) => h.codes));
    return codes.length > 1 && !many ? fail('ambiguous') : ok(codes);
}

/**
 * A country → ISO 3166-1 alpha-2, by its name in any of the four languages (official and common
 * names, Russian case forms, Arabic glued prepositions), an alias ("UK", "ОАЭ", "Holland"), a
 * nationality word ("Ghanaian", "libysch", "казахстанское", "كويتية"), a big city ("Lagos",
 * "Алматы"; a country named beside it wins), an ISO code typed in capitals, or a name with a typo or two.
 */
export function parseCountry(text: string, ctx: ParseContext): ParseResult<string> {
    if (isBlank(text)) return fail('empty');
    const result = toResult(matchCountries(text, ctx.locale), false);
    if (!result.ok) return result;
    const [code] = result.value;
    return code === undefined ? fail('unknown_country') : ok(code);
}

function matchPart(part: string, locale: Locale): PartMatch<string> {
    const match = matchCountries(part, locale);
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
    const listed = parseList(text, (part) => matchPart(part, ctx.locale));
    // "Anywhere in Europe", "un bon hôpital en Europe": a region and no country is no preference
    // of country; the parent's words are kept for staff.
    if (!listed.ok && namesRegion(text)) return ok([], { detail: text.trim() });
    return listed;
}

/** A region the country lists leave out ("Europe", "Scandinavia", "Ближний Восток"), as 1–3 words. */
function namesRegion(text: string): boolean {
    const keys = tokenize(text).map((t) => t.key);
    const { notCountries } = index();
    for (let n = 1; n <= 3; n++) for (let i = 0; i + n <= keys.length; i++) if (notCountries.has(keys.slice(i, i + n).join(' '))) return true;
    return false;
}
