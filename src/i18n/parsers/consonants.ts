import { isTypedArticle, nativeConsonants, typedConsonants } from '../../languages';
import { distinct } from './phrases';

/** Shorter consonant runs are shared by too many words. */
const MIN_CONSONANTS = 3;

/**
 * Words of a language written without most vowels (Arabic), found again when a parent types them
 * in Latin letters: "el urdon" → الأردن, "yanayer" → يناير.
 */
export class ConsonantIndex<T> {
    private readonly byConsonants = new Map<string, T[]>();

    add(nativeWord: string, value: T): void {
        const consonants = nativeConsonants(nativeWord);
        if (consonants === undefined || consonants.replace('_', '').length < MIN_CONSONANTS) return;
        this.byConsonants.set(consonants, distinct([...(this.byConsonants.get(consonants) ?? []), value]));
    }

    /** The one value a typed word names, if exactly one. */
    lookup(typedWord: string): T | undefined {
        const values = this.candidates(typedWord);
        return values.length === 1 ? values[0] : undefined;
    }

    /** Every value a typed word may name. */
    candidates(typedWord: string): T[] {
        if (isTypedArticle(typedWord)) return [];
        return distinct(typedConsonants(typedWord).filter((c) => c.replace('_', '').length >= MIN_CONSONANTS).flatMap((c) => this.byConsonants.get(c) ?? []));
    }
}
