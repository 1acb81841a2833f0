import { z } from 'zod';
import { isEncodedHash } from './passwords.js';

export const USERNAME = /^[A-Za-z0-9._-]{1,64}$/;

export interface ConfiguredAccount {
    username: string;
    passwordHash: string;
}

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const Users = z.string().transform((value, ctx): ConfiguredAccount[] => {
    const accounts: ConfiguredAccount[] = [];
    for (const [i, entry] of value.split(',').map((e) => e.trim()).filter((e) => e !== '').entries()) {
        const colon = entry.indexOf(':');
        const username = colon > 0 ? entry.slice(0, colon) : '';
        const passwordHash = colon > 0 ? entry.slice(colon + 1) : '';
        if (!USERNAME.test(username)) {
            ctx.addIssue({ code: 'custom', message: `entry ${i + 1}: user name must be 1-64 of A-Z a-z 0-9 . _ -` });
        } else if (!isEncodedHash(passwordHash)) {
            // The entry itself is not repeated: it may hold a plain password typed by mistake.
            ctx.addIssue({ code: 'custom', message: `entry ${i + 1} (${username}): expected user:scrypt$<salt>$<hash> from npm run staff:hash-password` });
        } else if (accounts.some((a) => a.username.toLowerCase() === username.toLowerCase())) {
            ctx.addIssue({ code: 'custom', message: `entry ${i + 1}: user ${username} is listed twice` });
        } else {
            accounts.push({ username, passwordHash });
        }
    }
    return accounts;
});

/** The staff inbox's own environment variables (config.ts belongs to the bot). */
const StaffEnvSchema = z.object({
    /** "alice:scrypt$…,bob:scrypt$…"; empty = one generated admin account stored in the database. */
    STAFF_USERS: z.preprocess(blankToUndefined, Users.optional()),
    /** Secure on the session cookie: auto = except on localhost over http; true/false force it. */
    STAFF_COOKIE_SECURE: z.preprocess(blankToUndefined, z.enum(['auto', 'true', 'false']).default('auto')).transform((v): CookieSecurity => (v === 'auto' ? 'auto' : v === 'true')),
    /** Hours a sign-in lasts (absolute, not sliding). */
    STAFF_SESSION_HOURS: z.preprocess(blankToUndefined, z.coerce.number().positive().max(24 * 30).default(12))
});

/** true/false: always/never Secure; 'auto': Secure unless the request came to localhost over http. */
export type CookieSecurity = boolean | 'auto';

export interface StaffEnv {
    users: ConfiguredAccount[];
    cookieSecure: CookieSecurity;
    sessionHours: number;
}

/** Parses the staff variables; throws one error listing every problem. */
export function staffEnv(env: Record<string, string | undefined> = process.env): StaffEnv {
    const parsed = StaffEnvSchema.safeParse(env);
    if (!parsed.success) {
        throw new Error(`staffEnv(): invalid staff configuration:\n${parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`).join('\n')}`);
    }
    return { users: parsed.data.STAFF_USERS ?? [], cookieSecure: parsed.data.STAFF_COOKIE_SECURE, sessionHours: parsed.data.STAFF_SESSION_HOURS };
}
