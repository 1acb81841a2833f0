import { languagePack, nounFormsAnyLanguage, type Locale } from '../../languages';
import { allLexicons, getLexicon, type Lexicon } from '../lexicon';
import { lazy, lazyPerLocale } from './lazy';
import { lexiconDict, localLexiconDict } from './lexiconDict';
import { cardinalDict, multiplicativeDict, ordinalDict } from './numberWords';
import { PhraseDict, type PhraseHit } from './phrases';
import { normalizeKeepCase } from './text';
import { keysOf, tokenize, type Token } from './tokenize';
import type { ParseResult } from './types';

/**
 * How a sentence shapes the values in it: clauses, hedges ("I think"), negations ("no", "kein",
 * "без", "ما") and their scope, "don't know" clauses, deferrals ("later"). Word lists come from
 * every language's lexicon (`sentence`), because parents mix languages.
 */
type Sentence = Lexicon['sentence'];
const dict = (pick: (s: Sentence) => readonly string[]) => lexiconDict((l) => pick(l.sentence), true as const);

export const politeDict = lexiconDict((l) => l.polite, true as const);
const hedgeDict = dict((s) => s.hedges);
const negationDict = dict((s) => s.negations);
const negationAfterDict = dict((s) => s.negationsAfter);
const contrastDict = dict((s) => s.contrast);
const earlierDict = dict((s) => s.earlier);
const nowDict = dict((s) => s.now);
const knowVerbDict = dict((s) => s.knowVerbs);
const testWordDict = dict((s) => s.testWords);
/** "sorry", "I mean", "nein warte", "то есть": what follows replaces what was said before. */
export const correctionMarkerDict = localLexiconDict((l) => l.corrections.markers, true as const);
export const correctionContrastDict = localLexiconDict((l) => l.corrections.contrast, true as const);

/** The words after the last correction marker ("27 kilo, nein warte, 25,5" → "25,5"), if there is one with words after it. */
export function afterLastCorrection(text: string, locale: Locale): string | undefined {
    return aroundLastCorrection(text, locale)?.after;
}

/** What comes before the last correction marker and after it ("27 kilo, nein warte, 25,5" → "27 kilo, nein", "25,5"). */
export function aroundLastCorrection(text: string, locale: Locale): { before: string; after: string } | undefined {
    const tokens = tokenize(text);
    const keys = tokens.map((t) => t.key);
    const hits = correctionMarkerDict(locale).scan(keys);
    const last = hits[hits.length - 1];
    const next = last ? tokens[last.end] : undefined;
    if (!last || !next) return undefined;
    const normalized = normalizeKeepCase(text);
    return { before: normalized.slice(0, tokens[last.start]!.start), after: normalized.slice(next.start) };
}
const sureDict = dict((s) => s.sureWords);
const whetherDict = dict((s) => s.whether);
const pendingDict = dict((s) => s.pending);
const laterDict = dict((s) => s.later);
const plannedDict = dict((s) => s.planned);
const moreDict = dict((s) => s.more);
const onlyDict = dict((s) => s.only);
/**
 * One word this short ("ns", "nw", "хз") is a "don't know" only in its own language: elsewhere it
 * is another word (Arabizi "w ns" is "and a half").
 */
const ABBREVIATION_LENGTH = 2;
const isAbbreviation = (phrase: string) => {
    const keys = keysOf(phrase);
    return keys.length === 1 && keys[0]!.length <= ABBREVIATION_LENGTH;
};
const unknownDict = lexiconDict((l) => l.answers.unknown.filter((p) => !isAbbreviation(p)), true as const);
const unknownAbbreviations = lazyPerLocale((locale): ReadonlySet<string> => new Set(getLexicon(locale).answers.unknown.filter(isAbbreviation).flatMap(keysOf)));
/** One-word "no" answers ("no", "nein", "нет", "لا"): at a clause start they answer, and negate only the next word. */
const interjections = lazy(() => new Set(allLexicons().flatMap((l) => l.answers.no).map(keysOf).filter((k) => k.length === 1).map((k) => k[0]!)));
const commonWords = lazy(() => new Set(allLexicons().flatMap((l) => l.stopwords.flatMap(keysOf))));

export type NounKind = keyof Sentence['nouns'];

/** Nouns of a kind, with Russian case forms ("почты", "телефона"). */
const nounDicts = lazy(() => {
    const build = (kind: NounKind) => {
        const d = new PhraseDict<true>();
        for (const lexicon of allLexicons()) {
            for (const phrase of lexicon.sentence.nouns[kind]) for (const form of nounFormsAnyLanguage(keysOf(phrase))) d.addKeys(form, true);
        }
        return d;
    };
    return { email: build('email'), phone: build('phone'), preference: build('preference') } satisfies Record<NounKind, PhraseDict<true>>;
});

/** Tokens without "please", "sorry", "bitte", "пожалуйста", "من فضلك" and the like. */
export function withoutPolite(tokens: readonly Token[]): Token[] {
    const drop = covered(politeDict(), tokens.map((t) => t.key));
    // A message that is only politeness ("thanks") keeps its words: it is then not an answer of any kind.
    return drop.size === tokens.length ? [...tokens] : tokens.filter((_, i) => !drop.has(i));
}

function covered(d: PhraseDict<true>, keys: readonly string[]): Set<number> {
    const at = new Set<number>();
    for (const hit of d.scan(keys)) for (let i = hit.start; i < hit.end; i++) at.add(i);
    return at;
}

/** A part of a message between punctuation marks or after "but": one statement. */
export interface Clause {
    readonly tokens: readonly Token[];
    readonly keys: readonly string[];
    /** As written (normalised), from its first to its last word with symbols attached ("0.1%"). */
    readonly text: string;
    /** Opened by "but", "aber", "но", "بس": it outweighs what came before. */
    readonly contrast: boolean;
    /** Says "before", "vorher", "раньше", "سابقا": about an earlier time. */
    readonly earlier: boolean;
    /** Says "now", "seitdem", "сейчас", "هلأ": about the present, after what came before. */
    readonly now: boolean;
}

// Punctuation that ends a statement; a dot or comma only before a space, so "0.1" and "8;21" stay, and not
// after an initial ("J. K. Rowling").
const BREAK = /[,;:!?]+(?=\s|$)|(?<!(?:^|[\s.])\p{Lu})\.+(?=\s|$)|[()[\]{}]|\s[-–—]+\s|\s\/\s/gu;

function clauseOf(norm: string, tokens: readonly Token[], contrast: boolean): Clause | undefined {
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    if (!first || !last) return undefined;
    // Keep symbols glued to the last word ("0.1%", "MRD+").
    const tail = /^[^\s,;:!?()[\]{}]*/u.exec(norm.slice(last.end))?.[0] ?? '';
    const keys = tokens.map((t) => t.key);
    return { tokens, keys, text: norm.slice(first.start, last.end + tail.length).replace(/[.]+$/, ''), contrast, earlier: earlierDict().scan(keys).length > 0, now: nowDict().scan(keys).length > 0 };
}

/** The message as clauses see it: normalised, line breaks as commas. Token offsets point into it. */
export const sentenceText = (text: string): string => normalizeKeepCase(text.replace(/\r?\n/g, ', '));

/** The clauses of a message, in order. */
export function clausesOf(text: string): Clause[] {
    const norm = sentenceText(text);
    const all = tokenize(norm);
    const clauses: Clause[] = [];
    const bounds = [...norm.matchAll(BREAK)].map((m) => [m.index, m.index + m[0].length] as const);
    const pieces: Token[][] = [];
    let pieceStart = 0;
    for (const [end, next] of [...bounds, [norm.length, norm.length] as const]) {
        pieces.push(all.filter((t) => t.start >= pieceStart && t.end <= end));
        pieceStart = next;
    }
    for (const piece of pieces) {
        const keys = piece.map((t) => t.key);
        let current: Token[] = [];
        let contrast = false;
        for (let i = 0; i < piece.length; ) {
            const hit = contrastDict().longestAt(keys, i);
            if (hit) {
                const clause = clauseOf(norm, current, contrast);
                if (clause) clauses.push(clause);
                current = [];
                contrast = true;
                i = hit.end;
                continue;
            }
            current.push(piece[i]!);
            i++;
        }
        const clause = clauseOf(norm, current, contrast);
        if (clause) clauses.push(clause);
    }
    return clauses;
}

/** A negation that follows what it denies starts at `at` ("пересадки не было", "FLT3 negativ"). */
export const negationAfterAt = (keys: readonly string[], at: number): boolean => negationAfterDict().longestAt(keys, at) !== undefined;

/** Hedge phrases in a token list ("I think", "вроде бы"). */
export const hedgesIn = (keys: readonly string[]): PhraseHit<true>[] => hedgeDict().scan(keys);

/** The parent is not sure: a hedge anywhere in the message. */
export const isHedged = (text: string): boolean => hedgesIn(tokenize(text).map((t) => t.key)).length > 0;

/** Tokens without hedges (kept when nothing else is left, so "maybe" alone stays "maybe"). */
export function withoutHedges(tokens: readonly Token[]): { tokens: Token[]; hedged: boolean } {
    const drop = covered(hedgeDict(), tokens.map((t) => t.key));
    if (drop.size === 0 || drop.size === tokens.length) return { tokens: [...tokens], hedged: drop.size > 0 };
    return { tokens: tokens.filter((_, i) => !drop.has(i)), hedged: true };
}

/**
 * Whether the words [start, end) of a clause are negated: by a negation shortly before ("no
 * transplant", "keine E-Mail", "I don't have email", "ما بدي أعطي رقم") or just after ("FLT3
 * negativ", "почты нет", "inotuzumab no" at the end of a clause). A clause-opening "no" answers
 * the question and negates only the next word.
 */
export function isNegated(keys: readonly string[], start: number, end: number): boolean {
    for (let stop = start; stop >= Math.max(0, start - 3); stop--) {
        const hit = negationDict().longestBefore(keys, stop);
        if (!hit) continue;
        const gap = start - hit.end;
        // "No, only chemo": the answer word is not carried over "only" or "but"; "didn't reach remission" is.
        const answerWord = hit.start === 0 && hit.end === 1 && interjections().has(keys[0] ?? '');
        const overOnly = answerWord && keys.slice(hit.end, start).some((_, j) => onlyDict().longestAt(keys, hit.end + j) || contrastDict().longestAt(keys, hit.end + j));
        if (gap === 0 || (gap <= 2 && !overOnly)) return true;
    }
    for (let at = end; at <= Math.min(keys.length - 1, end + 1); at++) {
        if (negationAfterDict().longestAt(keys, at)) return true;
    }
    // "blinatumomab ja, inotuzumab nein": a bare "no" that ends the clause right after the words.
    return end === keys.length - 1 && interjections().has(keys[end] ?? '');
}

/** A clause up to a negation in it: "May 2025" of "May 2025 not 2024", nothing of "nicht im Mai" (what follows "not" is denied). */
function beforeNegation(clause: Clause): string {
    const at = clause.keys.findIndex(isNegation);
    if (at < 0) return clause.text;
    if (at === 0) return '';
    const first = clause.tokens[0]!;
    return clause.text.slice(0, clause.tokens[at - 1]!.end - first.start);
}

/**
 * A value from the one clause that holds it, when the whole message is not understood:
 * "Dezember 2024, kurz vor Weihnachten", "am 3. Mai 2016, ein Sonntag", "May 2025 not 2024". Several
 * clauses with different values are not guessed.
 */
export function fromOneClause<T>(text: string, parse: (part: string) => ParseResult<T>, key: (value: T) => string): ParseResult<T> {
    const whole = parse(text);
    if (whole.ok || (whole.reason !== 'unrecognized' && whole.reason !== 'ambiguous')) return whole;
    const found = clausesOf(text).map((c) => parse(beforeNegation(c))).filter((r): r is Extract<ParseResult<T>, { ok: true }> => r.ok);
    const [first] = found;
    return first !== undefined && new Set(found.map((r) => key(r.value))).size === 1 ? first : whole;
}

/** A deferral word, negated or not ("later", "not later"). */
export const mentionsLater = (keys: readonly string[]): boolean => laterDict().scan(keys).length > 0;

/** A negation phrase anywhere in the words ("no", "hab ich nicht", "ما عندي"). */
export const mentionsNegation = (keys: readonly string[]): boolean => negationDict().scan(keys).length > 0;

/** How many words of a negation phrase open `keys` ("no rush" → 1, "pas de" → 2), 0 when none does. */
export const leadingNegation = (keys: readonly string[]): number => negationDict().longestAt(keys, 0)?.end ?? 0;

/** A one-word negation ("no", "не", "ما", "غير"). */
export const isNegation = (key: string): boolean => negationDict().has([key]);

/** A contrast word starts at `at` ("but", "aber", "pero", "но", "بس"). */
export const contrastAt = (keys: readonly string[], at: number): boolean => contrastDict().longestAt(keys, at) !== undefined;

/** Some hit of `d` in the clause that is negated ("no email", "почты нет"). */
function negatedHit(d: PhraseDict<true>, keys: readonly string[]): boolean {
    return d.scan(keys).some((h) => isNegated(keys, h.start, h.end));
}

/** A "don't know" in the clause: "I don't know", "weiß ich nicht", "не знаю", "ما بعرف", "still waiting". */
export function saysUnknown(keys: readonly string[], locale?: Locale): boolean {
    if (unknownDict().scan(keys).length > 0 || pendingDict().scan(keys).length > 0) return true;
    if (locale && keys.some((k) => unknownAbbreviations(locale).has(k))) return true;
    const near = (hit: PhraseHit<true>, after: boolean) => {
        for (let stop = hit.start; stop >= Math.max(0, hit.start - 2); stop--) if (negationDict().longestBefore(keys, stop)) return true;
        if (after) for (let at = hit.end; at <= Math.min(keys.length - 1, hit.end + 2); at++) if (negationDict().longestAt(keys, at)) return true;
        return false;
    };
    return [knowVerbDict(), testWordDict()].some((d) => d.scan(keys).some((h) => near(h, true))) || sureDict().scan(keys).some((h) => near(h, false));
}

/** Words of a "don't know" clause beyond the saying and common words: "names" in "I do not know the names". */
export function unknownExtraWords(keys: readonly string[]): number {
    const said = new Set<number>();
    for (const d of [unknownDict(), pendingDict(), knowVerbDict(), testWordDict(), sureDict(), negationDict(), politeDict(), hedgeDict(), moreDict()]) {
        for (const i of covered(d, keys)) said.add(i);
    }
    return keys.filter((k, i) => !said.has(i) && !commonWords().has(k)).length;
}

/** "else", "other", "sonst", "ещё": with a negation, "nothing else" beside what was named. */
export const mentionsMore = (keys: readonly string[]): boolean => moreDict().scan(keys).length > 0;

/** "I don't know if/whether …": a guess follows the "don't know". */
export const asksWhether = (keys: readonly string[]): boolean => whetherDict().scan(keys).length > 0;

/** "not sure if she had CAR-T", "no sé si le pusieron…": a "don't know" and a "whether" in the words. */
export const wondersWhether = (keys: readonly string[], locale: Locale): boolean => saysUnknown(keys, locale) && asksWhether(keys);

/** A deferral in the clause, not negated: "will send later", "mach ich später", "пришлю позже", "بعدين". */
export const saysLater = (keys: readonly string[]): boolean => laterDict().scan(keys).some((h) => !isNegated(keys, h.start, h.end));

/** Only negations and "more/else" words: "no", "nothing else", "nichts weiter", "нечего добавить", "لا شي". */
export function saysNothing(tokens: readonly Token[], locale?: Locale): boolean {
    const keys = withoutPolite(tokens).map((t) => t.key);
    const negations = covered(negationDict(), keys);
    if (negations.size === 0) return false;
    const more = covered(moreDict(), keys);
    // Words of the parent's language that carry nothing ("I have … to", "je n'ai … à", "мне") are left aside.
    const filler = locale === undefined ? undefined : stopwordKeys(locale);
    return keys.every((key, i) => negations.has(i) || more.has(i) || filler?.has(key));
}

/** The language's common words, folded as typed. */
export const stopwordKeys = lazyPerLocale((locale): ReadonlySet<string> => new Set(languagePack(locale).stopwords.flatMap(keysOf)));

/**
 * A clause about a treatment still to come, not given: a plan word ("planned", "kommt", "будет"),
 * a wait ("waiting for", "чекаємо") or a deferral ("later", "пізніше") not negated. A deferral
 * counts only closing the clause ("inotuzumab comes later"): elsewhere the same words order past
 * events ("потом инотузумаб", "después de la recaída").
 */
export function speaksOfPlan(keys: readonly string[]): boolean {
    // "we are waiting for the transplant", "чекаємо на пересадку": awaited, so still to come.
    if ([...plannedDict().scan(keys), ...pendingDict().scan(keys)].some((h) => !isNegated(keys, h.start, h.end))) return true;
    return laterDict().scan(keys).some((h) => h.end === keys.length && h.start > 0 && !isNegated(keys, h.start, h.end));
}

const untilDict = localLexiconDict((l) => l.sentence.until, true as const);
const untilAfterDict = localLexiconDict((l) => l.sentence.untilAfter, true as const);
/** Where the first "now", "seitdem", "сейчас", "هلأ" of the words is. */
export const nowIn = (keys: readonly string[]): PhraseHit<true> | undefined => nowDict().scan(keys)[0];

/** Words that may stand between "until" and the thing ("until the transplant", "hasta el trasplante"). */
const UNTIL_GAP = 1;

/**
 * The thing named at [start, end) is still ahead: "kriegt Azacitidin bis zur Transplantation",
 * "chemo until the transplant", "nakle kadar". Said of the past ("chemo until the transplant in
 * 2022") it is given, so a reading from it is left to the thing's own question.
 */
export const isAhead = (keys: readonly string[], start: number, end: number, locale: Locale): boolean =>
    untilDict(locale).scan(keys).some((h) => h.end <= start && start - h.end <= UNTIL_GAP) || untilAfterDict(locale).longestAt(keys, end) !== undefined;

/** Common words a negation may stand behind and still deny the noun before them: "E-Mail hab ich keine", "email I do not have" (nothing but common words after it). */
const NOUN_THEN_NEGATION = 3;

/**
 * A noun of the kind, negated in some clause: "no email", "keine E-Mail", "почты нет", "ليس عندي بريد
 * إلكتروني", or put first with the negation after common words ("E-Mail hab ich keine", "correo no tengo").
 */
export const negatesNoun = (clause: Clause, kind: NounKind): boolean => {
    const keys = clause.keys;
    if (negatedHit(nounDicts()[kind], keys)) return true;
    return nounDicts()[kind].scan(keys).some((h) => {
        for (let at = h.end; at <= Math.min(keys.length - 1, h.end + NOUN_THEN_NEGATION); at++) {
            const negation = negationDict().longestAt(keys, at);
            // Only common words around it: "email does not work with links" says something else.
            if (negation) return [...keys.slice(h.end, at), ...keys.slice(negation.end)].every((k) => commonWords().has(k) || politeDict().has([k]));
        }
        return false;
    });
};

/** A noun of the kind in the clause. */
export const mentionsNoun = (clause: Clause, kind: NounKind): boolean => nounDicts()[kind].scan(clause.keys).length > 0;

/** "Only", "lieber", "лучше", "بس" in the clause. */
export const saysOnly = (clause: Clause): boolean => onlyDict().scan(clause.keys).length > 0;

/**
 * A clause that comments rather than names an item ("das ist Teil vom Protokoll", "2 cycles",
 * "nothing else was found", "only chemo"): it has a number or number word, a common or sentence word, or three
 * words or more. A single unknown word ("aspirin") is not a comment: it is an item not understood.
 */
export function isCommentary(clause: Clause): boolean {
    if (clause.tokens.length >= 3) return true;
    if (clause.tokens.some((t) => /\p{N}/u.test(t.key))) return true;
    const keys = clause.keys;
    const lists = [
        hedgeDict(), negationDict(), negationAfterDict(), moreDict(), onlyDict(), earlierDict(), laterDict(), pendingDict(), politeDict(),
        cardinalDict(), ordinalDict(), multiplicativeDict()
    ];
    return keys.some((k) => commonWords().has(k)) || lists.some((d) => d.scan(keys).length > 0) || saysUnknown(keys);
}
