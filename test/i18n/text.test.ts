import { describe, expect, it } from 'vitest';
import { isBlank, normalizeText } from '../../src/i18n/parsers';

describe('normalizeText', () => {
    it.each([
        ['  Hello   World  ', 'hello world'],
        ['٢٣٫٥ كغ', '23.5 كغ'],
        ['۱۲۳', '123'],
        ['أحمد، علي', 'أحمد, علي'],
        ['مـــرحبا', 'مرحبا'],
        ['ＡＢＣ１２３', 'abc123'],
        ['Tab\tand\nnewline', 'tab and newline'],
        ['ÄÖÜ straße', 'äöü straße'],
        ['ПРИВЕТ', 'привет'],
        ['don’t', "don't"],
        ['23–24', '23-24'],
        ['👍🏽', '👍'],
        ['\u200Fنعم\u200E', 'نعم'],
        // A word typed in two scripts takes the look-alike letters of the one most of it is in.
        ['нi, дякую', 'ні, дякую'],
        ['тaк', 'так'],
        ['\u0412linatumomab', 'blinatumomab'],
        ['B-клеточный, CAR-T', 'b-клеточный, car-t'],
        ['', '']
    ])('%j → %j', (input, expected) => {
        expect(normalizeText(input)).toBe(expected);
    });
});

describe('isBlank', () => {
    it.each([
        ['', true],
        ['   ', true],
        ['\n\t', true],
        ['👍', true],
        ['...', true],
        ['?!', true],
        ['🙏🙏', true],
        ['،', true],
        ['a', false],
        ['2', false],
        ['٢', false],
        ['да', false],
        ['نعم', false],
        ['ok 👍', false]
    ])('%j → %s', (input, expected) => {
        expect(isBlank(input)).toBe(expected);
    });
});
