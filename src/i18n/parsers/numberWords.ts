import { allLexicons, type Lexicon } from '../lexicon';
import { lazy } from './lazy';
import { PhraseDict } from './phrases';

type NumberList = Exclude<keyof Lexicon['numbers'], 'choicePrefixes' | 'negative'>;

function numberDict(list: NumberList): () => PhraseDict<number> {
    return lazy(() => {
        const dict = new PhraseDict<number>();
        for (const lexicon of allLexicons()) {
            for (const [n, words] of Object.entries(lexicon.numbers[list])) dict.addAll(words, Number(n));
        }
        return dict;
    });
}

/** "two", "zwei", "два", "اثنان" → 2. */
export const cardinalDict = numberDict('cardinals');
/** "second", "zweite", "второй", "الثاني" → 2. */
export const ordinalDict = numberDict('ordinals');
/** "twice", "zweimal", "дважды", "مرتين" → 2. */
export const multiplicativeDict = numberDict('multiplicatives');

/** A token made only of ASCII digits (after normalisation), as a number. */
export function digitsValue(token: string): number | undefined {
    return /^\d+$/.test(token) ? Number(token) : undefined;
}

/** "2nd", "3rd", "2-й", "3-го", "2e", "2." as an ordinal number. */
export function ordinalDigitsValue(token: string): number | undefined {
    const m = /^(\d{1,3})(?:st|nd|rd|th|e|er|te|ter|ten|-?(?:й|я|е|го|ой|ая|ое|ую|ый|ий|ого|ом))$/u.exec(token);
    return m?.[1] === undefined ? undefined : Number(m[1]);
}
