import { allLexicons } from './lexicon';
import { mentionsUnknown, normalizeText } from './parsers';
import { lazy } from './parsers/lazy';
import { PhraseDict } from './parsers/phrases';
import { scanDate } from './parsers/dateScan';
import { keysOf } from './parsers/tokenize';

let openers: Set<string> | undefined;
let closers: Set<string> | undefined;

function questionOpeners(): Set<string> {
    openers ??= new Set(allLexicons().flatMap((l) => l.questionWords.map((w) => normalizeText(w))));
    return openers;
}

/** "I wanted to ask", "quick question", "quería preguntar" in any language. */
const askLeads = lazy(() => new PhraseDict<true>().addAll(allLexicons().flatMap((l) => l.askLeads), true));

/** Words that say a question follows ("I wanted to ask", "quería preguntar"): asked as surely as with a question mark. */
export const announcesQuestion = (text: string): boolean => askLeads().scan(keysOf(text)).length > 0;

function questionClosers(): Set<string> {
    closers ??= new Set(allLexicons().flatMap((l) => (l.questionEnds ?? []).map((w) => normalizeText(w))));
    return closers;
}

/**
 * True when a message is asked rather than answered: a question mark (Latin or Arabic), words
 * announcing a question ("I wanted to ask", "quería preguntar"), a question word of any of the languages at its start ("how much…", "можно ли…", "هل…"), or at
 * its end where a language asks there ("kemoterapi ağrılı mı").
 */
export function looksLikeQuestion(text: string): boolean {
    if (/[?؟]/.test(text)) return true;
    if (announcesQuestion(text)) return true;
    const words = normalizeText(text).split(/\s+/).filter(Boolean);
    const last = words.length >= 2 ? words[words.length - 1]!.replace(/[\p{P}\p{S}]+$/u, '') : '';
    if (questionClosers().has(last)) return true;
    if (words.length < 3 || opensWithDate(text)) return false;
    const set = questionOpeners();
    return set.has(words[0]!) || set.has(`${words[0]} ${words[1]}`);
}

/** "May 2025 not 2024" opens with a month and its year, not with "may I…". */
function opensWithDate(text: string): boolean {
    const [first, second] = scanDate(text);
    return first?.index === 0 && first.tag.k === 'month' && second?.index === 1 && second.tag.k === 'num';
}

let meaningPairs: (readonly [string, string])[] | undefined;

/**
 * A sentence that asks what something means ("доченька, а что значит ремиссия", "what does MRD
 * mean"), wherever its words stand, unless it says it does not know ("no idea what that means" answers).
 */
export function asksMeaning(text: string): boolean {
    meaningPairs ??= allLexicons().flatMap((l) => l.meaningQuestions.map(([a, b]) => [normalizeText(a), normalizeText(b)] as const));
    // Punctuation beside a word does not hide it ("ne demek, anlamadım").
    const words = new Set(normalizeText(text).split(/[\s,;:.!…]+/).filter(Boolean));
    if (!meaningPairs.some(([a, b]) => words.has(a) && words.has(b))) return false;
    return !mentionsUnknown(text);
}
