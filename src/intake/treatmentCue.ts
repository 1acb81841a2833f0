import type { FieldPath } from '../domain/schema';
import type { Translate } from '../i18n/i18n';
import { allLexicons, getLexicon } from '../i18n/lexicon';
import { lazy, lazyPerLocale } from '../i18n/parsers/lazy';
import { separatorKeys } from '../i18n/parsers/list';
import { PhraseDict } from '../i18n/parsers/phrases';
import { contrastAt, negationAfterAt, speaksOfPlan, stopwordKeys, wondersWhether } from '../i18n/parsers/sentence';
import { keysOf } from '../i18n/parsers/tokenize';
import { LOCALES, languagePack, type Locale } from '../languages';
import { fieldKey, stringList } from './options';

/**
 * What a message says of a treatment it names: given, not given, only its effect denied ("the
 * chemo did not work"), a negation before it with other words between, which may be either, or
 * not known ("not sure if she had CAR-T").
 */
export type CueReading = 'given' | 'denied' | 'effect' | 'unclear' | 'unknown';

export interface Cue {
    /** Where the cue starts and ends, in words. */
    at: number;
    end: number;
    reading: CueReading;
}

/** The longest negation that can end right at a cue ("ما في", "не было"), in words. */
const NEGATION_BEFORE = 3;
/** A negation this close after the cue can deny it ("Chemo hatte sie nicht", "химию ей не делали"). */
const NEGATION_AFTER = 3;
/** Words after a negation that still belong to it ("не делали", "pas eu"). */
const AFTER_NEGATION = 2;
/** Words after a negation among which a verb of giving says "not given" ("no se lo pusieron"). */
const GIVING_AFTER_NEGATION = 3;
/** Pronouns glued to verbs ("se", "lo", "le") are this short: beside a negation they make no "not given". */
const CLITIC_LENGTH = 2;
/** How far after its name a treatment can be said to be unavailable ("CAR-T ist bei uns in Serbien nicht zugelassen"). */
const UNAVAILABLE_AFTER = 6;

const negations = lazy(() => {
    const dict = new PhraseDict<true>();
    for (const lexicon of allLexicons()) dict.addAll([...lexicon.answers.no.filter((p) => keysOf(p).length <= 2), ...lexicon.sentence.negations], true);
    return dict;
});

/** Verbs of giving ("received", "bekommen", "получали"), stemmed. */
const givenStems = lazyPerLocale((locale): ReadonlySet<string> => new Set(getLexicon(locale).sentence.given.flatMap(keysOf).map(languagePack(locale).stem)));

/** One-word "no" answers ("no", "нет", "nein"), folded. */
const noKeys = lazyPerLocale((locale): ReadonlySet<string> => new Set(getLexicon(locale).answers.no.map(keysOf).filter((keys) => keys.length === 1).flat()));

/**
 * Stems of words that say nothing of a treatment's effect: the language's common words, its
 * negations and its verbs of giving. A negation among them denies the treatment; after the
 * treatment and beside any other word ("wirkt", "помогла", "work") it denies only its effect.
 */
const emptyStems = lazyPerLocale((locale): ReadonlySet<string> => {
    const words = [...languagePack(locale).stopwords, ...getLexicon(locale).sentence.negations].flatMap(keysOf);
    return new Set([...words, ...noKeys(locale)].map(languagePack(locale).stem).concat(...givenStems(locale)));
});

/** Phrases compared by stems, so "transplanted" finds "transplant" and "disponibles" finds "disponible". */
function stemmedDict(phrases: readonly string[], locale: Locale): PhraseDict<true> {
    const stem = languagePack(locale).stem;
    const dict = new PhraseDict<true>();
    for (const phrase of phrases) dict.addKeys(keysOf(phrase).map(stem), true);
    return dict;
}

/** "not available", "gibt es nicht", "no lo hacen": compared by stems like the cues. */
const unavailable = lazyPerLocale((locale) => stemmedDict(getLexicon(locale).sentence.unavailable, locale));

/**
 * "not available", "no hay" at `start`, closing the piece or followed by a common word ("no hay en
 * Cuba"): said of what came before. Followed by another word it may name what is missing ("con la
 * quimio no hay mejoría").
 */
function unavailableAt(stems: readonly string[], start: number, locale: Locale): boolean {
    const hit = unavailable(locale).longestAt(stems, start);
    return hit !== undefined && (hit.end === stems.length || emptyStems(locale).has(stems[hit.end]!));
}

/**
 * A piece that opens with common words and then says "not available" ("aquí eso no existe",
 * "here they don't do it"): when asked about a treatment, it was not given.
 */
export function saysUnavailable(text: string, locale: Locale): boolean {
    return statementSegments(text).some((segment) => {
        const stems = keysOf(segment).map(languagePack(locale).stem);
        for (let start = 0; start < stems.length; start++) {
            if (unavailableAt(stems, start, locale)) return true;
            if (!emptyStems(locale).has(stems[start]!)) return false;
        }
        return false;
    });
}

function cueWords(field: FieldPath, t: Translate, lng?: Locale): string[] {
    return ['aliases', 'cues', 'synonyms.true'].flatMap((list) => stringList(t, fieldKey(field, list), lng));
}

/** A cue written alike in this many languages ("car-t", "cart", "tbi") is an international name. */
const INTERNATIONAL_IN = 3;

/**
 * International names are matched as written, not by stems: the French "cartes" (cards) stems to
 * "cart" and is no CAR-T, the Spanish "tbi…" no irradiation. The language's own words go by stems.
 */
function internationalCues(field: FieldPath, t: Translate): ReadonlySet<string> {
    let cues = internationalByField.get(field);
    if (!cues) {
        const counts = new Map<string, number>();
        for (const lng of LOCALES) for (const cue of new Set(cueWords(field, t, lng).map(cueKey))) counts.set(cue, (counts.get(cue) ?? 0) + 1);
        cues = new Set([...counts].filter(([, n]) => n >= INTERNATIONAL_IN).map(([cue]) => cue));
        internationalByField.set(field, cues);
    }
    return cues;
}
/** The same in every language, so built once per field. */
const internationalByField = new Map<FieldPath, ReadonlySet<string>>();
const cueKey = (cue: string) => keysOf(cue).join(' ');

interface CueDicts {
    /** The language's own cue words, by stems. */
    stemmed: PhraseDict<true>;
    /** International names, by the words as written. */
    written: PhraseDict<true>;
}

/** Built once per language and field: they depend on the locale files only, and every answer is checked against them. */
const cueDicts = new Map<string, CueDicts>();

function cueDict(field: FieldPath, locale: Locale, t: Translate): CueDicts {
    const key = `${locale}|${field}`;
    let dicts = cueDicts.get(key);
    if (!dicts) {
        const international = internationalCues(field, t);
        const words = cueWords(field, t);
        const written = new PhraseDict<true>();
        for (const cue of words.filter((c) => international.has(cueKey(c)))) written.addKeys(keysOf(cue), true);
        dicts = { stemmed: stemmedDict(words.filter((c) => !international.has(cueKey(c))), locale), written };
        cueDicts.set(key, dicts);
    }
    return dicts;
}

/**
 * Where a field's cue ("transplant", "химию") starts in a piece of a statement, compared by stems,
 * and what the piece says of it. A negation denies the treatment when only empty words stand
 * between ("no transplant", "she never had a transplant", "Chemo hatte sie nicht", "химию ей не
 * делали"); after it and beside another word ("химия не помогла") it denies the effect, so the
 * treatment was given; before it with another word between ("not responding to chemo"), or far
 * after it, the reading is unclear.
 */
export function findCue(segment: string, field: FieldPath, locale: Locale, t: Translate): Cue | undefined {
    const keys = keysOf(segment);
    const stems = keys.map(languagePack(locale).stem);
    const dicts = cueDict(field, locale, t);
    const [hit] = [...dicts.stemmed.scan(stems), ...dicts.written.scan(keys)].sort((a, b) => a.start - b.start);
    if (!hit) return undefined;
    const empty = emptyStems(locale);
    const onlyEmpty = (from: number, to: number) => stems.slice(from, to).every((s) => empty.has(s));
    // "пересадки не было", "FLT3 negativ": said of the thing right after it.
    if (negationAfterAt(keys, hit.end)) return { at: hit.start, end: hit.end, reading: 'denied' };
    // "no sé si le hicieron CAR-T", "not sure if she had a transplant": whether it was given is not known.
    if (wondersWhether(keys.slice(0, hit.start), locale)) return { at: hit.start, end: hit.end, reading: 'unknown' };
    // "CAR-T is not available in Ukraine", "кар-т в Казахстане недоступна": not offered there, so not given.
    // An "and" or a "but" ends what is said of it ("the chemo did not work and CAR-T is not available").
    for (let start = hit.end; start <= Math.min(stems.length - 1, hit.end + UNAVAILABLE_AFTER); start++) {
        if (separatorKeys().has(keys[start]!) || contrastAt(keys, start)) break;
        if (unavailableAt(stems, start, locale)) return { at: hit.start, end: hit.end, reading: 'denied' };
    }
    let reading: CueReading = 'given';
    // The nearest negation before it ("no, she never had chemo": "never").
    for (let start = hit.start - 1; start >= Math.max(0, hit.start - NEGATION_BEFORE); start--) {
        const before = negations().longestAt(keys, start);
        if (!before || before.end > hit.start) continue;
        // "trasplante no pero CAR-T sí": a "but" between ends what the "no" denies.
        if (keys.slice(before.end, hit.start).some((_, j) => contrastAt(keys, before.end + j))) break;
        // Common words alone carry no denial over more than one of them unless a verb of giving is
        // among them ("never had a transplant"; "spricht nicht auf die Chemo an" is its effect).
        const between = stems.slice(before.end, hit.start);
        const gives = between.length <= 1 || between.some((s) => givenStems(locale).has(s));
        // "not responding to chemo", "she hasn't gone through a transplant": unclear.
        return { at: hit.start, end: hit.end, reading: onlyEmpty(before.end, hit.start) && gives ? 'denied' : 'unclear' };
    }
    for (let start = hit.end; start < Math.min(keys.length, hit.end + NEGATION_AFTER); start++) {
        const after = negations().longestAt(keys, start);
        if (!after) continue;
        // "quimio no pero trasplante sí": what follows a "but" is about something else. A verb of giving
        // after the negation denies the treatment over other words ("quimio como tal no le han dado").
        const afterEnd = Math.min(keys.length, after.end + AFTER_NEGATION);
        const givenAfter = stems.slice(after.end, afterEnd).some((s) => givenStems(locale).has(s));
        const denies = (contrastAt(keys, after.end) || onlyEmpty(after.end, afterEnd)) && (onlyEmpty(hit.end, start) || givenAfter);
        reading = denies ? 'denied' : 'effect';
        break;
    }
    return { at: hit.start, end: hit.end, reading };
}

/**
 * A piece that says something was not given, without naming it: "so not given", "she never got
 * it", "no se lo han dado", "not available in our country", "was planned" (a negation with only
 * empty words and a verb of giving after it, "not available", or a plan).
 */
export function deniesGiving(segment: string, locale: Locale): boolean {
    const keys = keysOf(segment);
    const stems = keys.map(languagePack(locale).stem);
    const empty = emptyStems(locale);
    if (speaksOfPlan(keys)) return true;
    for (let start = 0; start < keys.length; start++) {
        if (unavailableAt(stems, start, locale)) return true;
        const negation = negations().longestAt(keys, start);
        if (!negation) continue;
        // A verb of giving longer than a clitic: "no sé" is no "no se lo pusieron".
        const after = stems.slice(negation.end, negation.end + GIVING_AFTER_NEGATION);
        if (after.length > 0 && after.every((s) => empty.has(s)) && after.some((s) => givenStems(locale).has(s) && s.length > CLITIC_LENGTH)) return true;
    }
    return false;
}

/** "gemtuzumab no": words and then a one-word "no" closing the piece. */
export function closesWithNo(segment: string, locale: Locale): boolean {
    const keys = keysOf(segment);
    const last = keys[keys.length - 1];
    return keys.length > 1 && last !== undefined && noKeys(locale).has(last);
}

/** Pieces of a statement that each speak of one thing: split at commas, semicolons, sentence ends and line breaks. */
export function statementSegments(text: string): string[] {
    return text.split(/[,;،]|[.!?؟](?:\s|$)|\n/).map((s) => s.trim()).filter(Boolean);
}

/**
 * A "no" that answers apart from what the message tells of the treatment: a piece that is a "no"
 * alone or with common words ("eso no", "entonces no"), or a one-word "no" answer opening the message
 * ("нет, нам сказали…"; not the particle of "не помогла" or "did not work").
 */
export function saysNoApart(text: string, locale: Locale): boolean {
    const common = stopwordKeys(locale);
    const no = noKeys(locale);
    // "нет, нам сказали…", "no they said only CAR-T can help": the message opens with its answer.
    const [first] = keysOf(text);
    if (first !== undefined && no.has(first)) return true;
    return statementSegments(text).some((segment) => {
        const words = keysOf(segment).filter((k) => !common.has(k) || no.has(k));
        return words.length > 0 && words.every((k) => no.has(k));
    });
}

/** A piece names the treatment, not denied, beside a verb of giving ("пересадку сделали", "transplant was done"). */
export function saysGiven(text: string, field: FieldPath, locale: Locale, t: Translate): boolean {
    return statementSegments(text).some((segment) => {
        const stems = keysOf(segment).map(languagePack(locale).stem);
        return findCue(segment, field, locale, t)?.reading === 'given' && !speaksOfPlan(keysOf(segment)) && stems.some((s) => givenStems(locale).has(s));
    });
}

/**
 * What the message says of the treatment a yes/no field asks about, from the first piece that
 * names it and does not speak of a plan ("Chemo hatte sie nicht" denied, "the chemo did not
 * work" effect).
 */
export function treatmentReading(text: string, field: FieldPath, locale: Locale, t: Translate): CueReading | undefined {
    for (const segment of statementSegments(text)) {
        const cue = findCue(segment, field, locale, t);
        if (cue && !speaksOfPlan(keysOf(segment))) return cue.reading;
    }
    return undefined;
}
