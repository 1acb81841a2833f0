import { expect } from 'vitest';
import { emptyDraft, recordAnswer, type IntakeDraft } from '../../src/domain/draft';
import { FIELDS, fieldSpec, isApplicable } from '../../src/domain/fields';
import type { FieldPath } from '../../src/domain/schema';
import type { Locale } from '../../src/languages';
import { understand } from '../../src/understanding/understand';
import { faq, texts } from './harness';

export const TODAY = new Date('2026-12-06T12:00:00Z');

/** One family's answers, in intake order; a case's draft holds those before its open field. */
const FAMILY: Partial<Record<FieldPath, unknown>> = {
    'consent.dataProcessing': true,
    'child.firstName': 'Mia', 'child.birthDate': '2017-05-14', 'child.sex': 'female', 'child.weightKg': 23, 'child.heightCm': 121,
    'child.countryOfResidence': 'KZ', 'child.citizenship': 'KZ',
    'diagnosis.leukemiaType': 'ALL', 'diagnosis.allLineage': 'B', 'diagnosis.diagnosisDate': '2024-11', 'diagnosis.geneticMarkers': ['ETV6-RUNX1'], 'diagnosis.cnsInvolvement': false,
    'status.diseaseState': 'relapse', 'status.relapseCount': 1, 'status.lastRelapseDate': '2026-03', 'status.mrd': 'positive', 'status.location': 'home', 'status.activityLevel': 'plays_quietly',
    'treatments.chemotherapy': true, 'treatments.chemoProtocol': 'AIEOP-BFM_ALL_2017', 'treatments.hsct': false, 'treatments.carT': false, 'treatments.antibodies': ['none'], 'treatments.radiotherapy': false, 'treatments.notes': undefined,
    'documents.available': ['discharge_summary'],
    'request.goal': 'car_t', 'request.preferredCountries': ['DE'], 'request.urgency': 'asap', 'request.needsVisa': true, 'request.payer': 'charity',
    'contact.name': 'Olga Petrova', 'contact.relationship': 'mother', 'contact.email': 'olga@example.org', 'contact.phone': '+4915123456789', 'contact.preferredChannel': 'whatsapp'
};

export function draftBefore(open: FieldPath | 'review'): IntakeDraft {
    let draft = emptyDraft(TODAY);
    for (const spec of FIELDS) {
        if (spec.path === open) break;
        if (!(spec.path in FAMILY) || !isApplicable(spec, draft.answers)) continue;
        draft = recordAnswer(draft, spec.path, FAMILY[spec.path], TODAY);
    }
    return draft;
}

/** The open field, the parent's message and the commands expected, most important first. */
export type Case = [open: FieldPath | 'review', message: string, expected: Expected[]];

export type Expected = [kind: string, field?: FieldPath, value?: unknown];

/** message × open field → the commands, most important first (only kind, field and value are compared). */
export function check(locale: Locale, open: FieldPath | 'review', message: string, expected: Expected[]): void {
    const answerer = faq().answerer;
    const result = understand(message, {
        field: open === 'review' ? undefined : fieldSpec(open), draft: draftBefore(open), locale, today: TODAY, t: texts().t(locale),
        faq: (text) => answerer.answer(text, { lang: locale, operatorName: 'Test Care' })
    });
    const actual = result.commands.map((c): Expected => {
        if (c.kind === 'control') return ['control', undefined, c.command.kind === 'language' ? c.command.locale : c.command.kind];
        if (c.kind === 'question' || c.kind === 'greeting') return [c.kind];
        if (c.kind === 'invalid' || c.kind === 'skip') return [c.kind, c.field];
        return [c.kind, c.field, c.value];
    });
    expect(actual, message).toEqual(expected);
}
