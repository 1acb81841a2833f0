import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/staff/passwords';
import { CHROMIUM, chromiumAvailable, watchCsp } from '../helpers/browser';
import { startStaffApp, type StaffTestApp } from './helpers/staff-app';

describe.skipIf(!chromiumAvailable)('staff sign-in in real Chromium', () => {
    let browser: Browser;
    let app: StaffTestApp;
    const password = 'a long browser password';

    beforeAll(async () => {
        app = await startStaffApp({ env: { STAFF_USERS: `erin:${await hashPassword(password)}` } });
        browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    }, 60_000);
    afterAll(async () => {
        await browser?.close();
        await app?.stop({ remove: true });
    });

    const signIn = async (pw: string) => {
        const page = await browser.newPage({ locale: 'en-US' });
        const violations = await watchCsp(page);
        await page.goto(`${app.origin}/staff`);
        expect(new URL(page.url()).pathname).toBe('/staff/login');
        await page.getByLabel('User name').fill('erin');
        await page.getByLabel('Password').fill(pw);
        await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Sign in' }).click()]);
        return { page, violations };
    };

    it('signs in through the real form with the right password and shows the inbox', async () => {
        const { page, violations } = await signIn(password);
        await page.getByRole('heading', { name: 'Applications' }).waitFor({ timeout: 10_000 });
        expect(new URL(page.url()).pathname).toBe('/staff');
        await expect(page.getByText('Signed in as erin').isVisible()).resolves.toBe(true);
        await expect(page.getByText('The form has expired').count()).resolves.toBe(0);
        expect(await violations()).toEqual([]);
        await page.close();
    }, 30_000);

    it('shows the error for a wrong password and stays signed out', async () => {
        const { page } = await signIn('not the password');
        await page.getByText('Wrong user name or password.').waitFor({ timeout: 10_000 });
        await page.goto(`${app.origin}/staff`);
        expect(new URL(page.url()).pathname).toBe('/staff/login');
        await page.close();
    }, 30_000);
});
