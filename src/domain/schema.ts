import { z } from 'zod';

// Enum values are a contract (intake-spec.md): staff tools and analytics depend on them.
export const Sex = ['female', 'male', 'unknown'] as const;
export const LeukemiaType = ['ALL', 'AML', 'APL', 'CML', 'JMML', 'MPAL', 'MDS', 'other', 'unknown'] as const;
export const AllLineage = ['B', 'T', 'unknown'] as const;
export const GeneticMarker = [
    'BCR-ABL1', 'PH_LIKE', 'KMT2A', 'ETV6-RUNX1', 'HYPERDIPLOIDY', 'HYPODIPLOIDY', 'IAMP21',
    'TCF3-PBX1', 'FLT3-ITD', 'NPM1', 'CBF', 'PML-RARA', 'other', 'unknown'
] as const;
export const DiseaseState = ['newly_diagnosed', 'first_line_treatment', 'remission', 'relapse', 'refractory', 'unknown'] as const;
export const Mrd = ['negative', 'positive', 'unknown'] as const;
export const Location = ['home', 'hospital', 'intensive_care'] as const;
export const ActivityLevel = ['fully_active', 'minor_restriction', 'plays_quietly', 'mostly_in_bed', 'bedridden'] as const;
export const ChemoProtocol = [
    'AIEOP-BFM_ALL_2017', 'AIEOP-BFM_ALL_2009', 'ALLTOGETHER1', 'COG', 'UKALL', 'NOPHO', 'INTERFANT',
    'ESPHALL', 'AML-BFM', 'national', 'other', 'unknown'
] as const;
export const HsctDonor = [
    'matched_sibling', 'matched_unrelated', 'mismatched_unrelated', 'haploidentical', 'cord_blood', 'autologous', 'unknown'
] as const;
export const Antibody = ['blinatumomab', 'inotuzumab', 'gemtuzumab', 'other', 'none', 'unknown'] as const;
export const DocumentKind = [
    'discharge_summary', 'bone_marrow_report', 'flow_cytometry', 'cytogenetics', 'mrd_report', 'imaging',
    'hla_typing', 'transplant_report', 'none'
] as const;
export const Goal = ['second_opinion', 'full_treatment', 'hsct', 'car_t', 'clinical_trial', 'unknown'] as const;
export const Urgency = ['asap', 'within_month', 'flexible'] as const;
export const Payer = ['self_pay', 'insurance', 'embassy_guarantee', 'charity', 'unknown'] as const;
export const Relationship = ['mother', 'father', 'legal_guardian', 'other'] as const;
export const PreferredChannel = ['phone', 'email', 'whatsapp', 'telegram', 'viber'] as const;

export const FlagCode = [
    'outside_car_t_label', 'implausible_weight', 'ph_positive_without_tki', 'red_flag_reported',
    'intensive_care', 'human_requested', 'age_over_limit', 'answers_as_written', 'unsure_answers'
] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const isoMonth = z.string().regex(/^\d{4}-\d{2}$/);
const country = z.string().regex(/^[A-Z]{2}$/);
const language = z.string().regex(/^[a-z]{2}$/);
const triState = z.union([z.boolean(), z.literal('unknown')]);

export const ConsentSchema = z.object({ dataProcessing: z.literal(true) });

export const ChildSchema = z.object({
    firstName: z.string().min(1).max(60),
    birthDate: isoDate,
    sex: z.enum(Sex),
    weightKg: z.number().min(0.5).max(200),
    heightCm: z.number().min(40).max(210).optional(),
    countryOfResidence: country,
    citizenship: country.optional()
});

export const DiagnosisSchema = z.object({
    leukemiaType: z.enum(LeukemiaType),
    allLineage: z.enum(AllLineage).optional(),
    diagnosisDate: isoMonth,
    geneticMarkers: z.array(z.enum(GeneticMarker)).optional(),
    cnsInvolvement: triState.optional()
});

export const StatusSchema = z.object({
    diseaseState: z.enum(DiseaseState),
    relapseCount: z.number().int().min(1).max(5).optional(),
    lastRelapseDate: isoMonth.optional(),
    mrd: z.enum(Mrd).optional(),
    location: z.enum(Location),
    activityLevel: z.enum(ActivityLevel)
});

export const TreatmentsSchema = z.object({
    chemotherapy: triState,
    chemoProtocol: z.enum(ChemoProtocol).optional(),
    hsct: triState,
    hsctDate: isoMonth.optional(),
    hsctDonor: z.enum(HsctDonor).optional(),
    carT: triState,
    carTDate: isoMonth.optional(),
    antibodies: z.array(z.enum(Antibody)).min(1),
    tki: triState.optional(),
    radiotherapy: triState.optional(),
    notes: z.string().max(2000).optional()
});

export const UploadedFileSchema = z.object({
    id: z.string(),
    name: z.string(),
    contentType: z.string(),
    size: z.number().int().nonnegative(),
    kind: z.enum(DocumentKind).optional()
});

export const DocumentsSchema = z.object({
    files: z.array(UploadedFileSchema).optional(),
    available: z.array(z.enum(DocumentKind)).optional()
});

export const RequestSchema = z.object({
    goal: z.enum(Goal),
    preferredCountries: z.array(country).optional(),
    urgency: z.enum(Urgency),
    needsVisa: triState.optional(),
    payer: z.enum(Payer).optional()
});

export const ContactSchema = z.object({
    name: z.string().min(1).max(120),
    relationship: z.enum(Relationship),
    email: z.string().email().optional(),
    phone: z.string().regex(/^\+[1-9]\d{6,14}$/).optional(),
    preferredChannel: z.enum(PreferredChannel),
    languages: z.array(language).min(1)
}).refine((c) => c.email !== undefined || c.phone !== undefined, { message: 'email or phone is required', path: ['email'] });

export const FlagSchema = z.object({ code: z.enum(FlagCode), message: z.string() });

/** The parent's own words where no code fits, or details a code drops (intake-spec.md: asWritten). */
export const AsWrittenSchema = z.object({ field: z.string().min(1), text: z.string().min(1).max(2000) });

export const ApplicationSchema = z.object({
    id: z.string().uuid(),
    reference: z.string().regex(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/),
    submittedAt: z.string().datetime(),
    locale: z.string().min(2),
    channel: z.string().min(1),
    consent: ConsentSchema,
    child: ChildSchema,
    diagnosis: DiagnosisSchema,
    status: StatusSchema,
    treatments: TreatmentsSchema,
    documents: DocumentsSchema,
    request: RequestSchema,
    contact: ContactSchema,
    flags: z.array(FlagSchema),
    completeness: z.object({ score: z.number().min(0).max(1), missing: z.array(z.string()) }),
    asWritten: z.array(AsWrittenSchema).optional(),
    /** Answers the parent gave with a hedge ("BFM I think"): the code is stored, their words are kept here for staff. */
    unsure: z.array(AsWrittenSchema).optional()
});

export type Application = z.infer<typeof ApplicationSchema>;
export type Flag = z.infer<typeof FlagSchema>;
export type AsWritten = z.infer<typeof AsWrittenSchema>;
export type UploadedFile = z.infer<typeof UploadedFileSchema>;

/** The sections the parent fills in, keyed as in the application. */
export interface SectionShapes {
    consent: { dataProcessing: boolean };
    child: z.infer<typeof ChildSchema>;
    diagnosis: z.infer<typeof DiagnosisSchema>;
    status: z.infer<typeof StatusSchema>;
    treatments: z.infer<typeof TreatmentsSchema>;
    documents: z.infer<typeof DocumentsSchema>;
    request: z.infer<typeof RequestSchema>;
    contact: { name: string; relationship: (typeof Relationship)[number]; email?: string; phone?: string;
        preferredChannel: (typeof PreferredChannel)[number]; languages: string[] };
}
export type SectionId = keyof SectionShapes;
export const SECTION_ORDER = ['consent', 'child', 'diagnosis', 'status', 'treatments', 'documents', 'request', 'contact'] as const satisfies readonly SectionId[];

/** "child.birthDate" etc.: every field path, checked by the compiler against the schema. */
export type FieldPath = { [S in SectionId]: `${S}.${Extract<keyof SectionShapes[S], string>}` }[SectionId];
export type FieldValue<P extends FieldPath> =
    P extends `${infer S extends SectionId}.${infer F}` ? F extends keyof SectionShapes[S] ? SectionShapes[S][F] : never : never;

/** The answers so far: every section partial. */
export type Answers = { [S in SectionId]?: Partial<SectionShapes[S]> };
