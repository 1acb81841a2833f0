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
    ['status.activityLevel', 'juega muy bien con sus primos', [['set', 'status.activityLevel', 'fully_active']]],
    // Caribbean "hembra", diminutives for girl and boy.
    ['child.sex', 'es hembrita', [['set', 'child.sex', 'female']]],
    ['child.sex', 'varoncito', [['set', 'child.sex', 'male']]],
    // Insurers parents name: public and private health insurance of Spanish-speaking countries and the US.
    ['request.payer', 'nos cubre el IMSS', [['set', 'request.payer', 'insurance']]],
    ['request.payer', 'Fonasa', [['set', 'request.payer', 'insurance']]],
    ['request.payer', 'tiene Medicare', [['set', 'request.payer', 'insurance']]],
    // The discharge report as Latin America names it ("egreso") and as "informe médico".
    ['documents.available', 'el resumen de egreso y la citometría', [['set', 'documents.available', ['discharge_summary', 'flow_cytometry']]]],
    ['documents.available', 'los informes médicos y el cariotipo', [['set', 'documents.available', ['discharge_summary', 'cytogenetics']]]],
    // Treatment told with the verb: "que la traten", "que la atiendan", "curarla".
    ['request.goal', 'queremos que la atiendan y la curen allá', [['set', 'request.goal', 'full_treatment']]],
    // A US date whose second number cannot be a month.
    ['child.birthDate', '12/24/2016', [['set', 'child.birthDate', '2016-12-24']]],
    // Surnames joined by "y" (Spanish) or "i" (Catalan).
    ['contact.name', 'Rosa Martínez y Soler', [['set', 'contact.name', 'Rosa Martínez y Soler']]],
    ['contact.name', 'Jordi Vidal i Roca', [['set', 'contact.name', 'Jordi Vidal i Roca']]],
    // A closing "seguro" after a negation is the insurance, not "sure".
    ['request.needsVisa', 'aquí no lo cubre el seguro', [['invalid', 'request.needsVisa']]],
    // Asked about a treatment: "not offered here" is a no; "they say it does not respond" no emergency.
    ['treatments.carT', 'acá eso no lo hay para niños', [['set', 'treatments.carT', false]]],
    // Words that announce a question ask, though a value may be read from what follows.
    ['request.goal', 'les quería preguntar si hacen CAR-T en niños de dos años', [['question']]]
];

describe('Spanish phrasings', () => {
    it.each(CASES)('%s ← %s', (open, message, expected) => check('es', open, message, expected));
});
