import { detectLanguageSwitch } from './detect';
import { allLexicons } from './lexicon';
import { withoutPolite } from './parsers/answers';
import { lazy } from './parsers/lazy';
import { lexiconDict, localLexiconDict } from './parsers/lexiconDict';
import { PhraseDict } from './parsers/phrases';
import { normalizeText } from './parsers/text';
import { tokenize, type Token } from './parsers/tokenize';
import type { Locale } from '../languages';

export type Command =
    | { kind: 'help' }
    | { kind: 'back' }
    | { kind: 'restart' }
    | { kind: 'cancel' }
    | { kind: 'human' }
    | { kind: 'delete' }
    | { kind: 'change'; target: string }
    | { kind: 'language'; locale: Locale }
    | { kind: 'languageMenu' };

type Simple = Exclude<Command['kind'], 'change' | 'language'>;
const SIMPLE: readonly Simple[] = ['help', 'back', 'restart', 'cancel', 'human', 'delete', 'languageMenu'];

/** A command is a short message; longer ones are answers or questions. */
const MAX_WORDS = 8;
/** "change" takes a field name of a few words, not a sentence. */
const MAX_TARGET_WORDS = 4;

const simpleDict = lazy(() => {
    const dict = new PhraseDict<Simple>();
    for (const lexicon of allLexicons()) for (const kind of SIMPLE) dict.addAll(lexicon.commands[kind], kind);
    return dict;
});
const leadInDict = lexiconDict((l) => l.commands.leadIns, true as const);
const changeBefore = lexiconDict((l) => l.commands.change.before, true as const);
const changeAfter = lexiconDict((l) => l.commands.change.after, true as const);
const articleDict = lexiconDict((l) => l.commands.changeArticles, true as const);
const localChangeWords = localLexiconDict((l) => [...l.commands.change.before, ...l.commands.change.after], true as const);

/**
 * A clause that opens or ends with a change word, in the conversation's language or English
 * ("ändern Sie das Gewicht auf 25 kg", "kilosunu 52 olarak düzeltin lütfen"): a change said with
 * its value. "we want to change hospital" says something else.
 */
export function saysChange(text: string, locale: Locale): boolean {
    const words = keys(withoutPolite(core(tokenize(text))));
    const hits = localChangeWords(locale).scan(words);
    return hits.some((h) => h.start === 0 || h.end === words.length);
}

const keys = (tokens: readonly Token[]) => tokens.map((t) => t.key);

/** Drops politeness anywhere and lead-ins at the front: "I want to … please" → "…". */
function core(tokens: readonly Token[]): Token[] {
    let rest = withoutPolite(tokens);
    for (let hit = leadInDict().longestAt(keys(rest), 0); hit && hit.end < rest.length; hit = leadInDict().longestAt(keys(rest), 0)) {
        rest = rest.slice(hit.end);
    }
    return rest;
}

function change(tokens: readonly Token[]): Command | undefined {
    const words = keys(tokens);
    let target: Token[] | undefined;
    const before = changeBefore().longestAt(words, 0);
    if (before) target = tokens.slice(before.end);
    else {
        const after = changeAfter().longestBefore(words, words.length);
        if (after) target = tokens.slice(0, after.start);
    }
    if (!target) return undefined;
    const article = articleDict().longestAt(keys(target), 0);
    if (article && article.end < target.length) target = target.slice(article.end);
    if (target.length > MAX_TARGET_WORDS) return undefined;
    return { kind: 'change', target: target.map((t) => t.norm).join(' ') };
}

/**
 * A global command, in any of the four languages whatever the conversation's: help, back,
 * restart, cancel, a human, delete my data, change <field>, a language switch or the language
 * menu. Only when the message is essentially the command (politeness and a lead-in like "I want
 * to" allowed), so that answers such as "stop bleeding" or "no, not in intensive care" pass through.
 */
export function detectCommand(text: string, _locale: Locale): Command | undefined {
    if (/^\?+$/.test(normalizeText(text))) return { kind: 'help' };
    const tokens = tokenize(text);
    if (tokens.length === 0 || tokens.length > MAX_WORDS) return undefined;
    const language = detectLanguageSwitch(text);
    if (language) return { kind: 'language', locale: language };
    const rest = core(tokens);
    const [kind] = simpleDict().get(keys(rest));
    if (kind) return { kind };
    return change(rest);
}
