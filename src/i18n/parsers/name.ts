import { allLexicons, getLexicon, type Lexicon } from '../lexicon';
import { LOCALES, type Locale } from '../../languages';
import { looksLikeQuestion } from '../question';
import { lazy, lazyPerLocale } from './lazy';
import { lexiconDict } from './lexiconDict';
import { PhraseDict, distinct } from './phrases';
import { clausesOf, sentenceText, withoutHedges, withoutPolite, type Clause } from './sentence';
import { isBlank } from './text';
import { keysOf, type Token } from './tokenize';
import { fail, ok, type ParseContext, type ParseResult } from './types';

/** Who the contact person is, as the spec's `contact.relationship` codes. */
export type Relationship = keyof Lexicon['names']['relationships'];
export type NameRole = 'child' | 'contact';

export interface FoundName {
    readonly name: string;
    /** For the contact: mother, father, legal guardian or other, when the message says it. */
    readonly relationship?: Relationship;
}

const MAX_LENGTH: Readonly<Record<NameRole, number>> = { child: 60, contact: 120 };
/** A bare message of more words than this is a sentence, not a name. */
const MAX_WORDS = 5;
const RELATIONSHIPS = ['legal_guardian', 'mother', 'father', 'other'] as const satisfies readonly Relationship[];

const beforeDict = lexiconDict((l) => l.names.before, true as const);
const afterDict = lexiconDict((l) => l.names.after, true as const);
const nicknameDict = lexiconDict((l) => l.names.nicknames, true as const);
const stopDict = lexiconDict((l) => l.names.stops, true as const);
const particles = lazy(() => new Set(allLexicons().flatMap((l) => l.names.particles.flatMap(keysOf))));
const relationshipDict = lazy(() => {
    const d = new PhraseDict<Relationship>();
    for (const lexicon of allLexicons()) for (const code of RELATIONSHIPS) d.addAll(lexicon.names.relationships[code], code);
    return d;
});

const wordsOf = (lists: readonly (readonly string[])[]) => new Set(lists.flatMap((list) => list.flatMap(keysOf)));

/**
 * A lexicon's lists of words that are not names: answers, sentence and name words (months and
 * countries are names too). Another language's fillers are left out: nobody says French "ben"
 * (well) at a German name prompt, where "Ben" is a boy.
 */
const notNameLists = (l: Lexicon, own = true) => [
    l.stopwords, ...(own ? [l.polite] : []), l.questionWords, ...Object.values(l.answers),
    ...Object.values(l.sentence).filter((list): list is string[] => Array.isArray(list)), ...Object.values(l.sentence.nouns),
    l.names.before, l.names.after, l.names.nicknames, l.names.stops, ...Object.values(l.names.relationships)
];

/**
 * Words that are not names: every word of the conversation's language and English lists, and the
 * one-word entries of the other languages. A word inside another language's phrase may be a name
 * here ("Regula" of Romanian "în regulă", "Tan" of Spanish "qué tan").
 */
const notNames = lazyPerLocale((locale): ReadonlySet<string> => {
    const own = [getLexicon(locale), getLexicon(LOCALES[0])].flatMap((l) => notNameLists(l));
    const single = allLexicons().flatMap((l) => notNameLists(l, false)).map((list) => list.filter((phrase) => keysOf(phrase).length === 1));
    return wordsOf([...own, ...single]);
});

/** Command words ("help", "back", "عودة"): not a name alone, but a surname may be one ("Maher Odeh"). */
const commandWords = lazy(() =>
    // Lead-ins ("I want to", Turkish "ben") only come before a command: alone, "Ben" is a boy.
    wordsOf(allLexicons().flatMap((l) => [...Object.entries(l.commands).filter((e): e is [string, string[]] => Array.isArray(e[1]) && e[0] !== 'leadIns').map(([, list]) => list), l.commands.change.before, l.commands.change.after]))
);

/** A lexicon's replies: answers, politeness (only in the conversation's language and English), greetings, question words. */
const replyLists = (l: Lexicon, own = true) => [...(own ? [l.polite] : []), l.greetings, l.questionWords, ...Object.values(l.answers)];
/** Words that answer or command, never a name even alone: yes, no, don't know, please, help. */
const replyWords = lazyPerLocale((locale) => {
    const own = [getLexicon(locale), getLexicon(LOCALES[0])];
    return wordsOf(allLexicons().flatMap((l) => replyLists(l, own.includes(l))));
});
const questionWords = lazy(() => wordsOf(allLexicons().map((l) => l.questionWords)));

const ownStopwordsAsTyped = lazyPerLocale((locale) => new Set(getLexicon(locale).stopwords.map((w) => w.toLowerCase())));

/** Replies and little words as typed, not folded: "علي" (Ali) is not "على" (on), though the two fold alike. */
const notNamesAsTyped = lazy(() =>
    new Set(allLexicons().flatMap((l) => [l.stopwords, ...replyLists(l)].flat()).flatMap((p) => p.toLowerCase().split(/\s+/)))
);

const isCapitalised = (raw: string) => /^\p{Lu}/u.test(raw);
const hasCase = (raw: string) => raw.toLowerCase() !== raw.toUpperCase();
/** A glued Arabic "and" ("وعمرها"): after the first word of a name it starts something else. */
const arabicAnd = (t: Token) => /^و\p{Script=Arabic}{3,}/u.test(t.norm);

/**
 * A word that can be part of a name here: letters only, not a known word (a capitalised one is
 * taken after "her name is"). After a particle comes a name ("عبد الله", "de la Cruz") unless it
 * answers; in scripts without capitals a word is judged as typed, not folded ("محمد علي").
 */
function nameWord(t: Token, index: number, afterMarker: boolean, afterParticle: boolean, locale: Locale): boolean {
    if (/^\p{Lu}$/u.test(t.raw)) return true; // an initial
    if (!/^[\p{L}\p{M}'-]+$/u.test(t.raw)) return false;
    // "García y López", "Puig i Ferrer": a particle inside a name, though it is a little word elsewhere.
    if (index > 0 && (arabicAnd(t) || particles().has(t.key))) return !arabicAnd(t);
    if (stopDict().has([t.key])) return false;
    if (afterParticle && !commandWords().has(t.key) && !questionWords().has(t.key)) return true;
    const known = notNames(locale).has(t.key) && (hasCase(t.raw) || notNamesAsTyped().has(t.raw.toLowerCase()));
    if (!known && (index > 0 || !commandWords().has(t.key))) return true;
    // A capitalised word after a first name is a surname even where it is a word elsewhere ("Dana Weiss", "Anna Mai").
    return (afterMarker || index > 0) && hasCase(t.raw) && isCapitalised(t.raw) && t.raw.length > 1;
}

/** Name words from `from` on (forwards) or before `from` (backwards), as many as there are, up to MAX_WORDS. */
function takeName(tokens: readonly Token[], from: number, backwards: boolean, afterMarker: boolean, locale: Locale): Token[] {
    const taken: Token[] = [];
    for (let i = from; backwards ? i >= 0 : i < tokens.length; i += backwards ? -1 : 1) {
        const t = tokens[i]!;
        const previous = backwards ? undefined : taken[taken.length - 1];
        if (taken.length >= MAX_WORDS || !nameWord(t, taken.length, afterMarker, previous !== undefined && particles().has(previous.key), locale)) break;
        if (backwards) taken.unshift(t);
        else taken.push(t);
    }
    // A name does not end in a particle ("Maria de").
    while (taken.length > 1 && particles().has(taken[taken.length - 1]!.key)) taken.pop();
    return taken;
}

interface ClauseReading {
    name?: Token[];
    nickname?: boolean;
    relationship?: Relationship[];
    /** The clause said something: a marker or a relationship. */
    spoken: boolean;
}

/** Skips markers and relationship words ("my daughter, her name is", "I am her mother") from `i` on. */
function skipIntro(keys: readonly string[], i: number, relationships: Relationship[]): number {
    for (;;) {
        const marker = beforeDict().longestAt(keys, i);
        const relation = relationshipDict().longestAt(keys, i);
        if (relation && (!marker || relation.end >= marker.end)) {
            relationships.push(...relation.values);
            i = relation.end;
        } else if (marker) i = marker.end;
        else return i;
    }
}

function readClause(clause: Clause, locale: Locale): ClauseReading {
    const tokens = withoutHedges(withoutPolite(clause.tokens)).tokens;
    const keys = tokens.map((t) => t.key);
    const relationship: Relationship[] = [];
    for (let i = 0; i < keys.length; i++) {
        const nick = nicknameDict().longestAt(keys, i);
        if (nick) return { name: takeName(tokens, nick.end, false, true, locale), nickname: true, spoken: true };
        // "heißt Lena" before "Lena heißt sie"; "зовут" goes both ways.
        const marker = beforeDict().longestAt(keys, i);
        const start = marker ? skipIntro(keys, i, relationship) : i;
        const forward = marker ? takeName(tokens, start, false, true, locale) : [];
        if (forward.length > 0) return { name: forward, relationship, spoken: true };
        if (i > 0 && afterDict().longestAt(keys, i)) {
            const name = takeName(tokens, i - 1, true, true, locale);
            if (name.length > 0 && name[0] === tokens[0]) return { name, relationship, spoken: true };
        }
        if (marker) {
            i = Math.max(i, start - 1);
            continue;
        }
        const relation = relationshipDict().longestAt(keys, i);
        if (relation) {
            relationship.push(...relation.values);
            i = relation.end - 1;
        }
    }
    if (relationship.length > 0) return { relationship, spoken: true };
    // No marker: the whole clause is a name, or nothing.
    const found = capitalisedRun(tokens, locale) ?? loneWord(tokens, locale);
    if (found) return { name: found, spoken: false };
    const bare = takeName(tokens, 0, false, false, locale);
    return bare.length > 0 && bare.length === tokens.length ? { name: bare, spoken: false } : { spoken: false };
}

const isLetters = (t: Token) => /^[\p{L}\p{M}'-]+$/u.test(t.raw);

/** A one-word answer is the name even where it is a word elsewhere ("علي" folds like "على"), unless it answers or commands. */
function loneWord(tokens: readonly Token[], locale: Locale): Token[] | undefined {
    const [only] = tokens;
    if (tokens.length !== 1 || !only || !isLetters(only) || replyWords(locale).has(only.key) || commandWords().has(only.key)) return undefined;
    // The conversation's own little words typed small ("ben", I, in Turkish); capitalised, or in a
    // script without capitals ("على" for Ali), they may be the name.
    if (hasCase(only.raw) && !isCapitalised(only.raw) && ownStopwordsAsTyped(locale).has(only.raw)) return undefined;
    return [only];
}

/**
 * Among lower-case words, the one run of capitalised words is the name: "heist Elif", "his name
 * Majok", "Althea po" (also within what a marker took). Not in scripts without capitals, and not
 * when every word is capitalised.
 */
function capitalisedRun(tokens: readonly Token[], locale: Locale): Token[] | undefined {
    const candidate = (t: Token) => isLetters(t) && hasCase(t.raw) && isCapitalised(t.raw) && !stopDict().has([t.key]) && !notNames(locale).has(t.key);
    const runs: Token[][] = [];
    tokens.forEach((t, i) => {
        if (!candidate(t)) return;
        if (i > 0 && candidate(tokens[i - 1]!)) runs[runs.length - 1]!.push(t);
        else runs.push([t]);
    });
    const lowerCase = tokens.some((t) => hasCase(t.raw) && !isCapitalised(t.raw));
    const [run] = runs;
    return runs.length === 1 && run && run.length <= MAX_WORDS && lowerCase ? run : undefined;
}

/** The name as written, initials' dots kept ("J. K. Rowling", "Anna K."). */
function asWritten(name: readonly Token[], normalized: string): string {
    const first = name[0]!;
    const last = name[name.length - 1]!;
    const dot = last.raw.length === 1 && normalized[last.end] === '.' ? '.' : '';
    return normalized.slice(first.start, last.end) + dot;
}

/**
 * "Kuba, Jakub", "Hania, Hanna": two one-word names side by side, for the child, are a short form
 * and the full name (for the contact they may be surname and first name); the longer is the name
 * (the later one when they are as long), the other goes to `detail`.
 */
function fullerOfTwo(readings: readonly ClauseReading[]): number | undefined {
    const single = readings.map((r, i) => ({ r, i })).filter(({ r }) => r.name?.length === 1 && !r.nickname && !r.spoken);
    if (single.length !== 2 || readings.length !== 2) return undefined;
    const [a, b] = single.map(({ r, i }) => ({ i, length: r.name![0]!.raw.length }));
    return a!.length > b!.length ? a!.i : b!.i;
}

/** Name particles that stay small inside a name ("ludwig van beethoven" → "Ludwig van Beethoven"). */
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'la', 'le', 'bin', 'ibn', 'bint']);

/**
 * A name typed all in small letters ("mia-sophie", "elif yıldız") with capitals, as staff would
 * write it; a name with any capital is kept as the parent wrote it ("McKenzie", "DeShawn").
 */
export function withCapitals(name: string, locale: Locale): string {
    if (name !== name.toLocaleLowerCase(locale) || name === name.toLocaleUpperCase(locale)) return name;
    return name
        .split(/(\s+)/u)
        .map((word, i) => (i > 0 && PARTICLES.has(word) ? word : word.replace(/(^|[-'’])(\p{Ll})/gu, (_, sep: string, letter: string) => sep + letter.toLocaleUpperCase(locale))))
        .join('');
}

function pickRelationship(found: readonly Relationship[]): Relationship | undefined {
    const codes = distinct(found);
    // "uncle and legal guardian": the guardianship is what counts; "mother" beside "grandmother" is no choice.
    if (codes.includes('legal_guardian')) return 'legal_guardian';
    const parents = codes.filter((c) => c === 'mother' || c === 'father');
    if (parents.length === 1) return parents[0];
    return parents.length === 0 && codes.includes('other') ? 'other' : undefined;
}

/**
 * The name in a message, alone: "her name is Mia", "Его зовут Миша, ему 7", "اسمها ليلى", "Lena,
 * sie ist 8", a bare "Anna-Lena" or "Maria Angelica". A nickname ("we call her Ada", "дома Варя")
 * and other words go to `detail`. For the contact, the relationship too: "I am her mother,
 * Aigerim Nurlanovna", "Ich bin der Vater, Markus Weber", "أنا والدتها، فاطمة". A question, or a
 * sentence without a name, is 'unrecognized'.
 */
export function extractName(text: string, ctx: ParseContext, role: NameRole): ParseResult<FoundName> {
    if (isBlank(text)) return fail('empty');
    if (looksLikeQuestion(text)) return fail('unrecognized');
    const clauses = clausesOf(text);
    const normalized = sentenceText(text);
    const readings = clauses.map((clause) => readClause(clause, ctx.locale));
    const named = readings.findIndex((r) => r.name && !r.nickname && r.spoken);
    const bare = (role === 'child' ? fullerOfTwo(readings) : undefined) ?? readings.findIndex((r) => r.name && !r.nickname);
    // Only a nickname ("we call her Ada"): that is the name we have.
    const index = named >= 0 ? named : bare >= 0 ? bare : readings.findIndex((r) => r.name);
    const reading = readings[index];
    if (!reading?.name?.length) return fail('unrecognized');
    const name = withCapitals(asWritten(capitalisedRun(reading.name, ctx.locale) ?? reading.name, normalized), ctx.locale);
    if (name.length > MAX_LENGTH[role]) return fail('too_long');
    const relationship = role === 'contact' ? pickRelationship(readings.flatMap((r) => r.relationship ?? [])) : undefined;
    const rest = clauses.filter((_, i) => (i !== index || reading.nickname) && !(readings[i]?.relationship?.length && !readings[i]?.name)).map((c) => c.text);
    const value: FoundName = relationship ? { name, relationship } : { name };
    return ok(value, rest.length > 0 ? { detail: rest.join('; ') } : {});
}
