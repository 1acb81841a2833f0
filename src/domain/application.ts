import { completeness, effectiveAnswers, getAnswer, type IntakeDraft } from './draft';
import { ApplicationSchema, type Answers, type Application, type FieldPath, type FlagCode } from './schema';

type Flag = (typeof FlagCode)[number];

/** Flags staff must see, derived from the answers (cross-field rules of intake-spec.md). */
export function derivedFlags(answers: Answers): Flag[] {
    const flags: Flag[] = [];
    const { diagnosis, status, treatments, request } = answers;
    const carTConsidered = treatments?.carT === true || request?.goal === 'car_t';
    // CD19 CAR-T is labelled for B-precursor ALL only, refractory or in second or later relapse
    // (or relapse after transplant): domain-facts.md, sources 1 and 2.
    const notBAll = diagnosis?.leukemiaType !== undefined && diagnosis.leukemiaType !== 'ALL' && diagnosis.leukemiaType !== 'unknown';
    const firstRelapseWithoutTransplant = status?.diseaseState === 'relapse' && status.relapseCount === 1 && treatments?.hsct === false;
    if (carTConsidered && (notBAll || diagnosis?.allLineage === 'T' || firstRelapseWithoutTransplant)) flags.push('outside_car_t_label');
    const phPositive = diagnosis?.leukemiaType === 'CML' || (diagnosis?.geneticMarkers ?? []).includes('BCR-ABL1');
    if (phPositive && treatments?.tki === false) flags.push('ph_positive_without_tki');
    if (status?.location === 'intensive_care') flags.push('intensive_care');
    return flags;
}

export function allFlags(draft: IntakeDraft): Flag[] {
    const answers = effectiveAnswers(draft.answers);
    const asWritten: Flag[] = (draft.asWritten ?? []).length > 0 ? ['answers_as_written'] : [];
    const unsure: Flag[] = unsureAnswers(draft).length > 0 ? ['unsure_answers'] : [];
    return [...new Set([...derivedFlags(answers), ...draft.raisedFlags, ...asWritten, ...unsure])];
}

/** Hedged answers whose value still stands (a later change of condition may have dropped it). */
function unsureAnswers(draft: IntakeDraft): { field: string; text: string }[] {
    const answers = effectiveAnswers(draft.answers);
    return (draft.unsure ?? []).filter((e) => getAnswer(answers, e.field as FieldPath) !== undefined);
}

export interface SubmissionMeta {
    id: string;
    reference: string;
    submittedAt: Date;
    locale: string;
    channel: string;
}

export type BuildResult = { ok: true; application: Application } | { ok: false; problems: string[] };

/** The application staff receive, validated by the schema; flag messages come from the caller's staff language. */
export function buildApplication(draft: IntakeDraft, meta: SubmissionMeta, flagMessage: (code: Flag) => string): BuildResult {
    const answers = effectiveAnswers(draft.answers);
    const candidate = {
        id: meta.id,
        reference: meta.reference,
        submittedAt: meta.submittedAt.toISOString(),
        locale: meta.locale,
        channel: meta.channel,
        consent: answers.consent ?? {},
        child: answers.child ?? {},
        diagnosis: answers.diagnosis ?? {},
        status: answers.status ?? {},
        treatments: answers.treatments ?? {},
        documents: answers.documents ?? {},
        request: answers.request ?? {},
        contact: answers.contact ?? {},
        flags: allFlags(draft).map((code) => ({ code, message: flagMessage(code) })),
        completeness: completeness(answers),
        ...((draft.asWritten ?? []).length > 0 ? { asWritten: draft.asWritten } : {}),
        ...(unsureAnswers(draft).length > 0 ? { unsure: unsureAnswers(draft) } : {})
    };
    const parsed = ApplicationSchema.safeParse(candidate);
    if (parsed.success) return { ok: true, application: parsed.data };
    return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
}
