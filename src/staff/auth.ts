import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Logger } from 'pino';
import type { ConfiguredAccount } from './env.js';
import { decoyHash, verifyPassword } from './passwords.js';
import { fold, type SessionRecord, type StaffStore, type ThrottlePolicy } from './store.js';

const FORGET_MS = 24 * 3_600_000;
/**
 * Backoff instead of a lock per account (which let anyone keep `admin` out): waits of 1, 2, 4 …
 * up to 60 minutes, per address and user name from the 5th failure, per address (any names)
 * from the 20th. Another address is never affected.
 */
export const LOGIN_THROTTLE: { perUser: ThrottlePolicy; perAddress: ThrottlePolicy } = {
    perUser: { failuresBeforeWait: 5, firstWaitMs: 60_000, maxWaitMs: 3_600_000, forgetMs: FORGET_MS },
    perAddress: { failuresBeforeWait: 20, firstWaitMs: 60_000, maxWaitMs: 3_600_000, forgetMs: FORGET_MS }
};

export type LoginResult =
    | { ok: true; sessionId: string; session: SessionRecord }
    | { ok: false; reason: 'invalid' }
    | { ok: false; reason: 'throttled'; retryAt: Date };

export interface StaffAuthOptions {
    store: StaffStore;
    /** From STAFF_USERS; when empty, accounts come from the staff_accounts table. */
    configured: readonly ConfiguredAccount[];
    sessionHours: number;
    logger: Pick<Logger, 'info' | 'warn'>;
    clock?: () => Date;
}

/** A stable, non-reversible id for logs: account ids only, never user names. */
export function configuredAccountId(username: string): string {
    return `env-${createHash('sha256').update(username.toLowerCase()).digest('hex').slice(0, 12)}`;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const later = (a: Date | undefined, b: Date | undefined) => (a && b ? (a > b ? a : b) : a ?? b);

/** Sign-in with backoff, sessions stored by hash, and the per-session CSRF token. */
export class StaffAuth {
    private readonly clock: () => Date;
    /** Sign-ins from one address run one after another, so a parallel burst meets the backoff too. */
    private readonly inFlight = new Map<string, Promise<unknown>>();

    constructor(private readonly options: StaffAuthOptions) {
        this.clock = options.clock ?? (() => new Date());
    }

    /** `address` as the throttle counts it (see addressKey: an IPv6 client by its /64). */
    async login(usernameInput: string, password: string, address: string): Promise<LoginResult> {
        const username = usernameInput.trim().slice(0, 64);
        // Hashed: the table holds neither addresses nor user names.
        const keys = { perUser: sha256(`user\u0000${address}\u0000${fold(username)}`), perAddress: sha256(`address\u0000${address}`) };
        return this.oneAtATime(keys.perAddress, () => this.attempt(username, password, keys));
    }

    private async attempt(username: string, password: string, keys: { perUser: string; perAddress: string }): Promise<LoginResult> {
        const { store } = this.options;
        const now = this.clock();
        const waiting = later(await store.loginWaitUntil(keys.perUser, now), await store.loginWaitUntil(keys.perAddress, now));
        if (waiting) return { ok: false, reason: 'throttled', retryAt: waiting };
        const account = await this.findAccount(username);
        // The decoy keeps the timing of an unknown user name the same as a wrong password.
        const valid = await verifyPassword(password, account?.passwordHash ?? (await decoyHash()));
        if (!account || !valid) {
            const wait = later(
                await store.recordLoginFailure(keys.perUser, now, LOGIN_THROTTLE.perUser),
                await store.recordLoginFailure(keys.perAddress, now, LOGIN_THROTTLE.perAddress)
            );
            this.options.logger.warn({ event: 'staff.login_failed', ...(account ? { account: account.id } : {}), throttled: wait !== undefined }, 'staff sign-in failed');
            return wait ? { ok: false, reason: 'throttled', retryAt: wait } : { ok: false, reason: 'invalid' };
        }
        await store.clearLoginFailures(keys.perUser);
        await store.deleteExpiredSessions(now);
        const sessionId = randomBytes(32).toString('base64url');
        const session: SessionRecord = {
            idHash: sha256(sessionId),
            accountId: account.id,
            username: account.username,
            csrfToken: randomBytes(32).toString('base64url'),
            createdAt: now,
            expiresAt: new Date(now.getTime() + this.options.sessionHours * 3_600_000)
        };
        await store.createSession(session);
        this.options.logger.info({ event: 'staff.login', account: account.id }, 'staff signed in');
        return { ok: true, sessionId, session };
    }

    private oneAtATime<T>(key: string, task: () => Promise<T>): Promise<T> {
        const run = (this.inFlight.get(key) ?? Promise.resolve()).then(task, task);
        const settled = run.then(() => undefined, () => undefined);
        this.inFlight.set(key, settled);
        void settled.then(() => {
            if (this.inFlight.get(key) === settled) this.inFlight.delete(key);
        });
        return run;
    }

    /** The session of a cookie value, if it is one of ours and still valid. */
    async session(sessionId: string | undefined): Promise<SessionRecord | undefined> {
        if (!sessionId || !/^[A-Za-z0-9_-]{43}$/.test(sessionId)) return undefined;
        return this.options.store.findSession(sha256(sessionId), this.clock());
    }

    async logout(session: SessionRecord): Promise<void> {
        await this.options.store.deleteSession(session.idHash);
        this.options.logger.info({ event: 'staff.logout', account: session.accountId }, 'staff signed out');
    }

    /** The STAFF_USERS names (empty when accounts live in the database). */
    configuredUsernames(): readonly string[] {
        return this.options.configured.map((a) => a.username);
    }

    /** The synchronizer token check (constant time). */
    checkCsrf(session: SessionRecord, token: unknown): boolean {
        if (typeof token !== 'string' || token.length === 0) return false;
        const expected = Buffer.from(session.csrfToken);
        const actual = Buffer.from(token);
        return expected.length === actual.length && timingSafeEqual(expected, actual);
    }

    private async findAccount(username: string): Promise<{ id: string; username: string; passwordHash: string } | undefined> {
        if (username === '') return undefined;
        if (this.options.configured.length > 0) {
            const found = this.options.configured.find((a) => a.username.toLowerCase() === username.toLowerCase());
            return found && { id: configuredAccountId(found.username), username: found.username, passwordHash: found.passwordHash };
        }
        return this.options.store.findAccount(username);
    }
}
