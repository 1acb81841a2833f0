import type { Locale } from '../languages';
import type { Facts } from './facts';
import { formatFact, type FactFormats } from './formatFact';

/** `{{fact:relapse_os_overall_percent}}` in an answer text. */
export const FACT_REF = /\{\{\s*fact:([a-z][a-z0-9_]*)\s*\}\}/g;

/**
 * Names whose digits are part of the name, not a figure: cell markers, genes and trials. Kept
 * narrow on purpose: a figure that could change (a survival rate, an age limit, a date) must be
 * a fact, so a new name with digits is added here only after asking whether it is really a name.
 */
export const NAMES_WITH_DIGITS = ['CD3', 'CD19', 'CD22', 'ETV6::RUNX1', 'KMT2A', 'TCF3::HLF', 'AIEOP-BFM ALL 2017', 'ALLTogether1', 'AALL1731', 'AML02'] as const;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NAMES = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...NAMES_WITH_DIGITS].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
const ANY_PLACEHOLDER = /\{\{[^}]*\}\}/g;
// Any digit, including superscripts (10⁻⁴) and Arabic-Indic digits.
const DIGIT = /\p{N}/u;

/**
 * `{{statement:fever_emergency}}`: a sentence written once per language (faq.json `statements`)
 * and used by several topics, so a corrected claim is corrected everywhere it is made.
 */
export const STATEMENT_REF = /\{\{\s*statement:([a-z][a-z0-9_]*)\s*\}\}/g;

/** Ids of the statements a text uses, each once, in order. */
export const statementIds = (text: string): string[] => [...new Set([...text.matchAll(STATEMENT_REF)].map((m) => m[1] ?? ''))];

/** The text with each statement written out; unknown ids are left as they are (the loader reports them). */
export const expandStatements = (text: string, statements: Readonly<Record<string, string>>): string =>
    text.replace(STATEMENT_REF, (whole, id: string) => statements[id] ?? whole);

/** Ids referenced by a text, each once, in order of appearance. */
export const factIds = (text: string): string[] => [...new Set([...text.matchAll(FACT_REF)].map((m) => m[1] ?? ''))];

/** One problem per reference to a fact that does not exist; empty when every reference resolves. */
export const factRefProblems = (text: string, facts: Facts): string[] => factIds(text).filter((id) => !facts.get(id)).map((id) => `unknown fact "${id}"`);

/**
 * Digits written into a text instead of taken from a fact, each shown with a little context.
 * Placeholders and the names in NAMES_WITH_DIGITS are removed first.
 */
export function strayFigures(text: string): string[] {
    const cleaned = text.replace(ANY_PLACEHOLDER, ' ').replace(NAMES, ' ');
    const found: string[] = [];
    const words = cleaned.split(/\s+/);
    words.forEach((word, i) => {
        if (DIGIT.test(word)) found.push(words.slice(Math.max(0, i - 2), i + 3).join(' '));
    });
    return found;
}

/** The text with every fact reference written out for `lang`; references must have been checked. */
export function resolveFacts(text: string, lang: Locale, facts: Facts, formats: FactFormats): string {
    return text.replace(FACT_REF, (whole, id: string) => {
        const fact = facts.get(id);
        return fact ? formatFact(fact, lang, formats) : whole;
    });
}
