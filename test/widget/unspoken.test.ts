import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, SCREENSHOTS as OUTPUT, startBrowserSuite, type BrowserSuite } from '../helpers/browser';
import type { RunningServer } from '../helpers/server';

const PHONE = { width: 390, height: 844 };

describe.skipIf(!chromiumAvailable)('a parent who writes in a language the bot does not speak, on a phone', () => {
    let suite: BrowserSuite;
    let browser: Browser;
    let server: RunningServer;

    beforeAll(async () => {
        suite = await startBrowserSuite({});
        ({ browser, server } = suite);
    }, 60_000);
    afterAll(() => suite?.stop());

    it('sees the notice with a line in Portuguese, the languages and a person as buttons, the open question again, and can switch', async () => {
        const page = await browser.newPage({ viewport: PHONE, locale: 'pt' });
        await page.goto(`${server.origin}/?lang=en`);
        await page.getByRole('button', { name: /^Yes/ }).first().waitFor({ timeout: 20_000 });
        const asked = await page.getByText(/Do you agree\?/).count();
        const input = page.locator('.webchat__send-box-text-box__input');
        await input.fill('Olá, meu filho tem leucemia e preciso de ajuda');
        await input.press('Enter');
        await page.getByText(/Desculpe, ainda não falo português/).first().waitFor({ timeout: 20_000 });
        // The open question comes again, with its own buttons; the notice keeps its buttons on its card.
        await expect.poll(() => page.getByText(/Do you agree\?/).count(), { timeout: 20_000 }).toBe(2 * asked);
        for (const name of ['English', 'Deutsch', 'Русский', 'العربية', 'Українська', 'Polski', 'Română', 'Español', 'Français', 'Türkçe', 'Talk to a person']) {
            await expect(page.getByRole('button', { name, exact: true }).last().isVisible(), name).resolves.toBe(true);
        }
        await expect(page.getByRole('button', { name: /^Yes/ }).last().isVisible()).resolves.toBe(true);
        // Ten languages in two columns (five rows), the person request across both: the card stays short on a phone.
        const box = async (name: string) => (await page.getByRole('button', { name, exact: true }).last().boundingBox())!;
        const [english, deutsch, russian, turkish, person] = await Promise.all(['English', 'Deutsch', 'Русский', 'Türkçe', 'Talk to a person'].map(box));
        expect(deutsch!.y).toBe(english!.y);
        expect(deutsch!.x).toBeGreaterThan(english!.x + english!.width - 1);
        expect(russian!.y).toBeGreaterThan(english!.y);
        expect(person!.y - english!.y, 'rows above the person button').toBeLessThan(6 * english!.height + 5 * 12);
        expect(person!.width).toBeGreaterThan(1.8 * turkish!.width);
        await page.screenshot({ path: path.join(OUTPUT, 'widget-unspoken-pt-phone.png') });
        await page.getByRole('button', { name: 'Deutsch', exact: true }).last().click();
        await page.getByText(/Sind Sie damit einverstanden\?/).first().waitFor({ timeout: 20_000 });
        await page.screenshot({ path: path.join(OUTPUT, 'widget-unspoken-switched-phone.png') });
        await page.close();
    }, 60_000);
});
