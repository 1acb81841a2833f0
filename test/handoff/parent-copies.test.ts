import { afterEach, beforeEach, expect, it } from 'vitest';
import { ParentCopies } from '../../src/handoff/parent-copies.js';
import type { Handoff } from '../../src/handoff/index.js';
import { startSmtpServer, type SmtpPeer } from '../helpers/peers/smtpServer.js';
import { describeEngines } from '../storage/helpers/pg.js';
import { handoffEngines, type EngineFixture } from './helpers/engines.js';
import { CONTACT_EMAIL, FLAG_MESSAGE, HOUR, MINUTE, PERSONAL, T0, captureLogger, makeApplication, storeApplication } from './helpers/fixtures.js';
import { testHandoff } from './helpers/handoff.js';

describeEngines(handoffEngines)('parent copies ($name)', (engine) => {
    let fx: EngineFixture;
    let smtp: SmtpPeer;
    let handoff: Handoff | undefined;
    let now = T0;

    beforeEach(async () => {
        fx = await engine.open();
        smtp = await startSmtpServer();
        now = T0;
    });
    afterEach(async () => {
        await handoff?.worker.stop();
        await smtp.close();
        await fx.cleanup();
    });

    const copies = (canEmail = true) =>
        new ParentCopies({ links: fx.database.copyLinks, applications: fx.database.applications, publicUrl: 'https://intake.example.org/', canEmail, clock: () => now, notify: () => undefined });
    const tokenOf = (url: string) => url.split('/').pop() ?? '';

    it('links resolve until they expire, only with their own token, and no more after the conversation is erased', async () => {
        const service = copies();
        const { links, email } = await service.offer('conv-1', 'K7Q-4M2', 'ru');
        expect(email).toBe(false); // no such application
        expect(links.application).toMatch(/^https:\/\/intake\.example\.org\/copies\/[A-Za-z0-9_-]{43}$/);
        expect(await service.resolve(tokenOf(links.application))).toMatchObject({ status: 'ok', link: { conversationId: 'conv-1', kind: 'application', reference: 'K7Q-4M2', locale: 'ru' } });
        expect(await service.resolve(tokenOf(links.transcript))).toMatchObject({ status: 'ok', link: { kind: 'transcript' } });
        expect(await service.resolve('A'.repeat(43))).toEqual({ status: 'unknown' });
        expect(await service.resolve('../etc')).toEqual({ status: 'unknown' });
        (await fx.rows('select token_hash from copy_links')).forEach((row) => expect(Object.values(links).join()).not.toContain(String(row.token_hash)));

        now = new Date(T0.getTime() + 24 * HOUR);
        expect(await service.resolve(tokenOf(links.application))).toMatchObject({ status: 'expired', link: { locale: 'ru' } });
        await service.offer('conv-2', 'ABC-DEF', 'en');
        expect(await fx.database.copyLinks.deleteByConversation('conv-2')).toBe(2);
        expect(await fx.database.copyLinks.deleteByConversation('conv-1')).toBe(2);
        expect(await service.resolve(tokenOf(links.application))).toEqual({ status: 'unknown' });
    });

    it('queues one e-mail copy per application, retries a refusal, and never logs the address', async () => {
        const app = makeApplication();
        await storeApplication(fx.database.applications, app, { conversationId: 'conv-1', deliveries: [] });
        expect(await copies(false).sendByEmail('conv-1', app.reference)).toBe('unavailable');
        expect((await copies(false).offer('conv-1', app.reference, 'ru')).email).toBe(false);
        expect((await copies().offer('conv-1', app.reference, 'ru')).email).toBe(true);
        expect(await copies().sendByEmail('conv-other', app.reference)).toBe('unavailable');
        expect(await copies().sendByEmail('conv-1', app.reference)).toBe('queued');
        expect(await copies().sendByEmail('conv-1', app.reference)).toBe('already');

        const { logger, lines } = captureLogger();
        // Named in English only: the Russian copy comes from the unnamed Russian sender.
        handoff = testHandoff(fx.database, { smtp, logger, parentCopies: true, operatorNames: { en: 'Test Care' } });
        smtp.refuseNext(1, 451);
        expect(await handoff.worker.runOnce(now)).toMatchObject({ retried: 1 });
        expect(await handoff.worker.runOnce(new Date(now.getTime() + 10 * MINUTE))).toMatchObject({ delivered: 1 });
        expect(smtp.messages).toHaveLength(1);
        const mail = smtp.messages[0];
        expect(mail?.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe(CONTACT_EMAIL);
        expect(mail?.from?.value[0]?.name).toBe('Медицинская координация');
        expect(mail?.subject).toBe(`Ваша заявка ${app.reference}: ваша копия`);
        expect(mail?.text).toContain('Здравствуйте, Анна Тестова!');
        expect(mail?.text).toContain('свяжется с вами within two working days в WhatsApp');
        expect(mail?.text).not.toContain(FLAG_MESSAGE);
        expect(await handoff.deliveriesFor(app.id)).toEqual([expect.objectContaining({ channel: 'parent_email', status: 'delivered', attempts: 2 })]);
        const logged = JSON.stringify(lines);
        for (const secret of PERSONAL) expect(logged).not.toContain(secret);
    });
});
