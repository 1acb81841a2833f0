import { createHash } from 'node:crypto';
import type { Application, UploadedFile } from '../domain/schema.js';
import {
    ANTIBODY_ATC, ANTIBODY_TEXT, DOCUMENT_KIND_TEXT, HSCT_DONOR_TEXT, PROCEDURE_SNOMED, SYSTEMS, clinicalStatus, concept, leukemiaConcept, relationshipConcept
} from './fhir-codes.js';
import { questionnaireItems } from './fhir-questionnaire.js';
import type {
    Bundle, CodeableConcept, Condition, ContactPoint, DocumentReference, FhirResource, MedicationStatement, Patient, Procedure,
    QuestionnaireResponse, Reference, RelatedPerson
} from './fhir-types.js';
import { answersOf } from './staff-summary.js';

export type { Bundle } from './fhir-types.js';

export interface FhirExportOptions {
    /** Files to describe (default: the application's documents.files). */
    uploads?: readonly UploadedFile[];
    /** Where staff can fetch a file (e.g. the inbox download route); omitted when not given. */
    attachmentUrl?: (file: UploadedFile) => string | undefined;
}

/**
 * A stable UUID per application and resource, so exporting twice gives the same ids (a receiver
 * can update instead of duplicating). Shaped as a version-5-style UUID from SHA-256.
 */
export function resourceUuid(applicationId: string, name: string): string {
    const hex = createHash('sha256').update(`${applicationId}:${name}`).digest('hex');
    const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

class BundleBuilder {
    readonly entries: Bundle['entry'] = [];
    constructor(private readonly applicationId: string) {}

    /** Adds a resource and returns the reference other resources use for it. */
    add<R extends FhirResource>(name: string, build: (id: string) => R): Reference {
        const id = resourceUuid(this.applicationId, name);
        const fullUrl = `urn:uuid:${id}`;
        this.entries.push({ fullUrl, resource: build(id) });
        return { reference: fullUrl };
    }
}

function patient(app: Application, id: string): Patient {
    return {
        resourceType: 'Patient',
        id,
        // First name only: that is all the intake asks for.
        name: [{ given: [app.child.firstName] }],
        gender: app.child.sex,
        birthDate: app.child.birthDate,
        address: [{ country: app.child.countryOfResidence }]
    };
}

function relatedPerson(app: Application, id: string, subject: Reference): RelatedPerson {
    const { contact } = app;
    const telecom: ContactPoint[] = [];
    if (contact.email) telecom.push({ system: 'email', value: contact.email, ...(contact.preferredChannel === 'email' ? { rank: 1 } : {}) });
    if (contact.phone) telecom.push({ system: 'phone', value: contact.phone, ...(contact.preferredChannel === 'phone' ? { rank: 1 } : {}) });
    return {
        resourceType: 'RelatedPerson',
        id,
        patient: subject,
        relationship: [relationshipConcept(contact.relationship)],
        name: [{ text: contact.name }],
        ...(telecom.length > 0 ? { telecom } : {}),
        communication: contact.languages.map((code, i) => ({ language: { coding: [{ system: SYSTEMS.bcp47, code }] }, ...(i === 0 ? { preferred: true } : {}) }))
    };
}

function condition(app: Application, id: string, subject: Reference): Condition {
    const status = clinicalStatus(app.status.diseaseState);
    return {
        resourceType: 'Condition',
        id,
        subject,
        ...(status ? { clinicalStatus: status } : {}),
        category: [{ coding: [{ system: SYSTEMS.conditionCategory, code: 'problem-list-item' }] }],
        code: leukemiaConcept(app.diagnosis),
        // Month precision ("2023-02") is a valid FHIR dateTime.
        onsetDateTime: app.diagnosis.diagnosisDate,
        recordedDate: app.submittedAt
    };
}

function procedure(id: string, subject: Reference, reason: Reference, code: CodeableConcept, month?: string): Procedure {
    return {
        resourceType: 'Procedure',
        id,
        status: 'completed',
        subject,
        code,
        ...(month ? { performedDateTime: month } : {}),
        reasonReference: [reason]
    };
}

function medication(id: string, subject: Reference, source: Reference, reason: Reference, medicine: CodeableConcept): MedicationStatement {
    // "unknown": the parent told us it was given, not whether it is still going on.
    return { resourceType: 'MedicationStatement', id, status: 'unknown', subject, medicationCodeableConcept: medicine, informationSource: source, reasonReference: [reason] };
}

function treatments(b: BundleBuilder, app: Application, subject: Reference, source: Reference, reason: Reference): void {
    const t = app.treatments;
    if (t.chemotherapy === true) {
        const protocol = t.chemoProtocol && t.chemoProtocol !== 'unknown' ? ` (protocol: ${t.chemoProtocol})` : '';
        b.add('procedure:chemotherapy', (id) => procedure(id, subject, reason, concept(`Chemotherapy${protocol}`, PROCEDURE_SNOMED.chemotherapy)));
    }
    if (t.hsct === true) {
        const donor = t.hsctDonor ? `, ${HSCT_DONOR_TEXT[t.hsctDonor]}` : '';
        b.add('procedure:hsct', (id) => procedure(id, subject, reason, concept(`Hematopoietic stem cell transplantation${donor}`, PROCEDURE_SNOMED.hsct), t.hsctDate));
    }
    if (t.carT === true) b.add('procedure:car-t', (id) => procedure(id, subject, reason, { text: 'CAR T-cell therapy' }, t.carTDate));
    if (t.radiotherapy === true) b.add('procedure:radiotherapy', (id) => procedure(id, subject, reason, { text: 'Radiotherapy' }));
    for (const antibody of t.antibodies) {
        if (antibody === 'none' || antibody === 'unknown') continue;
        b.add(`medication:${antibody}`, (id) => medication(id, subject, source, reason, concept(ANTIBODY_TEXT[antibody], ANTIBODY_ATC[antibody])));
    }
    if (t.tki === true) b.add('medication:tki', (id) => medication(id, subject, source, reason, { text: 'Tyrosine kinase inhibitor' }));
}

function documentReference(app: Application, file: UploadedFile, id: string, subject: Reference, options: FhirExportOptions): DocumentReference {
    const url = options.attachmentUrl?.(file);
    return {
        resourceType: 'DocumentReference',
        id,
        status: 'current',
        ...(file.kind ? { type: { text: DOCUMENT_KIND_TEXT[file.kind] } } : {}),
        subject,
        date: app.submittedAt,
        description: file.name,
        content: [{ attachment: { contentType: file.contentType, title: file.name, size: file.size, ...(url ? { url } : {}) } }]
    };
}

/**
 * The application as a FHIR R4 Bundle (type collection): Patient (the child, first name only),
 * RelatedPerson (the contact), Condition (the leukemia), prior treatments as Procedure and
 * MedicationStatement, the whole intake as QuestionnaireResponse (linkId = field path) and one
 * DocumentReference per uploaded file. Resources reference each other by urn:uuid full URLs.
 */
export function toFhirBundle(app: Application, options: FhirExportOptions = {}): Bundle {
    const b = new BundleBuilder(app.id);
    const subject = b.add('patient', (id) => patient(app, id));
    const contact = b.add('related-person', (id) => relatedPerson(app, id, subject));
    const diagnosis = b.add('condition', (id) => condition(app, id, subject));
    treatments(b, app, subject, contact, diagnosis);
    const files = options.uploads ?? app.documents.files ?? [];
    const documents = files.map((file) => b.add(`document:${file.id}`, (id) => documentReference(app, file, id, subject, options)));
    b.add('questionnaire-response', (id): QuestionnaireResponse => ({
        resourceType: 'QuestionnaireResponse',
        id,
        identifier: { system: SYSTEMS.reference, value: app.reference },
        status: 'completed',
        subject,
        authored: app.submittedAt,
        source: contact,
        item: questionnaireItems(answersOf(app), documents)
    }));
    return {
        resourceType: 'Bundle',
        id: resourceUuid(app.id, 'bundle'),
        identifier: { system: SYSTEMS.reference, value: app.reference },
        type: 'collection',
        timestamp: app.submittedAt,
        entry: b.entries
    };
}
