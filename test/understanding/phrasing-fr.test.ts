import { describe, expect, it } from 'vitest';
import { detectRedFlag } from '../../src/safety/redFlags';
import { check, type Case } from '../helpers/arbitration';

/** French phrasings parents use that the intake must understand (own sentences, not the families'). */
const CASES: Case[] = [
];

describe('French phrasings at the open question', () => {
    it.each(CASES)('at %s: %s', (open, message, expected) => check('fr', open, message, expected));
});

/** Intake answers that must not raise an alarm, and real emergencies next to them that must. */
const NOT_EMERGENCY: string[] = [
    // A protocol day ("J15", "J33") after "à" is not a temperature.
    'on est à J33 de l’induction',
    'ponction de moelle prévue à J35',
    // The disease, not the child, "does not respond".
    'sa leucémie ne réagit plus du tout',
    'la LAM ne répond pas bien, on parle de greffe',
    'elle ne répond pas aux cures',
    'il ne réagit pas bien aux blocs de consolidation'
];

const EMERGENCY: [string, string][] = [
    ['mon fils a 40', 'fever'],
    ['elle est à presque 40', 'fever'],
    ['température à 35,2 ce soir', 'low_temperature'],
    ['il ne répond plus, il est tout mou', 'unresponsive'],
    ["la maladie me fait peur, elle ne se réveille pas", 'unresponsive']
];

describe('French red flags in intake answers', () => {
    it.each(NOT_EMERGENCY)('no alarm: %s', (text) => expect(detectRedFlag(text).emergency).toBe(false));
    it.each(EMERGENCY)('emergency: %s → %s', (text, sign) => expect(detectRedFlag(text).signs).toContain(sign));
});
