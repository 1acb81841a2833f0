import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/staff/passwords';
import { call, type Answer } from '../helpers/http';
import { startServerProcess } from '../helpers/serverProcess';
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

describe('first admin account from `npm start`', () => {
    it('writes the password to an owner-only file in DATA_DIR and prints only its path', async () => {
        const dataDir = mkdtempSync(path.join(tmpdir(), 'intake-first-admin-'));
        const server = await startServerProcess({ DATA_DIR: dataDir, STAFF_USERS: '' });
        try {
            const file = path.join(dataDir, 'staff-first-admin.txt');
            const output = server.output();
            expect(output).toContain(`Its password is in ${file}`);
            expect(statSync(file).mode & 0o777).toBe(0o600);
            const password = /password: (\S+)/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
            expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
            expect(output).not.toContain(password);
            await server.stop('SIGTERM');
            // The file holds the password the stored account really has.
            const app = await startStaffApp({ dataDir });
            try {
                expect(app.printed).toEqual([]);
                expect((await new StaffClient(app.origin).login('admin', password)).status).toBe(200);
            } finally {
                await app.stop();
            }
        } finally {
            await server.stop('SIGTERM');
            rmSync(dataDir, { recursive: true, force: true });
        }
    }, 60_000);
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

    /** A sign-in through the JSON API from a chosen address. */
    const signIn = (username: string, pw: string, from: string) => call(app.origin, 'POST', '/staff/api/login', { from, json: { username, password: pw } });
    const statusesOf = async (attempts: (() => Promise<Answer>)[]) => {
        const statuses: number[] = [];
        for (const attempt of attempts) statuses.push((await attempt()).status);
        return statuses;
    };

    it('makes an address wait after 5 wrong passwords for a name, while the right password from another address signs in', async () => {
        const attacker = '127.0.0.2';
        const statuses = await statusesOf([1, 2, 3, 4].map((i) => () => signIn('bob', `wrong-${i}`, attacker)));
        expect(statuses).toEqual([401, 401, 401, 401]);
        const fifth = await signIn('bob', 'wrong-5', attacker);
        expect(fifth.status).toBe(429);
        expect(fifth.headers['retry-after']).toBe('60');
        expect(fifth.json).toMatchObject({ error: 'too_many_attempts', message: 'Too many failed sign-ins from this network. Please wait 1 min and try again.' });
        // Even the right password waits at that address…
        expect((await signIn('bob', 'another long secret', attacker)).status).toBe(429);
        // …but not at another one, by the API or the form.
        const elsewhere = await signIn('bob', 'another long secret', '127.0.0.3');
        expect(elsewhere.status).toBe(200);
        expect(String(elsewhere.headers['set-cookie'])).toMatch(/^staff_session=/);
        const form = await call(app.origin, 'POST', '/staff/login', { from: '127.0.0.3', headers: { origin: app.origin }, form: { username: 'bob', password: 'another long secret' } });
        expect(form.status).toBe(303);
        // The waits double while the address keeps failing: 2 min, then 4 min.
        now = minutes(1.1);
        expect((await signIn('bob', 'wrong-6', attacker)).headers['retry-after']).toBe('120');
        now = minutes(2.1);
        expect((await signIn('bob', 'wrong-7', attacker)).headers['retry-after']).toBe('240');
        now = minutes(4.1);
        expect((await signIn('bob', 'another long secret', attacker)).status).toBe(200);
        // A success starts that name's count at this address afresh.
        expect((await signIn('bob', 'wrong-8', attacker)).status).toBe(401);
    });

    it('makes an address wait after 20 failures across any user names', async () => {
        const sprayer = '127.0.0.4';
        const statuses = await statusesOf(Array.from({ length: 20 }, (_, i) => () => signIn(`user${i}`, 'guess', sprayer)));
        expect(statuses).toEqual([...Array<number>(19).fill(401), 429]);
        expect((await signIn('alice', password, sprayer)).status).toBe(429);
        expect((await signIn('alice', password, '127.0.0.5')).status).toBe(200);
    });

    it('throttles unknown user names the same way (no way to tell which names exist)', async () => {
        const statuses = await statusesOf(Array.from({ length: 6 }, () => () => signIn('mallory', 'guess', '127.0.0.6')));
        expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
    });

    it('checks no password while an earlier attempt from the address is still being checked (a burst gets no extra guesses)', async () => {
        const from = '127.0.0.7';
        expect(await statusesOf([1, 2, 3, 4].map((i) => () => signIn('alice', `wrong-${i}`, from)))).toEqual([401, 401, 401, 401]);
        // The 5th wrong password is on its way (its scrypt check takes a while) when the right one follows.
        const fifth = signIn('alice', 'wrong-5', from);
        const followers: Promise<Answer>[] = [];
        for (let i = 0; i < 5; i++) {
            await new Promise((resolve) => setTimeout(resolve, 5));
            followers.push(signIn('alice', password, from));
        }
        expect((await fifth).status).toBe(429);
        expect((await Promise.all(followers)).map((a) => a.status)).toEqual([429, 429, 429, 429, 429]);
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
            headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.origin },
            body: new URLSearchParams({ username: 'alice', password, next: '//evil.example/staff' }).toString()
        });
        expect(res.headers.get('location')).toBe('/staff');
    });

    it('refuses a sign-in form without Origin and Referer, or with Origin: null; a same-origin Referer is enough', async () => {
        const post = (headers: Record<string, string>) => call(app.origin, 'POST', '/staff/login', { from: '127.0.0.8', headers, form: { username: 'alice', password } });
        const refusedHeaders: Record<string, string>[] = [{}, { origin: 'null' }, { origin: 'null', referer: `${app.origin}/staff/login` }, { referer: 'https://evil.example/staff/login' }];
        for (const headers of refusedHeaders) {
            const refused = await post(headers);
            expect(refused.status, JSON.stringify(headers)).toBe(403);
            expect(refused.headers['set-cookie']).toBeUndefined();
            expect(refused.text).toContain('The form has expired.');
        }
        const viaReferer = await post({ referer: `${app.origin}/staff/login?next=%2Fstaff` });
        expect(viaReferer.status).toBe(303);
        expect(String(viaReferer.headers['set-cookie'])).toMatch(/^staff_session=/);
    });

    it('sends Referrer-Policy: same-origin, so browsers post the form with its origin', async () => {
        const page = await fetch(`${app.origin}/staff/login`);
        expect(page.headers.get('referrer-policy')).toBe('same-origin');
    });
});

describe('the wait message', () => {
    it('is in the staff language on the sign-in page, with Retry-After', async () => {
        const app = await startStaffApp({ env: { STAFF_USERS: `dora:${await hashPassword('ein ausreichend langes Passwort')}` }, config: { STAFF_LOCALE: 'de' } });
        try {
            const post = () => call(app.origin, 'POST', '/staff/login', { headers: { origin: app.origin }, form: { username: 'dora', password: 'falsch' } });
            for (let i = 0; i < 4; i++) expect((await post()).status).toBe(401);
            const waiting = await post();
            expect(waiting.status).toBe(429);
            expect(waiting.headers['retry-after']).toBe('60');
            expect(waiting.text).toContain('<html lang="de"');
            expect(waiting.text).toContain('Zu viele fehlgeschlagene Anmeldungen aus diesem Netzwerk. Bitte warten Sie 1 Min. und versuchen Sie es dann erneut.');
        } finally {
            await app.stop({ remove: true });
        }
    });
});

describe('STAFF_COOKIE_SECURE', () => {
    const cookieOf = async (app: StaffTestApp, host: string) => {
        const res = await call(app.origin, 'POST', '/staff/api/login', { headers: { host }, json: { username: 'carol', password: 'a secure enough password' } });
        expect(res.status).toBe(200);
        return String(res.headers['set-cookie']);
    };

    it('by default marks the session cookie Secure except on localhost over http', async () => {
        const app = await startStaffApp({ env: { STAFF_USERS: `carol:${await hashPassword('a secure enough password')}` } });
        try {
            expect(await cookieOf(app, 'staff.example.org')).toMatch(/; Secure$/);
            expect(await cookieOf(app, 'staff.example.org:3978')).toMatch(/; Secure$/);
            for (const local of ['localhost:3978', '127.0.0.1:3978', '[::1]:3978', 'localhost']) expect(await cookieOf(app, local)).not.toMatch(/Secure/);
        } finally {
            await app.stop({ remove: true });
        }
    });

    it('true adds Secure everywhere, false nowhere', async () => {
        const secure = await startStaffApp({ env: { STAFF_USERS: `carol:${await hashPassword('a secure enough password')}`, STAFF_COOKIE_SECURE: 'true' } });
        try {
            const res = await new StaffClient(secure.origin).login('carol', 'a secure enough password');
            expect(res.headers.get('set-cookie')).toMatch(/; Secure$/);
        } finally {
            await secure.stop({ remove: true });
        }
        const plain = await startStaffApp({ env: { STAFF_USERS: `carol:${await hashPassword('a secure enough password')}`, STAFF_COOKIE_SECURE: 'false' } });
        try {
            expect(await cookieOf(plain, 'staff.example.org')).not.toMatch(/Secure/);
        } finally {
            await plain.stop({ remove: true });
        }
    });

    it('rejects malformed STAFF_USERS at start-up without echoing the entry', async () => {
        await expect(startStaffApp({ env: { STAFF_USERS: 'dave:plaintext-password' } })).rejects.toThrow(/entry 1 \(dave\): expected user:scrypt\$<salt>\$<hash>/);
        await expect(startStaffApp({ env: { STAFF_USERS: 'dave:plaintext-password' } })).rejects.not.toThrow(/plaintext-password/);
    });
});
