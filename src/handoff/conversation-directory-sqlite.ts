import type { ConversationReference } from 'botbuilder';
import type { SqliteDatabase } from '../storage/sqlite-file.js';
import { toDatabaseError } from '../storage/types.js';
import {
    isTakeoverStatus, sortedSigns, toConversationRow, toEmergencySigns,
    type ConversationRecord, type ConversationStore, type NewConversationEntry, type TakeoverChange, type TakeoverStatus
} from './conversation-directory.js';

interface Row {
    conversation_id: string;
    channel_id: string;
    reference: string;
    locale: string | null;
    updated_at: string;
    takeover_status: string;
    taken_by: string | null;
    taken_at: string | null;
    emergency_signs: string | null;
    emergency_at: string | null;
}

const COLUMNS = 'conversation_id, channel_id, reference, locale, updated_at, takeover_status, taken_by, taken_at, emergency_signs, emergency_at';

/** The conversations table on SQLite; shares (never closes) the handle it is given. */
export class SqliteConversationStore implements ConversationStore {
    constructor(private readonly db: SqliteDatabase) {}

    async upsert(entry: NewConversationEntry): Promise<void> {
        const row = toConversationRow('SqliteConversationStore.upsert()', entry);
        this.run('upsert', () =>
            this.db
                .prepare<[string, string, string, string | null, string]>(
                    `insert into conversations (conversation_id, channel_id, reference, locale, updated_at) values (?, ?, ?, ?, ?)
                     on conflict (conversation_id) do update set channel_id = excluded.channel_id, reference = excluded.reference,
                         locale = coalesce(conversations.locale, excluded.locale), updated_at = excluded.updated_at`
                )
                .run(entry.conversationId, entry.channelId, row.reference, row.locale, row.at)
        );
    }

    async get(conversationId: string): Promise<ConversationRecord | undefined> {
        const row = this.run('get', () => this.db.prepare<[string], Row>(`select ${COLUMNS} from conversations where conversation_id = ?`).get(conversationId));
        return row && toRecord(row);
    }

    async setLocale(conversationId: string, locale: string): Promise<void> {
        this.run('setLocale', () => this.db.prepare<[string, string]>('update conversations set locale = ? where conversation_id = ?').run(locale, conversationId));
    }

    async setTakeover(conversationId: string, from: TakeoverStatus, change: TakeoverChange): Promise<boolean> {
        const changes = this.run('setTakeover', () =>
            this.db
                .prepare<[string, string | null, string, string, string]>(
                    'update conversations set takeover_status = ?, taken_by = ?, taken_at = ? where conversation_id = ? and takeover_status = ?'
                )
                .run(change.status, change.takenBy, change.at.toISOString(), conversationId, from).changes
        );
        return changes === 1;
    }

    async recordEmergency(conversationId: string, signs: readonly string[], at: Date): Promise<void> {
        const added = toEmergencySigns('SqliteConversationStore.recordEmergency()', signs);
        this.run('recordEmergency', () =>
            this.db
                .prepare<[string, string, string]>(
                    `update conversations set emergency_at = ?, emergency_signs = (
                         select json_group_array(distinct value) from (
                             select value from json_each(coalesce(conversations.emergency_signs, '[]')) union select value from json_each(?)))
                     where conversation_id = ?`
                )
                .run(at.toISOString(), added, conversationId)
        );
    }

    async clearEmergency(conversationId: string): Promise<boolean> {
        const changes = this.run('clearEmergency', () =>
            this.db.prepare<[string]>('update conversations set emergency_signs = null, emergency_at = null where conversation_id = ? and emergency_at is not null').run(conversationId).changes
        );
        return changes === 1;
    }

    async listNeedingAttention(limit = 100): Promise<ConversationRecord[]> {
        const rows = this.run('listNeedingAttention', () =>
            this.db
                .prepare<[number], Row>(`select ${COLUMNS} from conversations where takeover_status <> 'bot' or emergency_at is not null order by updated_at desc limit ?`)
                .all(limit)
        );
        return rows.map(toRecord);
    }

    async listActiveSince(since: Date, limit = 100): Promise<ConversationRecord[]> {
        const rows = this.run('listActiveSince', () =>
            this.db.prepare<[string, number], Row>(`select ${COLUMNS} from conversations where updated_at >= ? order by updated_at desc limit ?`).all(since.toISOString(), limit)
        );
        return rows.map(toRecord);
    }

    async deleteByConversation(conversationId: string): Promise<number> {
        return this.run('deleteByConversation', () => this.db.prepare<[string]>('delete from conversations where conversation_id = ?').run(conversationId).changes);
    }

    private run<T>(method: string, fn: () => T): T {
        try {
            return fn();
        } catch (err) {
            throw toDatabaseError(`SqliteConversationStore.${method}()`, err);
        }
    }
}

function toRecord(row: Row): ConversationRecord {
    return {
        conversationId: row.conversation_id,
        channelId: row.channel_id,
        reference: JSON.parse(row.reference) as Partial<ConversationReference>,
        locale: row.locale,
        updatedAt: row.updated_at,
        takeoverStatus: isTakeoverStatus(row.takeover_status) ? row.takeover_status : 'bot',
        takenBy: row.taken_by,
        takenAt: row.taken_at,
        emergencySigns: sortedSigns(row.emergency_signs === null ? [] : JSON.parse(row.emergency_signs)),
        emergencyAt: row.emergency_at
    };
}
