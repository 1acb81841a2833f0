import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/staff/passwords';
import { DirectLineClient, type DlActivity } from '../directline/client';
import { DOCUMENTS } from '../fixtures/documents';
import { SCRIPTS } from '../fixtures/scripts';
import { CHROMIUM, SCREENSHOTS, chromiumAvailable, watchCsp } from '../helpers/browser';
import { answerUntil, runScript, type Script } from '../helpers/script';
import { HttpConversation, startServer, type RunningServer } from '../helpers/server';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const DAY = 24 * 3600_000;
const LAPTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/** axe-core's serious or critical findings, injected through the DevTools protocol (the page's CSP does not govern it). */
async function seriousViolations(page: Page): Promise<string[]> {
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate<{ id: string; impact: string | null; nodes: { target: string[] }[] }[]>(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)`);
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** The field of the next question the widget gets after a message. */
async function nextQuestion(client: DirectLineClient): Promise<string> {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
        const fields = (await client.poll()).filter((a) => a.from.role === 'bot').map((a) => a.channelData?.intake?.field).filter((f): f is string => typeof f === 'string');
        const last = fields[fields.length - 1];
        if (last) return last;
        await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('nextQuestion(): no question');
}

async function until(client: DirectLineClient, match: (a: DlActivity) => boolean): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
        if ((await client.poll()).some(match)) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('until(): nothing matched');
}

describe.skipIf(!chromiumAvailable)('a coordinator follows intakes still in progress, in Chromium', () => {
    let dataDir: string;
    let server: RunningServer;
    let browser: Browser;
    let page: Page;
    let violations: () => Promise<string[]>;
    let mia: DirectLineClient;
    let noah: HttpConversation;
    let layla: HttpConversation;
    // Moved back to start a family who went quiet three weeks ago.
    let offset = 0;

    const section = (id: string) => page.locator(`#${id}`);
    const rowOf = (sectionId: string, conversationId: string) =>
        section(sectionId).locator('tr', { has: page.locator(`a[href="/staff/conversations/${encodeURIComponent(conversationId)}"]`) });

    beforeAll(async () => {
        dataDir = mkdtempSync(path.join(tmpdir(), 'intake-in-progress-'));
        server = await startServer({ DATA_DIR: dataDir, STAFF_USERS: `carla:${await hashPassword('coordinator password')}` }, () => new Date(Date.now() + offset));

        // Three weeks quiet: not "in progress" any more.
        offset = -21 * DAY;
        const quiet = new HttpConversation(server.origin, 'en');
        await answerUntil(quiet, await quiet.join(), { ...SCRIPTS.en, 'child.firstName': 'Oskar' }, 'child.sex');
        offset = 0;

        // Sent: an application, not an intake in progress.
        const sent = new HttpConversation(server.origin, 'en');
        await runScript(sent, await sent.join(), { ...SCRIPTS.en, 'child.firstName': 'Lena' });

        // Opened the chat, no consent yet: nothing about a child to show.
        await new HttpConversation(server.origin, 'en').join();

        // Asked for a person in the middle of the child's questions.
        noah = new HttpConversation(server.origin, 'en');
        const noahScript: Script = { ...SCRIPTS.en, 'child.firstName': 'Noah', 'child.birthDate': '02.03.2019' };
        await answerUntil(noah, await noah.join(), noahScript, 'child.sex');
        await noah.say('talk to a person');

        // A child's name in Arabic letters in an English conversation.
        layla = new HttpConversation(server.origin, 'en');
        await answerUntil(layla, await layla.join(), { ...SCRIPTS.en, 'child.firstName': 'ليلى', 'child.birthDate': '03.03.2016' }, 'child.sex');

        // On the widget: a birth date not understood, then a document sent with the paperclip.
        mia = await DirectLineClient.open(server.origin, 'en');
        let field = await nextQuestion(mia);
        while (field !== 'documents.files') {
            if (field === 'child.birthDate' && !mia.seen.some((a) => a.text === 'purple')) {
                await mia.send('purple');
                expect(await nextQuestion(mia)).toBe('child.birthDate');
            }
            await mia.send(SCRIPTS.en[field]!);
            field = await nextQuestion(mia);
        }
        expect((await mia.upload([{ name: 'marrow.pdf', type: 'application/pdf', bytes: DOCUMENTS.pdf }])).status).toBe(200);
        await until(mia, (a) => a.from.role === 'bot' && /marrow\.pdf/.test(a.text ?? ''));

        browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
        page = await browser.newPage({ locale: 'en-US', viewport: LAPTOP });
        violations = await watchCsp(page);
        await page.goto(`${server.origin}/staff`);
        await page.getByLabel('User name').fill('carla');
        await page.getByLabel('Password').fill('coordinator password');
        await Promise.all([page.waitForURL(`${server.origin}/staff`), page.getByRole('button', { name: 'Sign in' }).click()]);
        mkdirSync(SCREENSHOTS, { recursive: true });
    }, 120_000);
    afterAll(async () => {
        await browser?.close();
        await server?.stop();
        rmSync(dataDir, { recursive: true, force: true });
    });

    it('lists the intakes started in the last 14 days and not sent, with the child, where they are, language and last activity', async () => {
        const inProgress = section('in-progress-section');
        await expect(inProgress.getByRole('heading', { name: /In progress/ }).innerText()).resolves.toMatch(/3 conversations/);
        const miaRow = await rowOf('in-progress-section', mia.conversationId).innerText();
        expect(miaRow).toMatch(/Mia, 9 yrs/);
        expect(miaRow).toMatch(/Medical documents: Uploaded files/);
        expect(miaRow).toMatch(/question \d+ of \d+/);
        expect(miaRow).toMatch(/English/);
        expect(miaRow).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC/);
        await expect(rowOf('in-progress-section', noah.conversationId).innerText()).resolves.toMatch(/Noah, 7 yrs[\s\S]*Child: Sex/);
        const all = await inProgress.innerText();
        expect(all).not.toMatch(/Oskar|Lena/);

        // An Arabic name keeps its place before the age on this left-to-right page: "ليلى, 10 yrs".
        const laylaChild = rowOf('in-progress-section', layla.conversationId).locator('td').nth(1);
        const nameBox = await laylaChild.locator('bdi').boundingBox();
        const cellBox = await laylaChild.boundingBox();
        expect(await laylaChild.locator('bdi').innerText()).toBe('ليلى');
        expect(nameBox!.x - cellBox!.x).toBeLessThan(12);

        // The person request names the child too, not only the reason and the language.
        await expect(rowOf('attention-section', noah.conversationId).innerText()).resolves.toMatch(/English[\s\S]*Noah, 7 yrs[\s\S]*Asked for a person/);

        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: path.join(SCREENSHOTS, 'staff-in-progress-laptop.png'), fullPage: true });
        await page.setViewportSize(PHONE);
        await page.screenshot({ path: path.join(SCREENSHOTS, 'staff-in-progress-phone.png'), fullPage: true });
        await page.setViewportSize(LAPTOP);
    }, 60_000);

    it('opens one read-only: the application so far, the document to download, the transcript without repeated questions; then takes it over', async () => {
        await Promise.all([page.waitForURL(/\/staff\/conversations\//), rowOf('in-progress-section', mia.conversationId).getByRole('link', { name: 'Open' }).click()]);
        const facts = await page.locator('section', { has: page.getByRole('heading', { name: 'The application so far' }) }).innerText();
        expect(facts).toMatch(/Status\s+In progress/);
        expect(facts).toMatch(/Where\s+Medical documents: Uploaded files/);
        expect(facts).toMatch(/Child\s+Mia, 9 yrs/);
        expect(facts).toMatch(/Conversation language\s+English/);
        expect(facts).toMatch(/marrow\.pdf\s+application\/pdf\s+1 kB/);

        const href = await page.getByRole('link', { name: 'marrow.pdf', exact: true }).getAttribute('href');
        const download = await page.request.get(`${server.origin}${href ?? ''}`);
        expect(download.status()).toBe(200);
        expect((await download.body()).subarray(0, 5).toString()).toBe('%PDF-');

        const transcript = page.locator('section', { has: page.getByRole('heading', { name: 'Transcript' }) });
        const text = await transcript.innerText();
        expect(text.split('When was Mia born?')).toHaveLength(2);
        expect(text).toMatch(/Parent: purple[\s\S]*\(asked again; first asked at/);
        await expect(transcript.getByRole('link', { name: 'marrow.pdf (application/pdf)' }).getAttribute('href')).resolves.toMatch(/^\/staff\/conversations\/.+\/files\//);

        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: path.join(SCREENSHOTS, 'staff-conversation-in-progress-laptop.png'), fullPage: true });
        await page.setViewportSize(PHONE);
        await page.screenshot({ path: path.join(SCREENSHOTS, 'staff-conversation-in-progress-phone.png'), fullPage: true });

        await page.getByRole('button', { name: 'Take over' }).click();
        await page.getByText('carla is talking to the parent.').waitFor();
        await until(mia, (a) => a.from.role === 'bot' && /coordinator/i.test(a.text ?? ''));
        expect(await violations()).toEqual([]);
    }, 60_000);
});
