import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ApplicationRepository } from '../../src/handoff/application-repository.js';
import { PostgresApplicationRepository } from '../../src/handoff/application-repository-postgres.js';
import { SqliteApplicationRepository } from '../../src/handoff/application-repository-sqlite.js';
import type { DeliveryChannel } from '../../src/handoff/outbox.js';
import { FAILING_OUTBOX_TRIGGER, handoffEngines, type EngineFixture } from './helpers/engines.js';
import { T0, makeApplication, storeApplication } from './helpers/fixtures.js';
import { describeEngines } from '../storage/helpers/pg.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describeEngines(handoffEngines)('outbox rows with the application ($name)', (engine) => {
    let fx: EngineFixture;
    let repo: ApplicationRepository;
    const repoName = engine.name === 'sqlite' ? SqliteApplicationRepository.name : PostgresApplicationRepository.name;

    beforeEach(async () => {
        fx = await engine.open();
        repo = fx.database.applications;
    });
    afterEach(async () => {
        await fx.cleanup();
    });

    const build = (id = randomUUID()) => () => ({
        id, conversationId: 'conv-1', channel: 'webchat', locale: 'de', submittedAt: T0.toISOString(), data: makeApplication({ id })
    });

    it('writes one pending row per configured channel together with the application', async () => {
        const stored = await repo.insertWithUniqueReference(build(), { deliveries: ['email', 'webhook'] });
        const rows = await repo.outbox.deliveriesFor(stored.id);
        expect(rows.map((r) => r.channel)).toEqual(['email', 'webhook']);
        for (const row of rows) {
            expect(row).toMatchObject({
                applicationId: stored.id, status: 'pending', attempts: 0, nextAttemptAt: T0.toISOString(), createdAt: T0.toISOString(),
                deliveredAt: null, lastAttemptAt: null, lastError: null
            });
            expect(row.id).toMatch(UUID);
        }
        expect(new Set(rows.map((r) => r.id)).size).toBe(2);
        expect(await repo.findById(stored.id)).toEqual(stored);
    });

    it('keeps the old signature: no deliveries, no outbox rows', async () => {
        const stored = await repo.insertWithUniqueReference(build());
        expect(await repo.outbox.deliveriesFor(stored.id)).toEqual([]);
        await storeApplication(repo, makeApplication({ reference: 'AAA-AAA' }), { deliveries: [] });
        expect(await repo.list()).toHaveLength(2);
    });

    it('de-duplicates channels and rejects unknown ones before touching the database', async () => {
        const stored = await repo.insertWithUniqueReference(build(), { deliveries: ['webhook', 'webhook'] });
        expect((await repo.outbox.deliveriesFor(stored.id)).map((r) => r.channel)).toEqual(['webhook']);
        const bad = repo.insertWithUniqueReference(build(), { deliveries: ['fax' as DeliveryChannel] });
        await expect(bad).rejects.toThrow(`${repoName}.insert(): unknown delivery channel "fax"`);
        expect(await repo.list()).toHaveLength(1);
    });

    it('leaves no application behind when the outbox insert fails', async () => {
        await fx.exec(FAILING_OUTBOX_TRIGGER[engine.name]);
        const id = randomUUID();
        const attempt = repo.insertWithUniqueReference(build(id), { deliveries: ['webhook'] });
        await expect(attempt).rejects.toThrow(new RegExp(`^${repoName}\\.insert\\(\\): database error`));
        await expect(attempt).rejects.not.toThrow(/outbox down/); // driver messages never leak
        expect(await repo.findById(id)).toBeUndefined();
        expect(await repo.list()).toEqual([]);
        expect(await repo.outbox.deliveriesFor(id)).toEqual([]);
    });

    it('creates the rows once when a reference collision is retried', async () => {
        await storeApplication(repo, makeApplication({ reference: 'AAA-AAA' }));
        const codes = ['AAA-AAA', 'BBB-BBB'];
        const scripted = (await fx.another({ generateReference: () => codes.shift() ?? 'ZZZ-ZZZ' })).applications;
        const stored = await scripted.insertWithUniqueReference(build(), { deliveries: ['webhook', 'email'] });
        expect(stored.reference).toBe('BBB-BBB');
        expect(await repo.outbox.deliveriesFor(stored.id)).toHaveLength(2);
    });

    it('deletes a conversation\'s outbox rows with its applications', async () => {
        const app = makeApplication();
        await storeApplication(repo, app, { deliveries: ['webhook', 'email'], conversationId: 'gone' });
        expect(await repo.eraseByConversation('gone', T0)).toEqual({ applications: 1, notices: 0 });
        expect(await repo.outbox.deliveriesFor(app.id)).toEqual([]);
    });

    it('finds by id, tolerating case and rejecting non-UUIDs', async () => {
        const app = makeApplication();
        await storeApplication(repo, app);
        expect((await repo.findById(app.id.toUpperCase()))?.reference).toBe('K7Q-4M2');
        expect(await repo.findById('not-a-uuid')).toBeUndefined();
        expect(await repo.findById(randomUUID())).toBeUndefined();
    });
});
