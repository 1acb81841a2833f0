import { ActivityTypes, TestAdapter, type Activity, type ConversationReference, type TurnContext } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConversationDirectory, storableReference, type ConversationStore } from '../../src/handoff/conversation-directory.js';
import { TakeoverService, type TakeoverEvent } from '../../src/handoff/takeover.js';
import { isWithinOfficeHours, nextOpening, officeHoursFromEnv, parseOfficeHours } from '../../src/handoff/takeover-office-hours.js';
import { TakeoverError, assertTakeoverTransition, isAllowedTakeover } from '../../src/handoff/takeover-transitions.js';
import { openStaffDatabase, type StaffDatabase } from '../../src/staff/database.js';
import { texts } from '../helpers/harness.js';
import { tempDir } from '../storage/helpers/engines.js';
import { createTestSchema, describeEngines, type TestSchema } from '../storage/helpers/pg.js';
import { captureLogger } from './helpers/fixtures.js';

describe('takeover transitions', () => {
    it('allows bot → requested → staff → bot, bot → staff and requested → bot only', () => {
        const allowed = (['bot', 'requested', 'staff'] as const).flatMap((from) =>
            (['bot', 'requested', 'staff'] as const).filter((to) => isAllowedTakeover(from, to)).map((to) => `${from}>${to}`)
        );
        expect(allowed).toEqual(['bot>requested', 'bot>staff', 'requested>bot', 'requested>staff', 'staff>bot']);
        expect(() => assertTakeoverTransition('x()', 'staff', 'requested')).toThrow(TakeoverError);
        expect(() => assertTakeoverTransition('x()', 'staff', 'staff')).toThrow(/x\(\): cannot change takeover status from "staff" to "staff" \(allowed from "staff": bot\)/);
    });
});

describe('office hours', () => {
    const hours = parseOfficeHours('Mo-Fr 09:00-17:00 Europe/Berlin');

    it('parses days, times and the zone', () => {
        expect([...hours.days].sort()).toEqual([1, 2, 3, 4, 5]);
        expect([hours.open, hours.close, hours.timeZone]).toEqual([540, 1020, 'Europe/Berlin']);
        expect([...parseOfficeHours('Fr-Mo,We 08:30-12:00 UTC').days].sort()).toEqual([0, 1, 3, 5, 6]);
        expect(() => parseOfficeHours('weekdays 9-5')).toThrow(/expected "<days> HH:MM-HH:MM <IANA time zone>"/);
        expect(() => parseOfficeHours('Mo-Fr 17:00-09:00 UTC')).toThrow(/before the closing time/);
        expect(() => parseOfficeHours('Mo-Fr 09:00-17:00 Mars/Olympus')).toThrow(/unknown time zone/);
    });

    it('knows when the office is open, across daylight saving time', () => {
        expect(isWithinOfficeHours(hours, new Date('2026-03-06T08:30:00Z'))).toBe(true); // Fri 09:30 CET
        expect(isWithinOfficeHours(hours, new Date('2026-03-06T16:00:00Z'))).toBe(false); // Fri 17:00 CET
        expect(isWithinOfficeHours(hours, new Date('2026-07-06T07:30:00Z'))).toBe(true); // Mon 09:30 CEST
    });

    it('finds the next opening', () => {
        expect(nextOpening(hours, new Date('2026-03-07T12:00:00Z')).toISOString()).toBe('2026-03-09T08:00:00.000Z'); // Sat → Mon 09:00 CET
        expect(nextOpening(hours, new Date('2026-03-27T18:00:00Z')).toISOString()).toBe('2026-03-30T07:00:00.000Z'); // over the DST change → 09:00 CEST
        expect(nextOpening(hours, new Date('2026-03-10T05:00:00Z')).toISOString()).toBe('2026-03-10T08:00:00.000Z'); // Tue early → same day
        const open = new Date('2026-03-10T10:00:00Z');
        expect(nextOpening(hours, open)).toBe(open);
    });

    it('reads STAFF_OFFICE_HOURS, optional, failing with the variable name', () => {
        expect(officeHoursFromEnv({})).toBeUndefined();
        expect(officeHoursFromEnv({ STAFF_OFFICE_HOURS: ' ' })).toBeUndefined();
        expect(officeHoursFromEnv({ STAFF_OFFICE_HOURS: 'Sa 10:00-12:00 Asia/Dubai' })?.timeZone).toBe('Asia/Dubai');
        expect(() => officeHoursFromEnv({ STAFF_OFFICE_HOURS: 'always' })).toThrow(/^STAFF_OFFICE_HOURS: expected/);
    });
});

interface Engine {
    name: string;
    open(): Promise<{ db: StaffDatabase; cleanup(): Promise<void> }>;
}
const engines: Engine[] = [
    {
        name: 'sqlite',
        open: async () => {
            const dir = tempDir();
            const db = await openStaffDatabase({ dataDir: dir.path });
            return { db, cleanup: async () => (await db.close(), dir.remove()) };
        }
    },
    {
        name: 'postgres',
        open: async () => {
            const schema: TestSchema = await createTestSchema();
            const db = await openStaffDatabase({ databaseUrl: schema.url });
            return { db, cleanup: async () => (await db.close(), await schema.drop()) };
        }
    }
];

const reference = (id: string, serviceUrl = 'https://channel.example/'): Partial<ConversationReference> => ({
    channelId: 'directline', serviceUrl, conversation: { id, isGroup: false, name: '', conversationType: '' }, user: { id: 'parent-1', name: '' }, bot: { id: 'bot', name: '' }
});

describeEngines(engines)('conversation store on $name', (engine) => {
    let db: StaffDatabase;
    let store: ConversationStore;
    let cleanup: () => Promise<void>;
    const at = new Date('2026-03-02T10:00:00Z');

    beforeEach(async () => {
        ({ db, cleanup } = await engine.open());
        store = db.conversations;
    });
    afterEach(() => cleanup());

    it('upserts the reference, keeps the first locale hint and the takeover columns', async () => {
        await store.upsert({ conversationId: 'c1', channelId: 'directline', reference: reference('c1'), locale: 'de-DE', at });
        await store.setTakeover('c1', 'bot', { status: 'staff', takenBy: 'alice', at });
        await store.upsert({ conversationId: 'c1', channelId: 'directline', reference: reference('c1', 'https://other.example/'), locale: 'en-US', at: new Date(at.getTime() + 1000) });
        const record = await store.get('c1');
        expect(record).toMatchObject({ channelId: 'directline', locale: 'de-DE', takeoverStatus: 'staff', takenBy: 'alice', updatedAt: '2026-03-02T10:00:01.000Z' });
        expect(record?.reference.serviceUrl).toBe('https://other.example/');
        await store.setLocale('c1', 'ru');
        expect((await store.get('c1'))?.locale).toBe('ru');
        expect(await store.get('nope')).toBeUndefined();
    });

    it('changes the takeover status by compare-and-set and lists taken-over conversations', async () => {
        for (const id of ['a', 'b', 'c']) await store.upsert({ conversationId: id, channelId: 'directline', reference: reference(id), at });
        expect(await store.setTakeover('a', 'bot', { status: 'requested', takenBy: 'parent', at })).toBe(true);
        expect(await store.setTakeover('a', 'bot', { status: 'staff', takenBy: 'bob', at })).toBe(false);
        expect(await store.setTakeover('b', 'bot', { status: 'staff', takenBy: 'bob', at })).toBe(true);
        expect((await store.listNeedingAttention()).map((r) => r.conversationId).sort()).toEqual(['a', 'b']);
        expect(await store.deleteByConversation('a')).toBe(1);
        expect(await store.setTakeover('a', 'requested', { status: 'staff', takenBy: 'bob', at })).toBe(false);
    });

    it('records emergencies (signs merged, codes only) and lists them with the takeovers, most recently active first', async () => {
        const later = (seconds: number) => new Date(at.getTime() + seconds * 1000);
        for (const [i, id] of ['quiet', 'asked', 'sick'].entries()) await store.upsert({ conversationId: id, channelId: 'directline', reference: reference(id), at: later(i) });
        await store.setTakeover('asked', 'bot', { status: 'requested', takenBy: null, at: later(5) });
        await store.recordEmergency('sick', ['fever'], later(6));
        await store.recordEmergency('sick', ['bleeding', 'fever'], later(7));
        await store.recordEmergency('nobody', ['fever'], later(7));
        expect(await store.get('sick')).toMatchObject({ emergencySigns: ['bleeding', 'fever'], emergencyAt: '2026-03-02T10:00:07.000Z', takeoverStatus: 'bot' });
        expect(await store.get('quiet')).toMatchObject({ emergencySigns: [], emergencyAt: null });
        expect((await store.listNeedingAttention()).map((r) => r.conversationId)).toEqual(['sick', 'asked']);
        await store.upsert({ conversationId: 'asked', channelId: 'directline', reference: reference('asked'), at: later(9) });
        expect((await store.listNeedingAttention()).map((r) => r.conversationId)).toEqual(['asked', 'sick']);
        await expect(store.recordEmergency('sick', ['Fieber 39 seit heute'], at)).rejects.toThrow(/recordEmergency\(\): signs must be/);
        await expect(store.recordEmergency('sick', [], at)).rejects.toThrow(/recordEmergency\(\): signs must be/);
        expect(await store.clearEmergency('sick')).toBe(true);
        expect(await store.clearEmergency('sick')).toBe(false);
        expect(await store.get('sick')).toMatchObject({ emergencySigns: [], emergencyAt: null });
        expect((await store.listNeedingAttention()).map((r) => r.conversationId)).toEqual(['asked']);
    });

    it('refuses a conversation without id or channel', async () => {
        await expect(store.upsert({ conversationId: '', channelId: 'x', reference: {}, at })).rejects.toThrow(/upsert\(\): conversationId/);
    });
});

describe('ConversationDirectory middleware', () => {
    let database: StaffDatabase;
    let dir: ReturnType<typeof tempDir>;
    beforeEach(async () => {
        dir = tempDir();
        database = await openStaffDatabase({ dataDir: dir.path });
    });
    afterEach(async () => {
        await database.close();
        dir.remove();
    });

    it('remembers the reference and the language the bot answers in, never the message text', async () => {
        const adapter = new TestAdapter(async (context: TurnContext) => {
            await context.sendActivity({ type: ActivityTypes.Message, text: 'Hallo!', locale: 'de' });
        });
        adapter.use(new ConversationDirectory(database.conversations));
        await adapter.send({ type: ActivityTypes.Message, text: 'my child Masha has leukemia', locale: 'en-US' } as Partial<Activity>);
        const id = adapter.conversation.conversation.id;
        const record = await database.conversations.get(id);
        expect(record).toMatchObject({ channelId: 'test', locale: 'de', takeoverStatus: 'bot' });
        expect(JSON.stringify(record)).not.toContain('Masha');
        expect(record?.reference).not.toHaveProperty('activityId');
        expect(record?.reference.user).toEqual({ id: 'user1', name: '' });
    });

    it('records the signs of an emergency message the bot sends, and nothing for other messages', async () => {
        const adapter = new TestAdapter(async (context: TurnContext) => {
            const emergency = /fever/.test(context.activity.text ?? '');
            await context.sendActivity({
                type: ActivityTypes.Message, text: emergency ? 'Call the treating team now.' : 'Thank you.', locale: 'en',
                ...(emergency ? { channelData: { emergency: { signs: ['fever', 'not a code!'] } } } : {})
            });
        });
        adapter.use(new ConversationDirectory(database.conversations, { clock: () => new Date('2026-03-02T11:00:00Z') }));
        await adapter.send('hello');
        const id = adapter.conversation.conversation.id;
        expect(await database.conversations.get(id)).toMatchObject({ emergencySigns: [], emergencyAt: null });
        await adapter.send('he has a fever of 39');
        expect(await database.conversations.get(id)).toMatchObject({ emergencySigns: ['fever'], emergencyAt: '2026-03-02T11:00:00.000Z' });
        expect((await database.conversations.listNeedingAttention()).map((r) => r.conversationId)).toEqual([id]);
    });

    it('keeps only what a proactive message needs from the reference', () => {
        const ref = storableReference({
            id: 'act-9', channelId: 'webchat', serviceUrl: 'https://x/', locale: 'ar',
            from: { id: 'u1', name: 'Anna Testova', role: 'user' }, recipient: { id: 'bot', name: 'Intake' },
            conversation: { id: 'c9', name: 'Anna family chat', isGroup: false, conversationType: 'personal', tenantId: 't1' }
        });
        expect(ref).toEqual({
            channelId: 'webchat', serviceUrl: 'https://x/', locale: 'ar', user: { id: 'u1', name: '', role: 'user' }, bot: { id: 'bot', name: 'Intake' },
            conversation: { id: 'c9', name: '', isGroup: false, conversationType: 'personal', tenantId: 't1' }
        });
    });
});

describe('TakeoverService', () => {
    let database: StaffDatabase;
    let dir: ReturnType<typeof tempDir>;
    const sent: Partial<Activity>[] = [];
    const adapter = {
        continueConversationAsync: async (_appId: string, ref: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>) => {
            const context = { activity: { ...ref, type: 'event', id: 'x', from: ref.user, recipient: ref.bot }, sendActivity: async (a: Partial<Activity>) => (sent.push(a), { id: '1' }) };
            await logic(context as unknown as TurnContext);
        }
    };
    const make = (now = new Date('2026-03-02T10:00:00Z')) => {
        const { logger, lines } = captureLogger();
        const service = new TakeoverService({ adapter, appId: '', conversations: database.conversations, texts: texts(), logger, clock: () => now, officeHours: parseOfficeHours('Mo-Fr 09:00-17:00 Europe/Berlin') });
        return { service, lines };
    };

    beforeEach(async () => {
        sent.length = 0;
        dir = tempDir();
        database = await openStaffDatabase({ dataDir: dir.path });
        await database.conversations.upsert({ conversationId: 'c1', channelId: 'directline', reference: reference('c1'), locale: 'en', at: new Date() });
    });
    afterEach(async () => {
        await database.close();
        dir.remove();
    });

    it('request() in office hours: the message to send, the status, one handoff event; asking again changes nothing', async () => {
        const { service } = make();
        const events: TakeoverEvent[] = [];
        service.subscribe('c1', (e) => events.push(e));
        const outcome = await service.request('c1');
        expect(outcome).toEqual({ message: expect.stringMatching(/asked a coordinator/), withinOfficeHours: true });
        expect(await service.isTakenOver('c1')).toBe(true);
        expect((await service.request('c1')).withinOfficeHours).toBe(true);
        expect(sent.map((a) => a.name)).toEqual(['handoff.initiate']);
        expect(events.map((e) => e.type)).toEqual(['status']);
        await expect(service.request('unknown')).rejects.toMatchObject({ code: 'not_found' });
    });

    it('request() outside office hours says when, in the requested language', async () => {
        const { service } = make(new Date('2026-03-07T12:00:00Z'));
        const outcome = await service.request('c1', 'ru');
        expect(outcome.withinOfficeHours).toBe(false);
        expect(outcome.nextOpening).toBe('2026-03-09T08:00:00.000Z');
        expect(outcome.message).toMatch(/понедельник/);
        expect((await database.conversations.get('c1'))?.locale).toBe('ru');
    });

    it('two coordinators taking over at once: exactly one wins', async () => {
        const { service } = make();
        const results = await Promise.allSettled([service.startTakeover('c1', 'alice'), service.startTakeover('c1', 'bob')]);
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        const failed = results.find((r) => r.status === 'rejected');
        expect((failed as PromiseRejectedResult).reason).toBeInstanceOf(TakeoverError);
    });

    it('notifies parent messages to the live view and hand-back listeners; logs no text or names', async () => {
        const { service, lines } = make();
        const heard: TakeoverEvent[] = [];
        const back: string[] = [];
        service.subscribe('c1', (e) => heard.push(e));
        service.onHandBack((id, record) => void back.push(`${id}:${record.takeoverStatus}`));
        await service.startTakeover('c1', 'alice');
        service.notifyParentMessage('c1', 'Masha has a fever');
        await service.sendToParent('c1', 'Please call us', 'alice');
        await service.handBack('c1', 'alice');
        expect(heard.map((e) => e.type)).toEqual(['status', 'parent_message', 'staff_message', 'status']);
        expect(back).toEqual(['c1:bot']);
        const staffFlags = sent.filter((a) => a.type === 'message').map((a) => (a.channelData as { staff?: boolean }).staff === true);
        // joined notice (assistant), the coordinator's message, hand-back notice (assistant).
        expect(staffFlags).toEqual([false, true, false]);
        const logged = JSON.stringify(lines);
        for (const secret of ['Masha', 'Please call us', 'alice']) expect(logged).not.toContain(secret);
    });

    it('a conversation id named like an EventEmitter event is just an id', async () => {
        const { service } = make();
        await database.conversations.upsert({ conversationId: 'error', channelId: 'directline', reference: reference('error'), at: new Date() });
        expect(() => service.notifyParentMessage('error', 'hi')).not.toThrow();
    });
});
