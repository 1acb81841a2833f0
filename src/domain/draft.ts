import { FIELDS, fieldSpec, isApplicable, isRequired, type FieldSpec } from './fields';
import type { Answers, AsWritten, FieldPath, FlagCode, SectionId } from './schema';

type Flag = (typeof FlagCode)[number];

/** The application while the parent is filling it in; stored in conversation state. */
export interface IntakeDraft {
    answers: Answers;
    /** Fields answered or skipped, in the order they were asked; "back" walks this. */
    asked: FieldPath[];
    /** Flags raised by the conversation rather than derived from answers. */
    raisedFlags: Flag[];
    /** Number of failed attempts at the current field, reset on success. */
    attempts: number;
    /** The parent's words where no code fits or a code drops details (absent in older drafts). */
    asWritten?: AsWritten[];
    /** The parent's words where they were not sure of the value stored ("BFM I think"). */
    unsure?: AsWritten[];
    startedAt: string;
    updatedAt: string;
}

export function emptyDraft(now: Date): IntakeDraft {
    const iso = now.toISOString();
    return { answers: {}, asked: [], raisedFlags: [], attempts: 0, startedAt: iso, updatedAt: iso };
}

function split(path: FieldPath): [SectionId, string] {
    const [section, name] = path.split('.') as [SectionId, string];
    return [section, name];
}

export function getAnswer(answers: Answers, path: FieldPath): unknown {
    const [section, name] = split(path);
    const values = answers[section] as Record<string, unknown> | undefined;
    return values?.[name];
}

export function withAnswer(answers: Answers, path: FieldPath, value: unknown): Answers {
    const [section, name] = split(path);
    const values = { ...(answers[section] as Record<string, unknown> | undefined) };
    if (value === undefined) delete values[name];
    else values[name] = value;
    return { ...answers, [section]: values };
}

/** Store an answer (undefined = skipped) and mark the field as asked. */
export function recordAnswer(draft: IntakeDraft, path: FieldPath, value: unknown, now: Date): IntakeDraft {
    return {
        ...draft,
        // A new answer replaces any doubt about the old one.
        ...(draft.unsure?.some((e) => e.field === path) ? { unsure: draft.unsure.filter((e) => e.field !== path) } : {}),
        answers: withAnswer(draft.answers, path, value),
        asked: [...draft.asked.filter((p) => p !== path), path],
        attempts: 0,
        updatedAt: now.toISOString()
    };
}

/** Store a value without marking the field asked (e.g. files arriving while the question stays open). */
export function setAnswer(draft: IntakeDraft, path: FieldPath, value: unknown, now: Date): IntakeDraft {
    return { ...draft, answers: withAnswer(draft.answers, path, value), updatedAt: now.toISOString() };
}

/** Keep the parent's own words for a field, for staff (replaces earlier words for that field). */
export function noteAsWritten(draft: IntakeDraft, path: FieldPath, text: string, now: Date): IntakeDraft {
    const words = text.trim().replace(/\s+/g, ' ').slice(0, 2000);
    if (words === '') return draft;
    return { ...draft, asWritten: [...(draft.asWritten ?? []).filter((e) => e.field !== path), { field: path, text: words }], updatedAt: now.toISOString() };
}

/** The value stored for `path` was given with a hedge: staff see the parent's words beside it. */
export function noteUnsure(draft: IntakeDraft, path: FieldPath, text: string, now: Date): IntakeDraft {
    const words = text.trim().replace(/\s+/g, ' ').slice(0, 2000);
    if (words === '') return draft;
    return { ...draft, unsure: [...(draft.unsure ?? []).filter((e) => e.field !== path), { field: path, text: words }], updatedAt: now.toISOString() };
}

/** Forget an answer so the loop asks the field again. */
export function clearAnswer(draft: IntakeDraft, path: FieldPath, now: Date): IntakeDraft {
    return {
        ...draft,
        answers: withAnswer(draft.answers, path, undefined),
        asked: draft.asked.filter((p) => p !== path),
        attempts: 0,
        updatedAt: now.toISOString()
    };
}

/** The field asked before the current one, if any; consent is never undone by "back". */
export function previousField(draft: IntakeDraft): FieldPath | undefined {
    const last = draft.asked[draft.asked.length - 1];
    return last === 'consent.dataProcessing' ? undefined : last;
}

export function raiseFlag(draft: IntakeDraft, flag: Flag): IntakeDraft {
    return draft.raisedFlags.includes(flag) ? draft : { ...draft, raisedFlags: [...draft.raisedFlags, flag] };
}

export function applicableFields(answers: Answers): FieldSpec[] {
    return FIELDS.filter((f) => isApplicable(f, answers));
}

/** The next field to ask: the first applicable one not asked yet, optionally within one section. */
export function nextField(draft: IntakeDraft, section?: SectionId): FieldSpec | undefined {
    return applicableFields(draft.answers).find(
        (f) => (section === undefined || f.section === section) && !draft.asked.includes(f.path)
    );
}

export function progress(draft: IntakeDraft, path: FieldPath): { index: number; total: number } {
    const fields = applicableFields(draft.answers);
    const index = fields.findIndex((f) => f.path === path);
    return { index: index < 0 ? fields.length + 1 : index + 1, total: fields.length + 1 };
}

/** Answers of fields whose condition no longer holds (e.g. after a change) are dropped. */
export function effectiveAnswers(answers: Answers): Answers {
    let result: Answers = {};
    for (const spec of applicableFields(answers)) {
        const value = getAnswer(answers, spec.path);
        if (value !== undefined) result = withAnswer(result, spec.path, value);
    }
    return result;
}

const isUnknownValue = (value: unknown) =>
    value === 'unknown' || (Array.isArray(value) && value.length === 1 && value[0] === 'unknown');

/** Share of applicable fields with a real answer; consent and documents' uploads are not counted as missing. */
export function completeness(answers: Answers): { score: number; missing: FieldPath[] } {
    const counted = applicableFields(answers).filter((f) => f.section !== 'consent' && f.kind !== 'attachment');
    const missing = counted
        .filter((f) => {
            const value = getAnswer(answers, f.path);
            return value === undefined || isUnknownValue(value);
        })
        .map((f) => f.path);
    const score = counted.length === 0 ? 1 : (counted.length - missing.length) / counted.length;
    return { score: Math.round(score * 100) / 100, missing };
}

/** Required fields still without an answer: the application cannot be submitted while any remain. */
export function missingRequired(draft: IntakeDraft): FieldPath[] {
    return applicableFields(draft.answers)
        .filter((f) => isRequired(f, draft.answers) && getAnswer(draft.answers, f.path) === undefined)
        .map((f) => f.path);
}

export { fieldSpec };
