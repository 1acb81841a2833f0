import type { Locale } from '../../languages';
import { allLexicons, getLexicon } from '../lexicon';
import { isUnknownAnswer, localNoDict, localYesDict, noDict, unknownDict, withoutPolite, yesDict } from './answers';
import type { PhraseDict } from './phrases';
import { lazy, lazyPerLocale } from './lazy';
import { distinct, type PhraseHit } from './phrases';
import { clausesOf, isHedged, mentionsNegation, saysUnknown, withoutHedges, type Clause } from './sentence';
import { isBlank, normalizeText } from './text';
import { keysOf, tokenize } from './tokenize';
import { fail, ok, type ParseContext, type ParseResult } from './types';

/** Emoji answers ("👍", "❌"): list entries without any word in them. */
const symbols = lazy(() => {
    const of = (list: readonly string[]) => list.filter((p) => keysOf(p).length === 0).map(normalizeText);
    return {
        yes: allLexicons().flatMap((l) => of(l.answers.yes)),
        no: allLexicons().flatMap((l) => of(l.answers.no))
    };
});

type Polar = { value: boolean; hit: PhraseHit<true> };

/** The longer of a yes-phrase and a no-phrase found at one place: "да нет" is no, "no problem" is yes. */
function pick(yes: PhraseHit<true> | undefined, no: PhraseHit<true> | undefined): Polar | 'both' | undefined {
    const yesLen = yes ? yes.end - yes.start : 0;
    const noLen = no ? no.end - no.start : 0;
    if (yes && yesLen > noLen) return { value: true, hit: yes };
    if (no && noLen > yesLen) return { value: false, hit: no };
    return yes && no ? 'both' : undefined;
}

function bySymbol(text: string): boolean | undefined {
    const norm = normalizeText(text);
    const yes = symbols().yes.some((s) => norm.includes(s));
    const no = symbols().no.some((s) => norm.includes(s));
    return yes === no ? undefined : yes;
}

/**
 * A clause's answer: the yes/no phrase it opens with, politeness and hedges aside ("yes he did",
 * "нет, не было", "I think yes", "думаю да"), unless a longer "don't know" starts there ("not sure").
 * A "ja" further on ("deshalb schreibe ich ja") answers nothing.
 */
interface Polarity {
    yes: PhraseDict<true>;
    no: PhraseDict<true>;
}

function clauseAnswer(clause: Clause, { yes, no }: Polarity): Polar | 'both' | undefined {
    const polite = withoutPolite(clause.tokens);
    // "I think so", "ich glaube nicht" are answers themselves; else the words after the hedge ("думаю, да").
    const withHedges = polite.map((t) => t.key);
    const keys = pick(yes.longestAt(withHedges, 0), no.longestAt(withHedges, 0))
        ? withHedges
        : withoutHedges(polite).tokens.map((t) => t.key);
    // A yes or no made of a polite word ("c'est bon": "bon" is also a filler) is read as said.
    const opening = (words: readonly string[]) => {
        const said = pick(yes.longestAt(words, 0), no.longestAt(words, 0));
        // "she had not", "hat er nie bekommen": a "yes" made of a verb of giving, denied right after
        // ("yep no worries" stays a yes).
        const verbal = said && said !== 'both' && said.value && words.slice(said.hit.start, said.hit.end).some((k) => givenWords().has(k));
        const next = verbal ? pick(yes.longestAt(words, said.hit.end), no.longestAt(words, said.hit.end)) : undefined;
        return next && next !== 'both' && !next.value ? next : said;
    };
    const found = opening(keys) ?? opening(clause.keys);
    const unknown = unknownDict().longestAt(keys, 0);
    if (unknown && found && found !== 'both' && unknown.end > found.hit.end) return undefined;
    return found;
}

function closingAnswer(clause: Clause, { yes, no }: Polarity): Polar | 'both' | undefined {
    const keys = withoutPolite(clause.tokens).map((t) => t.key);
    const answer = pick(yes.longestBefore(keys, keys.length), no.longestBefore(keys, keys.length));
    // "no lo dan en el seguro": a closing "sure" after a negation is a word of the sentence ("insurance"), no yes.
    if (answer && answer !== 'both' && answer.value && mentionsNegation(keys.slice(0, answer.hit.start))) return undefined;
    return answer;
}

/**
 * Yes or no, in the conversation's language or English first, from the clauses that open with
 * one ("yes lots of chemo since 2022", "no, the lumbar punctures were always clear", "nein,
 * deshalb schreibe ich ja"), failing that from those that close with one ("для Индии да").
 * Clauses that disagree are ambiguous; a hedge or a "don't know" beside the answer ("not sure,
 * maybe yes") marks it `hedged`. "I don't know" alone is not a no.
 */
export function parseYesNo(text: string, ctx: ParseContext): ParseResult<boolean> {
    const local = polarAnswer(text, { yes: localYesDict(ctx.locale), no: localNoDict(ctx.locale) });
    if (local.ok || local.reason !== 'unrecognized') return local;
    // "ja", "да", "نعم" in an English conversation still answer, unless the word is one of the
    // conversation's own ("ja" is Polish "I"); German dialect "nu" is no Romanian "no".
    const own = ownWords(ctx.locale);
    if (tokenize(text).some((t) => own.has(t.key))) return local;
    return polarAnswer(text, { yes: yesDict(), no: noDict() });
}

/**
 * Some clause opens with yes or no ("no, not yet", "sí, en marzo"), in the conversation's language
 * or English: the parent's own answer, unlike a yes told at a clause's end ("nos dijeron que sí").
 */
export function opensWithYesOrNo(text: string, locale: Locale): boolean {
    const polarity = { yes: localYesDict(locale), no: localNoDict(locale) };
    return clausesOf(text).some((clause) => clauseAnswer(clause, polarity) !== undefined);
}

/** Verbs of giving in every language ("had", "hatte", "делали"). */
export const givenWords = lazy((): ReadonlySet<string> => new Set(allLexicons().flatMap((l) => l.sentence.given).flatMap(keysOf)));

const ownWords = lazyPerLocale((locale): ReadonlySet<string> => new Set(getLexicon(locale).stopwords.flatMap(keysOf)));

function polarAnswer(text: string, polarity: Polarity): ParseResult<boolean> {
    const keys = withoutPolite(tokenize(text)).map((t) => t.key);
    if (keys.length === 0) {
        const symbol = bySymbol(text);
        if (symbol !== undefined) return ok(symbol);
        return fail(isBlank(text) ? 'empty' : 'unrecognized');
    }
    if (isUnknownAnswer(text)) return fail('unrecognized');
    const clauses = clausesOf(text);
    const opening = clauses.map((c) => clauseAnswer(c, polarity));
    // No clause opens with an answer: a closing one ("для Индии да").
    const answers = opening.every((a) => a === undefined) ? clauses.map((c) => closingAnswer(c, polarity)) : opening;
    if (answers.includes('both')) return fail('ambiguous');
    const values = distinct(answers.filter((a): a is Polar => a !== undefined && a !== 'both').map((a) => a.value));
    if (values.length > 1) return fail('ambiguous');
    const [value] = values;
    const hedged = isHedged(text) || clauses.some((c) => saysUnknown(c.keys));
    if (value !== undefined) return ok(value, hedged ? { hedged } : {});
    const symbol = bySymbol(text);
    return symbol === undefined ? fail('unrecognized') : ok(symbol);
}
