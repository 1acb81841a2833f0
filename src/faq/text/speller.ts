import { editDistance } from '../../i18n/parsers/fuzzy';

/**
 * Spelling correction against the knowledge base's own vocabulary. A misspelt word ("chemoterapy",
 * "efects") is otherwise unknown, and an unknown word weighs against every topic; corrected, it
 * counts for the topic it was meant for. Only close slips are corrected (one edit, two in long
 * words), so a different word that merely looks alike stays itself.
 */
export class Speller {
    /** Every word with one letter deleted → the known words that give it (symmetric-delete lookup). */
    private readonly deletes = new Map<string, string[]>();
    private readonly byLength = new Map<number, string[]>();
    /** Longer than the longest known word by more than two letters: nothing is close (a pasted run of letters). */
    private maxLength = 0;

    /** @param frequency known word → how often the knowledge base uses it (ties go to the common word) */
    constructor(private readonly frequency: ReadonlyMap<string, number>) {
        for (const word of frequency.keys()) {
            const length = [...word].length;
            this.maxLength = Math.max(this.maxLength, length);
            if (length < MIN_LENGTH - 1) continue;
            for (const variant of oneDeleted(word)) {
                const list = this.deletes.get(variant);
                if (list) list.push(word);
                else this.deletes.set(variant, [word]);
            }
            const same = this.byLength.get(length);
            if (same) same.push(word);
            else this.byLength.set(length, [word]);
        }
    }

    /** The known word meant by `word`, or the word itself when it is known or nothing is close. */
    correct(word: string): string {
        const length = [...word].length;
        if (this.frequency.has(word) || length < MIN_LENGTH || length > this.maxLength + 2 || /\p{N}/u.test(word)) return word;
        const candidates = new Set<string>();
        // Distance 1 (delete, insert, substitute; a swap shows up as two deletes meeting).
        for (const known of this.deletes.get(word) ?? []) candidates.add(known);
        for (const variant of oneDeleted(word)) {
            if (this.frequency.has(variant)) candidates.add(variant);
            for (const known of this.deletes.get(variant) ?? []) candidates.add(known);
        }
        let best = this.pick(word, candidates, 1);
        if (!best && length >= LONG_WORD) {
            // Each known word has one length, so these lists never overlap.
            const wide = [-2, -1, 0, 1, 2].flatMap((d) => this.byLength.get(length + d) ?? []);
            best = this.pick(word, wide, 2);
        }
        return best ?? word;
    }

    private pick(word: string, candidates: Iterable<string>, maxDistance: number): string | undefined {
        let best: string | undefined;
        let bestDistance = Infinity;
        let bestFrequency = -1;
        for (const known of candidates) {
            // The first letter is rarely the slip; requiring it keeps "bone" from becoming "tone".
            if (known[0] !== word[0]) continue;
            const d = editDistance(word, known, maxDistance);
            const f = this.frequency.get(known) ?? 0;
            if (d <= maxDistance && (d < bestDistance || (d === bestDistance && f > bestFrequency))) {
                best = known;
                bestDistance = d;
                bestFrequency = f;
            }
        }
        return best;
    }
}

const MIN_LENGTH = 4;
const LONG_WORD = 8;

function oneDeleted(word: string): string[] {
    const chars = [...word];
    return chars.map((_, i) => [...chars.slice(0, i), ...chars.slice(i + 1)].join(''));
}
