import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/staff/passwords';
import { SCRIPTS } from '../fixtures/scripts';
import { CHROMIUM, chromiumAvailable, watchCsp } from '../helpers/browser';
import { runScript } from '../helpers/script';
import { HttpConversation, startServer, type RunningServer } from '../helpers/server';

const OUTPUT = path.resolve(__dirname, '../../test-results');
// The scripts' dates are valid on this day (as in the full-intake test).
const NOW = new Date('2026-11-15T12:00:00Z');

describe.skipIf(!chromiumAvailable)('the inbox updates itself in Chromium', () => {
    let dataDir: string;
    let server: RunningServer;
    let browser: Browser;
    let page: Page;
    let violations: () => Promise<string[]>;

    beforeAll(async () => {
        dataDir = mkdtempSync(path.join(tmpdir(), 'intake-inbox-live-'));
        server = await startServer({ DATA_DIR: dataDir, STAFF_USERS: `carla:${await hashPassword('coordinator password')}` }, () => NOW);
        browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
        page = await browser.newPage({ locale: 'en-US', viewport: { width: 390, height: 844 } });
        violations = await watchCsp(page);
        await page.goto(`${server.origin}/staff`);
        await page.getByLabel('User name').fill('carla');
        await page.getByLabel('Password').fill('coordinator password');
        await Promise.all([page.waitForURL(`${server.origin}/staff`), page.getByRole('button', { name: 'Sign in' }).click()]);
    }, 60_000);
    afterAll(async () => {
        await browser?.close();
        await server?.stop();
        rmSync(dataDir, { recursive: true, force: true });
    });

    const attentionRow = (conversationId: string) =>
        page.locator('#attention-section tr', { has: page.locator(`a[href="/staff/conversations/${encodeURIComponent(conversationId)}"]`) });

    it('shows a person request, an emergency and a new application without a reload', async () => {
        await page.getByText('Nothing needs attention right now.').waitFor();
        await page.getByText('0 applications').waitFor();
        // Text typed into the search field must survive the updates.
        await page.getByLabel('Search').fill('half-typed');
        const loads: string[] = [];
        page.on('load', () => loads.push(page.url()));

        const asking = new HttpConversation(server.origin, 'en');
        await asking.join();
        await asking.say('talk to a person');
        await expect(attentionRow(asking.conversationId).innerText({ timeout: 10_000 })).resolves.toMatch(/Asked for a person/);

        const worried = new HttpConversation(server.origin, 'de');
        await worried.join();
        await worried.say('Mein Sohn ist in Chemotherapie und hat jetzt Fieber 39,2');
        await expect(attentionRow(worried.conversationId).innerText({ timeout: 10_000 })).resolves.toMatch(/Emergency reported: fever during treatment/);
        await expect(page.getByText('Nothing needs attention right now.').count()).resolves.toBe(0);

        const family = new HttpConversation(server.origin, 'en');
        const { reference } = await runScript(family, await family.join(), SCRIPTS.en);
        await page.locator('#applications').getByRole('link', { name: reference }).waitFor({ timeout: 10_000 });
        await page.getByText('1 application').waitFor();

        expect(loads).toEqual([]);
        await expect(page.getByLabel('Search').inputValue()).resolves.toBe('half-typed');
        expect(await violations()).toEqual([]);
        mkdirSync(OUTPUT, { recursive: true });
        await page.screenshot({ path: path.join(OUTPUT, 'staff-inbox-live-phone.png'), fullPage: true });
    }, 60_000);
});
