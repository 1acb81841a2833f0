import { describe, expect, it } from 'vitest';
import { detectRedFlag } from '../../src/safety/redFlags';
import { check, type Case } from '../helpers/arbitration';

/** French phrasings parents use that the intake must understand (own sentences, not the families'). */
const CASES: Case[] = [
    // Quebec writes LLA and LMA where France writes LAL and LAM.
    ['diagnosis.leukemiaType', 'une LLA de type B', [['set', 'diagnosis.leukemiaType', 'ALL'], ['set', 'diagnosis.allLineage', 'B']]],
    // Documents promised for later: a time ("cette semaine", "ce soir") or a verb of sending to come.
    ['documents.files', 'mon mari les scanne cette semaine', [['skip', 'documents.files']]],
    ['documents.files', 'je vous les fais parvenir la semaine prochaine', [['skip', 'documents.files']]],
    ['documents.files', 'ma sœur me les apporte ce soir', [['skip', 'documents.files']]],
    // The family pays, said with a verb in the future or "c'est nous/moi".
    ['request.payer', 'nous paierons en plusieurs fois', [['set', 'request.payer', 'self_pay']]],
    ['request.payer', 'je vais payer avec mon salaire', [['set', 'request.payer', 'self_pay']]],
    // Treatment finished is remission, even when the finished treatment is named ("entretien").
    ['status.diseaseState', "il est en rémission, entretien terminé l'été dernier", [['set', 'status.diseaseState', 'remission']]],
    ['status.diseaseState', 'fin du traitement en mars, il va bien', [['set', 'status.diseaseState', 'remission']]],
    // Relatives written with a hyphen and an article are not the mother or father.
    ['contact.relationship', "c'est sa grand-mère qui écrit", [['set', 'contact.relationship', 'other']]],
    ['contact.relationship', 'je suis sa belle-mère', [['set', 'contact.relationship', 'other']]],
    ['contact.relationship', 'son beau-père', [['set', 'contact.relationship', 'other']]],
    // "me", "se" are common words: "si je me rappelle bien" after a gene code is no item of its own.
    ['diagnosis.geneticMarkers', 'IKZF1 si je me rappelle bien', [['set', 'diagnosis.geneticMarkers', ['other']]]],
    // In bed, said "au lit" / "reste couchée".
    ['status.activityLevel', 'il est au lit la plupart de la journée, il regarde des dessins animés', [['set', 'status.activityLevel', 'mostly_in_bed']]],
    ['status.activityLevel', 'il passe ses journées au lit, avec la tablette', [['set', 'status.activityLevel', 'mostly_in_bed']]],
    // Protocol groups French-speaking families meet: GFAOP, ICC APL.
    ['treatments.chemoProtocol', 'on a suivi le protocole GFAOP LAL', [['set', 'treatments.chemoProtocol', 'other']]],
    ['treatments.chemoProtocol', "c'était ICC-APL, avec ATRA et arsenic", [['set', 'treatments.chemoProtocol', 'other']]]
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
