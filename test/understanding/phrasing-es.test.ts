import { describe, it } from 'vitest';
import { check, type Case } from '../helpers/arbitration';

/** Spanish as parents type it (dev6 misses), in sentences of our own: each failed before its rule. */
const CASES: Case[] = [
    // "No rush" said with a negated noun of hurry: the negated "prisa", "apuro", "urgencia" is the flexible option.
    ['request.urgency', 'la verdad no tenemos apuro', [['set', 'request.urgency', 'flexible']]],
    ['request.urgency', 'no hay urgencia, podemos esperar', [['set', 'request.urgency', 'flexible']]],
    ['request.urgency', 'tenemos mucha prisa', [['set', 'request.urgency', 'asap']]]
];

describe('Spanish phrasings', () => {
    it.each(CASES)('%s ← %s', (open, message, expected) => check('es', open, message, expected));
});
