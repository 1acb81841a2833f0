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

    /** `min`: fewer consonants are shared by too many words, unless the vocabulary is small (yes/no words). */
    constructor(private readonly min = MIN_CONSONANTS) {}

    add(nativeWord: string, value: T): void {
        const consonants = nativeConsonants(nativeWord);
        if (consonants === undefined || consonants.replace('_', '').length < this.min) return;
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
        // The readings in order (the whole word before one without a glued article): the first that names any.
        for (const consonants of typedConsonants(typedWord)) {
            if (consonants.replace('_', '').length < this.min) continue;
            const found = this.byConsonants.get(consonants);
            if (found && found.length > 0) return [...found];
        }
        return [];
    }
}

/** In `readTypedWords` tiers, a value is "<group><GROUP><native word>": words of one group mean the same. */
export const GROUP = '\u0000';

/**
 * A message typed in Latin letters read again in the language's own script, word by word, from a
 * small vocabulary (the field's answer words and options), nearest tier first: "la2 mafeesh" →
 * "لا مفيش", "walad" → "ولد". A word whose consonants name words of two groups (a yes and a no)
 * stays as typed; undefined when no word changed.
 */
export function readTypedWords(text: string, tiers: readonly ConsonantIndex<string>[]): string | undefined {
    let changed = false;
    const read = text.replace(/[\p{Script=Latin}\d'’]+/gu, (word) => {
        if (!/\p{Script=Latin}/u.test(word)) return word;
        // "fel beit", "3al bet": the article and its preposition say nothing of the answer.
        if (isTypedArticle(word)) return '';
        for (const tier of tiers) {
            const found = tier.candidates(word.toLowerCase());
            const groups = new Set(found.map((value) => value.split(GROUP)[0]));
            const [first] = found;
            if (groups.size === 1 && first !== undefined) {
                changed = true;
                return first.split(GROUP)[1] ?? word;
            }
            if (groups.size > 1) return word;
        }
        return word;
    });
    return changed ? read : undefined;
}
