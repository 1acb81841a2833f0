import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCRIPTS } from '../fixtures/scripts';
import { startSmtpServer, type SmtpPeer } from '../helpers/peers/smtpServer';
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/peers/webhookReceiver';
import { runScript } from '../helpers/script';
import { HttpConversation, startServer, type RunningServer } from '../helpers/server';

let dataDir: string;
let receiver: WebhookReceiver;
let smtp: SmtpPeer;
let server: RunningServer;

beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'intake-handoff-'));
    receiver = await startWebhookReceiver();
    smtp = await startSmtpServer();
    server = await startServer({
        DATA_DIR: dataDir, HANDOFF_WEBHOOK_URL: receiver.url, HANDOFF_WEBHOOK_SECRET: receiver.secret,
        SMTP_URL: smtp.url, STAFF_EMAIL: 'coordinators@example.org', STAFF_LOCALE: 'de'
    });
});
afterAll(async () => {
    await server.stop();
    await receiver.close();
    await smtp.close();
    rmSync(dataDir, { recursive: true, force: true });
});

describe('a submitted application reaches staff', () => {
    it('by signed webhook and e-mail in the staff language, with the transcript of the conversation', async () => {
        const chat = new HttpConversation(server.origin, 'ru');
        const { reference } = await runScript(chat, await chat.join(), SCRIPTS.ru);
        await server.app.handoff.worker.runOnce(new Date());

        const [delivery] = receiver.delivered();
        expect(delivery?.verified).toBe(true);
        const body = JSON.parse(delivery!.body) as { type: string; data: { application: { reference: string; child: { firstName: string } }; summary: string; transcript: { role: string; text: string }[] } };
        expect(body.type).toBe('application.submitted');
        expect(body.data.application.reference).toBe(reference);
        expect(body.data.application.child.firstName).toBe('Миша');
        expect(body.data.transcript.some((e) => e.role === 'parent' && e.text === 'в марте прошлого года')).toBe(true);

        const mail = smtp.messages[0];
        expect(mail?.subject).toContain(reference);
        expect(mail?.text).toMatch(/Gewicht/);
        expect(mail?.attachments.map((a) => a.contentType)).toEqual(expect.arrayContaining(['application/json']));

        const stored = await server.app.database.applications.findByReference(reference);
        const deliveries = await server.app.handoff.deliveriesFor(stored!.id);
        expect(deliveries.map((d) => [d.channel, d.status]).sort()).toEqual([['email', 'delivered'], ['webhook', 'delivered']]);
    });
});
