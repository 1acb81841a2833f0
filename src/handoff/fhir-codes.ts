import type { Application } from '../domain/schema.js';
import type { CodeableConcept, Coding } from './fhir-types.js';

/** Code systems the export uses. Project codes (the intake's own enums) get a URN per field. */
export const SYSTEMS = {
    snomed: 'http://snomed.info/sct',
    atc: 'http://www.whocc.no/atc',
    roleCode: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode',
    conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
    conditionCategory: 'http://terminology.hl7.org/CodeSystem/condition-category',
    dataAbsentReason: 'http://terminology.hl7.org/CodeSystem/data-absent-reason',
    iso3166: 'urn:iso:std:iso:3166',
    bcp47: 'urn:ietf:bcp:47',
    reference: 'urn:leukemia-intake:application-reference'
} as const;

/** The code system of one intake field's enum ("urn:leukemia-intake:field:diagnosis.leukemiaType"). */
export const fieldSystem = (path: string): string => `urn:leukemia-intake:field:${path}`;

/** "The parent was asked and does not know": the answer "unknown" of the intake. */
export const ASKED_UNKNOWN: Coding = { system: SYSTEMS.dataAbsentReason, code: 'asked-unknown', display: 'Asked But Unknown' };

/** A concept with its code when there is a checked one, else text only. */
export const concept = (text: string, coding: Coding | undefined): CodeableConcept => (coding ? { coding: [coding], text } : { text });

type LeukemiaType = Application['diagnosis']['leukemiaType'];

const LEUKEMIA_TEXT: Record<LeukemiaType, string> = {
    ALL: 'Acute lymphoblastic leukemia',
    AML: 'Acute myeloid leukemia',
    APL: 'Acute promyelocytic leukemia',
    CML: 'Chronic myeloid leukemia',
    JMML: 'Juvenile myelomonocytic leukemia',
    MPAL: 'Mixed phenotype acute leukemia',
    MDS: 'Myelodysplastic syndrome',
    other: 'Leukemia, other type',
    unknown: 'Leukemia, type not known to the parent'
};

// SNOMED CT only where the concept is unambiguous and the code certain; the rest stay text-only.
const LEUKEMIA_SNOMED: Partial<Record<LeukemiaType, Coding>> = {
    ALL: { system: SYSTEMS.snomed, code: '91857003', display: 'Acute lymphoid leukemia' },
    AML: { system: SYSTEMS.snomed, code: '91861009', display: 'Acute myeloid leukemia' },
    CML: { system: SYSTEMS.snomed, code: '92818009', display: 'Chronic myeloid leukemia' }
};

export function leukemiaConcept(diagnosis: Application['diagnosis']): CodeableConcept {
    const lineage = diagnosis.leukemiaType === 'ALL' && (diagnosis.allLineage === 'B' || diagnosis.allLineage === 'T') ? `${diagnosis.allLineage}-cell ` : '';
    const text = lineage ? `${lineage}${LEUKEMIA_TEXT.ALL.charAt(0).toLowerCase()}${LEUKEMIA_TEXT.ALL.slice(1)}` : LEUKEMIA_TEXT[diagnosis.leukemiaType];
    return concept(text, LEUKEMIA_SNOMED[diagnosis.leukemiaType]);
}

/** condition-clinical code for the disease state; undefined when the parent did not know. */
export function clinicalStatus(state: Application['status']['diseaseState']): CodeableConcept | undefined {
    const code = { newly_diagnosed: 'active', first_line_treatment: 'active', refractory: 'active', remission: 'remission', relapse: 'relapse', unknown: undefined }[state];
    return code ? { coding: [{ system: SYSTEMS.conditionClinical, code }] } : undefined;
}

const ROLE_CODES: Partial<Record<Application['contact']['relationship'], Coding>> = {
    mother: { system: SYSTEMS.roleCode, code: 'MTH', display: 'mother' },
    father: { system: SYSTEMS.roleCode, code: 'FTH', display: 'father' },
    legal_guardian: { system: SYSTEMS.roleCode, code: 'GUARD', display: 'guardian' }
};

export function relationshipConcept(relationship: Application['contact']['relationship']): CodeableConcept {
    return concept(relationship === 'legal_guardian' ? 'legal guardian' : relationship, ROLE_CODES[relationship]);
}

type Treatments = Application['treatments'];

/**
 * Codes for prior treatments, each checked against a published source (named beside it); a
 * treatment without a checked code stays text only, like the leukemia types above.
 * Left out for now (checked 2026-12-07, no citable source found, so no code rather than a guess):
 * CAR-T therapy as a SNOMED CT procedure; inotuzumab ozogamicin's L01FB01 (the pages found still
 * show its pre-2022 code L01XC26); the CAR-T products tisagenlecleucel (L01XL04; the UK SmPC of
 * Kymriah found still shows L01XX71) and brexucabtagene autoleucel (no page with its code found),
 * and the intake does not ask which product was given anyway.
 */
export const PROCEDURE_SNOMED: Partial<Record<'chemotherapy' | 'hsct', Coding>> = {
    // HL7 FHIR specification, Procedure example f201 ("367336001 = 'Chemotherapy (procedure)'").
    chemotherapy: { system: SYSTEMS.snomed, code: '367336001', display: 'Chemotherapy' },
    // SNOMED International templates ("1269349006 |Transplantation of stem cell (procedure)|"): the
    // parent concept, as the donor and the stem cell source are not always known.
    hsct: { system: SYSTEMS.snomed, code: '1269349006', display: 'Transplantation of stem cell' }
};

export const ANTIBODY_ATC: Partial<Record<Treatments['antibodies'][number], Coding>> = {
    // EMA EPAR Blincyto, "Anatomical therapeutic chemical (ATC) code: L01FX07".
    blinatumomab: { system: SYSTEMS.atc, code: 'L01FX07', display: 'blinatumomab' },
    // WHOCC, ATC level alterations 2022 (https://www.whocc.no/lists_of__temporary_atc_ddds_and_alterations/atc_level_alterations/):
    // "L01XC05 gemtuzumab ozogamicin → L01FX02".
    gemtuzumab: { system: SYSTEMS.atc, code: 'L01FX02', display: 'gemtuzumab ozogamicin' }
};

export const ANTIBODY_TEXT: Record<Exclude<Application['treatments']['antibodies'][number], 'none' | 'unknown'>, string> = {
    blinatumomab: 'Blinatumomab',
    inotuzumab: 'Inotuzumab ozogamicin',
    gemtuzumab: 'Gemtuzumab ozogamicin',
    other: 'Other monoclonal antibody therapy'
};

export const HSCT_DONOR_TEXT: Record<NonNullable<Application['treatments']['hsctDonor']>, string> = {
    matched_sibling: 'matched sibling donor',
    matched_unrelated: 'matched unrelated donor',
    mismatched_unrelated: 'mismatched unrelated donor',
    haploidentical: 'haploidentical donor',
    cord_blood: 'cord blood',
    autologous: 'autologous',
    unknown: 'donor type unknown'
};

export const DOCUMENT_KIND_TEXT: Record<NonNullable<Application['documents']['available']>[number], string> = {
    discharge_summary: 'Discharge summary',
    bone_marrow_report: 'Bone marrow report',
    flow_cytometry: 'Flow cytometry report',
    cytogenetics: 'Cytogenetics report',
    mrd_report: 'MRD report',
    imaging: 'Imaging',
    hla_typing: 'HLA typing',
    transplant_report: 'Transplant report',
    none: 'Document'
};
