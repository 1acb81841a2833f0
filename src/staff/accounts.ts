import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import type { StaffEnv } from './env.js';
import { generatePassword, hashPassword } from './passwords.js';
import type { StaffStore } from './store.js';

export const FIRST_ADMIN = 'admin';

/** Hands over the generated password once (tests capture it). */
export type FirstAdminPrinter = (username: string, password: string) => void;

export const FIRST_ADMIN_FILE = 'staff-first-admin.txt';

/**
 * Writes the password to DATA_DIR/staff-first-admin.txt, readable by the owner only, and prints
 * just that path: stdout usually ends up in a log collector, where a password must not.
 */
export function firstAdminFile(dataDir: string): FirstAdminPrinter {
    return (username, password) => {
        const file = path.resolve(dataDir, FIRST_ADMIN_FILE);
        mkdirSync(dataDir, { recursive: true });
        // A fresh file (never through a link someone left there), created 0600.
        rmSync(file, { force: true });
        writeFileSync(file, [
            'Staff inbox: first admin account',
            `user:     ${username}`,
            `password: ${password}`,
            'Sign in at /staff, then delete this file. The password is stored only hashed in the database.',
            ''
        ].join('\n'), { mode: 0o600, flag: 'wx' });
        process.stdout.write([
            '',
            `=== Staff inbox: first admin account "${username}" created ===`,
            `  Its password is in ${file} (readable only by this user).`,
            '  Sign in at /staff, then delete that file.',
            '  To manage accounts instead, set STAFF_USERS (see npm run staff:hash-password).',
            ''
        ].join('\n'));
    };
}

/**
 * Without STAFF_USERS: creates the "admin" account with a random password while the
 * staff_accounts table is empty, and hands the password to `print` exactly once. Later starts
 * find the account and print nothing. Safe when several instances start together (one insert wins).
 */
export async function ensureFirstAdmin(
    store: StaffStore,
    env: Pick<StaffEnv, 'users'>,
    options: { print: FirstAdminPrinter; clock?: () => Date; logger: Pick<Logger, 'info'> }
): Promise<boolean> {
    if (env.users.length > 0) return false;
    if (await store.findAccount(FIRST_ADMIN)) return false;
    const password = generatePassword();
    const id = randomUUID();
    const created = await store.insertFirstAccount({ id, username: FIRST_ADMIN, passwordHash: await hashPassword(password) }, (options.clock ?? (() => new Date()))());
    if (created) {
        options.print(FIRST_ADMIN, password);
        options.logger.info({ event: 'staff.first_admin_created', account: id }, 'first staff admin account created');
    }
    return created;
}
