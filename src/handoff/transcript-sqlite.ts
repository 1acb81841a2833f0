import type { SqliteDatabase } from '../storage/sqlite-file.js';
import { toDatabaseError } from '../storage/types.js';
import { parseStringList, toTranscriptRow, type NewTranscriptEntry, type TranscriptEntry, type TranscriptRole, type TranscriptStore } from './transcript.js';

interface Row {
    id: number;
    role: TranscriptRole;
    text: string;
    attachments: string;
    actions: string;
    created_at: string;
}

/** Transcript entries on SQLite; shares (never closes) the handle it is given. */
export class SqliteTranscriptStore implements TranscriptStore {
    constructor(private readonly db: SqliteDatabase) {}

    async append(entry: NewTranscriptEntry): Promise<void> {
        const row = toTranscriptRow('SqliteTranscriptStore.append()', entry);
        this.run('append', () =>
            this.db
                .prepare<[string, string, string, string, string, string]>(
                    'insert into transcript (conversation_id, role, text, attachments, actions, created_at) values (?, ?, ?, ?, ?, ?)'
                )
                .run(row.conversationId, row.role, row.text, row.attachments, row.actions, row.createdAt)
        );
    }

    async transcriptFor(conversationId: string): Promise<TranscriptEntry[]> {
        const rows = this.run('transcriptFor', () =>
            this.db
                .prepare<[string], Row>('select id, role, text, attachments, actions, created_at from transcript where conversation_id = ? order by id')
                .all(conversationId)
        );
        return rows.map((row) => ({
            seq: row.id,
            role: row.role,
            at: row.created_at,
            text: row.text,
            attachments: parseStringList(row.attachments),
            actions: parseStringList(row.actions)
        }));
    }

    async deleteByConversation(conversationId: string): Promise<number> {
        return this.run('deleteByConversation', () => this.db.prepare<[string]>('delete from transcript where conversation_id = ?').run(conversationId).changes);
    }

    private run<T>(method: string, fn: () => T): T {
        try {
            return fn();
        } catch (err) {
            throw toDatabaseError(`SqliteTranscriptStore.${method}()`, err);
        }
    }
}
