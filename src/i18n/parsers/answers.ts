import { getLexicon, type Lexicon } from '../lexicon';
import { languagePack, type Locale } from '../../languages';
import { lazyPerLocale } from './lazy';
import { lexiconDict, localLexiconDict } from './lexiconDict';
import type { PhraseDict } from './phrases';
import {
    asksWhether, clausesOf, hedgesIn, isCommentary, isNegated, mentionsLater, mentionsNegation, mentionsNoun, negatesNoun, politeDict, saysLater, saysNothing, saysOnly,
    saysUnknown, unknownExtraWords, withoutHedges, withoutPolite, type Clause
} from './sentence';
import { keysOf, tokenize } from './tokenize';
import type { ParseContext } from './types';

export { politeDict, withoutPolite };

type AnswerKind = keyof Lexicon['answers'];

/** Phrases of one kind from every language: parents mix languages, and the lists do not clash. */
const answerDict = (kind: AnswerKind) => lexiconDict((l) => l.answers[kind], true as const);

const dicts: Readonly<Record<AnswerKind, () => PhraseDict<true>>> = {
    yes: answerDict('yes'),
    no: answerDict('no'),
    unknown: answerDict('unknown'),
    skip: answerDict('skip'),
    same: answerDict('same'),
    noPreference: answerDict('noPreference'),
    done: answerDict('done')
};

/** The clause, politeness and hedges aside, is one phrase of the list: "skip please" yes, "skip the chemo" no. */
function clauseIs(clause: Clause, kind: AnswerKind): boolean {
    const keys = withoutHedges(withoutPolite(clause.tokens)).tokens.map((t) => t.key);
    return keys.length > 0 && dicts[kind]().has(keys);
}

/**
 * Some clause says it ("no preference, wherever the best trial is") and every other clause only
 * comments ("egal, Hauptsache gut"); a bare item beside it ("skip, Germany") is not this answer.
 */
function saidAmongComments(text: string, says: (clause: Clause) => boolean, numbersComment = true): boolean {
    let found = false;
    for (const clause of clausesOf(text)) {
        if (says(clause)) found = true;
        else if (!isCommentary(clause) || (!numbersComment && clause.keys.some((k) => /\p{N}/u.test(k)))) return false;
    }
    return found;
}

/**
 * The parent does not know, and names nothing else: "I don't know", "they didn't test much here,
 * i don't know", "I do not know the names", "weiß ich nicht genau", "не знаю точно", "ما بعرف",
 * "still waiting for the results". Not when a guess goes with it ("не знаю точно, кажется ОЛЛ",
 * "I don't know if it was ALL"): the guess is then the (hedged) answer.
 */
export function isUnknownAnswer(text: string, ctx?: ParseContext): boolean {
    if (hedgesIn(tokenize(text).map((t) => t.key)).length > 0) return false;
    // A number beside the "don't know" may be the answer ("about 17 kg, not sure").
    return saidAmongComments(text, (clause) => saysUnknown(clause.keys, ctx?.locale) && !asksWhether(clause.keys) && unknownExtraWords(clause.keys) <= 2, false);
}

/** A "don't know" anywhere in the message, guess or not: for a value found beside it (hedged), or none. */
export const mentionsUnknown = (text: string, ctx?: ParseContext): boolean => clausesOf(text).some((c) => saysUnknown(c.keys, ctx?.locale));

/** The message without its "don't know" clauses ("about 17 kg, not sure" → "about 17 kg"); undefined when there are none, or only those. */
export function withoutUnknown(text: string, ctx?: ParseContext): string | undefined {
    const clauses = clausesOf(text);
    const rest = clauses.filter((c) => !saysUnknown(c.keys, ctx?.locale));
    return rest.length === 0 || rest.length === clauses.length ? undefined : rest.map((c) => c.text).join(', ');
}

export const isSkipAnswer = (text: string, _ctx?: ParseContext): boolean => saidAmongComments(text, (c) => clauseIs(c, 'skip'));

/** "Same", "то же самое", "نفس البلد": the whole message. */
export const isSameAnswer = (text: string, _ctx?: ParseContext): boolean => {
    const keys = withoutHedges(withoutPolite(tokenize(text))).tokens.map((t) => t.key);
    return keys.length > 0 && dicts.same().has(keys);
};

const saysNoPreference = (c: Clause) => clauseIs(c, 'noPreference') || negatesNoun(c, 'preference');

/**
 * "No preference", "egal wo", "куда угодно, где помогут", "we don't have a preference", "ما عندنا
 * تفضيل، المهم العلاج": said first, whatever follows; said later, beside comments only.
 */
export function isNoPreference(text: string, _ctx?: ParseContext): boolean {
    const [first] = clausesOf(text);
    return (first !== undefined && saysNoPreference(first)) || saidAmongComments(text, saysNoPreference);
}

/**
 * A no-preference phrase anywhere, not negated: "Is mir egal wo, Hauptsache…", "Всё равно куда,
 * лишь бы помогли", "nos da lo mismo el país". For when no country is named.
 */
export function mentionsNoPreference(text: string): boolean {
    const keys = tokenize(text).map((t) => t.key);
    return dicts.noPreference().scan(keys).some((hit) => !isNegated(keys, hit.start, hit.end));
}

/** Stems of the verbs of sending in a language and in English, each stemmed by its own language. */
const sendStems = lazyPerLocale((locale: Locale): ReadonlySet<string> => {
    const of = (l: Locale) => getLexicon(l).sentence.send.flatMap(keysOf).map(languagePack(l).stem);
    return new Set([...of(locale), ...of('en')]);
});

/** Papers spoken of as sent, scanned or photographed ("Ma fille les enverra", "Жена сфоткает, я перешлю"): not here yet. */
export function speaksOfSending(text: string, locale: Locale): boolean {
    const stems = sendStems(locale);
    const stemmers = [languagePack(locale).stem, languagePack('en').stem];
    return tokenize(text).some((t) => stemmers.some((stem) => stems.has(stem(t.key))));
}

/** "Done", "that's all", or a deferral: "will send later", "mach ich später", "пришлю позже", "بعدين". */
export const isDoneAnswer = (text: string, _ctx?: ParseContext): boolean =>
    clausesOf(text).some((c) => clauseIs(c, 'done') || saysLater(c.keys));

/** A "not now" is short; a longer first clause says more than that. */
const NOT_NOW_MAX_WORDS = 7;

/**
 * Nothing to send now, said with a negation in a short first clause: "not yet", "dont have any
 * yet", "hab ich gerade nicht da", "их сейчас нет", "ما عندي الحين".
 */
export function isNotNowAnswer(text: string, _ctx?: ParseContext): boolean {
    const [first] = clausesOf(text);
    // "not later, I am sending them now" negates the deferral.
    if (first === undefined || first.tokens.length > NOT_NOW_MAX_WORDS || mentionsLater(first.keys)) return false;
    return mentionsNegation(withoutHedges(withoutPolite(first.tokens)).tokens.map((t) => t.key));
}

/** Nothing (more) to say: "no", "nothing else", "nein danke", "нечего добавить", "لا شي". */
export const isNothingAnswer = (text: string, ctx?: ParseContext): boolean => saysNothing(tokenize(text), ctx?.locale);

/** Few words, no name of anything: "he did not get any", "لم يتلقَّ أياً منها". */
const SHORT_DENIAL_WORDS = 5;

/**
 * None of a list's items: "nix, nur chemo", "لا مفيش", "он ничего такого не получал": nothing said
 * among comments, or one short sentence with a negation. Meant for a message that named no item.
 */
export function deniesAll(text: string, ctx?: ParseContext): boolean {
    if (saidAmongComments(text, (clause) => saysNothing(clause.tokens, ctx?.locale))) return true;
    const clauses = clausesOf(text);
    const [only] = clauses;
    return clauses.length === 1 && only !== undefined && only.keys.length <= SHORT_DENIAL_WORDS && mentionsNegation(only.keys);
}

/**
 * The parent has none, or will not give it: "no email", "keine E-Mail", "почты нет", "ليس عندي بريد
 * إلكتروني"; at the phone, the other channel only ("I prefer email only", "лучше по почте").
 * Meant for a message in which no address or number was found.
 */
export function declinesContact(text: string, kind: 'email' | 'phone', _ctx?: ParseContext): boolean {
    const clauses = clausesOf(text);
    if (clauses.some((c) => negatesNoun(c, kind))) return true;
    const other = kind === 'email' ? 'phone' : 'email';
    const wantsOther = clauses.some((c) => mentionsNoun(c, other) && saysOnly(c));
    return wantsOther && !clauses.some((c) => mentionsNoun(c, kind));
}

/** Yes/no phrase lists of every language, where a "no" anywhere matters ("not yet, …"). */
export const yesDict = dicts.yes;
export const noDict = dicts.no;

/**
 * Yes and no as an answer: in the conversation's language and English only. Elsewhere the same
 * word means something else: German dialect "nu" is yes and Romanian "nu" no; Polish "ja" is "I".
 */
export const localYesDict = localLexiconDict((l) => l.answers.yes, true as const);
export const localNoDict = localLexiconDict((l) => l.answers.no, true as const);
export const unknownDict = dicts.unknown;

const greetingDict = lexiconDict((l) => l.greetings, true as const);

/** The message is only a greeting, politeness aside: "hallo", "good morning!", "السلام عليكم". */
export function isGreeting(text: string): boolean {
    const keys = withoutPolite(tokenize(text)).map((t) => t.key);
    return keys.length > 0 && greetingDict().has(keys);
}
