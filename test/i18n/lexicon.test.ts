import { describe, expect, it } from 'vitest';
import { allLexicons, getLexicon, type Lexicon } from '../../src/i18n/lexicon';
import { numberWordsOf } from '../../src/i18n/parsers/numberWords';
import { keyOf } from '../../src/i18n/parsers/tokenize';
import { LOCALES } from '../../src/languages';

describe('lexicon', () => {
    it.each(LOCALES)('%s loads and matches the schema', (locale) => {
        const lexicon = getLexicon(locale);
        expect(lexicon.months).toHaveLength(12);
        expect(Object.isFrozen(lexicon)).toBe(true);
    });

    it('is loaded once', () => {
        expect(getLexicon('en')).toBe(getLexicon('en'));
    });

    it.each(LOCALES)('%s: every number list covers 1 to 12', (locale) => {
        const { cardinals, ordinals } = getLexicon(locale).numbers;
        for (let n = 1; n <= 12; n++) {
            expect(cardinals[String(n)], `cardinal ${n}`).toBeDefined();
            expect(ordinals[String(n)], `ordinal ${n}`).toBeDefined();
        }
    });

    it.each(LOCALES)('%s: number words are composed for every number from 0 to 299', (locale) => {
        const words = numberWordsOf(getLexicon(locale));
        const missing = Array.from({ length: 300 }, (_, n) => n).filter((n) => (words.get(n) ?? []).length === 0);
        expect(missing).toEqual([]);
    });

    // Whole-answer lists are checked in any language, so one phrase must not mean two things.
    it('no phrase is in two answer lists', () => {
        // Yes and no are read in the conversation's language first: German dialect "nu" (yes) may
        // be Romanian "nu" (no). Within one language, and for the other lists in any, no clash.
        const kinds = ['yes', 'no', 'unknown', 'skip', 'same', 'noPreference', 'done'] as const;
        const polar = new Set<string>(['yes', 'no']);
        const seen = new Map<string, { kind: string; language: string }>();
        const clashes: string[] = [];
        for (const locale of LOCALES) {
            const lexicon = getLexicon(locale);
            for (const kind of kinds) {
                for (const phrase of lexicon.answers[kind]) {
                    const key = keyOf(phrase);
                    const before = seen.get(key);
                    const elsewhereOnly = before !== undefined && before.language !== locale && polar.has(before.kind) && polar.has(kind);
                    if (key && before && before.kind !== kind && !elsewhereOnly) clashes.push(`${phrase}: ${before.kind}/${kind}`);
                    seen.set(key, { kind, language: locale });
                }
            }
        }
        expect(clashes).toEqual([]);
    });

    it('no phrase names two commands', () => {
        const kinds = ['help', 'back', 'restart', 'cancel', 'human', 'delete', 'languageMenu'] as const satisfies readonly (keyof Lexicon['commands'])[];
        const seen = new Map<string, string>();
        const clashes: string[] = [];
        for (const lexicon of allLexicons()) {
            for (const kind of kinds) {
                for (const phrase of lexicon.commands[kind]) {
                    const before = seen.get(keyOf(phrase));
                    if (before && before !== kind) clashes.push(`${phrase}: ${before}/${kind}`);
                    seen.set(keyOf(phrase), kind);
                }
            }
        }
        expect(clashes).toEqual([]);
    });
});
