import * as countries from 'i18n-iso-countries/index';
import { allLexicons, getLexicon } from '../lexicon';
import { isNoPreference, withoutPolite } from './answers';
import { ConsonantIndex } from './consonants';
import { countryTypoLimit, nearer, NONE, TypoIndex, type Nearest } from './fuzzy';
import { lazy, lazyPerLocale } from './lazy';
import { parseList, separatorKeys, type PartMatch } from './list';
import { distinct, PhraseDict } from './phrases';
import { isBlank } from './text';
import { keyOf, keysOf, tokenize, type Token } from './tokenize';
import { languagePack, LOCALES, nounFormsAnyLanguage, scriptOf, spellingsAnyLanguage, type DemonymForm, type Locale } from '../../languages';
import { clausesOf, isNegated, stopwordKeys, type Clause } from './sentence';
import { fail, ok, type ParseContext, type ParseResult } from './types';

interface CountryIndex {
    /** Our own aliases and nationality words win over library names when both know a phrase ("Korea" → KR). */
    readonly aliases: PhraseDict<string>;
    readonly names: PhraseDict<string>;
    /** Nationality words listed in the lexicons ("British", "deutsch"): they win over names. */
    readonly listedDemonyms: PhraseDict<string>;
    /** Nationality words made by each language's rule ("Ghanaian", "libysch", "казахстанское", "كويتية"). */
    readonly demonyms: PhraseDict<string>;
    /** Big cities as written: a place when no country is named, and a tie-breaker when one is ("عمّان، الأردن"). */
    readonly cities: PhraseDict<string>;
    /** Each conversation language's aliases: one of them beats an ISO code in capitals ("TC" in Turkish is TR). */
    readonly localAliases: ReadonlyMap<Locale, PhraseDict<string>>;
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
    const localAliases = new Map<Locale, PhraseDict<string>>();
    for (const locale of LOCALES) {
        const lexicon = getLexicon(locale).countries;
        const library = libraryNames(locale, codes);
        everyName.set(locale, [...library, ...codesOf(lexicon.aliases)]);
        for (const [code, name] of library) for (const keys of variants(name)) names.addKeys(keys, code);
        const local = new PhraseDict<string>();
        for (const [code, alias] of codesOf(lexicon.aliases)) {
            for (const keys of variants(alias)) {
                aliases.addKeys(keys, code);
                local.addKeys(keys, code);
            }
        }
        localAliases.set(locale, local);
        for (const [code, city] of codesOf(lexicon.cities)) for (const spelling of spellingsAnyLanguage(city)) cities.addKeys(keysOf(spelling), code);
        for (const [code, word] of codesOf(lexicon.demonyms)) for (const form of languagePack(locale).inflectDemonym(keyOf(word))) listedDemonyms.addKeys(form.split(' '), code);
        // Ordinary words of this language: only its own forms ("us" is English; the Turkish dative of it
        // would be "usa", and lower-case "usa" was then taken for the word "us").
        const ownForms = (word: string) => languagePack(locale).nounForms(keysOf(word.toLowerCase()));
        for (const word of lexicon.notCountries) for (const keys of ownForms(word)) notCountries.add(keys.join(' '));
        for (const word of lexicon.wholeAnswerOnly) for (const keys of ownForms(word)) wholeOnly.add(keys.join(' '));
    }
    const demonyms = madeDemonyms(everyName);
    const leading = leadingWords(names);
    // Typos only in country names: a city or nationality word one letter from a common word ("Leeds" ~ "needs") misleads.
    const typos = new TypoIndex<string>();
    for (const dict of [names, aliases]) {
        for (const [key, list] of dict.entries()) if (!wholeOnly.has(key)) for (const code of list) typos.add(key, code);
    }
    const maxWords = Math.max(aliases.maxWords, listedDemonyms.maxWords, names.maxWords, demonyms.maxWords, cities.maxWords);
    return { aliases, listedDemonyms, names, demonyms, cities, localAliases, leading, wholeOnly, notCountries, typos, maxWords };
});

/**
 * Cities as written, typed in another script ("Moskva"), and as the conversation's language
 * declines them: the Polish "Kolonia" (Köln) declined is the German word "Kolonie", and the
 * Turkish "Şam" (Damascus) the English "same".
 */
const citiesFor = lazyPerLocale((locale) => {
    const dict = new PhraseDict<string>();
    const pack = languagePack(locale);
    for (const [key, codes] of index().cities.entries()) {
        const keys = key.split(' ');
        const script = keys[0] === undefined ? undefined : scriptOf(keys[0]);
        const retyped = nounFormsAnyLanguage(keys).filter((form) => form[0] !== undefined && scriptOf(form[0]) !== script);
        const declined = script === pack.script ? pack.nounForms(keys) : [];
        for (const form of [keys, ...retyped, ...declined]) for (const code of codes) dict.addKeys(form, code);
    }
    return dict;
});

/** Shortest first word of a longer name that parents write alone ("Trinidad", "Bosnia", "Саудовская"). */
const MIN_LEADING_WORD = 5;

/**
 * The first word of names of more than one word, where it is in the names of one country only
 * (wherever it stands) and is no name itself: "Trinidad", but not "State" ("State of Palestine",
 * "Plurinational State of Bolivia"), which is a word of "Lagos State".
 */
function leadingWords(names: PhraseDict<string>): Map<string, string> {
    const codesByWord = new Map<string, Set<string>>();
    const firsts = new Set<string>();
    for (const [key, codes] of names.entries()) {
        const words = key.split(' ');
        if (words.length > 1 && words[0]!.length >= MIN_LEADING_WORD) firsts.add(words[0]!);
        for (const word of words) {
            const set = codesByWord.get(word) ?? new Set<string>();
            for (const code of codes) set.add(code);
            codesByWord.set(word, set);
        }
    }
    const leading = new Map<string, string>();
    for (const word of firsts) {
        const codes = codesByWord.get(word) ?? new Set<string>();
        const [code] = codes;
        if (codes.size === 1 && code && names.get([word]).length === 0 && !commonWords().has(word)) leading.set(word, code);
    }
    return leading;
}

/** What a hit is: a country's name (or alias, code, typo), a nationality word, or a city. */
type HitKind = 'name' | 'nationality' | 'city';

/** One country name found in an answer; several codes when the name itself is ambiguous ("Congo"). */
interface CountryHit {
    readonly codes: readonly string[];
    readonly keys: readonly string[];
    readonly kind?: HitKind;
    /** Where it starts among the words searched. */
    readonly at?: number;
    /** Countries with a city of this name ("عمّان" is Oman, and Amman in Jordan). */
    readonly cityOf?: readonly string[];
}

interface CountryMatch {
    readonly hits: readonly CountryHit[];
    /** The whole answer was a name or code. */
    readonly whole: boolean;
}

function lookupKind(keys: readonly string[], locale: Locale): { codes: readonly string[]; kind: HitKind } {
    const { aliases, listedDemonyms, names, demonyms, leading } = index();
    const tiers: [PhraseDict<string>, HitKind][] = [[aliases, 'name'], [listedDemonyms, 'nationality'], [names, 'name'], [demonyms, 'nationality'], [citiesFor(locale), 'city']];
    for (const [dict, kind] of tiers) {
        const codes = dict.get(keys);
        if (codes.length > 0) return { codes, kind };
    }
    const [only] = keys;
    const code = keys.length === 1 && only !== undefined ? leading.get(only) : undefined;
    return { codes: code ? [code] : [], kind: 'name' };
}

const lookup = (keys: readonly string[], locale: Locale): readonly string[] => lookupKind(keys, locale).codes;

const hitOf = (codes: readonly string[], keys: readonly string[], locale: Locale, extra: { kind?: HitKind; at?: number } = {}): CountryHit =>
    ({ codes, keys, cityOf: citiesFor(locale).get(keys), ...extra });

const isCapitals = (tokens: readonly Token[]) => tokens.every((t) => t.raw === t.raw.toUpperCase() && /\p{Lu}/u.test(t.raw));

/** Words of three letters or fewer in any language ("de", "in", "es", "no", "da"). */
const shortWords = lazy(() => new Set([...LOCALES.flatMap((l) => languagePack(l).stopwords), ...allLexicons().flatMap((l) => [...l.answers.yes, ...l.answers.no, ...l.answers.unknown])].flatMap(keysOf).filter((k) => k.length <= 3)));

/** "DE", "UKR", and "nz" or "ukr" alone: ISO codes, in lower case only when no language has that word ("de", "in"). */
function byCode(tokens: readonly Token[]): string | undefined {
    const [only] = tokens;
    if (tokens.length !== 1 || !only || !/^(?:[A-Z]{2,3}|[a-z]{2,3})$/.test(only.raw)) return undefined;
    if (only.raw === only.raw.toLowerCase() && shortWords().has(only.key)) return undefined;
    const upper = only.raw.toUpperCase();
    const code = upper.length === 2 ? upper : countries.alpha3ToAlpha2(upper);
    return code && countries.isValid(code) ? code : undefined;
}

/** Names inside a sentence, longest first: "we live in Bosnia and Herzegovina", "из Казахстана". */
function contained(tokens: readonly Token[], locale: Locale): CountryHit[] {
    const guarded = namesInside(tokens, locale, true);
    // "aus or uk": short names in lower case count when the message is only places and small words, and
    // they are no word of the conversation's language ("aus der Türkei", "us or germany").
    const own = stopwordKeys(locale);
    const named = namesInside(tokens, locale, false).filter((h) => !(h.keys.length === 1 && own.has(h.keys[0]!)));
    const namedAt = new Set(named.flatMap((h) => h.keys.map((_, j) => (h.at ?? 0) + j)));
    const coded = tokens.flatMap((t, i) => {
        const code = namedAt.has(i) || own.has(t.key) ? undefined : byCode([t]);
        return code ? [hitOf([code], [t.key], locale, { at: i })] : [];
    });
    const all = [...named, ...coded].sort((a, b) => (a.at ?? 0) - (b.at ?? 0));
    const covered = new Set(all.flatMap((h) => h.keys.map((_, j) => (h.at ?? 0) + j)));
    const onlyPlaces = all.length > guarded.length && tokens.every((t, i) => covered.has(i) || separatorKeys().has(t.key) || commonWords().has(t.key));
    return onlyPlaces ? all : guarded;
}

function namesInside(tokens: readonly Token[], locale: Locale, guard: boolean): CountryHit[] {
    const keys = tokens.map((t) => t.key);
    const hits: CountryHit[] = [];
    for (let i = 0; i < keys.length; ) {
        let hit: CountryHit | undefined;
        for (let n = Math.min(index().maxWords, keys.length - i); n > 0 && !hit; n--) {
            const slice = keys.slice(i, i + n);
            const { codes, kind } = lookupKind(slice, locale);
            if (codes.length === 0) continue;
            const joined = slice.join(' ');
            const guarded = index().wholeOnly.has(joined) || joined.length <= 2;
            if (guard && guarded && !isCapitals(tokens.slice(i, i + n))) continue;
            hit = hitOf(codes, slice, locale, { kind, at: i });
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
    for (const [phrase, found] of citiesFor('ar').entries()) for (const word of phrase.split(' ')) for (const code of found) tiers[2].add(word, code);
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
    const keys = tokens.map((t) => t.key);
    const local = index().localAliases.get(locale)?.get(keys) ?? [];
    if (local.length > 0) return { hits: [hitOf(local, keys, locale)], whole: true };
    const code = byCode(tokens);
    if (code) return { hits: [{ codes: [code], keys: [] }], whole: true };
    const whole = lookup(keys, locale);
    if (whole.length > 0) return { hits: [hitOf(whole, keys, locale)], whole: true };
    const inside = contained(tokens, locale);
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
 * `asked`: the question, which decides between several countries told ("we live in Peru, we are Venezuelan").
 */
export function parseCountry(text: string, ctx: ParseContext, asked?: CountryQuestion): ParseResult<string> {
    if (isBlank(text)) return fail('empty');
    const match = matchCountries(text, ctx.locale);
    let result = toResult(match, false);
    if (!result.ok && result.reason === 'ambiguous' && asked && !match.whole) {
        const narrowed = toResult({ hits: readFor(asked, text, ctx.locale), whole: false }, false);
        if (narrowed.ok) result = narrowed;
    }
    if (!result.ok) return result;
    const [code] = result.value;
    return code === undefined ? fail('unknown_country') : ok(code);
}

/** Whether a country, a nationality or a big city is named anywhere in the text ("the Indian protocol", "the local SA one"). */
export function namesACountry(text: string, locale: Locale): boolean {
    return matchCountries(text, locale).hits.some((h) => h.codes.length > 0);
}

/** Which country a question asks for: where the family lives, or the child's citizenship. */
export type CountryQuestion = 'residence' | 'citizenship';

/** Words of the conversation's language only: the Polish "we" (in) is the English "we", the French "la" a Romanian "at". */
const placeWords = lazyPerLocale((locale) => {
    const { residence, left } = getLexicon(locale).countries;
    return { residence: new PhraseDict<true>().addAll(residence, true), left: new PhraseDict<true>().addAll(left, true) };
});

interface PlacedHit extends CountryHit {
    /** Said of where the family lives ("live", "in", "wohnen", "في"). */
    readonly residence: boolean;
    /** Negated ("no Italian citizenship yet") or about a place left behind ("fled from Ukraine in 2022"). */
    readonly past: boolean;
    /** A place named alone at the start of the answer ("Polska, Opole. I work in Germany…"): the direct answer. */
    readonly opening: boolean;
}

/** At most this many words beside the place in the answer's first clause for it to be the direct answer. */
const MAX_OPENING_EXTRA_WORDS = 1;

/** A year said in a clause: "in 2022", "seit 2015" (digits only, so ages and weights are no years). */
const YEAR = /^(19|20)\d\d$/;

/** A residence word before the place, or a verb after it ("Türkiye'de yaşıyoruz"); a short word after it is a preposition of something else ("in 2022"). */
const MIN_RESIDENCE_AFTER = 4;

function saysResidence(keys: readonly string[], hit: CountryHit, locale: Locale): boolean {
    const at = hit.at ?? 0;
    return placeWords(locale).residence.scan(keys).some((r) => r.end <= at || (r.start >= at + hit.keys.length && keys.slice(r.start, r.end).join(' ').length >= MIN_RESIDENCE_AFTER));
}

/** The places of each clause, with what the clause says of them. */
function placedHits(text: string, locale: Locale): PlacedHit[] {
    return clausesOf(text).flatMap((clause: Clause, index) => {
        const keys = clause.keys;
        const left = clause.earlier || placeWords(locale).left.scan(keys).length > 0;
        return contained(clause.tokens, locale).map((hit) => {
            const residence = saysResidence(keys, hit, locale);
            const at = hit.at ?? 0;
            const opening = index === 0 && hit.kind !== 'nationality' && keys.length - hit.keys.length <= MAX_OPENING_EXTRA_WORDS;
            return { ...hit, residence, opening, past: left || (!residence && keys.some((k) => YEAR.test(k))) || isNegated(keys, at, at + hit.keys.length) };
        });
    });
}

/** Keeps the hits that pass, unless none would. */
const preferring = <T>(hits: readonly T[], pass: (hit: T) => boolean): readonly T[] => {
    const kept = hits.filter(pass);
    return kept.length > 0 ? kept : hits;
};

/**
 * Several countries in one answer, read for the question asked: "we live in Peru, we are
 * Venezuelan" is Peru where the family lives and Venezuela as citizenship. A place said with
 * "live" or "in" is the residence, and not the citizenship; then a country negated or left behind
 * ("not Italian", "fled from Ukraine") gives way to another; where the family lives, a place named
 * beats a nationality word ("English Harbour, Antigua"). A place the answer opens with alone
 * ("Polska, Opole. Pracuję w Niemczech…") comes before all of these but the places left behind.
 */
function readFor(asked: CountryQuestion, text: string, locale: Locale): CountryHit[] {
    let hits: readonly PlacedHit[] = placedHits(text, locale);
    // Where the family lived before ("Türkei, Izmir. früher haben wir in Köln gewohnt") is not where it lives.
    if (asked === 'residence') hits = preferring(hits, (h) => !h.past);
    // The place the answer opens with, alone, is the answer; what follows tells more ("Polska, Opole.
    // Pracuję w Niemczech…": the "in" of work is no home).
    if (distinct(hits.flatMap((h) => h.codes)).length > 1) hits = preferring(hits, (h) => h.opening && !h.past);
    hits = preferring(hits, (h) => (asked === 'residence' ? h.residence : !h.residence));
    hits = preferring(hits, (h) => !h.past);
    if (asked === 'residence') hits = preferring(hits, (h) => h.kind !== 'nationality');
    return [...hits];
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
