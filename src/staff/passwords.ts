import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// scrypt cost: N = 2^15, r = 8, p = 1 (about 32 MiB and tens of milliseconds per hash).
const PARAMS: ScryptOptions = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_BYTES = 32;
const SALT_BYTES = 16;
const ENCODED = /^scrypt\$([A-Za-z0-9_-]{16,64})\$([A-Za-z0-9_-]{40,128})$/;

function derive(password: string, salt: Buffer, length: number): Promise<Buffer> {
    return new Promise((resolve, reject) => {
        scrypt(password.normalize('NFC'), salt, length, PARAMS, (err, key) => (err ? reject(err) : resolve(key)));
    });
}

/** "scrypt$<salt>$<hash>" (base64url): the form STAFF_USERS and staff_accounts store. */
export async function hashPassword(password: string): Promise<string> {
    if (password.length < 1) throw new Error('hashPassword(): password must not be empty');
    const salt = randomBytes(SALT_BYTES);
    const key = await derive(password, salt, KEY_BYTES);
    return `scrypt$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

export function isEncodedHash(value: string): boolean {
    return ENCODED.test(value);
}

/** Constant-time comparison; false (never a throw) for a malformed stored hash. */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
    const match = ENCODED.exec(encoded);
    if (!match) return false;
    const salt = Buffer.from(match[1] ?? '', 'base64url');
    const expected = Buffer.from(match[2] ?? '', 'base64url');
    const actual = await derive(password, salt, expected.length);
    return timingSafeEqual(actual, expected);
}

/** A password for the generated first admin: 24 characters from 18 random bytes. */
export function generatePassword(): string {
    return randomBytes(18).toString('base64url');
}

/** A stored hash of a random password, verified against when the user name is unknown (same timing). */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
    decoy ??= hashPassword(generatePassword());
    return decoy;
}
