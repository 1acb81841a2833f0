import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Handoff } from '../../src/handoff/index.js';
import type { HandoffEvent } from '../../src/handoff/payload.js';
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/peers/webhookReceiver.js';
import { handoffEngines, type EngineFixture } from './helpers/engines.js';
import { HOUR, MINUTE, SECOND, at, captureLogger, makeApplication, PERSONAL, referenceFor, storeApplication, T0 } from './helpers/fixtures.js';
import { testHandoff } from './helpers/handoff.js';
import { describeEngines } from '../storage/helpers/pg.js';

describeEngines(handoffEngines)('webhook delivery ($name)', (engine) => {
    let fx: EngineFixture;
    let receiver: WebhookReceiver;
    const handoffs: Handoff[] = [];

    beforeEach(async () => {
        fx = await engine.open();
        receiver = await startWebhookReceiver();
    });
    afterEach(async () => {
        for (const h of handoffs.splice(0)) await h.worker.stop();
        await receiver.close();
        await fx.cleanup();
    });

    async function submitted(conversationId = 'conv-w') {
        const app = makeApplication();
        await storeApplication(fx.database.applications, app, { deliveries: ['webhook'], conversationId });
        const transcripts = fx.database.applications.transcripts;
        await transcripts.append({ conversationId, role: 'parent', at: at(-2 * MINUTE), text: 'Здравствуйте' });
        await transcripts.append({ conversationId, role: 'bot', at: at(-2 * MINUTE + SECOND), text: 'Hello!', actions: ['Yes', 'No'] });
        return app;
    }

    it('retries while the receiver is down or failing, then delivers once under one webhook-id', async () => {
        const app = await submitted();
        // One base so the two signed times differ by exactly 90 s, whatever the real clock does meanwhile.
        const base = Date.now();
        let wall = new Date(base);
        const h = testHandoff(fx.database, { webhook: receiver, clock: () => wall });
        handoffs.push(h);
        await receiver.pause();

        expect(await h.worker.runOnce(T0)).toMatchObject({ claimed: 1, retried: 1 });
        const [first] = await h.deliveriesFor(app.id);
        expect(first).toMatchObject({ status: 'pending', attempts: 1, lastError: 'connection_refused', nextAttemptAt: at(5 * SECOND).toISOString() });
        expect(await h.worker.runOnce(at(4 * SECOND))).toMatchObject({ claimed: 0 });

        await receiver.resume();
        receiver.failNext(1, { kind: 'status', status: 500 });
        wall = new Date(base + 90 * SECOND); // each attempt signs its own time
        expect(await h.worker.runOnce(at(5 * SECOND))).toMatchObject({ retried: 1 });
        expect((await h.deliveriesFor(app.id))[0]).toMatchObject({ attempts: 2, lastError: 'http_500', nextAttemptAt: at(5 * SECOND + 5 * MINUTE).toISOString() });

        wall = new Date(base + 180 * SECOND);
        expect(await h.worker.runOnce(at(5 * SECOND + 5 * MINUTE))).toMatchObject({ delivered: 1 });
        expect(await h.worker.runOnce(at(100 * HOUR))).toMatchObject({ claimed: 0 });

        const delivery = (await h.deliveriesFor(app.id))[0];
        expect(delivery).toMatchObject({ status: 'delivered', attempts: 3, lastError: null, nextAttemptAt: null, deliveredAt: at(5 * SECOND + 5 * MINUTE).toISOString() });
        expect(receiver.requests).toHaveLength(2);
        expect(receiver.requests.map((r) => r.id)).toEqual([delivery?.id, delivery?.id]);
        expect(receiver.requests.every((r) => r.verified)).toBe(true);
        expect(receiver.requests[1]?.body).toBe(receiver.requests[0]?.body);
        expect(Number(receiver.requests[1]?.timestamp) - Number(receiver.requests[0]?.timestamp)).toBe(90);
        expect(receiver.delivered()).toHaveLength(1);

        const payload = JSON.parse(receiver.requests[0]?.body ?? '') as HandoffEvent;
        expect(payload).toMatchObject({ type: 'application.submitted', timestamp: app.submittedAt });
        expect(payload.data).toMatchObject({ application: app });
        expect(payload.data.summary).toContain('Date of birth: June 10, 2015 (9 yrs)');
        expect(payload.data.summary).toContain(app.treatments.notes);
        expect(payload.data.transcript).toEqual([
            { at: at(-2 * MINUTE).toISOString(), role: 'parent', text: 'Здравствуйте', attachments: [], actions: [] },
            { at: at(-2 * MINUTE + SECOND).toISOString(), role: 'bot', text: 'Hello!', attachments: [], actions: ['Yes', 'No'] }
        ]);
    });

    it('sends the body frozen at the first attempt, even if the transcript grows meanwhile', async () => {
        const app = await submitted('conv-grow');
        const h = testHandoff(fx.database, { webhook: receiver });
        handoffs.push(h);
        receiver.failNext(1, { kind: 'status', status: 503 });
        await h.worker.runOnce(T0);
        await fx.database.applications.transcripts.append({ conversationId: 'conv-grow', role: 'parent', at: at(MINUTE), text: 'later' });
        await h.worker.runOnce(at(5 * SECOND));
        expect(receiver.requests.map((r) => r.body)).toEqual([receiver.requests[0]?.body, receiver.requests[0]?.body]);
        expect(receiver.delivered()).toHaveLength(1);
        expect((await h.deliveriesFor(app.id))[0]?.status).toBe('delivered');
    });

    it('survives a restart between attempts: closed database and worker, reopened, delivered once', async () => {
        const app = await submitted();
        const first = testHandoff(fx.database, { webhook: receiver });
        receiver.failNext(1, { kind: 'status', status: 500 });
        await first.worker.runOnce(T0);
        await first.worker.stop();
        await fx.database.close();

        const reopened = await fx.another();
        const second = testHandoff(reopened, { webhook: receiver });
        handoffs.push(second);
        expect((await second.deliveriesFor(app.id))[0]).toMatchObject({ status: 'pending', attempts: 1, lastError: 'http_500' });
        expect(await second.worker.runOnce(at(5 * SECOND))).toMatchObject({ delivered: 1 });
        expect(await second.worker.runOnce(at(80 * HOUR))).toMatchObject({ claimed: 0 });
        expect(receiver.delivered()).toHaveLength(1);
        expect(new Set(receiver.requests.map((r) => r.id)).size).toBe(1);
    });

    it('takes over a claim abandoned by a crashed worker once its lease has expired', async () => {
        const app = await submitted();
        const leaseMs = 2 * MINUTE;
        const now = new Date();
        // A worker claims the row and dies before sending anything.
        const outbox = fx.database.applications.outbox;
        const claimed = await outbox.claimDue({ now, limit: 10, leaseUntil: new Date(now.getTime() + leaseMs), token: '00000000-0000-4000-8000-000000000000' });
        expect(claimed).toHaveLength(1);
        const h = testHandoff(fx.database, { webhook: receiver, worker: { leaseMs } });
        handoffs.push(h);
        expect(await h.retryNow(claimed[0]?.id ?? '')).toBe(false); // in flight: never sent twice at once
        expect(await h.worker.runOnce(new Date(now.getTime() + leaseMs - SECOND))).toMatchObject({ claimed: 0 });
        expect(await h.worker.runOnce(new Date(now.getTime() + leaseMs))).toMatchObject({ delivered: 1 });
        expect((await h.deliveriesFor(app.id))[0]).toMatchObject({ status: 'delivered', attempts: 2 });
        expect(receiver.delivered()).toHaveLength(1);
    });

    it('records each failure with its code and retries on schedule; 410 Gone stops at once', async () => {
        const app = await submitted();
        const { logger, lines } = captureLogger();
        const h = testHandoff(fx.database, { webhook: receiver, logger, timeoutMs: 250 });
        handoffs.push(h);
        const steps: { failure: Parameters<WebhookReceiver['failNext']>[1]; now: Date; error: string; next: Date | null }[] = [
            { failure: { kind: 'status', status: 500 }, now: T0, error: 'http_500', next: at(5 * SECOND) },
            { failure: { kind: 'redirect' }, now: at(5 * SECOND), error: 'redirect', next: at(5 * SECOND + 5 * MINUTE) },
            { failure: { kind: 'hang' }, now: at(5 * SECOND + 5 * MINUTE), error: 'timeout', next: at(5 * SECOND + 35 * MINUTE) },
            // Retry-After asks for longer than the 2 h step: honoured.
            { failure: { kind: 'status', status: 429, headers: { 'retry-after': '10800' } }, now: at(5 * SECOND + 35 * MINUTE), error: 'http_429', next: at(5 * SECOND + 35 * MINUTE + 3 * HOUR) },
            { failure: { kind: 'status', status: 410 }, now: at(5 * SECOND + 35 * MINUTE + 3 * HOUR), error: 'http_410', next: null }
        ];
        for (const [i, step] of steps.entries()) {
            receiver.failNext(1, step.failure);
            const started = Date.now();
            await h.worker.runOnce(step.now);
            if (step.failure.kind === 'hang') expect(Date.now() - started).toBeLessThan(1500);
            expect((await h.deliveriesFor(app.id))[0], step.error).toMatchObject({
                attempts: i + 1,
                lastError: step.error,
                status: step.next ? 'pending' : 'failed',
                nextAttemptAt: step.next?.toISOString() ?? null
            });
        }
        expect(receiver.requests.map((r) => r.path)).not.toContain('/moved'); // the redirect was not followed
        expect(await h.worker.runOnce(at(100 * HOUR))).toMatchObject({ claimed: 0 });
        const alert = lines.find((l) => l['event'] === 'handoff.delivery_failed');
        expect(alert).toMatchObject({ level: 50, alert: true, error: 'http_410', channel: 'webhook', applicationId: app.id });
        const logged = JSON.stringify(lines);
        for (const secret of [...PERSONAL, 'failure body']) expect(logged).not.toContain(secret);
    });

    it('follows the backoff schedule until the 72 h window ends, then fails with an alert', async () => {
        const app = await submitted();
        const { logger, lines } = captureLogger();
        const h = testHandoff(fx.database, { webhook: receiver, logger });
        handoffs.push(h);
        receiver.failNext(100, { kind: 'status', status: 500 });
        const attemptsAt: number[] = [];
        let now: Date | null = T0;
        while (now) {
            attemptsAt.push(now.getTime() - T0.getTime());
            await h.worker.runOnce(now);
            const next: string | null | undefined = (await h.deliveriesFor(app.id))[0]?.nextAttemptAt;
            now = next ? new Date(next) : null;
        }
        const s = SECOND, m = MINUTE, hr = HOUR;
        const offsets = [0, 5 * s, 5 * m + 5 * s, 35 * m + 5 * s, 2 * hr + 35 * m + 5 * s, 7 * hr + 35 * m + 5 * s];
        for (let i = 1; i <= 6; i++) offsets.push(offsets[5] as number + i * 10 * hr);
        expect(attemptsAt).toEqual(offsets); // the next one (77 h 35 min) would fall outside 72 h
        expect((await h.deliveriesFor(app.id))[0]).toMatchObject({ status: 'failed', attempts: 12, lastError: 'http_500', nextAttemptAt: null });
        expect(lines.filter((l) => l['event'] === 'handoff.delivery_failed')).toHaveLength(1);
        expect(lines.filter((l) => l['event'] === 'handoff.retry')).toHaveLength(11);
    });

    it('honours a shorter configured retry window', async () => {
        const app = await submitted();
        const h = testHandoff(fx.database, { webhook: receiver, worker: { retryWindowMs: HOUR } });
        handoffs.push(h);
        receiver.failNext(100, { kind: 'status', status: 502 });
        for (const offset of [0, 5 * SECOND, 5 * MINUTE + 5 * SECOND, 35 * MINUTE + 5 * SECOND]) await h.worker.runOnce(at(offset));
        expect((await h.deliveriesFor(app.id))[0]).toMatchObject({ status: 'failed', attempts: 4, lastError: 'http_502' });
    });

    it('retryNow makes a failed delivery due now and it is delivered; delivered ones are left alone', async () => {
        const app = await submitted();
        const h = testHandoff(fx.database, { webhook: receiver });
        handoffs.push(h);
        receiver.failNext(1, { kind: 'status', status: 410 });
        await h.worker.runOnce(T0);
        const failed = (await h.deliveriesFor(app.id))[0];
        expect(failed).toMatchObject({ status: 'failed', lastError: 'http_410' });

        const before = Date.now();
        expect(await h.retryNow(failed?.id ?? '')).toBe(true);
        const due = (await h.deliveriesFor(app.id))[0];
        expect(due).toMatchObject({ status: 'pending', attempts: 1 });
        expect(new Date(due?.nextAttemptAt ?? 0).getTime()).toBeGreaterThanOrEqual(before - 1000);
        expect(await h.worker.runOnce()).toMatchObject({ delivered: 1 });
        expect((await h.deliveriesFor(app.id))[0]).toMatchObject({ status: 'delivered', attempts: 2 });
        expect(await h.retryNow(failed?.id ?? '')).toBe(false);
        expect(await h.retryNow('00000000-0000-4000-8000-000000000000')).toBe(false);
        expect(await h.retryNow('nonsense')).toBe(false);
        expect(receiver.delivered()).toHaveLength(1);
    });

    it('start() polls, wake() sends without waiting for the poll, stop() ends the loop', async () => {
        const app = await submitted();
        const h = testHandoff(fx.database, { webhook: receiver, worker: { pollIntervalMs: 60_000 } });
        handoffs.push(h);
        h.worker.start();
        await expect.poll(() => receiver.delivered().length, { timeout: 3000 }).toBe(1);
        const second = makeApplication({ reference: 'BBB-BBB' });
        await storeApplication(fx.database.applications, second, { deliveries: ['webhook'] });
        h.worker.wake();
        await expect.poll(() => receiver.delivered().length, { timeout: 3000 }).toBe(2);
        await h.worker.stop();
        expect((await h.deliveriesFor(app.id))[0]?.status).toBe('delivered');
    });

    it('two workers running concurrently deliver each row exactly once', async () => {
        const apps = Array.from({ length: 24 }, (_, i) => makeApplication({ reference: referenceFor(i) }));
        for (const app of apps) await storeApplication(fx.database.applications, app, { deliveries: ['webhook'] });
        const other = await fx.another();
        const workers = [fx.database, other].map((db) => testHandoff(db, { webhook: receiver, worker: { batchSize: 3 } }));
        handoffs.push(...workers);
        const drain = async (h: Handoff) => {
            let delivered = 0;
            for (;;) {
                const run = await h.worker.runOnce(T0);
                delivered += run.delivered;
                if (run.claimed === 0) return delivered;
            }
        };
        // Three concurrent passes per worker: six claimers racing for the same rows.
        const counts = await Promise.all(workers.flatMap((w) => [drain(w), drain(w), drain(w)]));
        expect(counts.reduce((a, b) => a + b, 0)).toBe(apps.length);
        expect(receiver.requests).toHaveLength(apps.length);
        expect(new Set(receiver.requests.map((r) => r.id)).size).toBe(apps.length);
        for (const app of apps) expect((await workers[0]!.deliveriesFor(app.id))[0]).toMatchObject({ status: 'delivered', attempts: 1 });
    });
});
