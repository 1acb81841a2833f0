import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { staffEnv } from '../../src/staff/env';
import { hashPassword, isEncodedHash, verifyPassword } from '../../src/staff/passwords';

function hashCli(input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
        const child = spawn('npm', ['run', '--silent', 'staff:hash-password'], { stdio: ['pipe', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
        child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
        child.on('close', (code) => resolve({ code, stdout, stderr }));
        child.stdin.end(input);
    });
}

describe('staff passwords', () => {
    it('hashes with scrypt as scrypt$<salt>$<hash>, salted, verified in constant time', async () => {
        const a = await hashPassword('Пароль с пробелами 1');
        const b = await hashPassword('Пароль с пробелами 1');
        expect(a).toMatch(/^scrypt\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
        expect(a).not.toBe(b);
        expect(await verifyPassword('Пароль с пробелами 1', a)).toBe(true);
        expect(await verifyPassword('Пароль с пробелами 2', a)).toBe(false);
        expect(await verifyPassword('x', 'scrypt$broken')).toBe(false);
    });

    it('npm run staff:hash-password reads the password from stdin and prints a STAFF_USERS-ready hash', async () => {
        const { code, stdout } = await hashCli('a long enough password\n');
        expect(code).toBe(0);
        const hash = stdout.trim();
        expect(isEncodedHash(hash)).toBe(true);
        expect(await verifyPassword('a long enough password', hash)).toBe(true);
        expect(staffEnv({ STAFF_USERS: `alice:${hash}` }).users).toEqual([{ username: 'alice', passwordHash: hash }]);
        const short = await hashCli('short\n');
        expect(short.code).toBe(2);
        expect(short.stdout).toBe('');
    });

    it('validates the staff variables with defaults', () => {
        expect(staffEnv({})).toEqual({ users: [], cookieSecure: 'auto', sessionHours: 12 });
        expect(() => staffEnv({ STAFF_USERS: 'a:b,c:d', STAFF_COOKIE_SECURE: 'yes' })).toThrow(/STAFF_USERS: entry 1 \(a\)[\s\S]*entry 2 \(c\)[\s\S]*STAFF_COOKIE_SECURE/);
    });
});
