import { describe, it } from 'vitest';
import { check, type Case } from '../helpers/arbitration';

/** Spanish as parents type it (dev6 misses), in sentences of our own: each failed before its rule. */
const CASES: Case[] = [
    // "No rush" said with a negated noun of hurry: the negated "prisa", "apuro", "urgencia" is the flexible option.
    ['request.urgency', 'la verdad no tenemos apuro', [['set', 'request.urgency', 'flexible']]],
    ['request.urgency', 'no hay urgencia, podemos esperar', [['set', 'request.urgency', 'flexible']]],
    ['request.urgency', 'tenemos mucha prisa', [['set', 'request.urgency', 'asap']]],
    // "Antes que" compares ("tires sooner than"), it does not speak of an earlier time.
    ['status.activityLevel', 'juega al fútbol con sus amigos pero se cansa antes que ellos', [['set', 'status.activityLevel', 'minor_restriction']]],
    // Diminutives and "juega sentado" for quiet play; "en cama" without its article; hurry and stillness idioms.
    ['status.activityLevel', 'calmadita, ya no corre ni salta', [['set', 'status.activityLevel', 'plays_quietly']]],
    ['status.activityLevel', 'juega sentadito con sus legos, no puede correr', [['set', 'status.activityLevel', 'plays_quietly']]],
    ['status.activityLevel', 'casi siempre en cama, con la tablet', [['set', 'status.activityLevel', 'mostly_in_bed']]],
    ['status.activityLevel', 'apenas se levanta para comer', [['set', 'status.activityLevel', 'mostly_in_bed']]],
    ['status.activityLevel', 'todo el día en cama, hay que ayudarle con todo', [['set', 'status.activityLevel', 'bedridden']]],
    ['status.activityLevel', 'no para quieta en todo el día', [['set', 'status.activityLevel', 'fully_active']]],
    ['status.activityLevel', 'juega muy bien con sus primos', [['set', 'status.activityLevel', 'fully_active']]]
];

describe('Spanish phrasings', () => {
    it.each(CASES)('%s ← %s', (open, message, expected) => check('es', open, message, expected));
});
