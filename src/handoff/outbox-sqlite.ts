import type { SqliteDatabase } from '../storage/sqlite-file.js';
import { toDatabaseError } from '../storage/types.js';
import {
    isOutboxStatus,
    toOutboxEvent,
    type ClaimRequest,
    type ClaimedDelivery,
    type DeliveryInfo,
    type DeliveryOutcome,
    type NewOutboxRow,
    type OutboxStore
} from './outbox.js';

interface Row {
    id: string;
    event: string;
    application_id: string | null;
    channel: string;
    status: string;
    attempts: number;
    next_attempt_at: string | null;
    created_at: string;
    delivered_at: string | null;
    last_attempt_at: string | null;
    last_error: string | null;
    payload: string | null;
}

const INFO_COLUMNS = 'id, application_id, channel, status, attempts, next_attempt_at, created_at, delivered_at, last_attempt_at, last_error';

/** Inserts outbox rows, due at once; called inside the transaction that writes (or erases) their application. */
export function insertOutboxRowsSqlite(db: SqliteDatabase, rows: readonly NewOutboxRow[]): void {
    const insert = db.prepare<[string, string, string | null, string, string, string, string | null]>(
        `insert into outbox (id, event, application_id, channel, status, attempts, next_attempt_at, created_at, payload)
         values (?, ?, ?, ?, 'pending', 0, ?, ?, ?)`
    );
    for (const row of rows) insert.run(row.id, row.event, row.applicationId, row.channel, row.createdAt, row.createdAt, row.payload);
}

/**
 * Outbox on SQLite. A claim is one conditional UPDATE ... RETURNING: SQLite runs it under the
 * database write lock, so two workers (or processes on the same file) never claim the same row.
 * ISO-8601 UTC strings of fixed width compare correctly as text.
 */
export class SqliteOutboxStore implements OutboxStore {
    constructor(private readonly db: SqliteDatabase) {}

    async claimDue({ now, limit, leaseUntil, token }: ClaimRequest): Promise<ClaimedDelivery[]> {
        const at = now.toISOString();
        const rows = this.run('claimDue', () =>
            this.db
                .prepare<[string, string, string, string, number, string], Row>(
                    `update outbox
                        set claim_token = ?, attempts = attempts + 1, next_attempt_at = ?, last_attempt_at = ?
                      where id in (select id from outbox
                                    where status = 'pending' and next_attempt_at <= ?
                                    order by next_attempt_at, id limit ?)
                        and status = 'pending' and next_attempt_at <= ?
                  returning *`
                )
                .all(token, leaseUntil.toISOString(), at, at, limit, at)
        );
        return rows
            .map((row) => ({
                id: row.id,
                event: toOutboxEvent('SqliteOutboxStore.claimDue()', row.event),
                applicationId: row.application_id,
                channel: row.channel,
                attempts: row.attempts,
                createdAt: new Date(row.created_at),
                payload: row.payload,
                claimToken: token
            }))
            .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    }

    async freezePayload(id: string, token: string, payload: string): Promise<string | undefined> {
        return this.run('freezePayload', () => {
            this.db.prepare<[string, string, string]>('update outbox set payload = ? where id = ? and claim_token = ? and payload is null').run(payload, id, token);
            return this.db.prepare<[string], { payload: string | null }>('select payload from outbox where id = ?').get(id)?.payload ?? undefined;
        });
    }

    async recordOutcome(id: string, token: string, outcome: DeliveryOutcome): Promise<boolean> {
        const at = outcome.at.toISOString();
        const changes = this.run('recordOutcome', () => {
            const guard = 'where id = ? and claim_token = ? and status = \'pending\'';
            switch (outcome.kind) {
                case 'delivered':
                    return this.db
                        .prepare<[string, string, string]>(`update outbox set status = 'delivered', delivered_at = ?, next_attempt_at = null, last_error = null, claim_token = null ${guard}`)
                        .run(at, id, token).changes;
                case 'retry':
                    return this.db
                        .prepare<[string, string, string, string]>(`update outbox set next_attempt_at = ?, last_error = ?, claim_token = null ${guard}`)
                        .run(outcome.nextAttemptAt.toISOString(), outcome.error, id, token).changes;
                case 'failed':
                    return this.db
                        .prepare<[string, string, string]>(`update outbox set status = 'failed', next_attempt_at = null, last_error = ?, claim_token = null ${guard}`)
                        .run(outcome.error, id, token).changes;
            }
        });
        return changes === 1;
    }

    async retryNow(id: string, now: Date): Promise<boolean> {
        const at = now.toISOString();
        // A row in flight (claimed, lease not yet expired) is left alone so it is never sent twice at once.
        const changes = this.run('retryNow', () =>
            this.db
                .prepare<[string, string, string]>(
                    `update outbox set status = 'pending', next_attempt_at = ?, claim_token = null
                      where id = ? and (status = 'failed' or (status = 'pending' and (claim_token is null or next_attempt_at <= ?)))`
                )
                .run(at, id.toLowerCase(), at).changes
        );
        return changes === 1;
    }

    async enqueue(row: NewOutboxRow): Promise<boolean> {
        const changes = this.run('enqueue', () =>
            this.db
                .prepare<[string, string, string | null, string, string, string, string | null]>(
                    `insert into outbox (id, event, application_id, channel, status, attempts, next_attempt_at, created_at, payload)
                     values (?, ?, ?, ?, 'pending', 0, ?, ?, ?) on conflict (application_id, channel) do nothing`
                )
                .run(row.id, row.event, row.applicationId, row.channel, row.createdAt, row.createdAt, row.payload).changes
        );
        return changes === 1;
    }

    async deliveriesFor(applicationId: string): Promise<DeliveryInfo[]> {
        const rows = this.run('deliveriesFor', () =>
            this.db.prepare<[string], Row>(`select ${INFO_COLUMNS} from outbox where application_id = ? order by channel`).all(applicationId.toLowerCase())
        );
        return rows.map((row) => toInfo(row, applicationId.toLowerCase()));
    }

    private run<T>(method: string, fn: () => T): T {
        try {
            return fn();
        } catch (err) {
            throw toDatabaseError(`SqliteOutboxStore.${method}()`, err);
        }
    }
}

function toInfo(row: Row, applicationId: string): DeliveryInfo {
    if (!isOutboxStatus(row.status)) throw new Error(`SqliteOutboxStore.deliveriesFor(): unexpected status`);
    return {
        id: row.id,
        applicationId,
        channel: row.channel,
        status: row.status,
        attempts: row.attempts,
        nextAttemptAt: row.next_attempt_at,
        createdAt: row.created_at,
        deliveredAt: row.delivered_at,
        lastAttemptAt: row.last_attempt_at,
        lastError: row.last_error
    };
}
