import type { SqliteDatabase } from '../storage/sqlite-file.js';
import { toDatabaseError } from '../storage/types.js';
import { checkedDisplayName, checkedNote, type Assignment, type CoordinationStore, type InternalNote } from './coordination.js';

interface NoteRow { id: number; author: string; text: string; created_at: string }
const toNote = (r: NoteRow): InternalNote => ({ id: String(r.id), author: r.author, text: r.text, createdAt: r.created_at });

/** Assignments, internal notes and display names on SQLite; shares (never closes) the handle. */
export class SqliteCoordinationStore implements CoordinationStore {
    constructor(private readonly db: SqliteDatabase) {}

    async assignment(conversationId: string): Promise<Assignment | undefined> {
        const row = this.run('assignment', () =>
            this.db.prepare<[string], { assignee: string; assigned_by: string; assigned_at: string }>('select assignee, assigned_by, assigned_at from staff_assignments where conversation_id = ?').get(conversationId)
        );
        return row && { assignee: row.assignee, assignedBy: row.assigned_by, assignedAt: row.assigned_at };
    }

    async assign(conversationId: string, assignee: string | null, by: string, at: Date): Promise<void> {
        this.run('assign', () => {
            if (assignee === null) return this.db.prepare<[string]>('delete from staff_assignments where conversation_id = ?').run(conversationId);
            return this.db
                .prepare<[string, string, string, string]>(
                    `insert into staff_assignments (conversation_id, assignee, assigned_by, assigned_at) values (?, ?, ?, ?)
                     on conflict (conversation_id) do update set assignee = excluded.assignee, assigned_by = excluded.assigned_by, assigned_at = excluded.assigned_at`
                )
                .run(conversationId, assignee, by, at.toISOString());
        });
    }

    async notes(conversationId: string): Promise<InternalNote[]> {
        const rows = this.run('notes', () =>
            this.db.prepare<[string], NoteRow>('select id, author, text, created_at from staff_notes where conversation_id = ? order by id').all(conversationId)
        );
        return rows.map(toNote);
    }

    async addNote(conversationId: string, author: string, text: string, at: Date): Promise<InternalNote> {
        const note = checkedNote('SqliteCoordinationStore.addNote()', text);
        const row = this.run('addNote', () =>
            this.db
                .prepare<[string, string, string, string], NoteRow>('insert into staff_notes (conversation_id, author, text, created_at) values (?, ?, ?, ?) returning id, author, text, created_at')
                .get(conversationId, author, note, at.toISOString())
        );
        if (!row) throw new Error('SqliteCoordinationStore.addNote(): no row returned');
        return toNote(row);
    }

    async displayName(username: string): Promise<string | undefined> {
        return this.run('displayName', () =>
            this.db.prepare<[string], { display_name: string }>('select display_name from staff_profiles where username = lower(?)').get(username)?.display_name
        );
    }

    async setDisplayName(username: string, displayName: string | null, at: Date): Promise<void> {
        const name = displayName === null ? null : checkedDisplayName('SqliteCoordinationStore.setDisplayName()', displayName);
        this.run('setDisplayName', () => {
            if (name === null) return this.db.prepare<[string]>('delete from staff_profiles where username = lower(?)').run(username);
            return this.db
                .prepare<[string, string, string]>(
                    `insert into staff_profiles (username, display_name, updated_at) values (lower(?), ?, ?)
                     on conflict (username) do update set display_name = excluded.display_name, updated_at = excluded.updated_at`
                )
                .run(username, name, at.toISOString());
        });
    }

    async storedUsernames(): Promise<string[]> {
        return this.run('storedUsernames', () => this.db.prepare<[], { username: string }>('select username from staff_accounts order by username').all().map((r) => r.username));
    }

    async deleteByConversation(conversationId: string): Promise<number> {
        const erase = this.db.transaction(() =>
            this.db.prepare<[string]>('delete from staff_notes where conversation_id = ?').run(conversationId).changes
            + this.db.prepare<[string]>('delete from staff_assignments where conversation_id = ?').run(conversationId).changes
        );
        return this.run('deleteByConversation', () => erase.immediate());
    }

    private run<T>(method: string, fn: () => T): T {
        try {
            return fn();
        } catch (err) {
            throw toDatabaseError(`SqliteCoordinationStore.${method}()`, err);
        }
    }
}
