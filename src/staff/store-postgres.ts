import type { Pool } from 'pg';
import { withTransaction } from '../storage/pg-pool.js';
import { conversationStatePrefix } from '../storage/keys.js';
import { errorCode, toDatabaseError } from '../storage/types.js';
import {
    DEFAULT_INBOX_LIMIT, FAILING_DELIVERIES_SQL, MAX_INTAKE_ROWS, flagCodes, fold, likePattern, nextFailureState, toIntakeRows,
    type ConversationIntakeRow, type ConversationKey, type FailingDelivery, type InboxQuery, type InboxRow, type ThrottlePolicy, type SessionRecord, type StaffStore, type StatusHistoryEntry, type StoredAccount
} from './store.js';

interface SessionRow { id_hash: string; account_id: string; username: string; csrf_token: string; created_at: Date; expires_at: Date }
interface AppRow {
    id: string; reference: string; conversation_id: string; channel: string; locale: string; status: string; submitted_at: Date;
    urgency: string | null; score: string | number | null; flags: unknown; child_name: string | null; contact_name: string | null;
}
const UNIQUE_VIOLATION = '23505';

/** The staff tables on PostgreSQL; shares (never ends) the pool it is given. */
export class PostgresStaffStore implements StaffStore {
    constructor(private readonly pool: Pool) {}

    async findAccount(username: string): Promise<StoredAccount | undefined> {
        const rows = await this.query<{ id: string; username: string; password_hash: string }>(
            'findAccount', 'select id, username, password_hash from staff_accounts where lower(username) = lower($1)', [username]
        );
        const row = rows[0];
        return row && { id: row.id, username: row.username, passwordHash: row.password_hash };
    }

    async insertFirstAccount(account: StoredAccount, at: Date): Promise<boolean> {
        try {
            // Serialised by an advisory lock so two instances starting together create one admin.
            return await withTransaction(this.pool, 'PostgresStaffStore.insertFirstAccount()', async (client) => {
                await client.query(`select pg_advisory_xact_lock(hashtext('staff_accounts:first'))`);
                const result = await client.query(
                    'insert into staff_accounts (id, username, password_hash, created_at) select $1, $2, $3, $4 where not exists (select 1 from staff_accounts)',
                    [account.id, account.username, account.passwordHash, at.toISOString()]
                );
                return result.rowCount === 1;
            });
        } catch (err) {
            if (errorCode(err) === UNIQUE_VIOLATION) return false;
            throw err;
        }
    }

    async createSession(s: SessionRecord): Promise<void> {
        await this.query(
            'createSession',
            'insert into staff_sessions (id_hash, account_id, username, csrf_token, created_at, expires_at) values ($1, $2, $3, $4, $5, $6)',
            [s.idHash, s.accountId, s.username, s.csrfToken, s.createdAt.toISOString(), s.expiresAt.toISOString()]
        );
    }

    async findSession(idHash: string, now: Date): Promise<SessionRecord | undefined> {
        const rows = await this.query<SessionRow>('findSession', 'select * from staff_sessions where id_hash = $1 and expires_at > $2', [idHash, now.toISOString()]);
        const row = rows[0];
        return row && { idHash: row.id_hash, accountId: row.account_id, username: row.username, csrfToken: row.csrf_token, createdAt: row.created_at, expiresAt: row.expires_at };
    }

    async deleteSession(idHash: string): Promise<void> {
        await this.query('deleteSession', 'delete from staff_sessions where id_hash = $1', [idHash]);
    }

    async deleteExpiredSessions(now: Date): Promise<number> {
        try {
            return (await this.pool.query('delete from staff_sessions where expires_at <= $1', [now.toISOString()])).rowCount ?? 0;
        } catch (err) {
            throw toDatabaseError('PostgresStaffStore.deleteExpiredSessions()', err);
        }
    }

    async loginWaitUntil(key: string, now: Date): Promise<Date | undefined> {
        const rows = await this.query<{ wait_until: Date }>(
            'loginWaitUntil', 'select wait_until from staff_login_throttle where key = $1 and wait_until > $2', [key, now.toISOString()]
        );
        return rows[0]?.wait_until;
    }

    async recordLoginFailure(key: string, now: Date, policy: ThrottlePolicy): Promise<Date | undefined> {
        return withTransaction(this.pool, 'PostgresStaffStore.recordLoginFailure()', async (client) => {
            await client.query('delete from staff_login_throttle where updated_at < $1', [new Date(now.getTime() - policy.forgetMs).toISOString()]);
            await client.query(
                'insert into staff_login_throttle (key, failures, wait_until, updated_at) values ($1, 0, null, $2) on conflict (key) do nothing',
                [key, new Date(0).toISOString()]
            );
            const { rows } = await client.query<{ failures: number; updated_at: Date }>('select failures, updated_at from staff_login_throttle where key = $1 for update', [key]);
            const row = rows[0];
            const next = nextFailureState(row && { failures: row.failures, updatedAt: row.updated_at }, now, policy);
            await client.query('update staff_login_throttle set failures = $2, wait_until = $3, updated_at = $4 where key = $1', [
                key, next.failures, next.waitUntil?.toISOString() ?? null, now.toISOString()
            ]);
            return next.waitUntil ?? undefined;
        });
    }

    async clearLoginFailures(key: string): Promise<void> {
        await this.query('clearLoginFailures', 'delete from staff_login_throttle where key = $1', [key]);
    }

    async searchApplications(query: InboxQuery): Promise<InboxRow[]> {
        const where: string[] = [];
        const params: (string | number)[] = [];
        const filter = (sql: (n: () => string) => string, ...values: string[]) => {
            where.push(sql(() => `$${params.push(values.shift() ?? '')}`));
        };
        if (query.status) filter((p) => `status = ${p()}`, query.status);
        if (query.urgency) filter((p) => `data->'request'->>'urgency' = ${p()}`, query.urgency);
        if (query.language) filter((p) => `locale = ${p()}`, query.language);
        const search = query.search?.trim();
        if (search) {
            filter(
                (p) => `(lower(replace(reference, '-', '')) like ${p()} or lower(data->'child'->>'firstName') like ${p()} or lower(data->'contact'->>'name') like ${p()})`,
                likePattern(fold(search.replace(/-/g, ''))), likePattern(fold(search)), likePattern(fold(search))
            );
        }
        params.push(query.limit ?? DEFAULT_INBOX_LIMIT);
        const rows = await this.query<AppRow>(
            'searchApplications',
            `select id, reference, conversation_id, channel, locale, status, submitted_at, data->'request'->>'urgency' as urgency,
                    data->'completeness'->'score' as score, data->'flags' as flags, data->'child'->>'firstName' as child_name,
                    data->'contact'->>'name' as contact_name
             from applications ${where.length > 0 ? `where ${where.join(' and ')}` : ''}
             order by submitted_at desc, id desc limit $${params.length}`,
            params
        );
        return rows.map((r) => ({
            id: r.id, reference: r.reference, conversationId: r.conversation_id, channel: r.channel, locale: r.locale, status: r.status,
            submittedAt: r.submitted_at.toISOString(), urgency: r.urgency, completeness: r.score === null ? null : Number(r.score),
            flags: flagCodes(r.flags), childName: r.child_name, contactName: r.contact_name
        }));
    }

    async updateStatus(applicationId: string, from: string, to: string, by: string, at: Date): Promise<boolean> {
        return withTransaction(this.pool, 'PostgresStaffStore.updateStatus()', async (client) => {
            const result = await client.query('update applications set status = $1 where id = $2 and status = $3', [to, applicationId, from]);
            if (result.rowCount !== 1) return false;
            await client.query(
                'insert into application_status_history (application_id, from_status, to_status, changed_by, changed_at) values ($1, $2, $3, $4, $5)',
                [applicationId, from, to, by, at.toISOString()]
            );
            return true;
        });
    }

    async statusHistory(applicationId: string): Promise<StatusHistoryEntry[]> {
        const rows = await this.query<{ from_status: string; to_status: string; changed_by: string; changed_at: Date }>(
            'statusHistory', 'select from_status, to_status, changed_by, changed_at from application_status_history where application_id = $1 order by id', [applicationId]
        );
        return rows.map((r) => ({ from: r.from_status, to: r.to_status, by: r.changed_by, at: r.changed_at.toISOString() }));
    }

    async failingDeliveries(limit = 50): Promise<FailingDelivery[]> {
        const rows = await this.query<{ reference: string; channel: string; status: 'pending' | 'failed'; attempts: number; last_attempt_at: Date | null }>(
            'failingDeliveries', FAILING_DELIVERIES_SQL('$1'), [limit]
        );
        return rows.map((r) => ({ reference: r.reference, channel: r.channel, status: r.status, attempts: Number(r.attempts), lastAttemptAt: r.last_attempt_at ? r.last_attempt_at.toISOString() : null }));
    }

    async intakeStates(conversations: readonly ConversationKey[]): Promise<ConversationIntakeRow[]> {
        const wanted = conversations.slice(0, MAX_INTAKE_ROWS);
        if (wanted.length === 0) return [];
        const [states, apps] = await Promise.all([
            this.query<{ key: string; data: unknown }>('intakeStates', 'select key, data from bot_state where key = any($1::text[])', [wanted.map((c) => conversationStatePrefix(c.channelId, c.conversationId))]),
            this.query<{ conversation_id: string; reference: string; first_name: string | null; birth_date: string | null; submitted_at: Date }>(
                'intakeStates',
                `select conversation_id, reference, data->'child'->>'firstName' as first_name, data->'child'->>'birthDate' as birth_date, submitted_at
                 from applications where conversation_id = any($1::text[]) order by submitted_at desc`,
                [wanted.map((c) => c.conversationId)]
            )
        ]);
        return toIntakeRows(wanted, states, apps.map((a) => ({
            conversationId: a.conversation_id, reference: a.reference, firstName: a.first_name, birthDate: a.birth_date, submittedAt: a.submitted_at.toISOString()
        })));
    }

    private async query<R extends object>(method: string, sql: string, params: unknown[]): Promise<R[]> {
        try {
            return (await this.pool.query<R>(sql, params)).rows;
        } catch (err) {
            throw toDatabaseError(`PostgresStaffStore.${method}()`, err);
        }
    }
}
