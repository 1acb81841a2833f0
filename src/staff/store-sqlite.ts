import type { SqliteDatabase } from '../storage/sqlite-file.js';
import { conversationStatePrefix } from '../storage/keys.js';
import { toDatabaseError } from '../storage/types.js';
import {
    DEFAULT_INBOX_LIMIT, FAILING_DELIVERIES_SQL, MAX_INTAKE_ROWS, flagCodes, fold, likePattern, nextFailureState, text, toIntakeRows,
    type ConversationIntakeRow, type ConversationKey, type FailingDelivery, type InboxQuery, type InboxRow, type ThrottlePolicy, type SessionRecord, type StaffStore, type StatusHistoryEntry, type StoredAccount
} from './store.js';

interface SessionRow { id_hash: string; account_id: string; username: string; csrf_token: string; created_at: string; expires_at: string }
interface AppRow {
    id: string; reference: string; conversation_id: string; channel: string; locale: string; status: string; submitted_at: string;
    urgency: string | null; score: number | null; flags: string | null; child_name: string | null; contact_name: string | null;
}

/** The staff tables on SQLite; shares (never closes) the handle it is given. */
export class SqliteStaffStore implements StaffStore {
    constructor(private readonly db: SqliteDatabase) {
        // SQLite's lower() folds ASCII only; names here are Cyrillic, Arabic, German…
        db.function('staff_fold', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? fold(value) : null));
    }

    async findAccount(username: string): Promise<StoredAccount | undefined> {
        const row = this.run('findAccount', () =>
            this.db.prepare<[string], { id: string; username: string; password_hash: string }>('select id, username, password_hash from staff_accounts where lower(username) = lower(?)').get(username)
        );
        return row && { id: row.id, username: row.username, passwordHash: row.password_hash };
    }

    async insertFirstAccount(account: StoredAccount, at: Date): Promise<boolean> {
        const changes = this.run('insertFirstAccount', () =>
            this.db
                .prepare<[string, string, string, string]>(
                    'insert into staff_accounts (id, username, password_hash, created_at) select ?, ?, ?, ? where not exists (select 1 from staff_accounts)'
                )
                .run(account.id, account.username, account.passwordHash, at.toISOString()).changes
        );
        return changes === 1;
    }

    async createSession(s: SessionRecord): Promise<void> {
        this.run('createSession', () =>
            this.db
                .prepare<[string, string, string, string, string, string]>(
                    'insert into staff_sessions (id_hash, account_id, username, csrf_token, created_at, expires_at) values (?, ?, ?, ?, ?, ?)'
                )
                .run(s.idHash, s.accountId, s.username, s.csrfToken, s.createdAt.toISOString(), s.expiresAt.toISOString())
        );
    }

    async findSession(idHash: string, now: Date): Promise<SessionRecord | undefined> {
        const row = this.run('findSession', () =>
            this.db.prepare<[string, string], SessionRow>('select * from staff_sessions where id_hash = ? and expires_at > ?').get(idHash, now.toISOString())
        );
        return row && { idHash: row.id_hash, accountId: row.account_id, username: row.username, csrfToken: row.csrf_token, createdAt: new Date(row.created_at), expiresAt: new Date(row.expires_at) };
    }

    async deleteSession(idHash: string): Promise<void> {
        this.run('deleteSession', () => this.db.prepare<[string]>('delete from staff_sessions where id_hash = ?').run(idHash));
    }

    async deleteExpiredSessions(now: Date): Promise<number> {
        return this.run('deleteExpiredSessions', () => this.db.prepare<[string]>('delete from staff_sessions where expires_at <= ?').run(now.toISOString()).changes);
    }

    async loginWaitUntil(key: string, now: Date): Promise<Date | undefined> {
        const row = this.run('loginWaitUntil', () =>
            this.db.prepare<[string, string], { wait_until: string }>('select wait_until from staff_login_throttle where key = ? and wait_until > ?').get(key, now.toISOString())
        );
        return row ? new Date(row.wait_until) : undefined;
    }

    async recordLoginFailure(key: string, now: Date, policy: ThrottlePolicy): Promise<Date | undefined> {
        const update = this.db.transaction(() => {
            this.db.prepare<[string]>('delete from staff_login_throttle where updated_at < ?').run(new Date(now.getTime() - policy.forgetMs).toISOString());
            const row = this.db.prepare<[string], { failures: number; updated_at: string }>('select failures, updated_at from staff_login_throttle where key = ?').get(key);
            const next = nextFailureState(row && { failures: row.failures, updatedAt: new Date(row.updated_at) }, now, policy);
            this.db
                .prepare<[string, number, string | null, string]>(
                    `insert into staff_login_throttle (key, failures, wait_until, updated_at) values (?, ?, ?, ?)
                     on conflict (key) do update set failures = excluded.failures, wait_until = excluded.wait_until, updated_at = excluded.updated_at`
                )
                .run(key, next.failures, next.waitUntil?.toISOString() ?? null, now.toISOString());
            return next.waitUntil ?? undefined;
        });
        return this.run('recordLoginFailure', () => update.immediate());
    }

    async clearLoginFailures(key: string): Promise<void> {
        this.run('clearLoginFailures', () => this.db.prepare<[string]>('delete from staff_login_throttle where key = ?').run(key));
    }

    async searchApplications(query: InboxQuery): Promise<InboxRow[]> {
        const where: string[] = [];
        const params: (string | number)[] = [];
        const filter = (sql: string, ...values: string[]) => {
            where.push(sql);
            params.push(...values);
        };
        if (query.status) filter('status = ?', query.status);
        if (query.urgency) filter(`json_extract(data, '$.request.urgency') = ?`, query.urgency);
        if (query.language) filter('locale = ?', query.language);
        const search = query.search?.trim();
        if (search) {
            filter(`(staff_fold(replace(reference, '-', '')) like ? escape '\\' or staff_fold(json_extract(data, '$.child.firstName')) like ? escape '\\'
                         or staff_fold(json_extract(data, '$.contact.name')) like ? escape '\\')`,
            likePattern(fold(search.replace(/-/g, ''))), likePattern(fold(search)), likePattern(fold(search)));
        }
        params.push(query.limit ?? DEFAULT_INBOX_LIMIT);
        const rows = this.run('searchApplications', () =>
            this.db
                .prepare<(string | number)[], AppRow>(
                    `select id, reference, conversation_id, channel, locale, status, submitted_at,
                            json_extract(data, '$.request.urgency') as urgency, json_extract(data, '$.completeness.score') as score,
                            json_extract(data, '$.flags') as flags, json_extract(data, '$.child.firstName') as child_name,
                            json_extract(data, '$.contact.name') as contact_name
                     from applications ${where.length > 0 ? `where ${where.join(' and ')}` : ''}
                     order by submitted_at desc, id desc limit ?`
                )
                .all(...params)
        );
        return rows.map((r) => ({
            id: r.id, reference: r.reference, conversationId: r.conversation_id, channel: r.channel, locale: r.locale, status: r.status,
            submittedAt: r.submitted_at, urgency: r.urgency, completeness: r.score, flags: flagCodes(r.flags ? (JSON.parse(r.flags) as unknown) : []),
            childName: r.child_name, contactName: r.contact_name
        }));
    }

    async updateStatus(applicationId: string, from: string, to: string, by: string, at: Date): Promise<boolean> {
        const update = this.db.transaction(() => {
            const changed = this.db.prepare<[string, string, string]>('update applications set status = ? where id = ? and status = ?').run(to, applicationId, from).changes;
            if (changed !== 1) return false;
            this.db
                .prepare<[string, string, string, string, string]>(
                    'insert into application_status_history (application_id, from_status, to_status, changed_by, changed_at) values (?, ?, ?, ?, ?)'
                )
                .run(applicationId, from, to, by, at.toISOString());
            return true;
        });
        return this.run('updateStatus', () => update.immediate());
    }

    async statusHistory(applicationId: string): Promise<StatusHistoryEntry[]> {
        const rows = this.run('statusHistory', () =>
            this.db
                .prepare<[string], { from_status: string; to_status: string; changed_by: string; changed_at: string }>(
                    'select from_status, to_status, changed_by, changed_at from application_status_history where application_id = ? order by id'
                )
                .all(applicationId)
        );
        return rows.map((r) => ({ from: r.from_status, to: r.to_status, by: r.changed_by, at: r.changed_at }));
    }

    async failingDeliveries(limit = 50): Promise<FailingDelivery[]> {
        const rows = this.run('failingDeliveries', () =>
            this.db
                .prepare<[number], { reference: string; channel: string; status: 'pending' | 'failed'; attempts: number; last_attempt_at: string | null }>(FAILING_DELIVERIES_SQL('?'))
                .all(limit)
        );
        return rows.map((r) => ({ reference: r.reference, channel: r.channel, status: r.status, attempts: r.attempts, lastAttemptAt: r.last_attempt_at }));
    }

    async intakeStates(conversations: readonly ConversationKey[]): Promise<ConversationIntakeRow[]> {
        const wanted = conversations.slice(0, MAX_INTAKE_ROWS);
        if (wanted.length === 0) return [];
        const marks = wanted.map(() => '?').join(', ');
        const keys = wanted.map((c) => conversationStatePrefix(c.channelId, c.conversationId));
        return this.run('intakeStates', () => {
            const states = this.db.prepare<string[], { key: string; data: string }>(`select key, data from bot_state where key in (${marks})`).all(...keys);
            const apps = this.db
                .prepare<string[], { conversation_id: string; reference: string; first_name: unknown; birth_date: unknown; submitted_at: string }>(
                    `select conversation_id, reference, json_extract(data, '$.child.firstName') as first_name, json_extract(data, '$.child.birthDate') as birth_date, submitted_at
                     from applications where conversation_id in (${marks}) order by submitted_at desc`
                )
                .all(...wanted.map((c) => c.conversationId));
            return toIntakeRows(
                wanted,
                states.map((row) => ({ key: row.key, data: JSON.parse(row.data) as unknown })),
                apps.map((a) => ({ conversationId: a.conversation_id, reference: a.reference, firstName: text(a.first_name), birthDate: text(a.birth_date), submittedAt: a.submitted_at }))
            );
        });
    }

    private run<T>(method: string, fn: () => T): T {
        try {
            return fn();
        } catch (err) {
            throw toDatabaseError(`SqliteStaffStore.${method}()`, err);
        }
    }
}

