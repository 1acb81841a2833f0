import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { handoffEngines, type EngineFixture } from '../handoff/helpers/engines.js';
import { T0, makeApplication } from '../handoff/helpers/fixtures.js';
import { describeEngines } from './helpers/pg.js';

describeEngines(handoffEngines)('what operators read from the database ($name)', (engine) => {
    let fx: EngineFixture;

    beforeEach(async () => {
        fx = await engine.open();
    });
    afterEach(async () => {
        await fx.cleanup();
    });

    const submit = (deliveries: ('email' | 'webhook')[]) => {
        const id = randomUUID();
        return fx.database.applications.insertWithUniqueReference(
            () => ({ id, conversationId: `conv-${id}`, channel: 'webchat', locale: 'de', submittedAt: T0.toISOString(), data: makeApplication({ id }) }),
            { deliveries }
        );
    };

    it('counts undelivered outbox rows by channel: waiting, retrying after a failure, given up', async () => {
        const first = await submit(['email', 'webhook']);
        await submit(['webhook']);
        const third = await submit(['email', 'webhook']);
        await fx.exec(`update outbox set attempts = 2 where channel = 'email' and application_id = '${first.id}'`);
        await fx.exec(`update outbox set status = 'failed', attempts = 9 where channel = 'webhook' and application_id = '${first.id}'`);
        await fx.exec(`update outbox set status = 'delivered', attempts = 1 where application_id = '${third.id}'`);
        const counts = await fx.database.operations.outboxCounts();
        expect(counts.sort((a, b) => `${a.channel}${a.state}`.localeCompare(`${b.channel}${b.state}`))).toEqual([
            { channel: 'email', state: 'retrying', count: 1 },
            { channel: 'webhook', state: 'failed', count: 1 },
            { channel: 'webhook', state: 'pending', count: 1 }
        ]);
    });

    it('counts conversations by their open question when their last turn is older than the limit, not those with a coordinator', async () => {
        const day = (n: number) => new Date(T0.getTime() + n * 86_400_000).toISOString();
        await fx.database.storage.write({
            'directline/conversations/a/': { profile: { currentField: 'child.weightKg', lastActiveAt: day(-3) } },
            'directline/conversations/b/': { profile: { currentField: 'child.weightKg', lastActiveAt: day(-2) } },
            'telegram/conversations/c/': { profile: { currentField: 'contact.phone', lastActiveAt: day(-2) } },
            'directline/conversations/recent/': { profile: { currentField: 'contact.phone', lastActiveAt: day(0) } },
            'directline/conversations/submitted/': { profile: { lastActiveAt: day(-5) } },
            'directline/conversations/taken/': { profile: { currentField: 'contact.phone', lastActiveAt: day(-4) } }
        });
        await fx.exec(`insert into conversations (conversation_id, channel_id, reference, locale, updated_at, takeover_status) values ('taken', 'directline', '{}', 'en', '${day(-4)}', 'staff')`);
        const stalled = await fx.database.operations.stalledAt(new Date(day(-1)));
        expect(stalled.sort((a, b) => a.field.localeCompare(b.field))).toEqual([{ field: 'child.weightKg', count: 2 }, { field: 'contact.phone', count: 1 }]);
    });

    it('is ready when migrated, not with a migration missing, nor once closed', async () => {
        expect(await fx.database.operations.readiness()).toEqual({ ready: true });
        await fx.exec('delete from schema_migrations where version = (select max(version) from schema_migrations)');
        expect(await fx.database.operations.readiness()).toEqual({ ready: false, reason: 'migrations_pending' });
        await fx.database.close();
        expect(await fx.database.operations.readiness()).toEqual({ ready: false, reason: 'database_unreachable' });
    });
});
