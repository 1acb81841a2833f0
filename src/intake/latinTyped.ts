import type { FieldSpec } from '../domain/fields';
import type { Translate } from '../i18n/i18n';
import { getLexicon } from '../i18n/lexicon';
import { ConsonantIndex, GROUP, readTypedWords } from '../i18n/parsers/consonants';
import type { ChoiceOption } from '../i18n/parsers/types';
import { languagePack, type Locale } from '../languages';
import { answerOptions, yesNoOptions } from './options';

// A message typed in Latin letters in a conversation whose language has its own script: "dva raza"
// in Russian, "la2 mafeesh" or "walad" in Arabic. Read again in that script, it may answer the field.

/** Small vocabularies: a word of one or two consonants ("la", "ah") can still be told apart. */
const FEW_CONSONANTS = 1;

const tierCache = new Map<string, ConsonantIndex<string>[]>();

/** Latin letters, digits (Arabizi's 3, 7, 2), punctuation and spaces: nothing in another script. */
const TYPED_IN_LATIN = /^[\p{Script=Latin}\p{N}\p{P}\p{Z}]+$/u;

const wordsOf = (phrases: readonly string[]) => phrases.flatMap((p) => p.split(/\s+/)).filter((w) => w.length > 0);

/**
 * Words of groups (the yes words, the no words, one option's names): a typed word reads as the
 * native word with its consonants when all such words are of one group ("ah" → "اه"), since two
 * yes words sharing consonants are no doubt, while a yes word and a no word are.
 */
function indexOf(groups: readonly (readonly string[])[], phrases: 'words' | 'single', min: number): ConsonantIndex<string> {
    const index = new ConsonantIndex<string>(min);
    groups.forEach((group, g) => {
        // Answer words count alone: "لا" inside "لا أعرف" is not a "no".
        const words = phrases === 'single' ? group.filter((p) => !/\s/.test(p.trim())) : wordsOf(group);
        for (const word of words) index.add(word, `${g}${GROUP}${word}`);
    });
    return index;
}

/** The words a parent answers with, nearest first: yes/no and "nothing" words, then the question's options. */
function vocabularyTiers(key: string, locale: Locale, options: () => readonly ChoiceOption[], min: number): ConsonantIndex<string>[] {
    const cacheKey = `${locale}:${key}:${min}`;
    const cached = tierCache.get(cacheKey);
    if (cached) return cached;
    const { answers, sentence } = getLexicon(locale);
    const answerGroups = [answers.yes, answers.no, answers.unknown, answers.skip, answers.done, answers.noPreference];
    const sentenceGroups = [sentence.negations, sentence.later, sentence.more, sentence.pending];
    const optionGroups = options().map((o) => [o.title, ...o.synonyms]);
    const tiers = [indexOf(answerGroups, 'single', min), indexOf(sentenceGroups, 'single', min), indexOf(optionGroups, 'words', min)];
    tierCache.set(cacheKey, tiers);
    return tiers;
}

/**
 * The message in the conversation's own script, if it was typed in Latin letters only and reads
 * differently there; `question` names the options' vocabulary (a field's path) for the cache;
 * `min` consonants a word needs to be read (more where a wrong reading costs more).
 */
export function readLatinTypedAnswer(
    raw: string,
    locale: Locale,
    question: string,
    options: () => readonly ChoiceOption[],
    min = FEW_CONSONANTS
): string | undefined {
    if (!TYPED_IN_LATIN.test(raw)) return undefined;
    const pack = languagePack(locale);
    if (pack.latinTyping) {
        const typing = pack.latinTyping;
        const native = raw.replace(/[A-Za-z']+/g, (word) => typing.fromLatin(word.toLowerCase()));
        return native === raw ? undefined : native;
    }
    return pack.latinConsonants ? readTypedWords(raw, vocabularyTiers(question, locale, options, min)) : undefined;
}

/** The same for one field of the intake. */
export function readLatinTyped(spec: FieldSpec, raw: string, locale: Locale, t: Translate): string | undefined {
    const options = () => (spec.kind === 'yesno' ? yesNoOptions(spec, t) : spec.kind === 'choice' || spec.kind === 'multichoice' ? answerOptions(spec, t, locale) : []);
    return readLatinTypedAnswer(raw, locale, spec.path, options);
}
