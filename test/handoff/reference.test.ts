import { describe, expect, it } from 'vitest';
import { REFERENCE_ALPHABET, generateReference, normalizeReference } from '../../src/domain/reference.js';

describe('generateReference', () => {
    it('produces XXX-XXX from the unambiguous alphabet', () => {
        expect(generateReference()).toMatch(/^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}$/);
        expect(REFERENCE_ALPHABET).not.toMatch(/[01OIL]/);
        expect(new Set(REFERENCE_ALPHABET).size).toBe(REFERENCE_ALPHABET.length);
    });

    it('never emits ambiguous characters across 10k codes, and they are varied', () => {
        const codes = Array.from({ length: 10_000 }, () => generateReference());
        for (const code of codes) expect(code).not.toMatch(/[01OIL]/);
        expect(new Set(codes).size).toBeGreaterThan(9_990);
        // Every alphabet character shows up: the generator is not stuck on a subset.
        expect(new Set(codes.join('').replaceAll('-', '')).size).toBe(REFERENCE_ALPHABET.length);
    });

    it('uses an injected random source, clamping out-of-range values', () => {
        expect(generateReference(() => 0)).toBe('222-222');
        expect(generateReference(() => 0.999999)).toBe('ZZZ-ZZZ');
        expect(generateReference(() => 1)).toBe('ZZZ-ZZZ');
        expect(generateReference(() => Number.NaN)).toBe('222-222');
    });
});

describe('normalizeReference', () => {
    it.each([
        ['K7Q-4M2', 'K7Q-4M2'],
        ['k7q4m2', 'K7Q-4M2'],
        ['  k7q - 4m2 ', 'K7Q-4M2'],
        ['K7Q–4M2', 'K7Q-4M2'], // en dash from a phone keyboard
        ['#K7Q-4M2', 'K7Q-4M2'],
        ['Ｋ７Ｑ４Ｍ２', 'K7Q-4M2'], // full-width
        ['к7q-4м2', 'K7Q-4M2'] // Cyrillic к and м
    ])('%j → %s', (input, expected) => {
        expect(normalizeReference(input)).toBe(expected);
    });

    it.each(['', 'K7Q-4M', 'K7Q-4M22', 'O7Q-4M2', 'K1Q-4M2', 'KLQ-4M2', 'K7Q/4M2', 'Ж7Q-4M2'])('rejects %j', (input) => {
        expect(normalizeReference(input)).toBeUndefined();
    });
});
