import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directLineSecret, DirectLineTokens } from '../../src/directline/tokens';
import { getAnswer } from '../../src/domain/draft';
import type { IntakeDraft } from '../../src/domain/draft';
import { DOCUMENTS, noisyPng } from '../fixtures/documents';
import { SCRIPTS } from '../fixtures/scripts';
import { seriousViolations, tabTo } from '../helpers/axe';
import { chromiumAvailable, listItems, plusIsLeftOfNumber, SCREENSHOTS as OUTPUT, startBrowserSuite, type BrowserSuite } from '../helpers/browser';
import { allText, intakeOf, type IntakeMeta } from '../helpers/harness';
import { startSmtpServer, type SmtpPeer } from '../helpers/peers/smtpServer';
import type { RunningServer } from '../helpers/server';

const PHONE = { width: 390, height: 844 };

type Choices = Record<string, string>;
const locale = (lang: 'en' | 'ar', file: 'intake' | 'common'): Record<string, unknown> => JSON.parse(readFileSync(path.resolve(__dirname, `../../locales/${lang}/${file}.json`), 'utf8')) as Record<string, unknown>;
/** The option titles a parent sees, from the same locale files the bot uses. */
function choicesOf(lang: 'en' | 'ar', section: string, field: string): Choices {
    return (locale(lang, 'intake') as { fields: Record<string, Record<string, { choices: Choices }>> }).fields[section]![field]!.choices;
}
/** What a parent writes when they have sent their documents ("done"). */
const filesDone = (lang: 'en' | 'ar'): string => (locale(lang, 'intake') as { fields: { documents: { files: { done: string } } } }).fields.documents.files.done;
/** The end of the intake as the parent reads it: the review's title and the copies card. */
function endTexts(lang: 'en' | 'ar'): { reviewTitle: string; emailButton: string; emailQueued: string } {
    const common = locale(lang, 'common') as { summary: { title: string }; copy: { emailButton: string; emailQueued: string } };
    return { reviewTitle: common.summary.title.replace(/:$/, ''), emailButton: common.copy.emailButton, emailQueued: common.copy.emailQueued };
}

const CASES = [
    { lang: 'en', yes: /^Yes/, birth: '2017-05-14', birthWords: 'May 14, 2017', diagnosed: '2024-03', filter: 'lymph', section: 'About your child', done: 'Done', child: 'Mia', nextSteps: 'within two working days by WhatsApp', pdfSize: '29 kB', mail: 'your copy' },
    { lang: 'ar', yes: /نعم/, birth: '2018-09-12', birthWords: /سبتمبر/, diagnosed: '2024-03', filter: 'الليمفاوي', section: 'عن طفلكم', done: 'تم', child: 'سارة', nextSteps: 'يتواصل معكم خلال يومَي عمل عبر واتساب', pdfSize: '29 كيلوبايت', mail: 'نسختكم' }
] as const;

// Browser-side code as text: the project's TypeScript has no DOM types.
const DIRECTIONS = `(() => {
  const dir = (el) => getComputedStyle(el).direction;
  return {
    bubbles: Array.from(document.querySelectorAll('.webchat__bubble__content')).map(dir),
    // Chromium lays out the digits inside a date field left to right in every locale; the field itself is placed by the page.
    controls: Array.from(document.querySelectorAll('#intake-controls, #intake-controls label, #intake-controls button, #intake-controls input:not([type=date]):not([type=month])')).map(dir),
    progress: dir(document.getElementById('progress'))
  };
})()`;

describe.skipIf(!chromiumAvailable)('the widget\'s own controls for the open question, on a phone', () => {
    let suite: BrowserSuite;
    let browser: Browser;
    let server: RunningServer;
    let smtp: SmtpPeer;
    /** The server's clock runs ahead by this much ("a day later"). */
    let ahead = 0;

    beforeAll(async () => {
        smtp = await startSmtpServer();
        suite = await startBrowserSuite({ SMTP_URL: smtp.url, STAFF_EMAIL: 'coordinators@example.org' }, () => new Date(Date.now() + ahead));
        ({ browser, server } = suite);
    }, 60_000);
    afterAll(async () => {
        await suite?.stop();
        await smtp?.close();
    });

    const progressNow = async (page: Page) => Number(await page.getAttribute('#progress', 'aria-valuenow'));
    /** Waits until the bot has asked its next question: the progress bar moved on. */
    async function nextQuestion(page: Page, before: number): Promise<number> {
        await page.locator(`#progress:not([aria-valuenow="${before}"])`).waitFor({ state: 'attached', timeout: 20_000 });
        return progressNow(page);
    }
    async function type(page: Page, text: string): Promise<number> {
        const before = await progressNow(page);
        const input = page.locator('.webchat__send-box-text-box__input');
        await input.fill(text);
        await input.press('Enter');
        return nextQuestion(page, before);
    }
    async function tap(page: Page, title: string): Promise<number> {
        const before = await progressNow(page);
        await page.getByRole('button', { name: title, exact: true }).last().click();
        return nextQuestion(page, before);
    }
    const conversationOf = async (page: Page) => (JSON.parse(await page.evaluate<string>(`localStorage.getItem('intake-chat')`)) as { conversationId: string }).conversationId;
    /** The bot's questions so far, read from the page's own conversation (as the page receives them). */
    async function questionsOf(page: Page): Promise<{ asked: IntakeMeta[]; text: string }> {
        const { conversationId, token } = JSON.parse(await page.evaluate<string>(`localStorage.getItem('intake-chat')`)) as { conversationId: string; token: string };
        const response = await fetch(`${server.origin}/v3/directline/conversations/${conversationId}/activities`, { headers: { authorization: `Bearer ${token}` } });
        const activities = ((await response.json()) as { activities: Partial<Activity>[] }).activities;
        return { asked: activities.map(intakeOf).filter((m): m is IntakeMeta => m !== undefined), text: allText(activities.slice(-3)) };
    }
    /** Runs `act` in the page and waits (on the server, without the page's 1 s polling) for the bot's next question. */
    async function answered(page: Page, act: () => Promise<void>): Promise<IntakeMeta> {
        const before = (await questionsOf(page)).asked.length;
        await act();
        let latest = await questionsOf(page);
        for (let poll = 0; latest.asked.length <= before && poll < 300; poll++) {
            await new Promise((resolve) => setTimeout(resolve, 50));
            latest = await questionsOf(page);
        }
        expect(latest.asked.length, `no reply; bot said:\n${latest.text}`).toBeGreaterThan(before);
        return latest.asked[latest.asked.length - 1]!;
    }
    async function storedDraft(page: Page): Promise<IntakeDraft> {
        const conversationId = await conversationOf(page);
        const key = `webchat/conversations/${conversationId}/`;
        return ((await server.app.database.storage.read([key]))[key] as { draft: IntakeDraft }).draft;
    }

    it.each(CASES)('$lang: a whole intake on a phone: progress, pickers, a long list, checkboxes, files, the review, the confirmation and the e-mail copy', async ({ lang, yes, birth, birthWords, diagnosed, filter, section, done, child, nextSteps, pdfSize, mail }) => {
        const script = SCRIPTS[lang];
        const page = await browser.newPage({ viewport: PHONE, locale: lang });
        await page.goto(`${server.origin}/?lang=${lang}`);
        // The welcome: no serious accessibility violation, and the keyboard reaches the answer buttons, the input and the send button.
        await page.getByRole('button', { name: yes }).first().waitFor({ timeout: 20_000 });
        expect(await seriousViolations(page)).toEqual([]);
        await tabTo(page, '.webchat__suggested-action', 20);
        await tabTo(page, '.webchat__send-box-text-box__input');
        await tabTo(page, '.webchat__send-button');
        await page.getByRole('button', { name: yes }).first().click();
        const progress = page.getByRole('progressbar', { name: (locale(lang, 'common') as { widget: { progressLabel: string } }).widget.progressLabel });
        await page.locator('#progress .progress__section', { hasText: section }).waitFor({ timeout: 20_000 });
        const seen = [await progressNow(page)];
        expect(Number(await progress.getAttribute('aria-valuemax'))).toBeGreaterThan(20);
        expect(await progress.getAttribute('aria-valuetext')).toContain(section);
        seen.push(await type(page, script['child.firstName']!));

        // The birth date with the native date picker; the bot gets ISO and asks the next question.
        const date = page.locator('#intake-controls input[type=date]');
        await date.waitFor({ timeout: 20_000 });
        await page.screenshot({ path: path.join(OUTPUT, `widget-${lang}-date-picker-phone.png`) });
        // Bubbles, the picker and the progress bar all run in the page's direction.
        const directions = await page.evaluate<{ bubbles: string[]; controls: string[]; progress: string }>(DIRECTIONS);
        expect(directions.bubbles.length).toBeGreaterThan(3);
        expect(directions.controls.length).toBeGreaterThan(2);
        expect(new Set([...directions.bubbles, ...directions.controls, directions.progress])).toEqual(new Set([lang === 'ar' ? 'rtl' : 'ltr']));
        expect(await seriousViolations(page)).toEqual([]);
        // Keyboard only: Tab reaches the picker and its button (labelled in the page's language).
        await page.locator('.webchat__send-box-text-box__input').focus();
        await page.keyboard.press('Shift+Tab');
        await tabTo(page, '#intake-controls input[type=date]', 20);
        expect(await page.getByLabel((locale(lang, 'common') as { widget: { date: string } }).widget.date).count()).toBe(1);
        await date.fill(birth);
        let before = await progressNow(page);
        await page.locator('#intake-controls button[type=submit]').click();
        seen.push(await nextQuestion(page, before));
        expect(await page.locator('#intake-controls').isHidden()).toBe(true);
        // The parent's bubble says the date in their words; the bot got ISO (checked in the stored answers below).
        await page.locator('.webchat__bubble--from-user', { hasText: birthWords }).waitFor({ timeout: 5_000 });
        expect(await page.locator('.webchat__bubble--from-user', { hasText: birth }).count()).toBe(0);

        seen.push(await tap(page, choicesOf(lang, 'child', 'sex').female!));
        for (const field of ['child.weightKg', 'child.heightCm', 'child.countryOfResidence', 'child.citizenship'] as const) seen.push(await type(page, script[field]!));

        // Nine types of leukemia: a compact list with a filter instead of nine stacked buttons.
        const types = choicesOf(lang, 'diagnosis', 'leukemiaType');
        const list = page.locator('#intake-controls .controls__list button');
        await list.first().waitFor({ timeout: 20_000 });
        expect(await list.allInnerTexts()).toEqual(Object.values(types));
        expect(await page.locator('.webchat__suggested-actions').isVisible()).toBe(false);
        // The question stays in view above the list (once the transcript has scrolled to its end).
        const question = page.locator('.webchat__bubble__content').last();
        const inView = async () => {
            const [bubble, panel] = [await question.boundingBox(), await page.locator('#intake-controls').boundingBox()];
            return !!bubble && !!panel && bubble.y >= 0 && bubble.y + bubble.height <= panel.y;
        };
        await expect.poll(inView, { timeout: 5_000 }).toBe(true);
        await page.screenshot({ path: path.join(OUTPUT, `widget-${lang}-long-list-phone.png`) });
        await page.locator('#intake-controls input[type=search]').fill(filter);
        expect(await page.locator('#intake-controls .controls__list li:not([hidden])').allInnerTexts()).toEqual([types.ALL]);
        before = await progressNow(page);
        await page.locator('#intake-controls').getByRole('button', { name: types.ALL, exact: true }).click();
        seen.push(await nextQuestion(page, before));

        seen.push(await tap(page, choicesOf(lang, 'diagnosis', 'allLineage').B!));
        const month = page.locator('#intake-controls input[type=month]');
        await month.waitFor({ timeout: 20_000 });
        await month.fill(diagnosed);
        before = await progressNow(page);
        await page.locator('#intake-controls button[type=submit]').click();
        seen.push(await nextQuestion(page, before));

        // Genetic findings: tick two, then "Done".
        const markers = choicesOf(lang, 'diagnosis', 'geneticMarkers');
        await page.getByRole('checkbox', { name: markers['ETV6-RUNX1'], exact: true }).check({ timeout: 20_000 });
        // Keyboard only: Tab reaches the checkboxes, Space ticks one.
        await page.locator('#intake-controls .controls__heading').click();
        await tabTo(page, `#intake-controls input[type=checkbox][value="${markers.HYPERDIPLOIDY}"]`, 20);
        await page.keyboard.press('Space');
        expect(await page.getByRole('checkbox', { name: markers.HYPERDIPLOIDY, exact: true }).isChecked()).toBe(true);
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: path.join(OUTPUT, `widget-${lang}-checkboxes-phone.png`) });
        // The choices are shown once: as checkboxes, not also as a numbered list in the question.
        const markersQuestion = page.locator('.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content').last();
        expect(await markersQuestion.innerText()).not.toContain(markers.NPM1);
        expect(await markersQuestion.locator('ol, li').count()).toBe(0);
        const listDirections = await page.evaluate<{ controls: string[] }>(DIRECTIONS);
        expect(listDirections.controls.length).toBeGreaterThan(15);
        expect(new Set(listDirections.controls)).toEqual(new Set([lang === 'ar' ? 'rtl' : 'ltr']));
        before = await progressNow(page);
        await page.getByRole('button', { name: done, exact: true }).click();
        seen.push(await nextQuestion(page, before));
        await page.screenshot({ path: path.join(OUTPUT, `widget-${lang}-after-controls-phone.png`) });

        // The bar moved on with every answer, and the answers are stored as meant.
        expect(seen.every((value, i) => i === 0 || value > seen[i - 1]!), JSON.stringify(seen)).toBe(true);
        const answers = (await storedDraft(page)).answers;
        expect(getAnswer(answers, 'child.birthDate')).toBe(birth);
        expect(getAnswer(answers, 'diagnosis.leukemiaType')).toBe('ALL');
        expect(getAnswer(answers, 'diagnosis.diagnosisDate')).toBe(diagnosed);
        expect(getAnswer(answers, 'diagnosis.geneticMarkers')).toEqual(['ETV6-RUNX1', 'HYPERDIPLOIDY']);

        // The rest typed as the scripts' families answer; the documents with the paperclip.
        const input = page.locator('.webchat__send-box-text-box__input');
        const say = async (text: string) => { await input.fill(text); await input.press('Enter'); };
        let open = (await questionsOf(page)).asked.at(-1)!;
        for (let turn = 0; turn < 40 && open.field !== 'review.confirm'; turn++) {
            const field = open.field ?? '';
            if (field === 'documents.files') {
                // The page shows the question first (it polls once a second; the loop reads the server directly).
                const prompt = (locale(lang, 'intake') as { fields: { documents: { files: { prompt: string } } } }).fields.documents.files.prompt;
                await page.locator('.webchat__bubble__content', { hasText: prompt.split(' ').slice(0, 3).join(' ') }).waitFor({ timeout: 20_000 });
                await page.locator('input[type=file]').first().setInputFiles([
                    { name: 'discharge-summary.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([DOCUMENTS.pdf, Buffer.alloc(30_000, 0x20)]) },
                    { name: 'photo-of-report.png', mimeType: 'image/png', buffer: noisyPng(200) }
                ]);
                // Before sending: each file with its size in the page's language, and a way to take it back.
                // Named for screen readers in the page's language.
                const words = (locale(lang, 'common') as { widget: { filesLabel: string; removeFile: string } }).widget;
                const tray = page.getByRole('group', { name: words.filesLabel });
                await tray.locator('.file__name').nth(1).waitFor({ timeout: 10_000 });
                await tray.getByRole('button', { name: words.removeFile.replace('{{name}}', 'photo-of-report.png'), exact: true }).waitFor();
                expect(await tray.locator('.file__name').allInnerTexts()).toEqual(['discharge-summary.pdf', 'photo-of-report.png']);
                expect(await tray.locator('.file__size').first().innerText()).toBe(pdfSize);
                // Until they are sent, the answer buttons ("done") are out of the way: a tap there would leave the files behind.
                expect(await page.locator('.webchat__suggested-actions').isVisible()).toBe(false);
                expect(await seriousViolations(page)).toEqual([]);
                await page.screenshot({ path: path.join(OUTPUT, `widget-${lang}-files-picked-phone.png`) });
                await input.press('Enter');
                // Each file is acknowledged by name (without a new question).
                await page.locator('.webchat__bubble:not(.webchat__bubble--from-user)', { hasText: 'photo-of-report.png' }).waitFor({ timeout: 20_000 });
                await page.locator('.webchat__bubble--from-user .sent-file').nth(1).waitFor({ timeout: 20_000 });
                expect(await tray.isHidden()).toBe(true);
                open = await answered(page, () => say(filesDone(lang)));
                continue;
            }
            const answer = script[field];
            expect(answer, `the script has no answer for ${field}`).toBeDefined();
            const next = await answered(page, () => say(answer!));
            expect(next.field, `"${answer}" was not accepted for ${field}`).not.toBe(field);
            open = next;
        }
        expect(open.field).toBe('review.confirm');

        // The review: every answer on a line of its own, one below the other.
        const { reviewTitle, emailButton, emailQueued } = endTexts(lang);
        const review = await listItems(page, reviewTitle);
        await page.screenshot({ path: path.join(OUTPUT, `widget-${lang}-whole-review-phone.png`) });
        expect(review.length, JSON.stringify(review)).toBeGreaterThan(25);
        expect(review.every((line, i) => i === 0 || line.top > review[i - 1]!.top)).toBe(true);
        expect(review.some((line) => line.text.includes(child))).toBe(true);
        // The phone number reads "+…" from the left, in Arabic too.
        expect(await plusIsLeftOfNumber(page, reviewTitle)).toBe(true);
        // Lists are joined in the parent's language ("العربية والإنجليزية"), not with a Latin comma.
        if (lang === 'ar') expect(review.filter((line) => line.text.includes(', ')).map((line) => line.text)).toEqual([]);
        // The progress bar is redrawn after the message is shown: on a loaded machine a moment later.
        await expect.poll(() => page.locator('#progress .progress__section').innerText(), { timeout: 10_000 }).toBe((locale(lang, 'intake') as { sections: { review: string } }).sections.review);

        // The confirmation says what happens next; the copy by e-mail reaches the parent's address.
        const submitted = await answered(page, () => say(script['review.confirm']!));
        const reference = submitted.submitted?.reference ?? '';
        expect(reference).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/);
        const confirmation = page.locator('.webchat__bubble__content', { hasText: nextSteps });
        await confirmation.waitFor({ timeout: 20_000 });
        expect(await page.locator('.webchat__bubble__content', { hasText: reference }).count()).toBeGreaterThan(0);
        await expect.poll(() => page.locator('#progress .progress__section').innerText(), { timeout: 10_000 }).toBe((locale(lang, 'common') as { widget: { sent: string } }).widget.sent);
        // The card's own button (Web Chat also keeps hidden copies for screen readers).
        const email = page.locator(`.ac-pushButton[aria-label="${emailButton}"]`);
        await email.waitFor({ timeout: 20_000 });
        await email.scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(OUTPUT, `widget-${lang}-confirmation-phone.png`) });
        expect(await seriousViolations(page)).toEqual([]);
        const transcript = await page.evaluate<{ bubbles: string[] }>(DIRECTIONS);
        expect(new Set(transcript.bubbles)).toEqual(new Set([lang === 'ar' ? 'rtl' : 'ltr']));
        const direction = (selector: string) => page.locator(selector).last().evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { direction: string } }).getComputedStyle(el).direction);
        expect(await direction('.ac-adaptiveCard')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
        expect(await direction('.ac-pushButton')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
        await email.click();
        await page.locator('.webchat__bubble__content', { hasText: emailQueued.split(' ').slice(1, 5).join(' ') }).waitFor({ timeout: 20_000 });
        await server.app.handoff.worker.runOnce(new Date());
        const copy = smtp.messages.find((m) => m.subject?.includes(reference));
        expect(copy?.subject).toContain(mail);
        expect(copy?.html).toMatch(new RegExp(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">`));
        expect(copy?.text).toContain(child);
        await page.close();
    }, 60_000);

    it('continues the conversation in a new tab of the same browser, and a day later after a welcome back', async () => {
        const context = await browser.newContext({ viewport: PHONE, locale: 'en' });
        const first = await context.newPage();
        await first.goto(`${server.origin}/?lang=en`);
        await first.getByRole('button', { name: /^Yes/ }).first().click({ timeout: 20_000 });
        await first.getByText(/first name/i).first().waitFor({ timeout: 20_000 });
        await type(first, 'Noah');
        await first.locator('.webchat__bubble__content', { hasText: 'When was Noah born?' }).first().waitFor({ timeout: 20_000 });

        // Another tab: the same conversation, with its history and the open question's date picker.
        const second = await context.newPage();
        await second.goto(`${server.origin}/?lang=en`);
        await second.locator('.webchat__bubble--from-user', { hasText: 'Noah' }).waitFor({ timeout: 20_000 });
        await second.locator('#intake-controls input[type=date]').fill('2019-02-03');
        await second.locator('#intake-controls button[type=submit]').click();
        await second.locator('.webchat__bubble__content', { hasText: 'Is Noah a girl or a boy?' }).first().waitFor({ timeout: 20_000 });
        expect(await conversationOf(second)).toBe(await conversationOf(first));
        await first.close();
        await second.close();

        // A day later the stored token has long expired: the page gets a new one with its ticket.
        ahead = 25 * 3600 * 1000;
        try {
            const later = await context.newPage();
            await later.goto(`${server.origin}/?lang=en`);
            await later.locator('.webchat__bubble__content', { hasText: 'Is Noah a girl or a boy?' }).first().waitFor({ timeout: 20_000 });
            const input = later.locator('.webchat__send-box-text-box__input');
            await input.fill('hello again');
            await input.press('Enter');
            await later.locator('.webchat__bubble__content', { hasText: /Welcome back/ }).first().waitFor({ timeout: 20_000 });
            await later.screenshot({ path: path.join(OUTPUT, 'widget-en-welcome-back-phone.png') });
            await later.locator('.webchat__suggested-actions').getByRole('button', { name: 'Continue', exact: true }).click();
            await expect.poll(() => later.locator('.webchat__bubble__content', { hasText: 'Is Noah a girl or a boy?' }).count(), { timeout: 20_000 }).toBe(2);
            expect(getAnswer((await storedDraft(later)).answers, 'child.birthDate')).toBe('2019-02-03');
        } finally {
            ahead = 0;
            await context.close();
        }
    }, 90_000);

    it('shows the bot\'s "typing" that comes through the Direct Line', async () => {
        const page = await browser.newPage({ viewport: PHONE, locale: 'en' });
        await page.goto(`${server.origin}/?lang=en`);
        await page.getByRole('button', { name: /^Yes/ }).first().waitFor({ timeout: 20_000 });
        // What widgetTyping sends during a slow turn, posted as the bot does (to its connector path).
        const conversationId = await conversationOf(page);
        const key = new DirectLineTokens(directLineSecret(undefined, suite.dataDir)).connectorKey(conversationId);
        const response = await fetch(`${server.origin}/v3/directline/bot/${key}/v3/conversations/${conversationId}/activities`, {
            method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'typing', from: { id: 'intake-bot' }, conversation: { id: conversationId } })
        });
        expect(response.status).toBe(200);
        await page.locator('.webchat__typing-indicator').waitFor({ timeout: 10_000 });
        await page.screenshot({ path: path.join(OUTPUT, 'widget-en-typing-phone.png') });
        await page.close();
    }, 60_000);

    it('forgets the conversation on the device once "delete my data" is done', async () => {
        const page = await browser.newPage({ viewport: PHONE, locale: 'en' });
        await page.goto(`${server.origin}/?lang=en`);
        await page.getByRole('button', { name: /^Yes/ }).first().click({ timeout: 20_000 });
        await page.getByText(/first name/i).first().waitFor({ timeout: 20_000 });
        expect(await page.evaluate<string | null>(`localStorage.getItem('intake-chat')`)).not.toBeNull();
        const input = page.locator('.webchat__send-box-text-box__input');
        await input.fill('delete my data');
        await input.press('Enter');
        await page.getByRole('button', { name: 'Yes, delete', exact: true }).last().click({ timeout: 20_000 });
        await page.getByText(/deleted/i).last().waitFor({ timeout: 20_000 });
        expect(await page.evaluate<string | null>(`localStorage.getItem('intake-chat')`)).toBeNull();
        await page.close();
    }, 60_000);
});
