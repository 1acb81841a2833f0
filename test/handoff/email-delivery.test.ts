import type { ParsedMail } from 'mailparser';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Handoff } from '../../src/handoff/index.js';
import { startSmtpServer, type SmtpPeer } from '../helpers/peers/smtpServer.js';
import { startWebhookReceiver } from '../helpers/peers/webhookReceiver.js';
import { handoffEngines, type EngineFixture } from './helpers/engines.js';
import { CHILD_NAME, FLAG_MESSAGE, NOTES, SECOND, T0, at, captureLogger, makeApplication, PERSONAL, storeApplication } from './helpers/fixtures.js';
import { STAFF_EMAIL, testHandoff } from './helpers/handoff.js';
import { describeEngines } from '../storage/helpers/pg.js';

describeEngines(handoffEngines)('e-mail delivery ($name)', (engine) => {
    let fx: EngineFixture;
    let smtp: SmtpPeer;
    const handoffs: Handoff[] = [];

    beforeEach(async () => {
        fx = await engine.open();
        smtp = await startSmtpServer();
    });
    afterEach(async () => {
        for (const h of handoffs.splice(0)) await h.worker.stop();
        await smtp.close();
        await fx.cleanup();
    });

    async function submitted(deliveries: ('email' | 'webhook')[] = ['email']) {
        const app = makeApplication();
        const conversationId = 'conv-mail';
        await storeApplication(fx.database.applications, app, { deliveries, conversationId });
        const t = fx.database.applications.transcripts;
        await t.append({ conversationId, role: 'bot', at: at(-3 * SECOND), text: 'Как зовут ребёнка?' });
        await t.append({ conversationId, role: 'parent', at: at(-2 * SECOND), text: CHILD_NAME, attachments: ['bone-marrow.pdf'] });
        return app;
    }

    const attachment = (mail: ParsedMail | undefined, suffix: string) => mail?.attachments.find((a) => a.filename?.endsWith(suffix));

    it('sends the staff e-mail in English: subject, summary, flags, missing fields, transcript and JSON', async () => {
        const app = await submitted();
        const { logger, lines } = captureLogger();
        const h = testHandoff(fx.database, { smtp, logger });
        handoffs.push(h);
        expect(await h.worker.runOnce(T0)).toMatchObject({ delivered: 1 });
        expect(smtp.messages).toHaveLength(1);
        const mail = smtp.messages[0];
        expect(mail?.subject).toBe('[K7Q-4M2] Application: 9 yrs, ALL (acute lymphoblastic), urgency: As soon as possible');
        expect(mail?.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe(STAFF_EMAIL);
        expect(mail?.messageId).toBe(`<${(await h.deliveriesFor(app.id))[0]?.id}@example.org>`);

        const text = mail?.text ?? '';
        for (const expected of [
            'New application K7Q-4M2', 'Submitted: 2025-03-01 10:00:00 UTC', 'Conversation language: Russian',
            'Child', `Child's first name: ${CHILD_NAME}`, 'Date of birth: June 10, 2015 (9 yrs)', 'Type of leukemia: ALL (acute lymphoblastic)',
            NOTES, FLAG_MESSAGE, 'Completeness: 93%', 'Missing or unknown answers', 'Height'
        ]) expect(text).toContain(expected);
        expect(text).not.toContain('About your child'); // the parent's wording
        const html = typeof mail?.html === 'string' ? mail.html : '';
        expect(html).toContain('&lt;без&gt; осложнений &amp; &quot;хорошо&quot;');
        expect(html).not.toContain('<без>');

        const transcript = attachment(mail, '.txt')?.content.toString('utf8') ?? '';
        expect(attachment(mail, '.txt')?.filename).toBe('transcript-K7Q-4M2.txt');
        expect(transcript).toContain('2025-03-01 09:59:57 UTC  Assistant: Как зовут ребёнка?');
        expect(transcript).toContain(`2025-03-01 09:59:58 UTC  Parent: ${CHILD_NAME}`);
        expect(transcript).toContain('[Attachments: bone-marrow.pdf]');
        expect(transcript.indexOf('Assistant:')).toBeLessThan(transcript.indexOf('Parent:'));
        const json = attachment(mail, '.json');
        expect(json?.filename).toBe('application-K7Q-4M2.json');
        expect(JSON.parse(json?.content.toString('utf8') ?? '')).toEqual(app);

        expect((await h.deliveriesFor(app.id))[0]).toMatchObject({ channel: 'email', status: 'delivered', attempts: 1 });
        const logged = JSON.stringify(lines);
        for (const secret of PERSONAL) expect(logged).not.toContain(secret);
    });

    it('renders subject and body in the staff language (de), free text as typed', async () => {
        await submitted();
        const h = testHandoff(fx.database, { smtp, staffLocale: 'de' });
        handoffs.push(h);
        await h.worker.runOnce(T0);
        const mail = smtp.messages[0];
        expect(mail?.subject).toBe('[K7Q-4M2] Antrag: 9 J, ALL (akute lymphatische Leukämie), Dringlichkeit: So schnell wie möglich');
        const text = mail?.text ?? '';
        for (const expected of ['Neuer Antrag K7Q-4M2', 'Gesprächssprache: Russisch', 'Geburtsdatum: 10. Juni 2015', NOTES, 'Vollständigkeit: 93', 'Größe']) {
            expect(text).toContain(expected);
        }
        const transcript = attachment(mail, '.txt')?.content.toString('utf8') ?? '';
        expect(transcript).toContain(`Elternteil: ${CHILD_NAME}`);
        expect(transcript).toContain('[Anhänge: bone-marrow.pdf]');
    });

    it('records an SMTP refusal as smtp_550 and delivers on the next scheduled attempt', async () => {
        const app = await submitted();
        const h = testHandoff(fx.database, { smtp });
        handoffs.push(h);
        smtp.refuseNext(1, 550);
        expect(await h.worker.runOnce(T0)).toMatchObject({ retried: 1 });
        expect((await h.deliveriesFor(app.id))[0]).toMatchObject({ status: 'pending', attempts: 1, lastError: 'smtp_550', nextAttemptAt: at(5 * SECOND).toISOString() });
        expect(await h.worker.runOnce(at(5 * SECOND))).toMatchObject({ delivered: 1 });
        expect(smtp.refused()).toBe(1);
        expect(smtp.messages).toHaveLength(1);
        expect((await h.deliveriesFor(app.id))[0]).toMatchObject({ status: 'delivered', attempts: 2, lastError: null });
    });

    it('delivers both channels independently: a failing webhook does not hold back the e-mail', async () => {
        const receiver = await startWebhookReceiver();
        try {
            const app = await submitted(['webhook', 'email']);
            const h = testHandoff(fx.database, { smtp, webhook: receiver });
            handoffs.push(h);
            expect(h.channelsConfigured).toEqual(['webhook', 'email']);
            receiver.failNext(1, { kind: 'status', status: 500 });
            await h.worker.runOnce(T0);
            const byChannel = Object.fromEntries((await h.deliveriesFor(app.id)).map((d) => [d.channel, d]));
            expect(byChannel['email']).toMatchObject({ status: 'delivered' });
            expect(byChannel['webhook']).toMatchObject({ status: 'pending', lastError: 'http_500' });
            expect(byChannel['email']?.id).not.toBe(byChannel['webhook']?.id);
            await h.worker.runOnce(at(5 * SECOND));
            expect(receiver.delivered()).toHaveLength(1);
            expect(smtp.messages).toHaveLength(1);
        } finally {
            await receiver.close();
        }
    });

    it('reports an unreachable SMTP server as a connection failure', async () => {
        const app = await submitted();
        const url = smtp.url;
        await smtp.close();
        const h = testHandoff(fx.database, { smtp: { ...smtp, url } });
        handoffs.push(h);
        await h.worker.runOnce(T0);
        expect((await h.deliveriesFor(app.id))[0]).toMatchObject({ status: 'pending', lastError: 'smtp_connection' });
        smtp = await startSmtpServer(); // for afterEach
    });
});
