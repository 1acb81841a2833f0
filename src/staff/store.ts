import { conversationStatePrefix } from '../storage/keys.js';

/** Persistence of the staff inbox, identical on SQLite and PostgreSQL; times are passed in. */

export interface StoredAccount {
    id: string;
    username: string;
    passwordHash: string;
}

export interface SessionRecord {
    /** SHA-256 (hex) of the cookie's session id: a database reader cannot sign in with it. */
    idHash: string;
    accountId: string;
    username: string;
    csrfToken: string;
    createdAt: Date;
    expiresAt: Date;
}

/** Exponential backoff after failed sign-ins, for one key (an address, or an address and a user name). */
export interface ThrottlePolicy {
    /** The failure that starts the first wait (earlier ones only count). */
    failuresBeforeWait: number;
    /** The first wait; each further failure doubles it, up to maxWaitMs. */
    firstWaitMs: number;
    maxWaitMs: number;
    /** A key is forgotten this long after its last failure. */
    forgetMs: number;
}

export interface InboxQuery {
    /** Matches the reference (with or without dash), the child's first name or the contact's name, case-insensitively. */
    search?: string;
    status?: string;
    urgency?: string;
    language?: string;
    limit?: number;
}

export interface InboxRow {
    id: string;
    reference: string;
    conversationId: string;
    channel: string;
    locale: string;
    status: string;
    submittedAt: string;
    urgency: string | null;
    completeness: number | null;
    flags: string[];
    childName: string | null;
    contactName: string | null;
}

/** A submitted application whose delivery to a staff channel failed for good or is being retried after an error. */
export interface FailingDelivery {
    reference: string;
    channel: string;
    status: 'pending' | 'failed';
    attempts: number;
    lastAttemptAt: string | null;
}

/** What the bot keeps of one conversation, read for staff only: its state and its newest application's child. */
export interface ConversationIntakeRow {
    conversationId: string;
    /** The bot's conversation state (profile, draft…) as stored; undefined when there is none. */
    state: unknown;
    submitted?: SubmittedChild;
}

export interface SubmittedChild {
    reference: string;
    firstName: string | null;
    birthDate: string | null;
    submittedAt: string;
}

export interface ConversationKey {
    conversationId: string;
    channelId: string;
}

export interface StatusHistoryEntry {
    from: string;
    to: string;
    by: string;
    at: string;
}

export interface StaffStore {
    findAccount(username: string): Promise<StoredAccount | undefined>;
    /** Inserts only while staff_accounts is empty; false if another account exists (or won the race). */
    insertFirstAccount(account: StoredAccount, at: Date): Promise<boolean>;

    createSession(session: SessionRecord): Promise<void>;
    /** The session if it exists and has not expired at `now`. */
    findSession(idHash: string, now: Date): Promise<SessionRecord | undefined>;
    deleteSession(idHash: string): Promise<void>;
    deleteExpiredSessions(now: Date): Promise<number>;

    /** When the throttle key has to wait at `now`, the end of the wait. Keys are opaque (hashes). */
    loginWaitUntil(key: string, now: Date): Promise<Date | undefined>;
    /** Counts a failed sign-in for the key (and forgets stale keys); resolves to the end of the wait it starts, if any. */
    recordLoginFailure(key: string, now: Date, policy: ThrottlePolicy): Promise<Date | undefined>;
    clearLoginFailures(key: string): Promise<void>;

    /** Newest submission first. */
    searchApplications(query: InboxQuery): Promise<InboxRow[]>;
    /** Compare-and-set of applications.status plus a history row, in one transaction; false if the status was no longer `from`. */
    updateStatus(applicationId: string, from: string, to: string, by: string, at: Date): Promise<boolean>;
    statusHistory(applicationId: string): Promise<StatusHistoryEntry[]>;
    /** Deliveries failing now (failed, or pending after an error), most recent attempt first. */
    failingDeliveries(limit?: number): Promise<FailingDelivery[]>;
    /** The bot's state and the newest application of each conversation (at most MAX_INTAKE_ROWS), in no particular order. */
    intakeStates(conversations: readonly ConversationKey[]): Promise<ConversationIntakeRow[]>;
}

export const MAX_INTAKE_ROWS = 200;

/** Joins bot_state rows (by their key) and application rows (newest first) to the conversations asked for. */
export function toIntakeRows(
    conversations: readonly ConversationKey[], states: readonly { key: string; data: unknown }[], submitted: readonly (SubmittedChild & { conversationId: string })[]
): ConversationIntakeRow[] {
    const byKey = new Map(states.map((row) => [row.key, row.data]));
    const newest = new Map<string, SubmittedChild>();
    for (const { conversationId, ...child } of submitted) if (!newest.has(conversationId)) newest.set(conversationId, child);
    return conversations.map((c) => {
        const child = newest.get(c.conversationId);
        return { conversationId: c.conversationId, state: byKey.get(conversationStatePrefix(c.channelId, c.conversationId)), ...(child ? { submitted: child } : {}) };
    });
}

/** Outbox rows of submitted applications that failed or wait for a retry after an error (same SQL on both engines, placeholder aside). */
export const FAILING_DELIVERIES_SQL = (limit: string): string => `
    select a.reference, o.channel, o.status, o.attempts, o.last_attempt_at
    from outbox o join applications a on a.id = o.application_id
    where o.event = 'application.submitted' and (o.status = 'failed' or (o.status = 'pending' and o.last_error is not null))
    order by o.last_attempt_at desc, a.reference limit ${limit}`;

export const DEFAULT_INBOX_LIMIT = 200;

/** "k7q4m2" / "K7Q-4M2" → "%K7Q4M2%"-style LIKE pattern, with LIKE's wildcards escaped. */
export function likePattern(text: string): string {
    return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Case folding used for search on both engines (SQLite gets it as a SQL function). */
export function fold(text: string): string {
    return text.normalize('NFKC').toLowerCase();
}

export function nextFailureState(
    row: { failures: number; updatedAt: Date } | undefined,
    now: Date,
    policy: ThrottlePolicy
): { failures: number; waitUntil: Date | null } {
    const fresh = !row || now.getTime() - row.updatedAt.getTime() > policy.forgetMs;
    const failures = fresh ? 1 : row.failures + 1;
    const doublings = failures - policy.failuresBeforeWait;
    if (doublings < 0) return { failures, waitUntil: null };
    return { failures, waitUntil: new Date(now.getTime() + Math.min(policy.firstWaitMs * 2 ** Math.min(doublings, 30), policy.maxWaitMs)) };
}

/** A stored string, else null. */
export const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The codes of an application's flags array (whatever else it holds is ignored). */
export function flagCodes(value: unknown): string[] {
    if (!Array.isArray(value)) return [];
    return value.flatMap((f: unknown) => (typeof f === 'object' && f !== null && 'code' in f && typeof f.code === 'string' ? [f.code] : []));
}
