import { z } from 'zod';
import { nextField, progress, type IntakeDraft } from '../domain/draft.js';
import { fieldSpec, isFieldPath } from '../domain/fields.js';
import { UploadedFileSchema, type FieldPath, type SectionId, type UploadedFile } from '../domain/schema.js';
import type { ConversationRecord, ConversationStore } from '../handoff/conversation-directory.js';
import type { ConversationIntakeRow, StaffStore, SubmittedChild } from './store.js';

/** Conversations whose parent wrote within this many days count as "in progress" (as the widget's resume ticket). */
export const IN_PROGRESS_DAYS = 14;

/** What staff see of a conversation beside its transcript: where the intake stands, whose child it is. */
export interface ConversationFacts {
    /** Consent given, not submitted since (or started again after a submission). */
    inProgress: boolean;
    /** The question open now, or the one the intake resumes with; absent in the review. */
    field?: FieldPath;
    section?: SectionId | 'review';
    progress?: { index: number; total: number };
    /** From the draft while the intake runs, else from the newest application. */
    childName?: string;
    birthDate?: string;
    /** The parent's last turn (the bot's own record), else the directory's. */
    lastActiveAt: string;
    /** Documents received into the draft: staff may open them before the application is sent. */
    files: UploadedFile[];
    submitted?: SubmittedChild;
}

// Read only and leniently: the bot owns this shape; anything unexpected reads as "no intake".
const StateSchema = z.object({
    profile: z.object({ currentField: z.string().optional(), lastActiveAt: z.string().optional() }).optional(),
    draft: z.object({
        answers: z.record(z.string(), z.record(z.string(), z.unknown())).default({}),
        asked: z.array(z.string()).default([])
    }).optional()
});

const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/** The facts of one conversation from its stored state and its newest application. */
export function conversationFacts(conversation: ConversationRecord, row: ConversationIntakeRow | undefined): ConversationFacts {
    const parsed = StateSchema.safeParse(row?.state ?? {});
    const { profile, draft } = parsed.success ? parsed.data : {};
    const answers = draft?.answers ?? {};
    const asked = (draft?.asked ?? []).filter(isFieldPath);
    const consented = answers.consent?.dataProcessing === true;
    const current = profile?.currentField && isFieldPath(profile.currentField) ? profile.currentField : undefined;
    const inProgress = consented && (current !== undefined || asked.some((path) => path !== 'consent.dataProcessing'));
    const files = z.array(UploadedFileSchema).safeParse(answers.documents?.files);
    const base: ConversationFacts = {
        inProgress,
        lastActiveAt: str(profile?.lastActiveAt) ?? conversation.updatedAt,
        files: files.success ? files.data : [],
        ...(row?.submitted ? { submitted: row.submitted } : {})
    };
    const name = str(answers.child?.firstName);
    const birthDate = str(answers.child?.birthDate);
    // After a submission the draft keeps only the consent: the child is the application's.
    const [childName, childBirth] = inProgress ? [name, birthDate] : [row?.submitted?.firstName ?? undefined, row?.submitted?.birthDate ?? undefined];
    const child = { ...(childName ? { childName } : {}), ...(childBirth ? { birthDate: childBirth } : {}) };
    if (!inProgress) return { ...base, ...child };
    const typed = { answers, asked, raisedFlags: [], attempts: 0, startedAt: '', updatedAt: '' } as unknown as IntakeDraft;
    const field = current ?? nextField(typed)?.path;
    if (!field) return { ...base, ...child, section: 'review' };
    return { ...base, ...child, field, section: fieldSpec(field).section, progress: progress(typed, field) };
}

/** Facts for each conversation, by id (one query for all of them). */
export async function loadConversationFacts(store: Pick<StaffStore, 'intakeStates'>, conversations: readonly ConversationRecord[]): Promise<Map<string, ConversationFacts>> {
    const rows = await store.intakeStates(conversations);
    const byId = new Map(rows.map((row) => [row.conversationId, row]));
    return new Map(conversations.map((c) => [c.conversationId, conversationFacts(c, byId.get(c.conversationId))]));
}

/** The conversations of the last IN_PROGRESS_DAYS whose intake is still going, most recently active first. */
export async function conversationsInProgress(
    deps: { store: Pick<StaffStore, 'intakeStates'>; conversations: Pick<ConversationStore, 'listActiveSince'>; clock: () => Date }
): Promise<{ conversation: ConversationRecord; facts: ConversationFacts }[]> {
    const since = new Date(deps.clock().getTime() - IN_PROGRESS_DAYS * 24 * 3600_000);
    const recent = await deps.conversations.listActiveSince(since);
    const facts = await loadConversationFacts(deps.store, recent);
    return recent.flatMap((conversation) => {
        const f = facts.get(conversation.conversationId);
        return f?.inProgress ? [{ conversation, facts: f }] : [];
    });
}
