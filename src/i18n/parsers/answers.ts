import type { Lexicon } from '../lexicon';
import { lexiconDict } from './lexiconDict';
import type { PhraseDict } from './phrases';
import { tokenize, type Token } from './tokenize';
import type { ParseContext } from './types';

type AnswerKind = keyof Lexicon['answers'];

/** Phrases of one kind from every language: parents mix languages, and the lists do not clash. */
const answerDict = (kind: AnswerKind) => lexiconDict((l) => l.answers[kind], true as const);

export const politeDict = lexiconDict((l) => l.polite, true as const);

/** Tokens without "please", "sorry", "bitte", "пожалуйста", "من فضلك" and the like. */
export function withoutPolite(tokens: readonly Token[]): Token[] {
    const keys = tokens.map((t) => t.key);
    const drop = new Set<number>();
    for (const hit of politeDict().scan(keys)) for (let i = hit.start; i < hit.end; i++) drop.add(i);
    // A message that is only politeness ("thanks") keeps its words: it is then not an answer of any kind.
    return drop.size === tokens.length ? [...tokens] : tokens.filter((_, i) => !drop.has(i));
}

const dicts: Readonly<Record<AnswerKind, () => PhraseDict<true>>> = {
    yes: answerDict('yes'),
    no: answerDict('no'),
    unknown: answerDict('unknown'),
    skip: answerDict('skip'),
    same: answerDict('same'),
    noPreference: answerDict('noPreference'),
    done: answerDict('done')
};

/** The whole message (politeness aside) is one phrase of the list: "I don't know, sorry" yes, "I don't know if…" no. */
function isWholeAnswer(text: string, kind: AnswerKind): boolean {
    const keys = withoutPolite(tokenize(text)).map((t) => t.key);
    return keys.length > 0 && dicts[kind]().has(keys);
}

export const isUnknownAnswer = (text: string, _ctx?: ParseContext): boolean => isWholeAnswer(text, 'unknown');
export const isSkipAnswer = (text: string, _ctx?: ParseContext): boolean => isWholeAnswer(text, 'skip');
export const isSameAnswer = (text: string, _ctx?: ParseContext): boolean => isWholeAnswer(text, 'same');
export const isNoPreference = (text: string, _ctx?: ParseContext): boolean => isWholeAnswer(text, 'noPreference');
export const isDoneAnswer = (text: string, _ctx?: ParseContext): boolean => isWholeAnswer(text, 'done');

/** Yes/no phrase lists, for the yes/no parser. */
export const yesDict = dicts.yes;
export const noDict = dicts.no;
