import { firstName } from '../handoff/takeover.js';

/**
 * Coordinators' own work on a conversation (and so on its applications): who is assigned, and
 * internal notes that are never shown to parents. Plus each coordinator's display name, the
 * first name a parent sees above their messages. Identical on SQLite and PostgreSQL.
 */

export interface Assignment {
    assignee: string;
    assignedBy: string;
    assignedAt: string;
}

export interface InternalNote {
    id: string;
    author: string;
    text: string;
    createdAt: string;
}

export interface CoordinationStore {
    assignment(conversationId: string): Promise<Assignment | undefined>;
    /** Assigns (replacing any earlier assignee), or with `assignee` null removes the assignment. */
    assign(conversationId: string, assignee: string | null, by: string, at: Date): Promise<void>;
    /** Oldest first. */
    notes(conversationId: string): Promise<InternalNote[]>;
    addNote(conversationId: string, author: string, text: string, at: Date): Promise<InternalNote>;
    displayName(username: string): Promise<string | undefined>;
    /** null removes it (the sign-in name's first part is used again). */
    setDisplayName(username: string, displayName: string | null, at: Date): Promise<void>;
    /** Accounts stored in the database (the first admin), for the assignee list when STAFF_USERS is empty. */
    storedUsernames(): Promise<string[]>;
    /** "Delete my data": assignment and notes of the conversation. */
    deleteByConversation(conversationId: string): Promise<number>;
}

export const MAX_NOTE_CHARS = 4000;
export const MAX_DISPLAY_NAME_CHARS = 60;

/** Why a note or name was refused (the pages say it in the staff language). */
export class CoordinationInputError extends Error {
    constructor(where: string, readonly code: 'note_length' | 'name_invalid' | 'unknown_assignee', message: string) {
        super(`${where}: ${message}`);
        this.name = 'CoordinationInputError';
    }
}

// Control characters (a pasted form feed, a bidi override) would garble the parent's bubble.
const CONTROL = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

export function checkedNote(where: string, text: string): string {
    const note = text.trim();
    if (note === '' || note.length > MAX_NOTE_CHARS) throw new CoordinationInputError(where, 'note_length', `a note must have 1 to ${MAX_NOTE_CHARS} characters`);
    return note;
}

/** A trimmed display name, or null for '' (remove it). */
export function checkedDisplayName(where: string, name: string): string | null {
    const trimmed = name.trim().replace(/\s+/g, ' ');
    if (trimmed === '') return null;
    if (trimmed.length > MAX_DISPLAY_NAME_CHARS || CONTROL.test(trimmed)) {
        throw new CoordinationInputError(where, 'name_invalid', `a display name must have 1 to ${MAX_DISPLAY_NAME_CHARS} printable characters`);
    }
    return trimmed;
}

/** The name a parent sees above a coordinator's messages: the display name, else the sign-in name's first part. */
export async function parentFacingName(store: Pick<CoordinationStore, 'displayName'>, username: string): Promise<string> {
    return (await store.displayName(username)) ?? firstName(username);
}
