import {
    ActivityLevel, AllLineage, Antibody, ChemoProtocol, DiseaseState, DocumentKind, GeneticMarker, Goal, HsctDonor,
    LeukemiaType, Location, Mrd, Payer, PreferredChannel, Relationship, Sex, Urgency,
    type Answers, type FieldPath, type SectionId
} from './schema';

export type FieldKind =
    | 'yesno' | 'choice' | 'multichoice' | 'date' | 'month' | 'number' | 'text' | 'email'
    | 'phone' | 'country' | 'countries' | 'languages' | 'attachment' | 'confirm';

/** A date bound: another answered field, or today. */
export type DateBound = 'today' | 'child.birthDate' | 'diagnosis.diagnosisDate';

export interface FieldSpec {
    readonly path: FieldPath;
    readonly section: SectionId;
    readonly kind: FieldKind;
    /** Required unless optional; `requiredWhen` overrides for "R unless other field". */
    readonly optional: boolean;
    readonly requiredWhen?: (answers: Answers) => boolean;
    /** "I don't know" is a valid answer (stored as "unknown"). */
    readonly unknownAllowed: boolean;
    /** Asked only when this holds (conditional fields). */
    readonly when?: (answers: Answers) => boolean;
    /** Asked only after a yes to this field (a treatment's date or donor): denying it here puts that yes right. */
    readonly follows?: FieldPath;
    readonly choices?: readonly string[];
    /** The choices go from least to most limited: of several named, the most limited is meant. */
    readonly severityOrdered?: boolean;
    /** The choices are places: one the child goes to ("to the hospital every other day") is not where it is. */
    readonly places?: boolean;
    /** A lab result also given as an amount ("MRD 0,08 %"): above zero is the first value, zero the second. */
    readonly byAmount?: readonly [found: string, notFound: string];
    /** A name the list does not hold (a code, an acronym, or the field's own word: "ICiCLe protocol") is this option, the words kept for staff. */
    readonly otherByName?: string;
    /** The options are kinship: every kinship word of the language names them too ("باباها", "grandma", "su mamá"). */
    readonly kinship?: boolean;
    /** Word endings that make an unlisted name "other": antibodies' nonproprietary names end in "-mab" ("daratumumab", "даратумумаб"). */
    readonly otherEndings?: readonly string[];
    /** Such a name said with a country or nationality ("the Indian one", "our national cancer centre's") is this option instead. */
    readonly countryNamed?: string;
    /** Options that are the answer when named with others, which are what they are about ("a second opinion on the transplant") or made of ("MPAL, B-lymphoid and myeloid"). */
    readonly prevailing?: readonly string[];
    /** A place named by its own name ("лежим в НЦПиДХ", "on est à Sainte-Justine") is probably this option: asked, not stored. */
    readonly namedPlaceIs?: string;
    /** A choice denied that is another one: "acele yok", "nic pilnego" (no hurry) is flexible. */
    readonly negatedMeans?: Readonly<Record<string, string>>;
    /** A yes/no question answered by its own word without a negation ("для Германии нужна", "vize lazım") means yes. */
    readonly echoIsYes?: boolean;
    /** Values that cannot be combined with others in a multichoice. */
    readonly exclusive?: readonly string[];
    readonly min?: number;
    readonly max?: number;
    readonly integer?: boolean;
    readonly unit?: 'kg' | 'cm' | 'count';
    readonly notBefore?: DateBound;
    readonly notAfter?: DateBound;
}

type Options = Partial<Omit<FieldSpec, 'path' | 'section' | 'kind'>>;

function field(path: FieldPath, kind: FieldKind, options: Options = {}): FieldSpec {
    const section = path.split('.')[0] as SectionId;
    return { path, section, kind, optional: false, unknownAllowed: false, ...options };
}

function afterYes(parent: FieldPath): Pick<FieldSpec, 'when' | 'follows'> {
    const [section, key] = parent.split('.') as [SectionId, string];
    return { follows: parent, when: (a) => (a[section] as Record<string, unknown> | undefined)?.[key] === true };
}

const choice = (path: FieldPath, values: readonly string[], options: Options = {}) =>
    field(path, 'choice', { choices: values, ...options });
const multichoice = (path: FieldPath, values: readonly string[], options: Options = {}) =>
    field(path, 'multichoice', { choices: values, ...options });
const sinceDiagnosis = { notBefore: 'diagnosis.diagnosisDate', notAfter: 'today' } as const;

const hasBcrAbl = (a: Answers) =>
    a.diagnosis?.leukemiaType === 'CML' || (a.diagnosis?.geneticMarkers ?? []).includes('BCR-ABL1');

/** The intake, in the order it is asked (intake-spec.md). */
export const FIELDS: readonly FieldSpec[] = [
    field('consent.dataProcessing', 'yesno'),

    field('child.firstName', 'text', { min: 1, max: 60 }),
    field('child.birthDate', 'date', { notAfter: 'today' }),
    choice('child.sex', Sex),
    field('child.weightKg', 'number', { unit: 'kg', min: 0.5, max: 200 }),
    field('child.heightCm', 'number', { unit: 'cm', min: 40, max: 210, optional: true }),
    field('child.countryOfResidence', 'country'),
    field('child.citizenship', 'country', { optional: true }),

    choice('diagnosis.leukemiaType', LeukemiaType, { unknownAllowed: true, prevailing: ['MPAL'] }),
    choice('diagnosis.allLineage', AllLineage, { unknownAllowed: true, when: (a) => a.diagnosis?.leukemiaType === 'ALL' }),
    field('diagnosis.diagnosisDate', 'month', { notBefore: 'child.birthDate', notAfter: 'today' }),
    multichoice('diagnosis.geneticMarkers', GeneticMarker, { optional: true, unknownAllowed: true, exclusive: ['unknown'] }),
    field('diagnosis.cnsInvolvement', 'yesno', { optional: true, unknownAllowed: true }),

    choice('status.diseaseState', DiseaseState, { unknownAllowed: true }),
    field('status.relapseCount', 'number', { unit: 'count', min: 1, max: 5, integer: true, when: (a) => a.status?.diseaseState === 'relapse' }),
    field('status.lastRelapseDate', 'month', { ...sinceDiagnosis, when: (a) => a.status?.diseaseState === 'relapse' }),
    choice('status.mrd', Mrd, { optional: true, unknownAllowed: true, byAmount: ['positive', 'negative'] }),
    choice('status.location', Location, { places: true, prevailing: ['intensive_care'], namedPlaceIs: 'hospital' }),
    choice('status.activityLevel', ActivityLevel, { severityOrdered: true }),

    field('treatments.chemotherapy', 'yesno', { unknownAllowed: true }),
    choice('treatments.chemoProtocol', ChemoProtocol, { optional: true, unknownAllowed: true, otherByName: 'other', countryNamed: 'national', ...afterYes('treatments.chemotherapy') }),
    field('treatments.hsct', 'yesno', { unknownAllowed: true }),
    field('treatments.hsctDate', 'month', { ...sinceDiagnosis, ...afterYes('treatments.hsct') }),
    choice('treatments.hsctDonor', HsctDonor, { unknownAllowed: true, ...afterYes('treatments.hsct') }),
    field('treatments.carT', 'yesno', { unknownAllowed: true }),
    field('treatments.carTDate', 'month', { ...sinceDiagnosis, ...afterYes('treatments.carT') }),
    multichoice('treatments.antibodies', Antibody, { unknownAllowed: true, exclusive: ['none', 'unknown'], otherEndings: ['mab', 'маб', 'ماب'] }),
    field('treatments.tki', 'yesno', { unknownAllowed: true, when: hasBcrAbl }),
    field('treatments.radiotherapy', 'yesno', { optional: true, unknownAllowed: true }),
    field('treatments.notes', 'text', { optional: true, max: 2000 }),

    field('documents.files', 'attachment', { optional: true }),
    multichoice('documents.available', DocumentKind, { optional: true, exclusive: ['none'] }),

    choice('request.goal', Goal, { unknownAllowed: true, prevailing: ['second_opinion'] }),
    field('request.preferredCountries', 'countries', { optional: true }),
    choice('request.urgency', Urgency, { negatedMeans: { asap: 'flexible' } }),
    field('request.needsVisa', 'yesno', { optional: true, unknownAllowed: true, echoIsYes: true }),
    choice('request.payer', Payer, { optional: true, unknownAllowed: true }),

    field('contact.name', 'text', { min: 1, max: 120 }),
    choice('contact.relationship', Relationship, { kinship: true }),
    // "E-mail or phone": e-mail is asked first and may be skipped; phone is then required.
    field('contact.email', 'email', { optional: true }),
    field('contact.phone', 'phone', { optional: true, requiredWhen: (a) => a.contact?.email === undefined }),
    choice('contact.preferredChannel', PreferredChannel),
    field('contact.languages', 'languages')
];

const BY_PATH = new Map<FieldPath, FieldSpec>(FIELDS.map((f) => [f.path, f]));

export function fieldSpec(path: FieldPath): FieldSpec {
    const spec = BY_PATH.get(path);
    if (!spec) throw new Error(`fieldSpec(): unknown field ${path}`);
    return spec;
}

export function isFieldPath(value: string): value is FieldPath {
    return BY_PATH.has(value as FieldPath);
}

export function sectionFields(section: SectionId): readonly FieldSpec[] {
    return FIELDS.filter((f) => f.section === section);
}

export function isApplicable(spec: FieldSpec, answers: Answers): boolean {
    return spec.when ? spec.when(answers) : true;
}

export function isRequired(spec: FieldSpec, answers: Answers): boolean {
    if (spec.requiredWhen) return spec.requiredWhen(answers);
    return !spec.optional;
}
