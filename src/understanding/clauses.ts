import { announcesQuestion, asksMeaning, looksLikeQuestion } from '../i18n/question';

export interface Clauses {
    /** Sentences with a question mark, or asking what something means: always asked, never stored. */
    marked: string[];
    /** Sentences that open like a question ("how long…", "ما…") without a mark: asked, unless they answer the field. */
    openers: string[];
    /** Everything else: where an answer can be. */
    plain: string[];
}

const QUESTION_MARK = /[?؟]/;

/**
 * Sentences of a message, split where one ends: after ? ! ؟ ; ؛ or a line break, and after a full
 * stop that follows a letter and comes before a space ("14.05.2017", "23.5 kg", "a.b@x.org" stay
 * whole), and around a question in brackets. "B-cell; can she get CAR-T?" → a statement and a
 * question.
 */
export function splitClauses(text: string): Clauses {
    const sentences = text
        // A question in brackets is a sentence of its own: "Germany or the US (St Jude?)".
        .replace(/\(([^()]*[?؟])\s*\)/gu, '\n$1\n')
        .split(/(?<=[?!؟;؛])\s*|\n+|(?<=\p{L}[.。])\s+/u)
        .map((s) => s.trim())
        .filter((s) => s !== '' && /[\p{L}\p{N}]/u.test(s));
    const clauses: Clauses = { marked: [], openers: [], plain: [] };
    for (const sentence of sentences) {
        if (QUESTION_MARK.test(sentence) || asksMeaning(sentence) || announcesQuestion(sentence)) clauses.marked.push(sentence);
        else if (looksLikeQuestion(sentence)) clauses.openers.push(sentence);
        else clauses.plain.push(sentence);
    }
    return clauses;
}
