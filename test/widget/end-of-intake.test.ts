import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCRIPTS } from '../fixtures/scripts';
import { CHROMIUM, chromiumAvailable } from '../helpers/browser';
import { DirectLineParent } from '../helpers/directline';
import { startSmtpServer, type SmtpPeer } from '../helpers/peers/smtpServer';
import { runScript } from '../helpers/script';
import { startServer, type RunningServer } from '../helpers/server';

const OUTPUT = path.resolve(__dirname, '../../test-results');

describe.skipIf(!chromiumAvailable)('the end of the intake in the widget, on a phone', () => {
    let browser: Browser;
    let server: RunningServer;
    let smtp: SmtpPeer;
    let dataDir: string;

    beforeAll(async () => {
        dataDir = mkdtempSync(path.join(tmpdir(), 'widget-end-'));
        smtp = await startSmtpServer();
        server = await startServer({ DATA_DIR: dataDir, OPERATOR_NAME: 'Test Care', SMTP_URL: smtp.url, STAFF_EMAIL: 'coordinators@example.org' });
        browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
        mkdirSync(OUTPUT, { recursive: true });
    }, 60_000);
    afterAll(async () => {
        await browser?.close();
        await server?.stop();
        await smtp?.close();
        rmSync(dataDir, { recursive: true, force: true });
    });

    it('ar: the confirmation says what happens next, the copies are offered right to left, and the e-mail copy arrives in Arabic', async () => {
        const { parent, replies } = await DirectLineParent.open(server.origin, 'ar');
        const { reference } = await runScript(parent, replies, SCRIPTS.ar);

        const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'ar' });
        await page.addInitScript(`localStorage.setItem('intake-chat', ${JSON.stringify(parent.storage)});`);
        await page.goto(`${server.origin}/?lang=ar`);
        const confirmation = page.locator('.webchat__bubble__content', { hasText: 'يتواصل معكم خلال يومَي عمل عبر واتساب' });
        await confirmation.waitFor({ timeout: 20_000 });
        expect(await confirmation.innerText()).toContain(reference);
        // The card's own buttons (Web Chat also keeps hidden copies for screen readers).
        const button = (name: string) => page.locator(`.ac-pushButton[aria-label="${name}"]`);
        const email = button('أرسلوا لي نسخة بالبريد الإلكتروني');
        for (const name of ['تنزيل نسخة', 'تنزيل محادثتنا']) await button(name).waitFor({ timeout: 20_000 });
        await email.scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(OUTPUT, 'widget-ar-copies-phone.png') });
        const direction = (selector: string) => page.locator(selector).last().evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { direction: string } }).getComputedStyle(el).direction);
        expect(await direction('.ac-adaptiveCard')).toBe('rtl');
        expect(await direction('.ac-pushButton')).toBe('rtl');

        await email.click();
        const sent = page.locator('.webchat__bubble__content', { hasText: 'أرسل الآن نسخة' });
        await sent.waitFor({ timeout: 20_000 });
        await sent.scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(OUTPUT, 'widget-ar-copy-sent-phone.png') });
        await server.app.handoff.worker.runOnce(new Date());
        const mail = smtp.messages.find((m) => m.subject?.includes('نسختكم'));
        expect(mail?.html).toMatch(/<html lang="ar" dir="rtl">/);
        expect(mail?.text).toContain('سارة');
        await page.close();
    }, 90_000);
});
