import type { FieldSpec } from '../domain/fields';
import type { Translate } from '../i18n/i18n';
import { allLexicons, getLexicon } from '../i18n/lexicon';
import { lazy } from '../i18n/parsers/lazy';
import { lexiconDict } from '../i18n/parsers/lexiconDict';
import { PhraseDict } from '../i18n/parsers/phrases';
import { keysOf } from '../i18n/parsers/tokenize';
import type { Locale } from '../languages';
import { languagePack } from '../languages';
import { fieldKey, stringList } from '../intake/options';

/** How far before a signal a "no" turns it off ("not tired"). */
const NEGATION_BEFORE = 2;

const negations = lazy(() => {
    const dict = new PhraseDict<true>();
    for (const lexicon of allLexicons()) dict.addAll(lexicon.answers.no.filter((p) => keysOf(p).length === 1), true);
    return dict;
});

/** Words that make a limitation small ("a bit weak"), just before or right after it. */
const diminishers = lexiconDict((l) => l.sentence.diminishers, true as const);
const DIMINISHER_BEFORE = 2;

/** A signal with `{mostly}` ("{mostly} in bed") stands for one per "most of the time" phrase of the language. */
function withMostly(signal: string, locale: Locale): string[] {
    return signal.includes(MOSTLY) ? getLexicon(locale).sentence.mostly.map((phrase) => signal.replace(MOSTLY, phrase)) : [signal];
}
const MOSTLY = '{mostly}';

/** Each option's signals as a stemmed dictionary, built once per language and field. */
const built = new Map<string, { value: string; dict: PhraseDict<true> }[]>();

function signalDicts(spec: FieldSpec, locale: Locale, t: Translate): { value: string; dict: PhraseDict<true> }[] {
    const key = `${locale}|${spec.path}`;
    let dicts = built.get(key);
    if (!dicts) {
        const stem = languagePack(locale).stem;
        dicts = (spec.choices ?? []).map((value) => {
            const dict = new PhraseDict<true>();
            for (const signal of stringList(t, fieldKey(spec.path, `signals.${value}`)).flatMap((s) => withMostly(s, locale))) dict.addKeys(keysOf(signal).map(stem), true);
            return { value, dict };
        });
        built.set(key, dicts);
    }
    return dicts;
}

/**
 * A choice told as a description rather than named: "plays a little on the bed, draws, gets tired
 * fast" for the activity scale. Each option has signal words in the locale file
 * (`fields.<path>.signals.<value>`), matched by stems; on a scale (options ordered mildest first)
 * the most severe option with a signal wins, because one limitation is enough to leave "as usual".
 * A limitation made small ("bisschen schlapper", "ضعيف شوية") is the mildest one. Off a scale
 * (the disease state) the description must point to one option. The result is a guess: the parent
 * confirms it before it is stored. `denialsOnly`: only signals that are a negation ("не помогает").
 */
export function describedOption(spec: FieldSpec, text: string, locale: Locale, t: Translate, denialsOnly = false): string | undefined {
    const keys = keysOf(text);
    const stems = keys.map(languagePack(locale).stem);
    const negatedAt = (i: number) => keys.slice(Math.max(0, i - NEGATION_BEFORE), i).some((key) => negations().has([key]));
    // Right after the limitation, or starting up to two words before it and reaching it.
    const diminishedAt = (i: number, end: number) => {
        if (diminishers().longestAt(keys, end)) return true;
        for (let j = Math.max(0, i - DIMINISHER_BEFORE); j < i; j++) if ((diminishers().longestAt(keys, j)?.end ?? -1) >= i) return true;
        return false;
    };
    // Off a scale, a word negated just after is off too ("лечение не помогает", "chemo not started yet").
    const negatedAfter = (end: number) => !spec.severityOrdered && keys.slice(end, end + NEGATION_BEFORE).some((key) => negations().has([key]));
    const dicts = signalDicts(spec, locale, t);
    const found = new Set<number>();
    dicts.forEach(({ dict }, rank) => {
        for (let i = 0; i < stems.length; i++) {
            const match = dict.longestAt(stems, i);
            // A signal that is itself a negation ("не помогает") is not undone by another ("ничего не помогает").
            const denial = negations().has([keys[i]!]);
            if (match === undefined || (denialsOnly && !denial) || (!denial && (negatedAt(i) || negatedAfter(match.end)))) continue;
            found.add(rank > 1 && diminishedAt(i, match.end) ? 1 : rank);
        }
    });
    // On a scale the most limited wins, because one limitation is enough to leave "as usual"; off a scale only one option may be told.
    if (found.size === 0 || (!spec.severityOrdered && found.size > 1)) return undefined;
    return dicts[Math.max(...found)]?.value;
}

/** The option's place on a scale ordered mildest first. */
export const severity = (spec: FieldSpec, value: unknown): number => (spec.choices ?? []).indexOf(value as string);

/** Whether the field's options can be told by description (it has signal words in the locale file). */
export function describable(spec: FieldSpec, locale: Locale, t: Translate): boolean {
    return signalDicts(spec, locale, t).some(({ dict }) => dict.maxWords > 0);
}
