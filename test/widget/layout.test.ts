import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCRIPTS } from '../fixtures/scripts';
import { chromiumAvailable, listItems, SCREENSHOTS as OUTPUT, startBrowserSuite, type BrowserSuite } from '../helpers/browser';
import { DirectLineParent } from '../helpers/directline';
import { answerUntil } from '../helpers/script';
import type { RunningServer } from '../helpers/server';

const PHONE = { width: 390, height: 844 };

/** What a person sees of the transcript: direction and horizontal place of bubbles, cards, buttons and the input. */
interface Layout {
    botDirection: string[];
    userDirection: string[];
    /** Space left and right of each bubble, in pixels. */
    userGaps: [number, number][];
    botGaps: [number, number][];
    cardDirection: string[];
    buttonDirection: string[];
    inputDirection: string;
}

// Browser-side code as text: the project's TypeScript has no DOM types.
const LAYOUT = `(() => {
  const width = document.documentElement.clientWidth;
  const all = (selector) => Array.from(document.querySelectorAll(selector));
  const dir = (el) => getComputedStyle(el).direction;
  const gaps = (el) => { const r = el.getBoundingClientRect(); return [Math.round(r.left), Math.round(width - r.right)]; };
  const bot = all('.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content');
  const user = all('.webchat__bubble--from-user .webchat__bubble__content');
  const input = document.querySelector('.webchat__send-box-text-box__input');
  return {
    botDirection: bot.map(dir), userDirection: user.map(dir),
    userGaps: user.map(gaps), botGaps: bot.map(gaps),
    cardDirection: all('.ac-adaptiveCard').map(dir),
    buttonDirection: all('.webchat__suggested-action, .ac-pushButton').map(dir),
    inputDirection: input ? dir(input) : ''
  };
})()`;

const layout = (page: Page) => page.evaluate<Layout>(LAYOUT);

describe.skipIf(!chromiumAvailable)('the widget on a phone, as a parent sees it', () => {
    let suite: BrowserSuite;
    let browser: Browser;
    let server: RunningServer;

    beforeAll(async () => {
        // The scripts' relative dates ("2 years ago") are read on the day their expectations assume.
        suite = await startBrowserSuite({}, () => new Date('2026-11-15T12:00:00Z'));
        ({ browser, server } = suite);
    }, 60_000);
    afterAll(() => suite?.stop());

    async function startIntake(lang: 'en' | 'ar', yes: RegExp, name: string, nameQuestion: RegExp): Promise<Page> {
        const page = await browser.newPage({ viewport: PHONE, locale: lang });
        await page.goto(`${server.origin}/?lang=${lang}`);
        await page.getByRole('button', { name: yes }).first().click({ timeout: 20_000 });
        await page.getByText(nameQuestion).first().waitFor({ timeout: 20_000 });
        const input = page.locator('.webchat__send-box-text-box__input');
        await input.fill(name);
        await input.press('Enter');
        await page.locator('.webchat__bubble--from-user', { hasText: name }).first().waitFor({ timeout: 20_000 });
        // The next question names the child: the bot has answered.
        await page.locator('.webchat__bubble:not(.webchat__bubble--from-user)', { hasText: name }).first().waitFor({ timeout: 20_000 });
        return page;
    }

    it('in Arabic everything runs right to left and the parent writes from the left, as in Arabic messaging apps', async () => {
        const page = await startIntake('ar', /نعم/, 'ليلى', /اسم/);
        const seen = await layout(page);
        await page.screenshot({ path: path.join(OUTPUT, 'widget-ar-rtl-phone.png') });
        expect(seen.botDirection.length).toBeGreaterThan(1);
        expect(new Set(seen.botDirection)).toEqual(new Set(['rtl']));
        expect(new Set(seen.userDirection)).toEqual(new Set(['rtl']));
        expect(new Set(seen.cardDirection)).toEqual(new Set(['rtl']));
        expect(seen.buttonDirection.length).toBeGreaterThan(0);
        expect(new Set(seen.buttonDirection)).toEqual(new Set(['rtl']));
        expect(seen.inputDirection).toBe('rtl');
        // The parent's short answers hug the left edge; the bot's bubbles start at the right.
        expect(seen.userGaps.every(([left, right]) => left < right), JSON.stringify(seen.userGaps)).toBe(true);
        expect(seen.botGaps.every(([left, right]) => right <= left), JSON.stringify(seen.botGaps)).toBe(true);
        await page.close();
    }, 60_000);

    it('in English everything runs left to right and the parent writes from the right', async () => {
        const page = await startIntake('en', /^Yes/, 'Mia', /first name/i);
        const seen = await layout(page);
        await page.screenshot({ path: path.join(OUTPUT, 'widget-en-ltr-phone.png') });
        expect(new Set(seen.botDirection)).toEqual(new Set(['ltr']));
        expect(seen.inputDirection).toBe('ltr');
        expect(seen.userGaps.every(([left, right]) => right < left), JSON.stringify(seen.userGaps)).toBe(true);
        expect(seen.botGaps.every(([left, right]) => left <= right), JSON.stringify(seen.botGaps)).toBe(true);
        await page.close();
    }, 60_000);

    it.each([
        ['en', 'how much does the treatment in germany cost?', 'Sources:', 'Here is a summary of your application', 'Mia'],
        ['ar', 'كيف نجد متبرع متوافق؟', 'المصادر', 'ملخص طلبكم', 'سارة']
    ] as const)('%s: the FAQ sources and the review show one item per line', async (lang, question, sources, reviewTitle, child) => {
        const { parent, replies } = await DirectLineParent.open(server.origin, lang);
        await answerUntil(parent, replies, SCRIPTS[lang], 'child.weightKg');
        await parent.say(question);
        await answerUntil(parent, await parent.say(SCRIPTS[lang]['child.weightKg']!), SCRIPTS[lang], 'review.confirm');

        // The widget continues the same conversation and shows its whole history.
        const page = await browser.newPage({ viewport: PHONE, locale: lang });
        await page.addInitScript(`localStorage.setItem('intake-chat', ${JSON.stringify(parent.storage)});`);
        await page.goto(`${server.origin}/?lang=${lang}`);

        const sourceLines = await listItems(page, sources);
        expect(sourceLines.length).toBeGreaterThan(0);
        expect(sourceLines.every((line) => /https:\/\//.test(line.text)), JSON.stringify(sourceLines)).toBe(true);

        const review = await listItems(page, reviewTitle);
        await page.screenshot({ path: path.join(OUTPUT, `widget-${lang}-review-phone.png`) });
        // Every answer of the intake is a line of its own, one below the other.
        expect(review.length, JSON.stringify(review)).toBeGreaterThan(25);
        expect(review.every((line, i) => i === 0 || line.top > review[i - 1]!.top)).toBe(true);
        expect(review.every((line) => /:/.test(line.text))).toBe(true);
        expect(review.some((line) => line.text.includes(child))).toBe(true);
        await page.close();
    }, 90_000);

    it.each(['en', 'ar'] as const)('%s: a choice question shows its options once, as buttons, without a numbered list', async (lang) => {
        const { parent, replies } = await DirectLineParent.open(server.origin, lang);
        const asked = await answerUntil(parent, replies, SCRIPTS[lang], 'status.diseaseState');
        const question = asked.find((a) => (a.channelData as { intake?: { field: string } } | undefined)?.intake?.field === 'status.diseaseState');
        const choices = (question?.channelData as { intake: { choices: { title: string }[] } }).intake.choices;
        expect(choices.length).toBeGreaterThan(4);

        const page = await browser.newPage({ viewport: PHONE, locale: lang });
        await page.addInitScript(`localStorage.setItem('intake-chat', ${JSON.stringify(parent.storage)});`);
        await page.goto(`${server.origin}/?lang=${lang}`);
        for (const choice of choices) await page.getByRole('button', { name: choice.title, exact: true }).first().waitFor({ timeout: 20_000 });
        const bubble = page.locator('.webchat__bubble__content').last();
        const text = await bubble.innerText();
        await page.screenshot({ path: path.join(OUTPUT, `widget-${lang}-choices-phone.png`) });
        expect(await bubble.locator('ol, li').count()).toBe(0);
        for (const choice of choices) expect(text).not.toContain(choice.title);
        await page.close();
    }, 90_000);

    it.each([
        ['en', /^Yes/, 'Anna, coordinator', 'Hello, this is Anna from the team.'],
        ['ar', /نعم/, 'Anna من فريق التنسيق', 'مرحبًا، أنا آنا من الفريق.']
    ] as const)('%s: a coordinator\'s message has a bubble of its own with her first name', async (lang, yes, label, message) => {
        const page = await browser.newPage({ viewport: PHONE, locale: lang });
        await page.goto(`${server.origin}/?lang=${lang}`);
        await page.getByRole('button', { name: yes }).first().click({ timeout: 20_000 });
        await page.locator('.webchat__bubble--from-user').first().waitFor({ timeout: 20_000 });
        const { conversationId } = JSON.parse(await page.evaluate<string>(`localStorage.getItem('intake-chat')`)) as { conversationId: string };
        await server.app.takeover.startTakeover(conversationId, 'anna.berg');
        await server.app.takeover.sendToParent(conversationId, message, 'anna.berg');

        const staff = page.locator('.coordinator', { hasText: message });
        await staff.waitFor({ timeout: 20_000 });
        await staff.scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(OUTPUT, `widget-${lang}-coordinator-phone.png`) });
        expect(await staff.locator('.coordinator__name').innerText()).toBe(label);
        // Its colour differs from the bot's bubbles; no other bubble carries a coordinator's name.
        const background = (bubble: Locator) => bubble.evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(el).backgroundColor);
        const botColour = await background(page.locator('.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content').first());
        expect(await background(staff.locator('.webchat__bubble__content'))).not.toBe(botColour);
        expect(await page.locator('.coordinator').count()).toBe(1);
        await page.close();
    }, 60_000);
});
