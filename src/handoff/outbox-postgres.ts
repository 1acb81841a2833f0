import type { Pool, PoolClient } from 'pg';
import { toDatabaseError } from '../storage/types.js';
import { isUuid } from './application-repository.js';
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
    next_attempt_at: Date | null;
    created_at: Date;
    delivered_at: Date | null;
    last_attempt_at: Date | null;
    last_error: string | null;
    payload: string | null;
}

const INFO_COLUMNS = 'id, application_id, channel, status, attempts, next_attempt_at, created_at, delivered_at, last_attempt_at, last_error';

/** Inserts outbox rows, due at once, on the client holding the transaction that writes (or erases) their application. */
export async function insertOutboxRowsPostgres(client: PoolClient, rows: readonly NewOutboxRow[]): Promise<void> {
    for (const row of rows) {
        await client.query(
            `insert into outbox (id, event, application_id, channel, status, attempts, next_attempt_at, created_at, payload)
             values ($1, $2, $3, $4, 'pending', 0, $5, $5, $6)`,
            [row.id, row.event, row.applicationId, row.channel, row.createdAt, row.payload]
        );
    }
}

/**
 * Outbox on PostgreSQL. The claim locks due rows with FOR UPDATE SKIP LOCKED and leases them in
 * the same statement, so concurrent instances skip each other's rows instead of sending twice;
 * the lease (not an open transaction) covers the network call.
 */
export class PostgresOutboxStore implements OutboxStore {
    constructor(
        private readonly pool: Pool,
        private readonly ready: () => Promise<void>
    ) {}

    async claimDue({ now, limit, leaseUntil, token }: ClaimRequest): Promise<ClaimedDelivery[]> {
        const rows = await this.query(
            'claimDue',
            `with due as (
                 select id from outbox
                  where status = 'pending' and next_attempt_at <= $1
                  order by next_attempt_at, id
                  limit $2
                  for update skip locked
             )
             update outbox o
                set claim_token = $3, attempts = o.attempts + 1, next_attempt_at = $4, last_attempt_at = $1
               from due
              where o.id = due.id and o.status = 'pending' and o.next_attempt_at <= $1
          returning o.*`,
            [now, limit, token, leaseUntil]
        );
        return rows
            .map((row) => ({
                id: row.id,
                event: toOutboxEvent('PostgresOutboxStore.claimDue()', row.event),
                applicationId: row.application_id,
                channel: row.channel,
                attempts: row.attempts,
                createdAt: row.created_at,
                payload: row.payload,
                claimToken: token
            }))
            .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    }

    async freezePayload(id: string, token: string, payload: string): Promise<string | undefined> {
        await this.query('freezePayload', 'update outbox set payload = $1 where id = $2 and claim_token = $3 and payload is null', [payload, id, token]);
        const rows = await this.query('freezePayload', 'select payload from outbox where id = $1', [id]);
        return rows[0]?.payload ?? undefined;
    }

    async recordOutcome(id: string, token: string, outcome: DeliveryOutcome): Promise<boolean> {
        const guard = `where id = $1 and claim_token = $2 and status = 'pending'`;
        let sql: string;
        let params: unknown[];
        switch (outcome.kind) {
            case 'delivered':
                sql = `update outbox set status = 'delivered', delivered_at = $3, next_attempt_at = null, last_error = null, claim_token = null ${guard}`;
                params = [id, token, outcome.at];
                break;
            case 'retry':
                sql = `update outbox set next_attempt_at = $3, last_error = $4, claim_token = null ${guard}`;
                params = [id, token, outcome.nextAttemptAt, outcome.error];
                break;
            case 'failed':
                sql = `update outbox set status = 'failed', next_attempt_at = null, last_error = $3, claim_token = null ${guard}`;
                params = [id, token, outcome.error];
                break;
        }
        return (await this.execute('recordOutcome', sql, params)) === 1;
    }

    async retryNow(id: string, now: Date): Promise<boolean> {
        if (!isUuid(id)) return false; // the uuid column would reject it with an error
        // A row in flight (claimed, lease not yet expired) is left alone so it is never sent twice at once.
        const changed = await this.execute(
            'retryNow',
            `update outbox set status = 'pending', next_attempt_at = $2, claim_token = null
              where id = $1 and (status = 'failed' or (status = 'pending' and (claim_token is null or next_attempt_at <= $2)))`,
            [id, now]
        );
        return changed === 1;
    }

    async enqueue(row: NewOutboxRow): Promise<boolean> {
        const changed = await this.execute(
            'enqueue',
            `insert into outbox (id, event, application_id, channel, status, attempts, next_attempt_at, created_at, payload)
             values ($1, $2, $3, $4, 'pending', 0, $5, $5, $6) on conflict (application_id, channel) do nothing`,
            [row.id, row.event, row.applicationId, row.channel, row.createdAt, row.payload]
        );
        return changed === 1;
    }

    async deliveriesFor(applicationId: string): Promise<DeliveryInfo[]> {
        if (!isUuid(applicationId)) return [];
        const rows = await this.query('deliveriesFor', `select ${INFO_COLUMNS} from outbox where application_id = $1 order by channel`, [applicationId]);
        return rows.map((row) => toInfo(row, applicationId.toLowerCase()));
    }

    private async query(method: string, sql: string, params: unknown[]): Promise<Row[]> {
        await this.ready();
        try {
            return (await this.pool.query<Row>(sql, params)).rows;
        } catch (err) {
            throw toDatabaseError(`PostgresOutboxStore.${method}()`, err);
        }
    }

    private async execute(method: string, sql: string, params: unknown[]): Promise<number> {
        await this.ready();
        try {
            return (await this.pool.query(sql, params)).rowCount ?? 0;
        } catch (err) {
            throw toDatabaseError(`PostgresOutboxStore.${method}()`, err);
        }
    }
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function toInfo(row: Row, applicationId: string): DeliveryInfo {
    if (!isOutboxStatus(row.status)) throw new Error('PostgresOutboxStore.deliveriesFor(): unexpected status');
    return {
        id: row.id,
        applicationId,
        channel: row.channel,
        status: row.status,
        attempts: row.attempts,
        nextAttemptAt: iso(row.next_attempt_at),
        createdAt: row.created_at.toISOString(),
        deliveredAt: iso(row.delivered_at),
        lastAttemptAt: iso(row.last_attempt_at),
        lastError: row.last_error
    };
}
