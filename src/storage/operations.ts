import type { Pool } from 'pg';
import { MIGRATIONS, type Migration } from './migrations.js';
import type { SqliteDatabase } from './sqlite-file.js';
import { toDatabaseError } from './types.js';

/** Why /readyz says no: the database does not answer, or this code expects migrations it has not got. */
export type Readiness = { ready: true } | { ready: false; reason: 'database_unreachable' | 'migrations_pending' };

/** Outbox rows by delivery channel and state; `retrying` are pending rows that failed at least once. */
export interface OutboxCount {
    channel: string;
    state: 'pending' | 'retrying' | 'failed';
    count: number;
}

export interface StalledCount {
    /** The question that was open when the parent stopped writing (profile.currentField). */
    field: string;
    count: number;
}

/** What operators read about the database: readiness and the figures /metrics computes on scrape. */
export interface DatabaseOperations {
    readiness(): Promise<Readiness>;
    outboxCounts(): Promise<OutboxCount[]>;
    /**
     * Conversations with a question open whose last turn (profile.lastActiveAt) is before `before`,
     * except those a person was asked for or a coordinator has (the bot is not waiting there).
     */
    stalledAt(before: Date): Promise<StalledCount[]>;
}

/** The state's key is the conversation's (src/storage/keys.ts): `<channel>/conversations/<id>/`. */
const WITH_STAFF = `not exists (select 1 from conversations c where c.takeover_status <> 'bot' and bot_state.key = c.channel_id || '/conversations/' || c.conversation_id || '/')`;

// Rows of every state but delivered; a row pending after an attempt is a retry.
const OUTBOX_COUNTS = `
    select channel, case when status = 'failed' then 'failed' when attempts > 0 then 'retrying' else 'pending' end as state, count(*) as count
    from outbox where status <> 'delivered' group by 1, 2`;

/** Every migration this code knows is recorded (a newer instance may have added more: still ready). */
function current(known: readonly Migration[], applied: readonly { version: number }[]): boolean {
    const versions = new Set(applied.map((row) => Number(row.version)));
    return known.every((m) => versions.has(m.version));
}

export function sqliteOperations(db: SqliteDatabase): DatabaseOperations {
    return {
        readiness: async () => {
            let rows: { version: number }[];
            try {
                rows = db.prepare<[], { version: number }>('select version from schema_migrations').all();
            } catch {
                return { ready: false, reason: 'database_unreachable' };
            }
            return current(MIGRATIONS, rows) ? { ready: true } : { ready: false, reason: 'migrations_pending' };
        },
        outboxCounts: async () => {
            try {
                return db.prepare<[], OutboxCount>(OUTBOX_COUNTS).all();
            } catch (err) {
                throw toDatabaseError('DatabaseOperations.outboxCounts()', err);
            }
        },
        stalledAt: async (before) => {
            try {
                return db.prepare<[string], StalledCount>(`
                    select json_extract(data, '$.profile.currentField') as field, count(*) as count from bot_state
                    where json_extract(data, '$.profile.currentField') is not null and json_extract(data, '$.profile.lastActiveAt') < ? and ${WITH_STAFF}
                    group by 1`).all(before.toISOString());
            } catch (err) {
                throw toDatabaseError('DatabaseOperations.stalledAt()', err);
            }
        }
    };
}

export function postgresOperations(pool: Pool): DatabaseOperations {
    return {
        readiness: async () => {
            let rows: { version: number }[];
            try {
                rows = (await pool.query<{ version: number }>('select version from schema_migrations')).rows;
            } catch {
                return { ready: false, reason: 'database_unreachable' };
            }
            return current(MIGRATIONS, rows) ? { ready: true } : { ready: false, reason: 'migrations_pending' };
        },
        outboxCounts: async () => {
            try {
                const { rows } = await pool.query<OutboxCount>(OUTBOX_COUNTS);
                // count(*) is a bigint, which pg returns as a string.
                return rows.map((row) => ({ ...row, count: Number(row.count) }));
            } catch (err) {
                throw toDatabaseError('DatabaseOperations.outboxCounts()', err);
            }
        },
        stalledAt: async (before) => {
            try {
                const { rows } = await pool.query<StalledCount>(`
                    select data->'profile'->>'currentField' as field, count(*) as count from bot_state
                    where data->'profile'->>'currentField' is not null and data->'profile'->>'lastActiveAt' < $1 and ${WITH_STAFF}
                    group by 1`, [before.toISOString()]);
                return rows.map((row) => ({ ...row, count: Number(row.count) }));
            } catch (err) {
                throw toDatabaseError('DatabaseOperations.stalledAt()', err);
            }
        }
    };
}
