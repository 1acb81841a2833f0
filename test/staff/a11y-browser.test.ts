import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/staff/passwords';
import { seriousViolations, tabTo as tabToIn } from '../helpers/axe';
import { CHROMIUM, chromiumAvailable, watchCsp } from '../helpers/browser';
import { HttpConversation } from '../helpers/server';
import { seed } from './helpers/seed';
import { startStaffApp, type StaffTestApp } from './helpers/staff-app';

const OUTPUT = path.resolve(__dirname, '../../test-results');

describe.skipIf(!chromiumAvailable)('the staff inbox passes axe-core and works with the keyboard alone', () => {
    let app: StaffTestApp;
    let browser: Browser;
    let page: Page;
    let violations: () => Promise<string[]>;
    let conversationId: string;

    beforeAll(async () => {
        app = await startStaffApp({ env: { STAFF_USERS: `erin:${await hashPassword('a long keyboard password')},dana:${await hashPassword('another password 2')}` } });
        await seed(app.database.applications, { reference: 'K7Q-4M2' });
        const parent = new HttpConversation(app.origin, 'en');
        await parent.say('human');
        conversationId = parent.conversationId;
        await app.staff.coordination.addNote(conversationId, 'dana', 'Synthetic note for the accessibility check', new Date());
        browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
        page = await browser.newPage({ locale: 'en-US', viewport: { width: 390, height: 844 } });
        violations = await watchCsp(page);
        mkdirSync(OUTPUT, { recursive: true });
    }, 60_000);
    afterAll(async () => {
        await browser?.close();
        await app?.stop({ remove: true });
    });

    const tabTo = (selector: string): Promise<number> => tabToIn(page, selector, 10);

    it('sign-in page: no serious violation, and signing in with the keyboard alone works', async () => {
        await page.goto(`${app.origin}/staff`);
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: path.join(OUTPUT, 'staff-signin-phone.png') });
        // The first Tab shows the skip link; the user name field follows within a few presses.
        await page.keyboard.press('Tab');
        await expect(page.evaluate<string>('document.activeElement.textContent')).resolves.toBe('Skip to content');
        // Off-screen until focused: then it is on the page.
        await expect(page.evaluate<number>('document.activeElement.getBoundingClientRect().left')).resolves.toBeGreaterThanOrEqual(0);
        expect(await tabTo('input[name="username"]')).toBeLessThanOrEqual(3);
        await expect(page.evaluate<string>(`getComputedStyle(document.activeElement).outlineStyle`)).resolves.not.toBe('none');
        await page.keyboard.type('erin');
        await page.keyboard.press('Tab');
        await page.keyboard.type('a long keyboard password');
        await Promise.all([page.waitForURL(`${app.origin}/staff`), page.keyboard.press('Enter')]);
        await page.getByText('Signed in as erin').waitFor();
    }, 30_000);

    it('inbox, conversation, profile and application pages: no serious violation', async () => {
        await page.goto(`${app.origin}/staff`);
        await page.getByRole('link', { name: 'K7Q-4M2' }).waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: path.join(OUTPUT, 'staff-inbox-phone.png'), fullPage: true });

        await page.goto(`${app.origin}/staff/conversations/${encodeURIComponent(conversationId)}`);
        await page.getByRole('button', { name: 'Take over' }).click();
        await page.getByLabel('Message to the parent').waitFor();
        await page.getByText('Synthetic note for the accessibility check').waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: path.join(OUTPUT, 'staff-conversation-phone.png'), fullPage: true });

        await page.goto(`${app.origin}/staff/profile`);
        await page.getByLabel('Name shown to parents').waitFor();
        expect(await seriousViolations(page)).toEqual([]);

        await page.goto(`${app.origin}/staff/applications/K7Q-4M2`);
        await page.getByRole('heading', { name: 'K7Q-4M2' }).waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        expect(await violations()).toEqual([]);

        // The check is real: a field without a label and an image without text are caught.
        await page.evaluate(`document.querySelector('main').insertAdjacentHTML('beforeend', '<input type="text"><img src="/x.png">')`);
        expect((await seriousViolations(page)).map((v) => v.split(' ')[0])).toEqual(expect.arrayContaining(['label', 'image-alt']));
    }, 60_000);
});
