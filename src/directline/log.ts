import type { Pool } from 'pg';
import type { SqliteDatabase } from '../storage/sqlite-file';
import { withTransaction } from '../storage/pg-pool';
import { toDatabaseError } from '../storage/types';
import type { WidgetFileFolder } from './files';

/** An activity as Direct Line clients see it; `id` is derived from the row id (`<conversation>|<row id>`). */
export type LoggedActivity = Record<string, unknown> & { id: string };

/**
 * The widget's conversation log: every activity of a self-hosted Direct Line conversation, in
 * order, so a client polling with a watermark gets what it has not seen yet, also after a restart
 * or from another instance. The row id is the watermark.
 */
export interface DirectLineLog {
    /** Stores the activity and returns it with its id (`<conversation>|<row id>`). */
    append(conversationId: string, activity: Record<string, unknown>, at: Date): Promise<LoggedActivity>;
    /** Activities after the watermark (0: from the start), oldest first, and the new watermark. */
    since(conversationId: string, watermark: number, limit?: number): Promise<{ activities: LoggedActivity[]; watermark: number }>;
    /** Whether the conversation has any activity yet (the welcome is sent once). */
    exists(conversationId: string): Promise<boolean>;
    /** The conversation's activities, file rows and files. */
    deleteByConversation(conversationId: string): Promise<number>;
    /** Forgets conversations' activities and files older than `before` (the transcript keeps the record). */
    prune(before: Date): Promise<number>;
    /** Records a file sent from the widget, already written to `files` (the row holds metadata only). */
    putAttachment(file: WidgetFile, at: Date): Promise<void>;
    getAttachment(id: string): Promise<WidgetFile | undefined>;
    /** Where the widget's files are kept, on disk. */
    readonly files: WidgetFileFolder;
}

export interface WidgetFile {
    id: string;
    conversationId: string;
    name: string;
    /** What the bytes are (checked at upload), not what the browser declared. */
    contentType: string;
    size: number;
}

type AttachmentRow = { id: string; conversation_id: string; name: string; content_type: string; size: number | string };

const fileOf = (row: AttachmentRow | undefined): WidgetFile | undefined =>
    row && { id: row.id, conversationId: row.conversation_id, name: row.name, contentType: row.content_type, size: Number(row.size) };

const PAGE = 200;
const ATTACHMENT_SELECT = 'select id, conversation_id, name, content_type, size from directline_attachments where id = ?';

function withId(conversationId: string, rowId: number, activity: Record<string, unknown>): LoggedActivity {
    return { ...activity, id: `${conversationId}|${String(rowId).padStart(7, '0')}` };
}

export class SqliteDirectLineLog implements DirectLineLog {
    constructor(private readonly db: SqliteDatabase, readonly files: WidgetFileFolder) {}

    async append(conversationId: string, activity: Record<string, unknown>, at: Date): Promise<LoggedActivity> {
        try {
            const { lastInsertRowid } = this.db
                .prepare('insert into directline_activities (conversation_id, activity, created_at) values (?, ?, ?)')
                .run(conversationId, JSON.stringify(activity), at.toISOString());
            return withId(conversationId, Number(lastInsertRowid), activity);
        } catch (err) {
            throw toDatabaseError('SqliteDirectLineLog.append()', err);
        }
    }

    async since(conversationId: string, watermark: number, limit = PAGE): Promise<{ activities: LoggedActivity[]; watermark: number }> {
        const rows = this.db
            .prepare<[string, number, number], { id: number; activity: string }>(
                'select id, activity from directline_activities where conversation_id = ? and id > ? order by id limit ?'
            )
            .all(conversationId, watermark, limit);
        return { activities: rows.map((r) => withId(conversationId, r.id, JSON.parse(r.activity) as Record<string, unknown>)), watermark: rows.at(-1)?.id ?? watermark };
    }

    async exists(conversationId: string): Promise<boolean> {
        return this.db.prepare('select 1 from directline_activities where conversation_id = ? limit 1').get(conversationId) !== undefined;
    }

    async deleteByConversation(conversationId: string): Promise<number> {
        this.db.prepare('delete from directline_attachments where conversation_id = ?').run(conversationId);
        const deleted = this.db.prepare('delete from directline_activities where conversation_id = ?').run(conversationId).changes;
        await this.files.removeConversation(conversationId);
        return deleted;
    }

    async prune(before: Date): Promise<number> {
        this.db.prepare('delete from directline_attachments where created_at < ?').run(before.toISOString());
        const deleted = this.db.prepare('delete from directline_activities where created_at < ?').run(before.toISOString()).changes;
        await this.files.prune(before);
        return deleted;
    }

    async putAttachment(file: WidgetFile, at: Date): Promise<void> {
        try {
            this.db.prepare('insert into directline_attachments (id, conversation_id, name, content_type, size, created_at) values (?, ?, ?, ?, ?, ?)')
                .run(file.id, file.conversationId, file.name, file.contentType, file.size, at.toISOString());
        } catch (err) {
            throw toDatabaseError('SqliteDirectLineLog.putAttachment()', err);
        }
    }

    async getAttachment(id: string): Promise<WidgetFile | undefined> {
        return fileOf(this.db.prepare<[string], AttachmentRow>(ATTACHMENT_SELECT).get(id));
    }
}

export class PostgresDirectLineLog implements DirectLineLog {
    constructor(private readonly pool: Pool, readonly files: WidgetFileFolder) {}

    async append(conversationId: string, activity: Record<string, unknown>, at: Date): Promise<LoggedActivity> {
        // One writer per conversation at a time, so ids commit in order and a watermark never skips a row.
        return withTransaction(this.pool, 'PostgresDirectLineLog.append()', async (client) => {
            await client.query('select pg_advisory_xact_lock(hashtext($1))', [`directline:${conversationId}`]);
            const { rows } = await client.query<{ id: string }>(
                'insert into directline_activities (conversation_id, activity, created_at) values ($1, $2, $3) returning id',
                [conversationId, JSON.stringify(activity), at]
            );
            return withId(conversationId, Number(rows[0]?.id), activity);
        });
    }

    async since(conversationId: string, watermark: number, limit = PAGE): Promise<{ activities: LoggedActivity[]; watermark: number }> {
        const { rows } = await this.pool.query<{ id: string; activity: Record<string, unknown> }>(
            'select id, activity from directline_activities where conversation_id = $1 and id > $2 order by id limit $3',
            [conversationId, watermark, limit]
        );
        return { activities: rows.map((r) => withId(conversationId, Number(r.id), r.activity)), watermark: Number(rows.at(-1)?.id ?? watermark) };
    }

    async exists(conversationId: string): Promise<boolean> {
        const { rowCount } = await this.pool.query('select 1 from directline_activities where conversation_id = $1 limit 1', [conversationId]);
        return (rowCount ?? 0) > 0;
    }

    async deleteByConversation(conversationId: string): Promise<number> {
        await this.pool.query('delete from directline_attachments where conversation_id = $1', [conversationId]);
        const { rowCount } = await this.pool.query('delete from directline_activities where conversation_id = $1', [conversationId]);
        await this.files.removeConversation(conversationId);
        return rowCount ?? 0;
    }

    async prune(before: Date): Promise<number> {
        await this.pool.query('delete from directline_attachments where created_at < $1', [before]);
        const { rowCount } = await this.pool.query('delete from directline_activities where created_at < $1', [before]);
        await this.files.prune(before);
        return rowCount ?? 0;
    }

    async putAttachment(file: WidgetFile, at: Date): Promise<void> {
        try {
            await this.pool.query('insert into directline_attachments (id, conversation_id, name, content_type, size, created_at) values ($1, $2, $3, $4, $5, $6)',
                [file.id, file.conversationId, file.name, file.contentType, file.size, at]);
        } catch (err) {
            throw toDatabaseError('PostgresDirectLineLog.putAttachment()', err);
        }
    }

    async getAttachment(id: string): Promise<WidgetFile | undefined> {
        const { rows } = await this.pool.query<AttachmentRow>(ATTACHMENT_SELECT.replace('?', '$1'), [id]);
        return fileOf(rows[0]);
    }
}
