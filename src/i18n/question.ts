import { allLexicons } from './lexicon';
import { normalizeText } from './parsers';

let openers: Set<string> | undefined;

function questionOpeners(): Set<string> {
    openers ??= new Set(allLexicons().flatMap((l) => l.questionWords.map((w) => normalizeText(w))));
    return openers;
}

/**
 * True when a message is asked rather than answered: a question mark (Latin or Arabic), or a
 * question word of any of the languages at its start ("how much…", "можно ли…", "هل…").
 */
export function looksLikeQuestion(text: string): boolean {
    if (/[?؟]/.test(text)) return true;
    const words = normalizeText(text).split(/\s+/).filter(Boolean);
    if (words.length < 3) return false;
    const set = questionOpeners();
    return set.has(words[0]!) || set.has(`${words[0]} ${words[1]}`);
}
