import { describe, it } from 'vitest';
import { check, type Case } from '../helpers/arbitration';

/** How Polish parents phrase answers the intake must still understand (words found missing on dev6, tested with other sentences). */
const CASES: Case[] = [
    // A treatment the doctors talk about is not given yet.
    ['treatments.radiotherapy', 'nie, ale lekarze mówią o naświetlaniu', [['set', 'treatments.radiotherapy', false]]],
    // "Na chemii", "na chemię": "on chemo", a yes; "na" is not the (Swiss) German "no" here.
    ['status.location', 'jesteśmy w domu, na chemię jeździmy raz w tygodniu', [['set', 'status.location', 'home'], ['set', 'treatments.chemotherapy', true]]],
    ['status.location', 'w szpitalu, jest na chemioterapii', [['set', 'status.location', 'hospital'], ['set', 'treatments.chemotherapy', true]]],
    // No hurry, told the ways Poles say it ("nie ma pośpiechu", "śpieszy" spelled with ś, "na spokojnie", months away).
    ['request.urgency', 'u nas nie ma pośpiechu', [['set', 'request.urgency', 'flexible']]],
    ['request.urgency', 'nie śpieszy nam się', [['set', 'request.urgency', 'flexible']]],
    ['request.urgency', 'na spokojnie, za parę miesięcy', [['set', 'request.urgency', 'flexible']]],
    // Activity: half days and needing rest are a small limitation; lying (in bed) is mostly in bed; a whole day in bed is bedridden.
    ['status.activityLevel', 'w przedszkolu jest tylko pół dnia, potem śpi', [['confirm', 'status.activityLevel', 'minor_restriction']]],
    ['status.activityLevel', 'po szkole musi odpocząć', [['confirm', 'status.activityLevel', 'minor_restriction']]],
    ['status.activityLevel', 'normalnie, tylko szybciej się męczy', [['set', 'status.activityLevel', 'minor_restriction']]],
    ['status.activityLevel', 'przeważnie leży i ogląda bajki', [['set', 'status.activityLevel', 'mostly_in_bed']]],
    ['status.activityLevel', 'leży w łóżku i czyta', [['confirm', 'status.activityLevel', 'mostly_in_bed']]],
    ['status.activityLevel', 'lezy caly dzien w lozku', [['confirm', 'status.activityLevel', 'bedridden']]],
    // "Nie znam": not knowing a name is "don't know".
    ['treatments.chemoProtocol', 'nie znam tego protokołu', [['set', 'treatments.chemoProtocol', 'unknown']]],
    ['treatments.chemoProtocol', 'nazwy nie znamy', [['set', 'treatments.chemoProtocol', 'unknown']]],
    // The NFZ (Narodowy Fundusz Zdrowia) is the state payer the option names, spelled out too.
    ['request.payer', 'z Narodowego Funduszu Zdrowia', [['set', 'request.payer', 'embassy_guarantee']]],
    // Disease state: HR blocks are first-line; "po wznowie", "po nawrocie" are a relapse; "nic nie pomaga" is refractory.
    ['status.diseaseState', 'leczony, teraz blok HR2', [['set', 'status.diseaseState', 'first_line_treatment']]],
    ['status.diseaseState', 'jest leczona od lutego', [['confirm', 'status.diseaseState', 'first_line_treatment']]],
    ['status.diseaseState', 'jesteśmy po nawrocie', [['set', 'status.diseaseState', 'relapse']]],
    ['status.diseaseState', 'leczona, ale nic nie pomaga', [['set', 'status.diseaseState', 'refractory']]],
    // Families living abroad name documents in English.
    ['documents.available', 'discharge letter i mielogram', [['set', 'documents.available', ['discharge_summary', 'bone_marrow_report']]]]
];

describe('how Polish parents phrase their answers', () => {
    it.each(CASES)('at %s: %s', (open, message, expected) => check('pl', open, message, expected));
});
