import { describe, it } from 'vitest';
import { check, type Case } from '../helpers/arbitration';

/** Turkish phrasings parents use (from the dev6 misses, in sentences of our own). */
const CASES: Case[] = [
    // The copula glued to the result: past "-ti/-di", reported "-miş".
    ['status.mrd', 'son kontrolde pozitifti', [['set', 'status.mrd', 'positive']]],
    ['status.mrd', 'en son bakılan MRD negatifmiş', [['set', 'status.mrd', 'negative']]],
];

describe('Turkish phrasings at the open question', () => {
    it.each(CASES)('at %s: %s', (open, message, expected) => check('tr', open, message, expected));
});
