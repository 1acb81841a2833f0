/** The small part of FHIR R4 the export writes; field names and cardinalities as in the specification. */

export interface Coding {
    system?: string;
    code?: string;
    display?: string;
}

export interface CodeableConcept {
    coding?: Coding[];
    text?: string;
}

export interface Reference {
    reference?: string;
    display?: string;
}

export interface Identifier {
    system?: string;
    value?: string;
}

export interface ContactPoint {
    system: 'phone' | 'email' | 'other';
    value: string;
    rank?: number;
}

export interface Attachment {
    contentType?: string;
    title?: string;
    size?: number;
    url?: string;
    creation?: string;
}

interface ResourceBase {
    id: string;
}

export interface Patient extends ResourceBase {
    resourceType: 'Patient';
    name?: { given?: string[]; text?: string }[];
    gender?: 'male' | 'female' | 'other' | 'unknown';
    birthDate?: string;
    address?: { country?: string }[];
}

export interface RelatedPerson extends ResourceBase {
    resourceType: 'RelatedPerson';
    patient: Reference;
    relationship?: CodeableConcept[];
    name?: { text?: string }[];
    telecom?: ContactPoint[];
    communication?: { language: CodeableConcept; preferred?: boolean }[];
}

export interface Condition extends ResourceBase {
    resourceType: 'Condition';
    subject: Reference;
    clinicalStatus?: CodeableConcept;
    category?: CodeableConcept[];
    code?: CodeableConcept;
    onsetDateTime?: string;
    recordedDate?: string;
    note?: { text: string }[];
}

export interface Procedure extends ResourceBase {
    resourceType: 'Procedure';
    status: 'completed' | 'unknown';
    subject: Reference;
    code?: CodeableConcept;
    performedDateTime?: string;
    reasonReference?: Reference[];
    note?: { text: string }[];
}

export interface MedicationStatement extends ResourceBase {
    resourceType: 'MedicationStatement';
    status: 'unknown' | 'completed' | 'active';
    subject: Reference;
    medicationCodeableConcept: CodeableConcept;
    informationSource?: Reference;
    reasonReference?: Reference[];
}

export type AnswerValue =
    | { valueBoolean: boolean }
    | { valueDecimal: number }
    | { valueInteger: number }
    | { valueDate: string }
    | { valueString: string }
    | { valueCoding: Coding }
    | { valueReference: Reference };

export interface QuestionnaireResponseItem {
    linkId: string;
    text?: string;
    answer?: AnswerValue[];
}

export interface QuestionnaireResponse extends ResourceBase {
    resourceType: 'QuestionnaireResponse';
    identifier?: Identifier;
    status: 'completed';
    subject: Reference;
    authored?: string;
    source?: Reference;
    item: QuestionnaireResponseItem[];
}

export interface DocumentReference extends ResourceBase {
    resourceType: 'DocumentReference';
    status: 'current';
    type?: CodeableConcept;
    subject: Reference;
    date?: string;
    description?: string;
    content: { attachment: Attachment }[];
}

export type FhirResource = Patient | RelatedPerson | Condition | Procedure | MedicationStatement | QuestionnaireResponse | DocumentReference;

export interface Bundle {
    resourceType: 'Bundle';
    id: string;
    identifier?: Identifier;
    type: 'collection';
    timestamp: string;
    entry: { fullUrl: string; resource: FhirResource }[];
}
