import type { Pool } from 'pg';
import { withTransaction } from '../storage/pg-pool.js';
import { toDatabaseError } from '../storage/types.js';
import { checkedDisplayName, checkedNote, type Assignment, type CoordinationStore, type InternalNote } from './coordination.js';

interface NoteRow { id: string; author: string; text: string; created_at: Date }
const toNote = (r: NoteRow): InternalNote => ({ id: String(r.id), author: r.author, text: r.text, createdAt: r.created_at.toISOString() });

/** Assignments, internal notes and display names on PostgreSQL; shares (never ends) the pool. */
export class PostgresCoordinationStore implements CoordinationStore {
    constructor(private readonly pool: Pool) {}

    async assignment(conversationId: string): Promise<Assignment | undefined> {
        const [row] = await this.query<{ assignee: string; assigned_by: string; assigned_at: Date }>(
            'assignment', 'select assignee, assigned_by, assigned_at from staff_assignments where conversation_id = $1', [conversationId]
        );
        return row && { assignee: row.assignee, assignedBy: row.assigned_by, assignedAt: row.assigned_at.toISOString() };
    }

    async assign(conversationId: string, assignee: string | null, by: string, at: Date): Promise<void> {
        if (assignee === null) {
            await this.query('assign', 'delete from staff_assignments where conversation_id = $1', [conversationId]);
            return;
        }
        await this.query(
            'assign',
            `insert into staff_assignments (conversation_id, assignee, assigned_by, assigned_at) values ($1, $2, $3, $4)
             on conflict (conversation_id) do update set assignee = excluded.assignee, assigned_by = excluded.assigned_by, assigned_at = excluded.assigned_at`,
            [conversationId, assignee, by, at.toISOString()]
        );
    }

    async notes(conversationId: string): Promise<InternalNote[]> {
        const rows = await this.query<NoteRow>('notes', 'select id, author, text, created_at from staff_notes where conversation_id = $1 order by id', [conversationId]);
        return rows.map(toNote);
    }

    async addNote(conversationId: string, author: string, text: string, at: Date): Promise<InternalNote> {
        const note = checkedNote('PostgresCoordinationStore.addNote()', text);
        const [row] = await this.query<NoteRow>(
            'addNote', 'insert into staff_notes (conversation_id, author, text, created_at) values ($1, $2, $3, $4) returning id, author, text, created_at', [conversationId, author, note, at.toISOString()]
        );
        if (!row) throw new Error('PostgresCoordinationStore.addNote(): no row returned');
        return toNote(row);
    }

    async displayName(username: string): Promise<string | undefined> {
        const [row] = await this.query<{ display_name: string }>('displayName', 'select display_name from staff_profiles where username = lower($1)', [username]);
        return row?.display_name;
    }

    async setDisplayName(username: string, displayName: string | null, at: Date): Promise<void> {
        const name = displayName === null ? null : checkedDisplayName('PostgresCoordinationStore.setDisplayName()', displayName);
        if (name === null) {
            await this.query('setDisplayName', 'delete from staff_profiles where username = lower($1)', [username]);
            return;
        }
        await this.query(
            'setDisplayName',
            `insert into staff_profiles (username, display_name, updated_at) values (lower($1), $2, $3)
             on conflict (username) do update set display_name = excluded.display_name, updated_at = excluded.updated_at`,
            [username, name, at.toISOString()]
        );
    }

    async storedUsernames(): Promise<string[]> {
        return (await this.query<{ username: string }>('storedUsernames', 'select username from staff_accounts order by username', [])).map((r) => r.username);
    }

    async deleteByConversation(conversationId: string): Promise<number> {
        return withTransaction(this.pool, 'PostgresCoordinationStore.deleteByConversation()', async (client) => {
            const notes = await client.query('delete from staff_notes where conversation_id = $1', [conversationId]);
            const assignment = await client.query('delete from staff_assignments where conversation_id = $1', [conversationId]);
            return (notes.rowCount ?? 0) + (assignment.rowCount ?? 0);
        });
    }

    private async query<R extends object>(method: string, sql: string, params: unknown[]): Promise<R[]> {
        try {
            return (await this.pool.query<R>(sql, params)).rows;
        } catch (err) {
            throw toDatabaseError(`PostgresCoordinationStore.${method}()`, err);
        }
    }
}
