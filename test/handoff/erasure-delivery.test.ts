import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErasureEvent } from '../../src/handoff/erasure.js';
import type { Handoff } from '../../src/handoff/index.js';
import { startSmtpServer, type SmtpPeer } from '../helpers/peers/smtpServer.js';
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/peers/webhookReceiver.js';
import { handoffEngines, type EngineFixture } from './helpers/engines.js';
import { HOUR, MINUTE, SECOND, T0, at, makeApplication, PERSONAL, storeApplication } from './helpers/fixtures.js';
import { testHandoff } from './helpers/handoff.js';

const ERASED_AT = at(2 * HOUR);

describe.each(handoffEngines)('application.erased notices ($name)', (engine) => {
    let fx: EngineFixture;
    let receiver: WebhookReceiver;
    let smtp: SmtpPeer;
    let handoff: Handoff;

    beforeEach(async () => {
        fx = await engine.open();
        receiver = await startWebhookReceiver();
        smtp = await startSmtpServer();
        handoff = testHandoff(fx.database, { webhook: receiver, smtp, staffLocale: 'de' });
    });
    afterEach(async () => {
        await handoff.worker.stop();
        await receiver.close();
        await smtp.close();
        await fx.cleanup();
    });

    async function submitted(conversationId: string, deliveries: ('webhook' | 'email')[] = ['webhook', 'email'], reference = 'K7Q-4M2') {
        const app = makeApplication({ reference });
        await storeApplication(fx.database.applications, app, { deliveries, conversationId });
        return app;
    }

    const outboxText = async () => JSON.stringify(await fx.rows('select * from outbox'));

    it('after delivery: the submitted rows go, a signed notice with the reference reaches the webhook and staff e-mail', async () => {
        const app = await submitted('conv-erase');
        expect(await handoff.worker.runOnce(T0)).toMatchObject({ delivered: 2 });
        const submittedId = receiver.delivered()[0]?.id;
        expect(await outboxText()).toContain(PERSONAL[0]); // the frozen bodies hold the application

        expect(await fx.database.applications.eraseByConversation('conv-erase', ERASED_AT)).toEqual({ applications: 1, notices: 2 });
        expect(await fx.database.applications.findById(app.id)).toBeUndefined();
        expect(await handoff.deliveriesFor(app.id)).toEqual([]);
        const stored = await outboxText();
        for (const personal of PERSONAL) expect(stored).not.toContain(personal);

        expect(await handoff.worker.runOnce(ERASED_AT)).toMatchObject({ claimed: 2, delivered: 2 });
        const notice = receiver.delivered()[1];
        expect(notice?.verified).toBe(true);
        expect(notice?.id).not.toBe(submittedId);
        const event = JSON.parse(notice?.body ?? '') as ErasureEvent;
        expect(event).toEqual({
            type: 'application.erased',
            timestamp: ERASED_AT.toISOString(),
            data: { applicationId: app.id, reference: 'K7Q-4M2', erasedAt: ERASED_AT.toISOString() }
        });
        for (const personal of PERSONAL) expect(notice?.body).not.toContain(personal);

        const mail = smtp.messages[1];
        expect(mail?.subject).toBe('[K7Q-4M2] Antrag auf Wunsch der Familie gelöscht');
        expect(mail?.text).toContain('Gelöscht am: 2025-03-01 12:00:00 UTC');
        expect(mail?.text).toContain('Bitte löschen Sie auch alle Kopien');
        expect(mail?.attachments).toEqual([]);
        for (const personal of PERSONAL) expect(`${mail?.text ?? ''}${String(mail?.html)}`).not.toContain(personal);

        const rows = await fx.rows("select event, status, application_id from outbox order by channel");
        expect(rows).toEqual([
            { event: 'application.erased', status: 'delivered', application_id: null },
            { event: 'application.erased', status: 'delivered', application_id: null }
        ]);
    });

    it('retries a notice like any delivery: same webhook-id, byte-identical body', async () => {
        await submitted('conv-retry');
        await handoff.worker.runOnce(T0);
        await fx.database.applications.eraseByConversation('conv-retry', ERASED_AT);
        receiver.failNext(1, { kind: 'status', status: 503 });
        expect(await handoff.worker.runOnce(ERASED_AT)).toMatchObject({ retried: 1, delivered: 1 });
        expect(await handoff.worker.runOnce(new Date(ERASED_AT.getTime() + 5 * SECOND))).toMatchObject({ delivered: 1 });
        const [first, second] = receiver.requests.slice(1);
        expect(second?.id).toBe(first?.id);
        expect(second?.body).toBe(first?.body);
        expect(second?.verified).toBe(true);
    });

    it('an attempted but undelivered submission gets a notice (it may have arrived); a never attempted one does not', async () => {
        await submitted('conv-attempted', ['webhook']);
        // The receiver may have stored it and only the answer was lost.
        receiver.failNext(1, { kind: 'hang' });
        const hurried = testHandoff(fx.database, { webhook: receiver, timeoutMs: 200 });
        expect(await hurried.worker.runOnce(T0)).toMatchObject({ retried: 1 });
        await submitted('conv-never', ['webhook', 'email'], 'AAA-AAA');

        expect(await fx.database.applications.eraseByConversation('conv-attempted', ERASED_AT)).toEqual({ applications: 1, notices: 1 });
        expect(await fx.database.applications.eraseByConversation('conv-never', ERASED_AT)).toEqual({ applications: 1, notices: 0 });
        expect(await fx.rows('select channel, event from outbox')).toEqual([{ channel: 'webhook', event: 'application.erased' }]);

        expect(await handoff.worker.runOnce(new Date(ERASED_AT.getTime() + MINUTE))).toMatchObject({ claimed: 1, delivered: 1 });
        expect(receiver.delivered().map((r) => (JSON.parse(r.body) as { type: string }).type)).toEqual(['application.erased']);
        expect(smtp.messages).toEqual([]);
    });

    it('refuses an erasure row without its payload, and a submitted row without its application', async () => {
        const insert = (applicationId: string, event: string, payload: string) =>
            fx.exec(`insert into outbox (id, event, application_id, channel, status, attempts, created_at, payload)
                     values ('6d1f1c52-0000-4000-8000-000000000001', '${event}', ${applicationId}, 'webhook', 'pending', 0, '${T0.toISOString()}', ${payload})`);
        await expect(insert('null', 'application.erased', 'null')).rejects.toThrow();
        await expect(insert('null', 'application.submitted', `'{}'`)).rejects.toThrow();
        await expect(insert('null', 'application.updated', `'{}'`)).rejects.toThrow();
    });
});
