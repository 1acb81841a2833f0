import { allLexicons, type Lexicon } from '../lexicon';
import { lazy } from './lazy';
import { PhraseDict } from './phrases';

/** One word list from every language's lexicon as a phrase dictionary, built on first use. */
export function lexiconDict<T>(pick: (lexicon: Lexicon) => readonly string[], value: T): () => PhraseDict<T> {
    return lazy(() => {
        const dict = new PhraseDict<T>();
        for (const lexicon of allLexicons()) dict.addAll(pick(lexicon), value);
        return dict;
    });
}
