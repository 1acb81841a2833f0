import { randomInt } from 'node:crypto';

/**
 * Human-facing application reference codes ("K7Q-4M2"), read out over the phone and typed back
 * by parents, so the alphabet drops characters that are easily confused: 0/O and 1/I/L.
 */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

const GROUP = 3;
const LENGTH = GROUP * 2;

/** Returns a code in the form `XXX-XXX`. `random` (values in [0, 1)) exists for tests only. */
export function generateReference(random?: () => number): string {
    let code = '';
    for (let i = 0; i < LENGTH; i++) {
        code += REFERENCE_ALPHABET.charAt(pickIndex(random));
    }
    return `${code.slice(0, GROUP)}-${code.slice(GROUP)}`;
}

function pickIndex(random: (() => number) | undefined): number {
    const size = REFERENCE_ALPHABET.length;
    if (!random) return randomInt(size);
    // Clamp so a sloppy generator returning exactly 1 (or garbage) cannot index past the alphabet.
    const index = Math.floor(random() * size);
    return Number.isFinite(index) ? Math.min(Math.max(index, 0), size - 1) : 0;
}

// Parents on Cyrillic keyboards often type look-alike letters; map them to their Latin twins.
const CYRILLIC_LOOKALIKES: Readonly<Record<string, string>> = {
    'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'Р': 'P', 'С': 'C', 'Т': 'T', 'Х': 'X', 'У': 'Y'
};

const VALID = new RegExp(`^[${REFERENCE_ALPHABET}]{${LENGTH}}$`);

/**
 * Canonicalises user input to `XXX-XXX`, or returns undefined if it cannot be a reference.
 * Tolerates case, surrounding/inner whitespace, a missing or unusual dash, full-width forms
 * and Cyrillic look-alikes ("k7q4m2", "К7Q 4М2").
 */
export function normalizeReference(input: string): string | undefined {
    if (typeof input !== 'string') return undefined;
    const compact = input
        .normalize('NFKC')
        .toUpperCase()
        .replace(/[\s\-\u2010-\u2015\u2212_#]/g, '')
        .replace(/[\u0400-\u04FF]/g, (ch) => CYRILLIC_LOOKALIKES[ch] ?? ch);
    if (!VALID.test(compact)) return undefined;
    return `${compact.slice(0, GROUP)}-${compact.slice(GROUP)}`;
}
