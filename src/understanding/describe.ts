import type { FieldSpec } from '../domain/fields';
import type { Translate } from '../i18n/i18n';
import { allLexicons } from '../i18n/lexicon';
import { lazy } from '../i18n/parsers/lazy';
import { PhraseDict } from '../i18n/parsers/phrases';
import { keysOf } from '../i18n/parsers/tokenize';
import type { Locale } from '../i18n/parsers/types';
import { stemFor } from '../i18n/stemmers';
import { fieldKey, stringList } from '../intake/options';

/** How far before a signal a "no" turns it off ("not tired"). */
const NEGATION_BEFORE = 2;

const negations = lazy(() => {
    const dict = new PhraseDict<true>();
    for (const lexicon of allLexicons()) dict.addAll(lexicon.answers.no.filter((p) => keysOf(p).length === 1), true);
    return dict;
});

/**
 * A choice told as a description rather than named: "plays a little on the bed, draws, gets tired
 * fast" for the activity scale. Each option has signal words in the locale file
 * (`fields.<path>.signals.<value>`), matched by stems; on a scale (options ordered mildest first)
 * the most severe option with a signal wins, because one limitation is enough to leave "as usual".
 * The result is a guess: the parent confirms it before it is stored.
 */
export function describedOption(spec: FieldSpec, text: string, locale: Locale, t: Translate): string | undefined {
    const stem = stemFor(locale);
    const stems = keysOf(text).map(stem);
    let found: string | undefined;
    for (const value of spec.choices ?? []) {
        const dict = new PhraseDict<true>();
        for (const signal of stringList(t, fieldKey(spec.path, `signals.${value}`))) dict.addKeys(keysOf(signal).map(stem), true);
        for (let i = 0; i < stems.length; i++) {
            const hit = dict.longestAt(stems, i);
            if (!hit) continue;
            const keys = keysOf(text);
            const negated = keys.slice(Math.max(0, i - NEGATION_BEFORE), i).some((_, j, before) => negations().has([before[j]!]));
            if (!negated) {
                found = value;
                break;
            }
        }
    }
    return found;
}

/** Whether the field's options can be told by description (it has signal words in the locale file). */
export function describable(spec: FieldSpec, t: Translate): boolean {
    return (spec.choices ?? []).some((value) => stringList(t, fieldKey(spec.path, `signals.${value}`)).length > 0);
}
