import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/staff/passwords';
import { StaffClient } from './helpers/client';
import { startStaffApp, type StaffTestApp } from './helpers/staff-app';

const T0 = new Date('2026-03-02T10:00:00Z');
let now = T0;
const clock = () => now;
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

describe('first admin account (no STAFF_USERS)', () => {
    it('is created with a random password printed once, and not again after a restart', async () => {
        const first = await startStaffApp();
        expect(first.printed).toHaveLength(1);
        const { username, password } = first.printed[0]!;
        expect(username).toBe('admin');
        expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
        expect((await new StaffClient(first.origin).login(username, password)).status).toBe(200);
        await first.stop();

        const second = await startStaffApp({ dataDir: first.dataDir });
        try {
            expect(second.printed).toEqual([]);
            expect((await new StaffClient(second.origin).login(username, password)).status).toBe(200);
            expect((await new StaffClient(second.origin).login(username, `${password}x`)).status).toBe(401);
        } finally {
            await second.stop({ remove: true });
        }
    });
});

describe('staff sign-in', () => {
    let app: StaffTestApp;
    const password = 'correct horse battery staple';

    beforeAll(async () => {
        app = await startStaffApp({ env: { STAFF_USERS: `alice:${await hashPassword(password)},bob:${await hashPassword('another long secret')}` }, clock });
    });
    afterAll(() => app.stop({ remove: true }));

    it('uses the STAFF_USERS accounts and creates no admin', async () => {
        expect(app.printed).toEqual([]);
        expect((await new StaffClient(app.origin).login('alice', password)).status).toBe(200);
        expect((await new StaffClient(app.origin).login('admin', password)).status).toBe(401);
    });

    it('gives no access without a session: pages redirect to the sign-in form, the API answers 401', async () => {
        const anonymous = new StaffClient(app.origin);
        const page = await anonymous.get('/staff');
        expect(page.status).toBe(303);
        expect(page.headers.get('location')).toBe('/staff/login?next=%2Fstaff');
        expect((await anonymous.get('/staff/applications/K7Q-4M2')).status).toBe(303);
        for (const path of ['/staff/api/applications', '/staff/api/applications/K7Q-4M2', '/staff/api/conversations/x/events', '/staff/api/session']) {
            const res = await anonymous.get(path);
            expect(res.status, path).toBe(401);
            expect(await res.json()).toMatchObject({ error: 'unauthorized' });
        }
        expect((await anonymous.post('/staff/api/applications/K7Q-4M2/status', { status: 'in_review' })).status).toBe(401);
    });

    it('rejects a forged or unknown session cookie', async () => {
        const forged = new StaffClient(app.origin);
        forged.cookie = 'staff_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
        expect((await forged.get('/staff/api/session')).status).toBe(401);
        forged.cookie = 'staff_session=<script>';
        expect((await forged.get('/staff')).status).toBe(303);
    });

    it('sets an HttpOnly, SameSite=Strict session cookie scoped to /staff and signs out', async () => {
        const client = new StaffClient(app.origin);
        const res = await client.login('alice', password);
        const cookie = res.headers.get('set-cookie') ?? '';
        expect(cookie).toMatch(/^staff_session=[A-Za-z0-9_-]{43}; Path=\/staff; Max-Age=43200; HttpOnly; SameSite=Strict$/);
        expect((await client.get('/staff/api/session')).status).toBe(200);
        expect((await client.post('/staff/api/logout')).status).toBe(200);
        expect((await client.get('/staff/api/session')).status).toBe(401);
    });

    it('ends a session after STAFF_SESSION_HOURS (12 h by default)', async () => {
        const client = new StaffClient(app.origin);
        await client.login('alice', password);
        now = minutes(11 * 60);
        expect((await client.get('/staff/api/session')).status).toBe(200);
        now = minutes(2 * 60);
        expect((await client.get('/staff/api/session')).status).toBe(401);
    });

    it('locks an account for 15 minutes after 5 wrong passwords, even for the right one', async () => {
        const client = new StaffClient(app.origin);
        for (let i = 1; i <= 4; i++) expect((await client.login('bob', `wrong-${i}`)).status).toBe(401);
        const fifth = await client.login('bob', 'wrong-5');
        expect(fifth.status).toBe(429);
        expect(await fifth.json()).toMatchObject({ error: 'locked' });
        const right = await client.login('bob', 'another long secret');
        expect(right.status).toBe(429);
        expect(Number(right.headers.get('retry-after'))).toBe(15 * 60);
        // Another account is not affected.
        expect((await new StaffClient(app.origin).login('alice', password)).status).toBe(200);
        now = minutes(14);
        expect((await client.login('bob', 'another long secret')).status).toBe(429);
        now = minutes(2);
        expect((await client.login('bob', 'another long secret')).status).toBe(200);
    });

    it('locks unknown user names the same way (no way to tell which names exist)', async () => {
        const client = new StaffClient(app.origin);
        const statuses: number[] = [];
        for (let i = 0; i < 6; i++) statuses.push((await client.login('mallory', 'guess')).status);
        expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
    });

    it('requires the CSRF token: missing or forged → 403, also for forms', async () => {
        const client = new StaffClient(app.origin);
        await client.login('alice', password);
        const missing = await client.post('/staff/api/logout', {}, { csrf: null });
        expect(missing.status).toBe(403);
        expect(await missing.json()).toMatchObject({ error: 'csrf' });
        expect((await client.post('/staff/api/logout', {}, { csrf: 'forged-token' })).status).toBe(403);
        const other = new StaffClient(app.origin);
        await other.login('alice', password);
        expect((await client.post('/staff/api/logout', {}, { csrf: other.csrf! })).status).toBe(403);
        expect((await client.form('/staff/logout', {})).status).toBe(403);
        expect((await client.form('/staff/logout', { _csrf: 'forged' })).status).toBe(403);
        expect((await client.get('/staff/api/session')).status).toBe(200);
        const out = await client.form('/staff/logout', { _csrf: client.csrf! });
        expect(out.status).toBe(303);
        expect((await client.get('/staff/api/session')).status).toBe(401);
    });

    it('signs in through the HTML form and refuses a cross-site form post', async () => {
        const page = await fetch(`${app.origin}/staff/login`);
        expect(page.status).toBe(200);
        const html = await page.text();
        expect(html).toContain('<html lang="en" dir="ltr">');
        expect(html).toContain('name="password"');
        expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
        const post = (origin: string, pw: string) => fetch(`${app.origin}/staff/login`, {
            method: 'POST', redirect: 'manual',
            headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
            body: new URLSearchParams({ username: 'alice', password: pw, next: '/staff?status=new' }).toString()
        });
        const ok = await post(app.origin, password);
        expect(ok.status).toBe(303);
        expect(ok.headers.get('location')).toBe('/staff?status=new');
        expect(ok.headers.get('set-cookie')).toContain('HttpOnly');
        const wrong = await post(app.origin, 'nope');
        expect(wrong.status).toBe(401);
        expect(await wrong.text()).toContain('Wrong user name or password.');
        expect((await post('https://evil.example', password)).status).toBe(403);
    });

    it('never redirects off-site after sign-in', async () => {
        const res = await fetch(`${app.origin}/staff/login`, {
            method: 'POST', redirect: 'manual',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({ username: 'alice', password, next: '//evil.example/staff' }).toString()
        });
        expect(res.headers.get('location')).toBe('/staff');
    });
});

describe('STAFF_COOKIE_SECURE', () => {
    it('adds Secure to the session cookie', async () => {
        const app = await startStaffApp({ env: { STAFF_USERS: `carol:${await hashPassword('a secure enough password')}`, STAFF_COOKIE_SECURE: 'true' } });
        try {
            const res = await new StaffClient(app.origin).login('carol', 'a secure enough password');
            expect(res.headers.get('set-cookie')).toMatch(/; Secure$/);
        } finally {
            await app.stop({ remove: true });
        }
    });

    it('rejects malformed STAFF_USERS at start-up without echoing the entry', async () => {
        await expect(startStaffApp({ env: { STAFF_USERS: 'dave:plaintext-password' } })).rejects.toThrow(/entry 1 \(dave\): expected user:scrypt\$<salt>\$<hash>/);
        await expect(startStaffApp({ env: { STAFF_USERS: 'dave:plaintext-password' } })).rejects.not.toThrow(/plaintext-password/);
    });
});
