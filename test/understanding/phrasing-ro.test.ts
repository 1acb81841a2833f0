import { describe, it } from 'vitest';
import { check, type Case } from '../helpers/arbitration';

/**
 * Romanian as parents write it (Romania and the Republic of Moldova, mostly without diacritics):
 * plural and inflected forms of the documents, Moldovan words ("medulograma", "extras", "s-o
 * facut", "numa ca"), verbs where the list has nouns ("a recazut", "sa fie tratata"), and what the
 * doctors said reported with its own "nu" ("au spus ca nu e cazul" is a no, not a "don't know").
 */
const CASES: Case[] = [
    ['request.urgency', 'nu ne grăbim, cum se poate', [['set', 'request.urgency', 'flexible']]],
    // Documents: plurals, the Moldovan "extras" and "medulograma", a "punctie" among documents is the marrow one, English names of a UK hospital.
    ['documents.available', 'am medulogramele si extrasele din fisa', [['set', 'documents.available', ['bone_marrow_report', 'discharge_summary']]]],
    ['documents.available', 'toate externarile si rezultatele punctiilor', [['set', 'documents.available', ['discharge_summary', 'bone_marrow_report']]]],
    ['documents.available', 'discharge letter si tipizarea HLA', [['set', 'documents.available', ['discharge_summary', 'hla_typing']]]],
    // The goal said with a verb or with "parere" (opinion).
    ['request.goal', 'as vrea sa fie tratata intr-o clinica buna', [['set', 'request.goal', 'full_treatment']]],
    ['request.goal', 'o alta parere despre diagnostic', [['set', 'request.goal', 'second_opinion']]],
    ['status.diseaseState', 'din pacate a recazut', [['set', 'status.diseaseState', 'relapse']]],
    // A clean lumbar puncture is no CNS involvement.
    ['diagnosis.cnsInvolvement', 'lichidul cefalorahidian a iesit curat', [['set', 'diagnosis.cnsInvolvement', false]]],
    ['diagnosis.cnsInvolvement', 'in LCR nu s-au gasit blasti', [['set', 'diagnosis.cnsInvolvement', false]]],
    // MRD: the Moldovan "s-o facut"; an amount above zero is positive ("0,05" holds no "0" meaning negative).
    ['status.mrd', 'BMR-ul nu s-o facut', [['set', 'status.mrd', 'unknown']]],
    ['status.mrd', '0,05% in maduva', [['set', 'status.mrd', 'positive']]],
    // What the doctors said, with its own "nu" after the verb, answers: "au zis ca nu" is a no, not a "don't know".
    ['treatments.hsct', 'nu, doctorii au spus ca nu e cazul', [['set', 'treatments.hsct', false]]],
    ['treatments.carT', 'nu, medicii au zis ca nu se potriveste', [['set', 'treatments.carT', false]]],
    // Paying ourselves, said with "platim" or "pe banii nostri".
    ['request.payer', 'platim din salariu', [['set', 'request.payer', 'self_pay']]],
    ['request.payer', 'pe banii nostri', [['set', 'request.payer', 'self_pay']]],
    // Activity: lying ("culcat"), sleeping all day, no longer getting up.
    ['status.activityLevel', 'sta culcat aproape toata ziua', [['set', 'status.activityLevel', 'mostly_in_bed']]],
    ['status.activityLevel', 'doarme toata ziua, abia mananca', [['set', 'status.activityLevel', 'bedridden']]],
    ['status.activityLevel', 'saracul nu se mai ridica', [['confirm', 'status.activityLevel', 'bedridden']]],
    // Files later: "mai incolo", "pe urma", "ulterior".
    ['documents.files', 'o sa le incarc mai incolo', [['skip', 'documents.files']]],
    ['documents.files', 'o sa le pun pe urma', [['skip', 'documents.files']]],
    ['documents.files', 'le incarc ulterior', [['skip', 'documents.files']]],
    // The Moldovan "numa ca" (only that, but): what follows outweighs what came before.
    ['status.diseaseState', 'era in remisie numa ca boala a revenit', [['set', 'status.diseaseState', 'relapse']]],
    // ALL IC-BFM (the intercontinental trial) is not AIEOP-BFM.
    ['treatments.chemoProtocol', 'protocolul ALL IC-BFM 2002', [['set', 'treatments.chemoProtocol', 'other']]]
];

describe('Romanian phrasing at the open question', () => {
    it.each(CASES)('at %s: %s', (open, message, expected) => check('ro', open, message, expected));
});
