import { describe, expect, it } from 'vitest';
import { allFlags, buildApplication } from '../../src/domain/application';
import {
    clearAnswer, completeness, effectiveAnswers, emptyDraft, missingRequired, nextField, noteUnsure, previousField, progress, raiseFlag, recordAnswer, type IntakeDraft
} from '../../src/domain/draft';
import { FIELDS, fieldSpec } from '../../src/domain/fields';
import type { FieldPath } from '../../src/domain/schema';
import { ageInYears, isImplausibleWeight, validateAnswer } from '../../src/domain/validate';
import { summarySections } from '../../src/handoff/staff-summary';
import { createStaffTexts } from '../../src/handoff/staff-texts';
import { createTexts } from '../../src/i18n/i18n';

const NOW = new Date('2026-11-15T12:00:00Z');

function answer(draft: IntakeDraft, values: [FieldPath, unknown][]): IntakeDraft {
    return values.reduce((d, [path, value]) => recordAnswer(d, path, value, NOW), draft);
}

const COMPLETE: [FieldPath, unknown][] = [
    ['consent.dataProcessing', true], ['child.firstName', 'Mia'], ['child.birthDate', '2017-05-14'], ['child.sex', 'female'],
    ['child.weightKg', 23.5], ['child.heightCm', undefined], ['child.countryOfResidence', 'KZ'], ['child.citizenship', 'KZ'],
    ['diagnosis.leukemiaType', 'ALL'], ['diagnosis.allLineage', 'B'], ['diagnosis.diagnosisDate', '2024-11'],
    ['diagnosis.geneticMarkers', ['ETV6-RUNX1']], ['diagnosis.cnsInvolvement', false], ['status.diseaseState', 'relapse'],
    ['status.relapseCount', 1], ['status.lastRelapseDate', '2026-03'], ['status.mrd', 'positive'], ['status.location', 'home'],
    ['status.activityLevel', 'plays_quietly'], ['treatments.chemotherapy', true], ['treatments.chemoProtocol', 'AIEOP-BFM_ALL_2017'],
    ['treatments.hsct', false], ['treatments.carT', false], ['treatments.antibodies', ['blinatumomab']],
    ['treatments.radiotherapy', 'unknown'], ['treatments.notes', undefined], ['documents.files', undefined],
    ['documents.available', ['discharge_summary']], ['request.goal', 'car_t'], ['request.preferredCountries', ['DE']],
    ['request.urgency', 'asap'], ['request.needsVisa', true], ['request.payer', 'charity'], ['contact.name', 'Olga'],
    ['contact.relationship', 'mother'], ['contact.email', 'olga@example.org'], ['contact.phone', undefined],
    ['contact.preferredChannel', 'whatsapp'], ['contact.languages', ['ru', 'en']]
];

describe('the generic asking loop over the field specs', () => {
    it('asks fields in the order of intake-spec.md, skipping conditional ones whose condition does not hold', () => {
        let draft = emptyDraft(NOW);
        const asked: string[] = [];
        for (let spec = nextField(draft); spec; spec = nextField(draft)) {
            asked.push(spec.path);
            const scripted = COMPLETE.find(([p]) => p === spec!.path);
            draft = recordAnswer(draft, spec.path, scripted ? scripted[1] : undefined, NOW);
        }
        expect(asked[0]).toBe('consent.dataProcessing');
        expect(asked).toContain('diagnosis.allLineage');
        expect(asked).toContain('status.relapseCount');
        expect(asked).not.toContain('treatments.hsctDate');
        expect(asked).not.toContain('treatments.tki');
        expect(asked[asked.length - 1]).toBe('contact.languages');
        expect(missingRequired(draft)).toEqual([]);
    });

    it('asks the ALL lineage only for ALL and the TKI question only for BCR-ABL1 or CML', () => {
        const aml = answer(emptyDraft(NOW), [['diagnosis.leukemiaType', 'AML']]);
        expect(nextField(aml, 'diagnosis')?.path).toBe('diagnosis.diagnosisDate');
        const cml = answer(emptyDraft(NOW), [['diagnosis.leukemiaType', 'CML']]);
        expect(FIELDS.filter((f) => f.when?.(cml.answers)).map((f) => f.path)).toContain('treatments.tki');
        const phPlus = answer(emptyDraft(NOW), [['diagnosis.leukemiaType', 'ALL'], ['diagnosis.geneticMarkers', ['BCR-ABL1']]]);
        expect(fieldSpec('treatments.tki').when?.(phPlus.answers)).toBe(true);
    });

    it('requires a phone only when the e-mail was skipped', () => {
        const withEmail = answer(emptyDraft(NOW), [['contact.email', 'a@example.org']]);
        const withoutEmail = answer(emptyDraft(NOW), [['contact.email', undefined]]);
        expect(fieldSpec('contact.phone').requiredWhen?.(withEmail.answers)).toBe(false);
        expect(fieldSpec('contact.phone').requiredWhen?.(withoutEmail.answers)).toBe(true);
    });

    it('"back" returns to the last answered field but never undoes consent', () => {
        const draft = answer(emptyDraft(NOW), [['consent.dataProcessing', true], ['child.firstName', 'Mia']]);
        expect(previousField(draft)).toBe('child.firstName');
        const back = clearAnswer(draft, 'child.firstName', NOW);
        expect(nextField(back)?.path).toBe('child.firstName');
        expect(previousField(back)).toBeUndefined();
    });

    it('drops answers of fields that no longer apply after a change', () => {
        let draft = answer(emptyDraft(NOW), COMPLETE);
        draft = recordAnswer(draft, 'diagnosis.leukemiaType', 'AML', NOW);
        expect(effectiveAnswers(draft.answers).diagnosis?.allLineage).toBeUndefined();
        expect(draft.answers.diagnosis?.allLineage).toBe('B');
    });

    it('counts progress over the applicable fields plus the review', () => {
        const draft = answer(emptyDraft(NOW), COMPLETE);
        const p = progress(draft, 'child.firstName');
        expect(p.index).toBe(2);
        expect(p.total).toBe(FIELDS.filter((f) => !f.when || f.when(draft.answers)).length + 1);
    });
});

describe('completeness and flags', () => {
    it('scores answered fields and lists the missing and unknown ones', () => {
        const draft = answer(emptyDraft(NOW), COMPLETE);
        const { score, missing } = completeness(draft.answers);
        expect(missing).toEqual(expect.arrayContaining(['child.heightCm', 'treatments.radiotherapy', 'treatments.notes', 'contact.phone']));
        expect(missing).not.toContain('documents.files');
        expect(score).toBeGreaterThan(0.8);
        expect(score).toBeLessThan(1);
    });

    it('flags CAR-T wishes outside the CD19 label: first relapse without transplant', () => {
        const draft = answer(emptyDraft(NOW), COMPLETE);
        expect(allFlags(draft)).toContain('outside_car_t_label');
        const second = recordAnswer(draft, 'status.relapseCount', 2, NOW);
        expect(allFlags(second)).not.toContain('outside_car_t_label');
        const tAll = recordAnswer(second, 'diagnosis.allLineage', 'T', NOW);
        expect(allFlags(tAll)).toContain('outside_car_t_label');
    });

    it('flags Philadelphia-positive leukemia without a TKI, and intensive care', () => {
        const draft = answer(emptyDraft(NOW), [...COMPLETE, ['diagnosis.geneticMarkers', ['BCR-ABL1']], ['treatments.tki', false], ['status.location', 'intensive_care']]);
        expect(allFlags(draft)).toEqual(expect.arrayContaining(['ph_positive_without_tki', 'intensive_care']));
    });

    it('keeps raised flags such as a request for a person', () => {
        const draft = raiseFlag(answer(emptyDraft(NOW), COMPLETE), 'human_requested');
        expect(allFlags(draft)).toContain('human_requested');
    });

    it('builds an application the schema accepts, with codes and staff-language flag messages', () => {
        const draft = answer(emptyDraft(NOW), COMPLETE);
        const result = buildApplication(draft, { id: '7d1f1f8e-3c4b-4b3a-9a53-3d0b8f7c2a11', reference: 'K7Q-4M2', submittedAt: NOW, locale: 'ru', channel: 'webchat' }, (c) => `msg:${c}`);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.application.child).toEqual({ firstName: 'Mia', birthDate: '2017-05-14', sex: 'female', weightKg: 23.5, countryOfResidence: 'KZ', citizenship: 'KZ' });
        expect(result.application.flags).toContainEqual({ code: 'outside_car_t_label', message: 'msg:outside_car_t_label' });
        expect(result.application.contact.languages).toEqual(['ru', 'en']);
    });

    it('refuses to build an application with a required answer missing', () => {
        const draft = answer(emptyDraft(NOW), COMPLETE.filter(([p]) => p !== 'child.weightKg'));
        const result = buildApplication(draft, { id: '7d1f1f8e-3c4b-4b3a-9a53-3d0b8f7c2a11', reference: 'K7Q-4M2', submittedAt: NOW, locale: 'en', channel: 'x' }, String);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.problems.join()).toContain('child.weightKg');
    });
});

describe('validation of understood answers', () => {
    const answers = answer(emptyDraft(NOW), COMPLETE).answers;
    it.each([
        ['child.weightKg', 0, 'out_of_range'], ['child.weightKg', 900, 'out_of_range'], ['child.weightKg', 23, undefined],
        ['child.birthDate', '2027-01-01', 'future'], ['child.birthDate', '2005-01-01', 'adult'], ['child.birthDate', '2009-01-01', undefined],
        ['diagnosis.diagnosisDate', '2016-01', 'before_birth'], ['diagnosis.diagnosisDate', '2017-05', undefined],
        ['diagnosis.diagnosisDate', '2026-12', 'future'], ['status.lastRelapseDate', '2024-10', 'before_diagnosis'],
        ['status.relapseCount', 1.5, 'not_integer'], ['status.relapseCount', 6, 'out_of_range'], ['treatments.notes', 'x'.repeat(2001), 'too_long']
    ] as [FieldPath, unknown, string | undefined][])('%s = %j → %s', (path, value, reason) => {
        expect(validateAnswer(fieldSpec(path), value, answers, NOW)?.reason).toBe(reason);
    });

    it('computes ages on birthdays exactly', () => {
        expect(ageInYears('2008-11-15', NOW)).toBe(18);
        expect(ageInYears('2008-11-16', NOW)).toBe(17);
    });

    it('asks to confirm weights far from the usual for the age, not normal ones', () => {
        expect(isImplausibleWeight(230, '2017-05-14', NOW)).toBe(true);
        expect(isImplausibleWeight(5, '2017-05-14', NOW)).toBe(true);
        expect(isImplausibleWeight(23.5, '2017-05-14', NOW)).toBe(false);
        expect(isImplausibleWeight(60, '2010-01-01', NOW)).toBe(false);
    });
});

describe('answers the parent was not sure of', () => {
    const meta = { id: '7d1f1f8e-3c4b-4b3a-9a53-3d0b8f7c2a11', reference: 'K7Q-4M2', submittedAt: NOW, locale: 'en', channel: 'webchat' };

    it('keep their code, and staff get the words beside it with a flag, in the staff language', () => {
        const draft = noteUnsure(answer(emptyDraft(NOW), COMPLETE), 'status.mrd', 'positive I think, not sure', NOW);
        const built = buildApplication(draft, meta, (code) => code);
        if (!built.ok) throw new Error(built.problems.join('; '));
        expect(built.application.unsure).toEqual([{ field: 'status.mrd', text: 'positive I think, not sure' }]);
        expect(built.application.flags.map((f) => f.code)).toContain('unsure_answers');
        const sections = summarySections(built.application, createStaffTexts(createTexts(), 'de'));
        expect(sections.find((s) => s.title.startsWith('Nicht sicher'))?.lines.map((l) => [l.label, l.value])).toEqual([['MRD (minimale Resterkrankung)', '“positive I think, not sure”']]);
    });

    it('are dropped with the answer when it is changed', () => {
        const draft = noteUnsure(answer(emptyDraft(NOW), COMPLETE), 'status.mrd', 'positive I think', NOW);
        const built = buildApplication(recordAnswer(draft, 'status.mrd', 'negative', NOW), meta, String);
        if (!built.ok) throw new Error(built.problems.join('; '));
        expect(built.application.unsure).toBeUndefined();
        expect(built.application.flags.map((f) => f.code)).not.toContain('unsure_answers');
    });
});

