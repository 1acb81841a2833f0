import type { Locale } from '../../languages';
import { allLexicons, getLexicon, type Lexicon } from '../lexicon';
import { lazy, lazyPerLocale } from './lazy';
import { PhraseDict } from './phrases';

/** One word list from every language's lexicon as a phrase dictionary, built on first use. */
export function lexiconDict<T>(pick: (lexicon: Lexicon) => readonly string[], value: T): () => PhraseDict<T> {
    return lazy(() => {
        const dict = new PhraseDict<T>();
        for (const lexicon of allLexicons()) dict.addAll(pick(lexicon), value);
        return dict;
    });
}

/**
 * One word list from the conversation's language and English, built on first use per language:
 * for words that mean something else elsewhere (Spanish "mal" is "wrong", German "zwei mal" is
 * "twice"; Romanian "nu" and French "pas" are no contrast in German).
 */
export function localLexiconDict<T>(pick: (lexicon: Lexicon) => readonly string[], value: T): (locale: Locale) => PhraseDict<T> {
    return lazyPerLocale((locale) => {
        const dict = new PhraseDict<T>();
        for (const lexicon of new Set([getLexicon(locale), getLexicon('en')])) dict.addAll(pick(lexicon), value);
        return dict;
    });
}
