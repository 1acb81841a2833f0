import { getAnswer } from '../domain/draft.js';
import { FIELDS, type FieldSpec } from '../domain/fields.js';
import type { Answers } from '../domain/schema.js';
import { ASKED_UNKNOWN, SYSTEMS, fieldSystem } from './fhir-codes.js';
import type { AnswerValue, QuestionnaireResponseItem, Reference } from './fhir-types.js';

const coded = (spec: FieldSpec, code: string): AnswerValue =>
    code === 'unknown' ? { valueCoding: ASKED_UNKNOWN } : { valueCoding: { system: fieldSystem(spec.path), code } };

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** One answer of the intake as QuestionnaireResponse answers; [] when nothing FHIR can carry. */
function answersFor(spec: FieldSpec, value: unknown, documents: readonly Reference[]): AnswerValue[] {
    if (value === 'unknown' && spec.kind !== 'multichoice') return [{ valueCoding: ASKED_UNKNOWN }];
    switch (spec.kind) {
        case 'yesno':
        case 'confirm':
            return typeof value === 'boolean' ? [{ valueBoolean: value }] : [];
        case 'choice':
            return typeof value === 'string' ? [coded(spec, value)] : [];
        case 'multichoice':
            return strings(value).map((code) => coded(spec, code));
        case 'date':
        case 'month':
            // FHIR date allows the partial "YYYY-MM" the intake stores for months.
            return typeof value === 'string' ? [{ valueDate: value }] : [];
        case 'number':
            if (typeof value !== 'number' || !Number.isFinite(value)) return [];
            return [spec.integer && Number.isInteger(value) ? { valueInteger: value } : { valueDecimal: value }];
        case 'country':
            return typeof value === 'string' ? [{ valueCoding: { system: SYSTEMS.iso3166, code: value } }] : [];
        case 'countries': {
            const codes = strings(value);
            // An empty list is the answer "no preference".
            return codes.length === 0 ? [{ valueString: 'no preference' }] : codes.map((code) => ({ valueCoding: { system: SYSTEMS.iso3166, code } }));
        }
        case 'languages':
            return strings(value).map((code) => ({ valueCoding: { system: SYSTEMS.bcp47, code } }));
        case 'attachment':
            return documents.map((reference) => ({ valueReference: reference }));
        case 'text':
        case 'email':
        case 'phone':
            return typeof value === 'string' && value !== '' ? [{ valueString: value }] : [];
    }
}

/** One item per answered field, in intake order; linkId is the field path. Skipped fields are absent. */
export function questionnaireItems(answers: Answers, documents: readonly Reference[]): QuestionnaireResponseItem[] {
    const items: QuestionnaireResponseItem[] = [];
    for (const spec of FIELDS) {
        const value = getAnswer(answers, spec.path);
        if (value === undefined || value === null) continue;
        const answer = answersFor(spec, value, documents);
        if (answer.length > 0) items.push({ linkId: spec.path, answer });
    }
    return items;
}
