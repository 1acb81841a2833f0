import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Logger } from 'pino';
import type { ConfiguredAccount } from './env.js';
import { decoyHash, verifyPassword } from './passwords.js';
import type { LockoutPolicy, SessionRecord, StaffStore } from './store.js';

export const LOCKOUT: LockoutPolicy = { maxFailures: 5, lockMs: 15 * 60_000, windowMs: 15 * 60_000 };

export type LoginResult =
    | { ok: true; sessionId: string; session: SessionRecord }
    | { ok: false; reason: 'invalid' }
    | { ok: false; reason: 'locked'; lockedUntil: Date };

export interface StaffAuthOptions {
    store: StaffStore;
    /** From STAFF_USERS; when empty, accounts come from the staff_accounts table. */
    configured: readonly ConfiguredAccount[];
    sessionHours: number;
    logger: Pick<Logger, 'info' | 'warn'>;
    clock?: () => Date;
    /** Delay per recent failure from the same address (default 250 ms, capped at 3 s). */
    ipDelayMs?: number;
    policy?: LockoutPolicy;
}

/** A stable, non-reversible id for logs: account ids only, never user names. */
export function configuredAccountId(username: string): string {
    return `env-${createHash('sha256').update(username.toLowerCase()).digest('hex').slice(0, 12)}`;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const MAX_TRACKED_ADDRESSES = 10_000;

/** Sign-in with lockout, sessions stored by hash, and the per-session CSRF token. */
export class StaffAuth {
    private readonly clock: () => Date;
    private readonly policy: LockoutPolicy;
    private readonly failuresByAddress = new Map<string, { count: number; last: number }>();

    constructor(private readonly options: StaffAuthOptions) {
        this.clock = options.clock ?? (() => new Date());
        this.policy = options.policy ?? LOCKOUT;
    }

    async login(usernameInput: string, password: string, address: string): Promise<LoginResult> {
        const username = usernameInput.trim().slice(0, 64);
        const now = this.clock();
        const lockedUntil = await this.options.store.lockedUntil(username, now);
        if (lockedUntil) {
            await this.slowDown(address);
            return { ok: false, reason: 'locked', lockedUntil };
        }
        const account = await this.findAccount(username);
        // The decoy keeps the timing of an unknown user name the same as a wrong password.
        const valid = await verifyPassword(password, account?.passwordHash ?? (await decoyHash()));
        if (!account || !valid) {
            const locked = await this.options.store.recordFailure(username, now, this.policy);
            this.options.logger.warn({ event: 'staff.login_failed', ...(account ? { account: account.id } : {}), locked: locked !== undefined }, 'staff sign-in failed');
            await this.slowDown(address);
            return locked ? { ok: false, reason: 'locked', lockedUntil: locked } : { ok: false, reason: 'invalid' };
        }
        this.failuresByAddress.delete(address);
        await this.options.store.clearFailures(username);
        await this.options.store.deleteExpiredSessions(now);
        const sessionId = randomBytes(32).toString('base64url');
        const session: SessionRecord = {
            idHash: sha256(sessionId),
            accountId: account.id,
            username: account.username,
            csrfToken: randomBytes(32).toString('base64url'),
            createdAt: now,
            expiresAt: new Date(now.getTime() + this.options.sessionHours * 3_600_000)
        };
        await this.options.store.createSession(session);
        this.options.logger.info({ event: 'staff.login', account: account.id }, 'staff signed in');
        return { ok: true, sessionId, session };
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

    /** A small, growing delay per address after failures: slows guessing across many user names. */
    private async slowDown(address: string): Promise<void> {
        const now = Date.now();
        const entry = this.failuresByAddress.get(address);
        const count = entry && now - entry.last < this.policy.windowMs ? entry.count + 1 : 1;
        this.failuresByAddress.delete(address);
        this.failuresByAddress.set(address, { count, last: now });
        if (this.failuresByAddress.size > MAX_TRACKED_ADDRESSES) {
            const oldest = this.failuresByAddress.keys().next().value;
            if (oldest !== undefined) this.failuresByAddress.delete(oldest);
        }
        const delay = Math.min((this.options.ipDelayMs ?? 250) * count, 3000);
        if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    }
}
