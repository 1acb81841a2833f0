import type { ConversationReference } from 'botbuilder';
import type { Pool } from 'pg';
import { toDatabaseError } from '../storage/types.js';
import {
    isTakeoverStatus, sortedSigns, toConversationRow, toEmergencySigns,
    type ConversationRecord, type ConversationStore, type NewConversationEntry, type TakeoverChange, type TakeoverStatus
} from './conversation-directory.js';

interface Row {
    conversation_id: string;
    channel_id: string;
    reference: Partial<ConversationReference>;
    locale: string | null;
    updated_at: Date;
    takeover_status: string;
    taken_by: string | null;
    taken_at: Date | null;
    emergency_signs: unknown;
    emergency_at: Date | null;
}

const COLUMNS = 'conversation_id, channel_id, reference, locale, updated_at, takeover_status, taken_by, taken_at, emergency_signs, emergency_at';

/** The conversations table on PostgreSQL; shares (never ends) the pool it is given. */
export class PostgresConversationStore implements ConversationStore {
    constructor(private readonly pool: Pool, private readonly ready: () => Promise<void> = () => Promise.resolve()) {}

    async upsert(entry: NewConversationEntry): Promise<void> {
        const row = toConversationRow('PostgresConversationStore.upsert()', entry);
        await this.query(
            'upsert',
            `insert into conversations (conversation_id, channel_id, reference, locale, updated_at) values ($1, $2, $3::jsonb, $4, $5)
             on conflict (conversation_id) do update set channel_id = excluded.channel_id, reference = excluded.reference,
                 locale = coalesce(conversations.locale, excluded.locale), updated_at = excluded.updated_at`,
            [entry.conversationId, entry.channelId, row.reference, row.locale, row.at]
        );
    }

    async get(conversationId: string): Promise<ConversationRecord | undefined> {
        const { rows } = await this.query('get', `select ${COLUMNS} from conversations where conversation_id = $1`, [conversationId]);
        const row = rows[0];
        return row && toRecord(row);
    }

    async setLocale(conversationId: string, locale: string): Promise<void> {
        await this.query('setLocale', 'update conversations set locale = $1 where conversation_id = $2', [locale, conversationId]);
    }

    async setTakeover(conversationId: string, from: TakeoverStatus, change: TakeoverChange): Promise<boolean> {
        const result = await this.query(
            'setTakeover',
            'update conversations set takeover_status = $1, taken_by = $2, taken_at = $3 where conversation_id = $4 and takeover_status = $5',
            [change.status, change.takenBy, change.at.toISOString(), conversationId, from]
        );
        return result.rowCount === 1;
    }

    async recordEmergency(conversationId: string, signs: readonly string[], at: Date): Promise<void> {
        const added = toEmergencySigns('PostgresConversationStore.recordEmergency()', signs);
        await this.query(
            'recordEmergency',
            `update conversations set emergency_at = $1, emergency_signs = (
                 select jsonb_agg(distinct sign) from jsonb_array_elements_text(coalesce(conversations.emergency_signs, '[]'::jsonb) || $2::jsonb) as sign)
             where conversation_id = $3`,
            [at.toISOString(), added, conversationId]
        );
    }

    async clearEmergency(conversationId: string): Promise<boolean> {
        const result = await this.query('clearEmergency', 'update conversations set emergency_signs = null, emergency_at = null where conversation_id = $1 and emergency_at is not null', [conversationId]);
        return result.rowCount === 1;
    }

    async listNeedingAttention(limit = 100): Promise<ConversationRecord[]> {
        const { rows } = await this.query(
            'listNeedingAttention',
            `select ${COLUMNS} from conversations where takeover_status <> 'bot' or emergency_at is not null order by updated_at desc limit $1`,
            [limit]
        );
        return rows.map(toRecord);
    }

    async listActiveSince(since: Date, limit = 100): Promise<ConversationRecord[]> {
        const { rows } = await this.query('listActiveSince', `select ${COLUMNS} from conversations where updated_at >= $1 order by updated_at desc limit $2`, [since.toISOString(), limit]);
        return rows.map(toRecord);
    }

    async deleteByConversation(conversationId: string): Promise<number> {
        const result = await this.query('deleteByConversation', 'delete from conversations where conversation_id = $1', [conversationId]);
        return result.rowCount ?? 0;
    }

    private async query(method: string, sql: string, params: unknown[]): Promise<{ rows: Row[]; rowCount: number | null }> {
        await this.ready();
        try {
            return await this.pool.query<Row>(sql, params);
        } catch (err) {
            throw toDatabaseError(`PostgresConversationStore.${method}()`, err);
        }
    }
}

function toRecord(row: Row): ConversationRecord {
    return {
        conversationId: row.conversation_id,
        channelId: row.channel_id,
        reference: row.reference,
        locale: row.locale,
        updatedAt: row.updated_at.toISOString(),
        takeoverStatus: isTakeoverStatus(row.takeover_status) ? row.takeover_status : 'bot',
        takenBy: row.taken_by,
        takenAt: row.taken_at ? row.taken_at.toISOString() : null,
        emergencySigns: sortedSigns(row.emergency_signs),
        emergencyAt: row.emergency_at ? row.emergency_at.toISOString() : null
    };
}
