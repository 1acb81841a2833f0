import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { StaffEnv } from './env.js';
import { generatePassword, hashPassword } from './passwords.js';
import type { StaffStore } from './store.js';

export const FIRST_ADMIN = 'admin';

/** Writes the one-time banner; stdout by default (never the structured log). */
export type FirstAdminPrinter = (username: string, password: string) => void;

export const printToStdout: FirstAdminPrinter = (username, password) => {
    process.stdout.write(
        [
            '',
            '=== Staff inbox: first admin account created ===',
            `  user:     ${username}`,
            `  password: ${password}`,
            'This password is shown only this once and stored hashed. Sign in at /staff.',
            'To manage accounts instead, set STAFF_USERS (see npm run staff:hash-password).',
            ''
        ].join('\n')
    );
};

/**
 * Without STAFF_USERS: creates the "admin" account with a random password while the
 * staff_accounts table is empty, and prints the password exactly once. Later starts find the
 * account and print nothing. Safe when several instances start together (one insert wins).
 */
export async function ensureFirstAdmin(
    store: StaffStore,
    env: Pick<StaffEnv, 'users'>,
    options: { print?: FirstAdminPrinter; clock?: () => Date; logger: Pick<Logger, 'info'> }
): Promise<boolean> {
    if (env.users.length > 0) return false;
    if (await store.findAccount(FIRST_ADMIN)) return false;
    const password = generatePassword();
    const id = randomUUID();
    const created = await store.insertFirstAccount({ id, username: FIRST_ADMIN, passwordHash: await hashPassword(password) }, (options.clock ?? (() => new Date()))());
    if (created) {
        (options.print ?? printToStdout)(FIRST_ADMIN, password);
        options.logger.info({ event: 'staff.first_admin_created', account: id }, 'first staff admin account created');
    }
    return created;
}
