import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openStaffDatabase, type StaffDatabase } from '../../src/staff/database';
import { LOGIN_THROTTLE } from '../../src/staff/auth';
import { StatusTransitionError, changeApplicationStatus } from '../../src/staff/status';
import { openDatabase, type IntakeDatabase } from '../../src/storage/database';
import { makeApplication } from '../handoff/helpers/fixtures';
import { conversationStatePrefix } from '../../src/storage/keys';
import { tempDir } from '../storage/helpers/engines';
import { createTestSchema, describeEngines } from '../storage/helpers/pg';
import { seed } from './helpers/seed';

interface Opened { staff: StaffDatabase; intake: IntakeDatabase; cleanup(): Promise<void> }
const engines: { name: string; open(): Promise<Opened> }[] = [
    {
        name: 'sqlite',
        open: async () => {
            const dir = tempDir();
            const intake = await openDatabase({ dataDir: dir.path });
            const staff = await openStaffDatabase({ dataDir: dir.path });
            return { staff, intake, cleanup: async () => { await staff.close(); await intake.close(); dir.remove(); } };
        }
    },
    {
        name: 'postgres',
        open: async (): Promise<Opened> => {
            const schema = await createTestSchema();
            const intake = await openDatabase({ databaseUrl: schema.url });
            const staff = await openStaffDatabase({ databaseUrl: schema.url });
            return { staff, intake, cleanup: async () => { await staff.close(); await intake.close(); await schema.drop(); } };
        }
    }
];

const T0 = new Date('2026-03-02T10:00:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);

describeEngines(engines)('staff store on $name', (engine) => {
    let db: Opened;
    beforeEach(async () => {
        db = await engine.open();
    });
    afterEach(() => db.cleanup());

    it('creates the first account only once, even when asked concurrently', async () => {
        const results = await Promise.all(['a', 'b', 'c'].map(() => db.staff.staff.insertFirstAccount({ id: randomUUID(), username: 'admin', passwordHash: 'scrypt$x$y' }, T0)));
        expect(results.filter(Boolean)).toHaveLength(1);
        expect((await db.staff.staff.findAccount('ADMIN'))?.username).toBe('admin');
    });

    it('finds sessions until they expire and deletes them', async () => {
        const store = db.staff.staff;
        await store.createSession({ idHash: 'h1', accountId: 'acc', username: 'alice', csrfToken: 't', createdAt: T0, expiresAt: later(60_000) });
        expect((await store.findSession('h1', later(59_000)))?.username).toBe('alice');
        expect(await store.findSession('h1', later(60_000))).toBeUndefined();
        expect(await store.deleteExpiredSessions(later(61_000))).toBe(1);
    });

    it('makes a sign-in key wait after its 5th failure, doubling each time up to an hour, and forgets it after a day', async () => {
        const store = db.staff.staff;
        const policy = LOGIN_THROTTLE.perUser;
        for (let i = 0; i < 4; i++) expect(await store.recordLoginFailure('key-a', later(i * 1000), policy)).toBeUndefined();
        const first = await store.recordLoginFailure('key-a', later(4000), policy);
        expect(first?.toISOString()).toBe(later(4000 + 60_000).toISOString());
        expect(await store.loginWaitUntil('key-a', later(10_000))).toEqual(first);
        expect(await store.loginWaitUntil('key-b', later(10_000))).toBeUndefined();
        expect(await store.loginWaitUntil('key-a', later(64_000))).toBeUndefined();
        expect((await store.recordLoginFailure('key-a', later(70_000), policy))?.toISOString()).toBe(later(70_000 + 120_000).toISOString());
        const waits: number[] = [];
        for (let i = 1; i <= 6; i++) waits.push(((await store.recordLoginFailure('key-a', later(70_000 + i * 1000), policy))?.getTime() ?? 0) - later(70_000 + i * 1000).getTime());
        expect(waits.map((ms) => ms / 60_000)).toEqual([4, 8, 16, 32, 60, 60]);
        // A day after the last failure the key starts again from the beginning.
        const dayLater = 77_000 + 24 * 3_600_000 + 1000;
        expect(await store.recordLoginFailure('key-a', later(dayLater), policy)).toBeUndefined();
        await store.clearLoginFailures('key-a');
        for (let i = 0; i < 4; i++) expect(await store.recordLoginFailure('key-a', later(dayLater + i), policy)).toBeUndefined();
    });

    it('searches case-insensitively in any script and filters', async () => {
        const base = makeApplication();
        await seed(db.intake.applications, { reference: 'AAA-222', submittedAt: '2026-01-01T00:00:00.000Z', child: { ...base.child, firstName: 'Маша' } });
        await seed(db.intake.applications, { reference: 'BBB-333', submittedAt: '2026-01-02T00:00:00.000Z', locale: 'ar', child: { ...base.child, firstName: 'عمر' }, contact: { ...base.contact, name: 'ÄNNE 50%_off' }, request: { ...base.request, urgency: 'flexible' } });
        const refs = async (q: Parameters<typeof db.staff.staff.searchApplications>[0]) => (await db.staff.staff.searchApplications(q)).map((r) => r.reference);
        expect(await refs({})).toEqual(['BBB-333', 'AAA-222']);
        expect(await refs({ search: 'маш' })).toEqual(['AAA-222']);
        expect(await refs({ search: 'عمر' })).toEqual(['BBB-333']);
        expect(await refs({ search: 'änne' })).toEqual(['BBB-333']);
        expect(await refs({ search: '50%_' })).toEqual(['BBB-333']);
        expect(await refs({ search: '0%o' })).toEqual([]);
        expect(await refs({ search: 'bbb333' })).toEqual(['BBB-333']);
        expect(await refs({ urgency: 'flexible', language: 'ar', status: 'new' })).toEqual(['BBB-333']);
        const [row] = await db.staff.staff.searchApplications({ search: 'AAA-222' });
        expect(row).toMatchObject({ completeness: 0.93, flags: ['outside_car_t_label'], urgency: 'asap', childName: 'Маша', contactName: 'Анна Тестова' });
    });

    it('changes status only through the transition function, compare-and-set, with history', async () => {
        const { app } = await seed(db.intake.applications, { reference: 'CCC-444' });
        const stored = (await db.intake.applications.findByReference('CCC-444'))!;
        await changeApplicationStatus(db.staff.staff, stored, 'in_review', 'alice', T0);
        // A second coordinator still looking at "new" loses.
        await expect(changeApplicationStatus(db.staff.staff, stored, 'in_review', 'bob', later(1))).rejects.toMatchObject({ code: 'conflict' });
        await expect(changeApplicationStatus(db.staff.staff, { id: app.id, status: 'in_review' }, 'accepted', 'bob', later(2))).rejects.toBeInstanceOf(StatusTransitionError);
        expect((await db.intake.applications.findByReference('CCC-444'))?.status).toBe('in_review');
        expect(await db.staff.staff.statusHistory(app.id)).toEqual([{ from: 'new', to: 'in_review', by: 'alice', at: T0.toISOString() }]);
        // "Delete my data" removes the history with the application.
        await db.intake.applications.eraseByConversation('conv-CCC-444', later(3));
        expect(await db.staff.staff.statusHistory(app.id)).toEqual([]);
    });

    it('reads the bot state and the newest application of conversations for the inbox, and lists the recently active ones', async () => {
        const { app, conversationId: sent } = await seed(db.intake.applications, { reference: 'GGG-888', submittedAt: T0.toISOString() });
        await db.intake.storage.write({ [conversationStatePrefix('webchat', 'running')]: { profile: { currentField: 'child.sex' }, draft: { answers: { child: { firstName: 'Mia' } } } } });
        const conversations = db.staff.conversations;
        for (const [id, at] of [['running', later(0)], [sent, later(1000)], ['old', new Date(T0.getTime() - 20 * 24 * 3600_000)]] as const) {
            await conversations.upsert({ conversationId: id, channelId: 'webchat', reference: {}, at });
        }
        expect((await conversations.listActiveSince(new Date(T0.getTime() - 14 * 24 * 3600_000))).map((c) => c.conversationId)).toEqual([sent, 'running']);
        const rows = await db.staff.staff.intakeStates([{ conversationId: 'running', channelId: 'webchat' }, { conversationId: sent, channelId: 'webchat' }, { conversationId: 'old', channelId: 'webchat' }]);
        expect(rows).toEqual([
            { conversationId: 'running', state: { profile: { currentField: 'child.sex' }, draft: { answers: { child: { firstName: 'Mia' } } } } },
            { conversationId: sent, state: undefined, submitted: { reference: 'GGG-888', firstName: app.child.firstName, birthDate: app.child.birthDate, submittedAt: T0.toISOString() } },
            { conversationId: 'old', state: undefined }
        ]);
        expect(await db.staff.staff.intakeStates([])).toEqual([]);
    });

    it('lists deliveries failing for good or retrying after an error, most recent attempt first', async () => {
        const outbox = db.intake.applications.outbox;
        const TOKEN = randomUUID();
        const references = new Map<string, string>();
        for (const reference of ['DDD-555', 'EEE-666', 'FFF-777']) {
            const { app } = await seed(db.intake.applications, { reference, submittedAt: T0.toISOString() }, { deliveries: ['webhook'] });
            references.set(app.id, reference);
        }
        // One claim at a time, so each attempt has its own time.
        const claim = async (ms: number) => (await outbox.claimDue({ now: later(ms), limit: 1, leaseUntil: later(ms + 60_000), token: TOKEN }))[0]!;
        const failed = await claim(1000);
        await outbox.recordOutcome(failed.id, TOKEN, { kind: 'failed', at: later(1500), error: 'http_500' });
        const retrying = await claim(2000);
        await outbox.recordOutcome(retrying.id, TOKEN, { kind: 'retry', at: later(2500), error: 'timeout', nextAttemptAt: later(90_000) });
        const delivered = await claim(3000);
        await outbox.recordOutcome(delivered.id, TOKEN, { kind: 'delivered', at: later(3500) });
        expect(await db.staff.staff.failingDeliveries()).toEqual([
            { reference: references.get(retrying.applicationId!), channel: 'webhook', status: 'pending', attempts: 1, lastAttemptAt: later(2000).toISOString() },
            { reference: references.get(failed.applicationId!), channel: 'webhook', status: 'failed', attempts: 1, lastAttemptAt: later(1000).toISOString() }
        ]);
    });
});

describeEngines(engines)('assignments, internal notes and display names on $name', (engine) => {
    let db: Opened;
    beforeEach(async () => {
        db = await engine.open();
    });
    afterEach(() => db.cleanup());

    it('assigns, reassigns and unassigns a conversation, with who and when', async () => {
        const store = db.staff.coordination;
        expect(await store.assignment('conv-1')).toBeUndefined();
        await store.assign('conv-1', 'carla', 'carla', T0);
        await store.assign('conv-1', 'dana', 'carla', later(1000));
        await store.assign('conv-2', 'carla', 'dana', later(2000));
        expect(await store.assignment('conv-1')).toEqual({ assignee: 'dana', assignedBy: 'carla', assignedAt: later(1000).toISOString() });
        await store.assign('conv-1', null, 'dana', later(3000));
        expect(await store.assignment('conv-1')).toBeUndefined();
        expect((await store.assignment('conv-2'))?.assignee).toBe('carla');
    });

    it('keeps internal notes in order with author and time, refuses empty or oversized ones, and erases them with the conversation', async () => {
        const store = db.staff.coordination;
        const first = await store.addNote('conv-1', 'carla', '  Called the mother, she sends the MRD report  ', T0);
        expect(first).toMatchObject({ author: 'carla', text: 'Called the mother, she sends the MRD report', createdAt: T0.toISOString() });
        await store.addNote('conv-1', 'dana', 'Отчёт получен', later(1000));
        await store.addNote('conv-2', 'dana', 'other family', later(2000));
        await expect(store.addNote('conv-1', 'dana', '   ', later(3000))).rejects.toMatchObject({ code: 'note_length' });
        await expect(store.addNote('conv-1', 'dana', 'x'.repeat(4001), later(3000))).rejects.toMatchObject({ code: 'note_length' });
        expect((await store.notes('conv-1')).map((n) => [n.author, n.text, n.createdAt])).toEqual([
            ['carla', 'Called the mother, she sends the MRD report', T0.toISOString()],
            ['dana', 'Отчёт получен', later(1000).toISOString()]
        ]);
        await store.assign('conv-1', 'carla', 'carla', T0);
        expect(await store.deleteByConversation('conv-1')).toBe(3);
        expect(await store.notes('conv-1')).toEqual([]);
        expect(await store.assignment('conv-1')).toBeUndefined();
        expect(await store.notes('conv-2')).toHaveLength(1);
    });

    it('stores a display name per account (any case of the user name), removes it, and refuses control characters', async () => {
        const store = db.staff.coordination;
        await store.setDisplayName('Anna.Berg', '  Anna  ', T0);
        expect(await store.displayName('anna.berg')).toBe('Anna');
        await store.setDisplayName('anna.berg', 'Анна', later(1));
        expect(await store.displayName('ANNA.BERG')).toBe('Анна');
        await expect(store.setDisplayName('anna.berg', 'Anna\u202E', later(2))).rejects.toMatchObject({ code: 'name_invalid' });
        await store.setDisplayName('anna.berg', null, later(3));
        expect(await store.displayName('anna.berg')).toBeUndefined();
    });
});
