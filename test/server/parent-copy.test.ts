import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Activity, HeroCard } from 'botbuilder';
import Database from 'better-sqlite3';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SQLITE_FILE_NAME } from '../../src/storage/database';
import { SCRIPTS } from '../fixtures/scripts';
import { allText, intakeOf } from '../helpers/harness';
import { startSmtpServer, type SmtpPeer } from '../helpers/peers/smtpServer';
import { runScript } from '../helpers/script';
import { HttpConversation, startServer, type RunningServer } from '../helpers/server';

let dataDir: string;
let smtp: SmtpPeer;
let server: RunningServer;
let now = new Date();

beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'intake-copy-'));
    smtp = await startSmtpServer();
    server = await startServer({ DATA_DIR: dataDir, SMTP_URL: smtp.url, STAFF_EMAIL: 'coordinators@example.org', PUBLIC_URL: 'https://intake.example.org/' }, () => now);
});
afterAll(async () => {
    await server.stop();
    await smtp.close();
    rmSync(dataDir, { recursive: true, force: true });
});

/** The offer card's buttons after submission: title → value. */
function offerButtons(replies: Partial<Activity>[]): Map<string, string> {
    const card = replies.flatMap((r) => r.attachments ?? []).find((a) => a.contentType === 'application/vnd.microsoft.card.hero');
    return new Map(((card?.content as HeroCard | undefined)?.buttons ?? []).map((b) => [b.title, String(b.value)]));
}

/** Fetches a copy link on the test server: the link names the public address, the path is what counts. */
async function open(link: string | undefined): Promise<{ status: number; html: string; headers: Headers }> {
    const url = new URL(link ?? 'https://intake.example.org/copies/none');
    const response = await fetch(`${server.origin}${url.pathname}`);
    return { status: response.status, html: await response.text(), headers: response.headers };
}

const mailTo = (address: string): ParsedMail | undefined => smtp.messages.find((m) => m.to && !Array.isArray(m.to) && m.to.text.toLowerCase() === address);
const mailText = (mail: ParsedMail | undefined) => `${mail?.subject ?? ''}\n${mail?.text ?? ''}\n${typeof mail?.html === 'string' ? mail.html : ''}`;

function copyLinkRows(conversationId: string): number {
    const db = new Database(path.join(dataDir, SQLITE_FILE_NAME), { readonly: true });
    try {
        return db.prepare<[string], { n: number }>('select count(*) as n from copy_links where conversation_id = ?').get(conversationId)?.n ?? -1;
    } finally {
        db.close();
    }
}

describe('what the parent gets at the end of the intake', () => {
    it('in English: next steps, an e-mail copy without staff content, downloads, kind thanks, and links that expire', async () => {
        now = new Date();
        const chat = new HttpConversation(server.origin, 'en');
        const first = await chat.join();
        let replies: Partial<Activity>[] = [];
        const { reference } = await runScript({ say: async (text) => (replies = await chat.say(text)) }, first, SCRIPTS.en);
        const confirmation = replies.find((r) => intakeOf(r)?.submitted)?.text ?? '';
        expect(confirmation).toContain(reference);
        expect(confirmation).toContain('a coordinator will read your application and contact you within two working days by WhatsApp.');

        const buttons = offerButtons(replies);
        expect([...buttons.keys()]).toEqual(['Send me a copy by e-mail', 'Download a copy', 'Download our conversation']);
        const download = buttons.get('Download a copy');
        expect(download).toMatch(/^https:\/\/intake\.example\.org\/copies\/[A-Za-z0-9_-]{43}$/);
        expect(download).not.toContain(reference);

        expect(allText(await chat.say('Send me a copy by e-mail'))).toMatch(/sending a copy to the e-mail address/);
        expect(allText(await chat.say('Send me a copy by e-mail'))).toMatch(/already on its way/);
        await server.app.handoff.worker.runOnce(now);
        const mail = mailTo('olga.p@example.org');
        expect(mail?.subject).toBe(`Your application ${reference}: your copy`);
        const body = mailText(mail);
        for (const expected of ['Hello Olga Petrova,', 'About your child', "Child's first name: Mia", 'Your name: Olga Petrova', 'contact you within two working days by WhatsApp']) expect(body).toContain(expected);
        for (const staffOnly of ['Completeness', 'Flags', 'Contact name', 'Missing or unknown', 'Transcript']) expect(body).not.toContain(staffOnly);
        expect(mail?.attachments).toEqual([]);
        expect(mailTo('coordinators@example.org')?.subject).toContain(reference); // staff still get theirs

        const page = await open(download);
        expect(page.status).toBe(200);
        expect(page.headers.get('content-type')).toMatch(/^text\/html/);
        expect(page.headers.get('cache-control')).toBe('no-store');
        expect(page.html).toMatch(/<html lang="en" dir="ltr">/);
        expect(page.html).toContain(`Your application ${reference}`);
        expect(page.html).toContain('<th>Child&#39;s first name</th><td dir="auto">Mia</td>');
        expect(page.html).not.toContain('Completeness');
        const transcript = await open(buttons.get('Download our conversation'));
        expect(transcript.status).toBe(200);
        expect(transcript.html).toContain('<strong>You:</strong> <span dir="auto">Olga Petrova</span>');

        const wrong = await open(download?.replace(/.{4}$/, 'AAAA'));
        expect(wrong.status).toBe(404);
        expect(wrong.html).toContain('This link does not work.');
        expect((await open('https://intake.example.org/copies/..%2Fetc')).status).toBe(404);

        const thanks = await chat.say('Thank you so much!');
        expect(allText(thanks)).toBe("You're very welcome. We wish you and your child all the strength you need. If anything comes up, just write to me here.");
        expect(thanks.flatMap((r) => r.suggestedActions?.actions ?? [])).toEqual([]);
        expect(allText(await chat.say('thanks, what does MRD mean'))).toMatch(/residual[\s\S]*Sources:/);
        expect(allText(await chat.say('How long does CAR-T treatment take?'))).toMatch(/CAR-T[\s\S]*Sources:/); // the FAQ, as before

        now = new Date(now.getTime() + 25 * 3600_000);
        const expired = await open(download);
        expect(expired.status).toBe(410);
        expect(expired.html).toContain('This link has expired. Write &quot;copy&quot; in the chat and you will get new links.');
        expect(expired.html).not.toContain(reference);
        const fresh = offerButtons(await chat.say('copy')).get('Download a copy');
        expect(fresh).not.toBe(download);
        expect((await open(fresh)).status).toBe(200);
    });

    it('in Arabic, right to left', async () => {
        now = new Date();
        const chat = new HttpConversation(server.origin, 'ar');
        let replies: Partial<Activity>[] = [];
        const { reference } = await runScript({ say: async (text) => (replies = await chat.say(text)) }, await chat.join(), SCRIPTS.ar);
        expect(replies.find((r) => intakeOf(r)?.submitted)?.text).toContain('يتواصل معكم خلال يومَي عمل عبر واتساب');
        const buttons = offerButtons(replies);
        expect([...buttons.keys()]).toEqual(['أرسلوا لي نسخة بالبريد الإلكتروني', 'تنزيل نسخة', 'تنزيل محادثتنا']);

        const page = await open(buttons.get('تنزيل نسخة'));
        expect(page.status).toBe(200);
        expect(page.html).toMatch(/<html lang="ar" dir="rtl">/);
        expect(page.html).toContain('سارة');
        expect((await open(buttons.get('تنزيل محادثتنا'))).html).toMatch(/<html lang="ar" dir="rtl">/);

        expect(allText(await chat.say('شكرا جزيلا!'))).toMatch(/^العفو/);

        expect(allText(await chat.say('أرسلوا لي نسخة بالبريد الإلكتروني'))).toMatch(/أرسل الآن نسخة/);
        await server.app.handoff.worker.runOnce(now);
        const mail = mailTo('layla.hassan@example.org');
        expect(mail?.subject).toBe(`طلبكم \u2068${reference}\u2069: نسختكم`);
        expect(mail?.html).toMatch(/<html lang="ar" dir="rtl">/);
        expect(mailText(mail)).toContain('مرحبًا ليلى حسن،');
        expect(mailText(mail)).toContain('سارة');
    });

    it('"delete my data" removes the download links and a copy not yet sent', async () => {
        now = new Date();
        const chat = new HttpConversation(server.origin, 'en');
        let replies: Partial<Activity>[] = [];
        await runScript({ say: async (text) => (replies = await chat.say(text)) }, await chat.join(), { ...SCRIPTS.en, 'contact.email': 'erased.parent@example.org' });
        const download = offerButtons(replies).get('Download a copy');
        expect((await open(download)).status).toBe(200);
        expect(allText(await chat.say('Send me a copy by e-mail'))).toMatch(/sending a copy/);
        expect(copyLinkRows(chat.conversationId)).toBe(2);

        expect(allText(await chat.say('delete my data'))).toMatch(/cannot be undone/);
        expect(allText(await chat.say('Yes, delete'))).toMatch(/has been deleted/);
        expect(copyLinkRows(chat.conversationId)).toBe(0);
        expect((await open(download)).status).toBe(404);
        await server.app.handoff.worker.runOnce(now);
        expect(mailTo('erased.parent@example.org')).toBeUndefined();
    });
});
