import { toStorableJson } from '../storage/json.js';

export const TRANSCRIPT_ROLES = ['parent', 'bot', 'staff'] as const;
export type TranscriptRole = (typeof TRANSCRIPT_ROLES)[number];

/** One message of a conversation as staff see it: who, when, what (no URLs, no card content). */
export interface TranscriptEntry {
    /** Ascending within a conversation: the order things were said. */
    seq: number;
    role: TranscriptRole;
    /** ISO-8601 UTC. */
    at: string;
    text: string;
    /** Attachment names (or content types when unnamed). */
    attachments: string[];
    /** Suggested-action titles offered with the message. */
    actions: string[];
}

export interface NewTranscriptEntry {
    conversationId: string;
    role: TranscriptRole;
    at: Date;
    text: string;
    attachments?: readonly string[];
    actions?: readonly string[];
}

export interface TranscriptStore {
    append(entry: NewTranscriptEntry): Promise<void>;
    /** Oldest first. */
    transcriptFor(conversationId: string): Promise<TranscriptEntry[]>;
    /** For "delete my data"; resolves to the number of entries removed. */
    deleteByConversation(conversationId: string): Promise<number>;
}

// Bound a single entry: a pasted document must not bloat every e-mail and webhook.
export const MAX_TEXT_CHARS = 20_000;
const MAX_LIST_ITEMS = 50;
const MAX_ITEM_CHARS = 200;

/** Text both engines can store (see storage/json.ts), capped in size. */
export function storableText(text: string, max = MAX_TEXT_CHARS): string {
    const clean = JSON.parse(toStorableJson(text) ?? '""') as string;
    return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

/** Column values for an entry, validated the same way for both engines. */
export function toTranscriptRow(where: string, entry: NewTranscriptEntry): {
    conversationId: string; role: TranscriptRole; text: string; attachments: string; actions: string; createdAt: string;
} {
    if (typeof entry.conversationId !== 'string' || entry.conversationId.length === 0) {
        throw new Error(`${where}: conversationId must be a non-empty string`);
    }
    if (!(TRANSCRIPT_ROLES as readonly string[]).includes(entry.role)) throw new Error(`${where}: unknown role`);
    if (!(entry.at instanceof Date) || Number.isNaN(entry.at.getTime())) throw new Error(`${where}: at must be a valid Date`);
    const list = (items: readonly string[] | undefined) =>
        JSON.stringify((items ?? []).slice(0, MAX_LIST_ITEMS).map((item) => storableText(String(item), MAX_ITEM_CHARS)));
    return {
        conversationId: entry.conversationId,
        role: entry.role,
        text: storableText(typeof entry.text === 'string' ? entry.text : ''),
        attachments: list(entry.attachments),
        actions: list(entry.actions),
        createdAt: entry.at.toISOString()
    };
}

export function parseStringList(value: unknown): string[] {
    const list: unknown = typeof value === 'string' ? JSON.parse(value) : value;
    return Array.isArray(list) ? list.filter((v): v is string => typeof v === 'string') : [];
}
