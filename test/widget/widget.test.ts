import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../helpers/axe';
import { chromiumAvailable, SCREENSHOTS as OUTPUT, startBrowserSuite, watchCsp, type BrowserSuite } from '../helpers/browser';
import { noisyPng } from '../fixtures/documents';
import type { RunningServer } from '../helpers/server';


/**
 * The operator's site: a page on another origin that embeds the widget in an iframe, and at
 * /launcher/<lang>/<dir> a page with only the launcher's one script tag.
 */
async function embeddingSite(): Promise<{ origin: string; setWidget(origin: string): void; close(): Promise<void> }> {
    let widget = '';
    const site: HttpServer = createHttpServer((req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        const [, lang, dir] = /^\/launcher\/(\w+)\/(\w+)$/.exec(req.url ?? '') ?? [];
        if (lang && dir) {
            res.end(`<!doctype html><html lang="${lang}" dir="${dir}"><title>Operator</title><h1>Operator site</h1><p><a href="#">Contact</a></p><script src="${widget}/launcher.js" async></script></html>`);
            return;
        }
        res.end(`<!doctype html><title>Operator</title><h1>Operator site</h1><iframe title="chat" src="${widget}/" width="390" height="700"></iframe>`);
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    return {
        origin: `http://127.0.0.1:${(site.address() as AddressInfo).port}`,
        setWidget: (origin) => { widget = origin; },
        close: () => new Promise((resolve) => site.close(() => resolve()))
    };
}

describe.skipIf(!chromiumAvailable)('the website widget in real Chromium', () => {
    let suite: BrowserSuite;
    let browser: Browser;
    let server: RunningServer;
    let allowedSite: Awaited<ReturnType<typeof embeddingSite>>;
    let otherSite: Awaited<ReturnType<typeof embeddingSite>>;

    beforeAll(async () => {
        allowedSite = await embeddingSite();
        otherSite = await embeddingSite();
        suite = await startBrowserSuite({ WIDGET_FRAME_ANCESTORS: `'self' ${allowedSite.origin}` });
        ({ browser, server } = suite);
        allowedSite.setWidget(server.origin);
        otherSite.setWidget(server.origin);
    }, 60_000);
    afterAll(async () => {
        await suite?.stop();
        await allowedSite?.close();
        await otherSite?.close();
    });

    it('a parent on a phone reads the welcome, taps "Yes", answers the first question and sends a document', async () => {
        const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'en-US' });
        const violations = await watchCsp(page);
        await page.goto(`${server.origin}/`);
        await expect(page.title()).resolves.toBe('Test Care: application and questions');
        await page.getByText(/intake assistant of Test Care/).first().waitFor({ timeout: 20_000 });
        await page.getByRole('button', { name: /^Yes/ }).first().click();
        await page.getByText(/first name/i).first().waitFor({ timeout: 20_000 });
        const input = page.locator('.webchat__send-box-text-box__input');
        await input.fill('Mia');
        await input.press('Enter');
        await page.getByText(/When was Mia born/i).first().waitFor({ timeout: 20_000 });
        // A document through Web Chat's upload button (its file input), at any question.
        const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
        await page.locator('input[type=file]').first().setInputFiles({ name: 'blood-count.pdf', mimeType: 'application/pdf', buffer: pdf });
        await input.press('Enter');
        // Web Chat renders the quotes typographically.
        await page.getByText(/received .blood-count\.pdf./).first().waitFor({ timeout: 20_000 });
        const shot = await page.screenshot({ path: path.join(OUTPUT, 'widget-en-phone.png'), fullPage: false });
        // A PNG of the phone viewport (width and height from the IHDR chunk).
        expect(shot.subarray(1, 4).toString()).toBe('PNG');
        expect([shot.readUInt32BE(16), shot.readUInt32BE(20)]).toEqual([390, 844]);
        // Web Chat, the page's script and the upload all work under the page's Content-Security-Policy.
        expect(await violations()).toEqual([]);
        await page.close();
    }, 60_000);

    it('a question the bot is unsure of offers the closest answers as buttons before a person, and a tap answers it', async () => {
        const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'en-US' });
        await page.goto(`${server.origin}/`);
        await page.getByText(/intake assistant of Test Care/).first().waitFor({ timeout: 20_000 });
        await page.getByRole('button', { name: /^No/ }).first().click();
        const input = page.locator('.webchat__send-box-text-box__input');
        await page.getByText(/ask anything about your child/).first().waitFor({ timeout: 20_000 });
        await input.fill('is the trip long and what does the money side look like for us?');
        await input.press('Enter');
        const offerLine = page.getByText('One of the answers below may help.').first();
        await offerLine.waitFor({ timeout: 20_000 });
        await offerLine.scrollIntoViewIfNeeded();
        const offered = page.locator('.webchat__suggested-actions button');
        const titles = (await offered.allInnerTexts()).map((t) => t.trim());
        const travel = titles.findIndex((t) => /travel/i.test(t));
        expect(travel).toBeGreaterThanOrEqual(0);
        expect(travel).toBeLessThan(titles.indexOf('Talk to a person'));
        await page.screenshot({ path: path.join(OUTPUT, 'widget-en-faq-offer-phone.png'), fullPage: false });
        await offered.nth(travel).click();
        await page.getByText('Sources:').first().waitFor({ timeout: 20_000 });
        await page.close();
    }, 60_000);

    it('files picked with the paperclip show their name and size, can be removed, and after sending show as a thumbnail or a file chip with a link signed for this conversation', async () => {
        const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'en-US' });
        await page.goto(`${server.origin}/`);
        await page.getByRole('button', { name: /^Yes/ }).first().click();
        await page.getByText(/first name/i).first().waitFor({ timeout: 20_000 });
        const pdf = Buffer.from('%PDF-1.4\n% synthetic widget document\n%%EOF\n');
        // Two phone-sized photos; Web Chat makes a thumbnail (a data: URL) of each.
        const photos = [noisyPng(900, 1), noisyPng(900, 2)];
        await page.locator('input[type=file]').first().setInputFiles([
            { name: 'marrow-report.pdf', mimeType: 'application/pdf', buffer: pdf },
            ...photos.map((buffer, i) => ({ name: `photo-${i + 1}.png`, mimeType: 'image/png', buffer })),
            { name: 'wrong-child.pdf', mimeType: 'application/pdf', buffer: pdf },
            { name: 'letter.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: pdf }
        ]);
        // Before sending: every file with its size, and a remove button named after it.
        const tray = page.getByRole('group', { name: 'Files to send' });
        await tray.getByText('letter.docx').waitFor({ timeout: 10_000 });
        expect(await tray.locator('.file__size').allInnerTexts()).toEqual(['1 kB', '1 kB', '29 kB', '29 kB', '1 kB']);
        // A kind of file the server would refuse (and the whole upload with it) is pointed out before sending, first in the list.
        expect(await tray.locator('.file__warning').allInnerTexts()).toEqual(['This kind of file cannot be sent: please send a PDF, a photo (JPEG, PNG, HEIC) or a ZIP.']);
        expect(await tray.locator('.file__name').allInnerTexts()).toEqual(['letter.docx', 'marrow-report.pdf', 'photo-1.png', 'photo-2.png', 'wrong-child.pdf']);
        await expect(tray.getByText('Not sent yet: tap the send arrow to send.').isVisible()).resolves.toBe(true);
        expect(await tray.locator('img').count()).toBe(2);
        // The question stays in view above the list (once the transcript has scrolled to its end).
        const question = page.locator('.webchat__bubble__content', { hasText: /first name/i }).last();
        await expect.poll(async () => {
            const [bubble, list] = [await question.boundingBox(), await tray.boundingBox()];
            return !!bubble && !!list && bubble.y >= 0 && bubble.y + bubble.height <= list.y;
        }, { timeout: 5_000 }).toBe(true);
        await page.screenshot({ path: path.join(OUTPUT, 'widget-en-files-remove-phone.png') });
        await tray.getByRole('button', { name: 'Remove letter.docx' }).click();
        await tray.getByRole('button', { name: 'Remove wrong-child.pdf' }).click();
        expect(await tray.locator('.file__name').allInnerTexts()).toEqual(['marrow-report.pdf', 'photo-1.png', 'photo-2.png']);
        // The focus stays in the send box; the send button sends what is left.
        expect(await page.evaluate<boolean>(`document.activeElement.classList.contains('file__remove')`)).toBe(true);
        await page.locator('.webchat__send-button').click();
        await page.getByText(/received .photo-2\.png./).first().waitFor({ timeout: 20_000 });
        await expect(tray.isHidden()).resolves.toBe(true);
        expect(await page.getByText(/received .wrong-child\.pdf./).count()).toBe(0);

        // In the parent's bubble: the PDF as a chip (icon, name, size), the photos as thumbnails, each a download link.
        const chip = page.getByRole('link', { name: 'Download marrow-report.pdf, 1 kB' });
        expect(await chip.locator('.sent-file__icon').innerText()).toBe('PDF');
        expect(await chip.innerText()).toContain('marrow-report.pdf');
        for (const name of ['photo-1.png', 'photo-2.png']) {
            const thumbnail = page.getByRole('link', { name: `Download ${name}, 29 kB` }).locator('img');
            await expect.poll(() => thumbnail.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth), { timeout: 10_000 }).toBeGreaterThan(0);
        }
        await page.locator('.webchat__bubble--from-user .sent-file').last().scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(OUTPUT, 'widget-upload-phone.png') });

        // Each file: a link on this origin, signed, that downloads it in a sandbox; without the signature, refused.
        const sent = [['marrow-report.pdf', pdf, 'application/pdf'], ['photo-1.png', photos[0], 'image/png'], ['photo-2.png', photos[1], 'image/png']] as const;
        for (const [name, bytes, type] of sent) {
            const url = await page.locator('a.sent-file', { hasText: name }).first().getAttribute('href') ?? '';
            expect(url.startsWith(`${server.origin}/v3/directline/attachments/att-`), url).toBe(true);
            expect(url).toMatch(/\?e=\d+&s=[\w-]+$/);
            const download = await page.request.get(url);
            expect(download.status()).toBe(200);
            expect(await download.body()).toEqual(bytes);
            expect(download.headers()).toMatchObject({ 'content-type': type, 'content-security-policy': "default-src 'none'; sandbox", 'x-content-type-options': 'nosniff' });
            expect((await page.request.get(url.split('?')[0] ?? '')).status()).toBe(403);
        }
        // After a reload the history shows the same chips with their sizes (kept with the conversation's activities).
        await page.reload();
        await page.getByRole('link', { name: 'Download marrow-report.pdf, 1 kB' }).waitFor({ timeout: 20_000 });
        await page.close();
    }, 60_000);

    it('Arabic opens right-to-left and the conversation survives a reload', async () => {
        const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'ar' });
        const violations = await watchCsp(page);
        await page.goto(`${server.origin}/?lang=ar`);
        expect(await page.getAttribute('html', 'dir')).toBe('rtl');
        await page.getByRole('button', { name: /نعم/ }).first().waitFor({ timeout: 20_000 });
        await page.getByRole('button', { name: /نعم/ }).first().click();
        await page.getByText(/اسم/).first().waitFor({ timeout: 20_000 });
        await page.reload();
        // Same conversation: the history is shown again and the bot is still at the name question.
        await page.getByText(/اسم/).first().waitFor({ timeout: 20_000 });
        const input = page.locator('.webchat__send-box-text-box__input');
        await input.fill('ليلى');
        await input.press('Enter');
        await page.getByText(/ليلى/).nth(1).waitFor({ timeout: 20_000 });
        await page.screenshot({ path: path.join(OUTPUT, 'widget-ar-phone.png') });
        expect(await violations()).toEqual([]);
        await page.close();
    }, 60_000);

    it('works in an iframe on a site listed in WIDGET_FRAME_ANCESTORS', async () => {
        const page = await browser.newPage({ viewport: { width: 800, height: 900 }, locale: 'en-US' });
        const violations = await watchCsp(page);
        await page.goto(`${allowedSite.origin}/`);
        const chat = page.frameLocator('iframe[title="chat"]');
        await chat.getByText(/intake assistant of Test Care/).first().waitFor({ timeout: 20_000 });
        await chat.getByRole('button', { name: /^Yes/ }).first().click();
        await chat.getByText(/first name/i).first().waitFor({ timeout: 20_000 });
        expect(await violations()).toEqual([]);
        await page.close();
    }, 60_000);

    it('refuses to be framed by any other site', async () => {
        const page = await browser.newPage({ viewport: { width: 800, height: 900 }, locale: 'en-US' });
        const violations = await watchCsp(page);
        const refused = page.waitForEvent('console', { predicate: (message) => /frame-ancestors/.test(message.text()), timeout: 20_000 });
        await page.goto(`${otherSite.origin}/`);
        expect((await refused).text()).toMatch(new RegExp(`'${server.origin}/'.*frame-ancestors 'self' ${allowedSite.origin}`));
        await page.getByText('Operator site').waitFor();
        // Nothing of the widget rendered inside the frame.
        const frame = page.frames().find((f) => f !== page.mainFrame());
        expect(frame).toBeDefined();
        expect(await frame!.locator('body').innerText().catch(() => '')).not.toMatch(/Test Care/);
        expect((await violations()).some((text) => /frame-ancestors/.test(text))).toBe(true);
        await page.close();
    }, 60_000);

    it.each([
        ['en', 'ltr', 'Open the chat with our team', 'Close the chat', /intake assistant of Test Care/],
        ['ar', 'rtl', 'افتحوا المحادثة مع فريقنا', 'أغلقوا المحادثة', /Test Care/]
    ] as const)('%s: the launcher on the operator\'s page opens the chat full-screen on a phone, and Esc closes it', async (lang, dir, open, close, welcome) => {
        const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'en-US' });
        const violations = await watchCsp(page);
        await page.goto(`${allowedSite.origin}/launcher/${lang}/${dir}`);
        // A round button in the page's language, in the corner where the page's lines end.
        const button = page.getByRole('button', { name: open, exact: true });
        const box = (await button.boundingBox())!;
        expect(box.width).toBe(box.height);
        expect(box.y + box.height).toBeGreaterThan(844 - 100);
        expect(dir === 'rtl' ? box.x < 100 : box.x > 390 - 100, JSON.stringify(box)).toBe(true);
        expect(await button.getAttribute('aria-expanded')).toBe('false');
        await page.screenshot({ path: path.join(OUTPUT, `launcher-${lang}-closed-phone.png`) });

        await button.click();
        const frame = page.locator('iframe');
        expect(await frame.getAttribute('src')).toBe(`${server.origin}/?lang=${lang}`);
        const chat = page.frameLocator('iframe');
        await chat.locator('.webchat__bubble__content', { hasText: welcome }).first().waitFor({ timeout: 20_000 });
        expect(await chat.locator('html').getAttribute('dir')).toBe(dir);
        // Full screen on a phone, with its own close button in the page's language.
        const panel = (await page.getByRole('dialog').boundingBox())!;
        expect([panel.x, panel.y, panel.width, panel.height]).toEqual([0, 0, 390, 844]);
        await page.getByRole('dialog').getByRole('button', { name: close, exact: true }).waitFor();
        await page.screenshot({ path: path.join(OUTPUT, `launcher-${lang}-open-phone.png`) });
        expect(await seriousViolations(page)).toEqual([]);

        // Esc inside the chat closes the panel and gives the focus back to the button.
        await chat.locator('.webchat__send-box-text-box__input').click();
        await page.keyboard.press('Escape');
        await page.getByRole('dialog').waitFor({ state: 'hidden' });
        expect(await button.evaluate((el) => el === (el.ownerDocument as unknown as { activeElement: unknown }).activeElement)).toBe(true);
        expect(await button.getAttribute('aria-expanded')).toBe('false');
        // Opened again: the same conversation, then closed with its own button.
        await button.click();
        await chat.getByText(welcome).first().waitFor();
        await page.getByRole('dialog').getByRole('button', { name: close, exact: true }).click();
        await page.getByRole('dialog').waitFor({ state: 'hidden' });
        expect(await violations()).toEqual([]);
        await page.close();
    }, 60_000);

    it('the launcher on a site not listed in WIDGET_FRAME_ANCESTORS opens a panel the browser leaves empty', async () => {
        const page = await browser.newPage({ viewport: { width: 1024, height: 800 }, locale: 'en-US' });
        const refused = page.waitForEvent('console', { predicate: (message) => /frame-ancestors/.test(message.text()), timeout: 20_000 });
        await page.goto(`${otherSite.origin}/launcher/en/ltr`);
        await page.getByRole('button', { name: 'Open the chat with our team', exact: true }).click();
        expect((await refused).text()).toMatch(/frame-ancestors/);
        const frame = page.frames().find((f) => f !== page.mainFrame());
        expect(await frame!.locator('body').innerText().catch(() => '')).not.toMatch(/Test Care/);
        await page.close();
    }, 60_000);
});
