import type { Pool } from 'pg';
import { toDatabaseError } from '../storage/types.js';
import { parseStringList, toTranscriptRow, type NewTranscriptEntry, type TranscriptEntry, type TranscriptRole, type TranscriptStore } from './transcript.js';

interface Row {
    id: string; // bigint arrives as a string
    role: TranscriptRole;
    text: string;
    attachments: unknown;
    actions: unknown;
    created_at: Date;
}

/** Transcript entries on PostgreSQL; shares (never ends) the pool it is given. */
export class PostgresTranscriptStore implements TranscriptStore {
    constructor(
        private readonly pool: Pool,
        private readonly ready: () => Promise<void>
    ) {}

    async append(entry: NewTranscriptEntry): Promise<void> {
        const row = toTranscriptRow('PostgresTranscriptStore.append()', entry);
        await this.query(
            'append',
            'insert into transcript (conversation_id, role, text, attachments, actions, created_at) values ($1, $2, $3, $4::jsonb, $5::jsonb, $6)',
            [row.conversationId, row.role, row.text, row.attachments, row.actions, row.createdAt]
        );
    }

    async transcriptFor(conversationId: string): Promise<TranscriptEntry[]> {
        const { rows } = await this.query(
            'transcriptFor',
            'select id, role, text, attachments, actions, created_at from transcript where conversation_id = $1 order by id',
            [conversationId]
        );
        return rows.map((row) => ({
            seq: Number(row.id),
            role: row.role,
            at: row.created_at.toISOString(),
            text: row.text,
            attachments: parseStringList(row.attachments),
            actions: parseStringList(row.actions)
        }));
    }

    async deleteByConversation(conversationId: string): Promise<number> {
        const result = await this.query('deleteByConversation', 'delete from transcript where conversation_id = $1', [conversationId]);
        return result.rowCount ?? 0;
    }

    private async query(method: string, sql: string, params: unknown[]): Promise<{ rows: Row[]; rowCount: number | null }> {
        await this.ready();
        try {
            return await this.pool.query<Row>(sql, params);
        } catch (err) {
            throw toDatabaseError(`PostgresTranscriptStore.${method}()`, err);
        }
    }
}
