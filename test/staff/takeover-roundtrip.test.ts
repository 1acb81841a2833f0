import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/staff/passwords';
import { HttpConversation } from '../helpers/server';
import { startFakeChannel, type FakeChannel } from './helpers/channel';
import { SseReader, StaffClient } from './helpers/client';
import { startStaffApp, type StaffTestApp } from './helpers/staff-app';

let channel: FakeChannel;
let app: StaffTestApp;
let alice: StaffClient;
let bob: StaffClient;
const handedBack: string[] = [];

beforeAll(async () => {
    channel = await startFakeChannel();
    app = await startStaffApp({ env: { STAFF_USERS: `alice:${await hashPassword('alice password 1')},bob:${await hashPassword('bob password 22')}` } });
    app.staff.takeover.onHandBack((conversationId) => {
        handedBack.push(conversationId);
    });
    alice = new StaffClient(app.origin);
    bob = new StaffClient(app.origin);
    await alice.login('alice', 'alice password 1');
    await bob.login('bob', 'bob password 22');
});
afterAll(async () => {
    await app.stop({ remove: true });
    await channel.close();
});

/** The parent on /api/messages (expectReplies), with the fake channel as serviceUrl for proactive messages. */
function parentOn(origin: string, locale: string) {
    const chat = new HttpConversation(origin, locale);
    return {
        chat,
        say: async (text: string) => {
            const { status, activities } = await chat.post({ type: 'message', text, serviceUrl: channel.serviceUrl });
            expect(status).toBe(200);
            return activities;
        }
    };
}

describe('live takeover round trip: parent via /api/messages, staff via the inbox API', () => {
    it('staff take over, talk to the parent through the channel, and hand back to the bot', async () => {
        const parent = parentOn(app.origin, 'de');
        const id = parent.chat.conversationId;
        expect((await parent.say('hallo'))[0]?.text).toBe('echo: hallo');
        const events = `/staff/api/conversations/${encodeURIComponent(id)}/events`;
        const { reader: sse, status, contentType } = await SseReader.open(alice, events);
        expect(status).toBe(200);
        expect(contentType).toBe('text/event-stream; charset=utf-8');

        const start = await alice.post(`/staff/api/conversations/${encodeURIComponent(id)}/takeover`);
        expect(start.status).toBe(200);
        expect(await start.json()).toMatchObject({ takeoverStatus: 'staff', takenBy: 'alice' });
        expect((await sse.next('status')).data).toMatchObject({ status: 'staff', takenBy: 'alice' });
        const [handoff, joined] = await channel.waitFor(2);
        expect(handoff?.conversationId).toBe(id);
        expect(handoff?.body).toMatchObject({ type: 'event', name: 'handoff.initiate', value: { skill: 'intake-coordinators' } });
        expect(handoff?.body.attachments?.[0]?.name).toBe('Transcript');
        expect(joined?.body).toMatchObject({ type: 'message', channelData: { takeover: 'staff' } });
        expect(joined?.body.text).toMatch(/Koordinator/);

        // The bot is silent; the parent's words reach the inbox live.
        expect(await parent.say('Ist jemand da?')).toEqual([]);
        expect((await sse.next('parent_message')).data).toMatchObject({ text: 'Ist jemand da?' });

        expect((await bob.post(`/staff/api/conversations/${encodeURIComponent(id)}/messages`, { text: 'Hallo' })).status).toBe(409);
        expect((await bob.post(`/staff/api/conversations/${encodeURIComponent(id)}/takeover`)).status).toBe(409);
        const send = await alice.post(`/staff/api/conversations/${encodeURIComponent(id)}/messages`, { text: 'Guten Tag, hier ist Alice <3' });
        expect(send.status).toBe(200);
        const received = await channel.waitFor(3);
        expect(received[2]?.body).toMatchObject({ type: 'message', text: 'Guten Tag, hier ist Alice <3', channelData: { staff: true } });
        expect((await sse.next('staff_message')).data).toMatchObject({ text: 'Guten Tag, hier ist Alice <3', staffUser: 'alice' });

        const back = await alice.post(`/staff/api/conversations/${encodeURIComponent(id)}/handback`);
        expect(back.status).toBe(200);
        expect((await sse.next('status')).data).toMatchObject({ status: 'bot', takenBy: null });
        expect((await channel.waitFor(4))[3]?.body.text).toMatch(/zurückgegeben/);
        expect(handedBack).toEqual([id]);
        expect((await parent.say('weiter'))[0]?.text).toBe('echo: weiter');
        sse.close();

        const { transcript } = await alice.json<{ transcript: { role: string; text: string }[] }>(`/staff/api/conversations/${encodeURIComponent(id)}`);
        expect(transcript.map((e) => `${e.role}: ${e.text}`)).toEqual([
            'parent: hallo', 'bot: echo: hallo', expect.stringMatching(/^bot: .*Koordinator/), 'parent: Ist jemand da?',
            'staff: Guten Tag, hier ist Alice <3', expect.stringMatching(/^bot: .*zurückgegeben/), 'parent: weiter', 'bot: echo: weiter'
        ]);
    });

    it('the parent asks for a person: told in their language, listed as waiting, one handoff event', async () => {
        const parent = parentOn(app.origin, 'ru');
        const id = parent.chat.conversationId;
        const before = channel.received.length;
        const [reply] = await parent.say('human');
        expect(reply?.text).toMatch(/координатор/);
        const { conversations } = await alice.json<{ conversations: { conversationId: string; takeoverStatus: string }[] }>('/staff/api/conversations');
        expect(conversations).toContainEqual(expect.objectContaining({ conversationId: id, takeoverStatus: 'requested' }));
        expect(await parent.say('алло?')).toEqual([]);
        expect(channel.received.slice(before).map((a) => a.body.name ?? a.body.type)).toEqual(['handoff.initiate']);

        // Through the page form this time.
        const page = await alice.get('/staff');
        expect(await page.text()).toContain(encodeURIComponent(id));
        const form = await alice.form(`/staff/conversations/${encodeURIComponent(id)}/takeover`, { _csrf: alice.csrf!, back: `/staff/conversations/${encodeURIComponent(id)}` });
        expect(form.status).toBe(303);
        expect(form.headers.get('location')).toBe(`/staff/conversations/${encodeURIComponent(id)}?notice=taken_over`);
        await channel.waitFor(before + 2);
        expect(channel.received.slice(before).map((a) => a.body.name ?? a.body.type)).toEqual(['handoff.initiate', 'message']);
        const html = await (await alice.get(`/staff/conversations/${encodeURIComponent(id)}?notice=taken_over`)).text();
        expect(html).toContain('You have taken over the conversation.');
        expect(html).toContain('алло?');
        expect(html).toContain('name="text"');
        expect((await alice.form(`/staff/conversations/${encodeURIComponent(id)}/handback`, { _csrf: alice.csrf! })).status).toBe(303);
    });

    it('reports a channel that refuses the message (502) and keeps the takeover', async () => {
        const parent = parentOn(app.origin, 'en');
        const id = encodeURIComponent(parent.chat.conversationId);
        await parent.say('hello');
        expect((await alice.post(`/staff/api/conversations/${id}/takeover`)).status).toBe(200);
        channel.failWith = 403;
        try {
            const res = await alice.post(`/staff/api/conversations/${id}/messages`, { text: 'Are you there?' });
            expect(res.status).toBe(502);
            expect(await res.json()).toMatchObject({ error: 'delivery_failed' });
        } finally {
            channel.failWith = undefined;
        }
        expect((await alice.json<{ conversation: { takeoverStatus: string } }>(`/staff/api/conversations/${id}`)).conversation.takeoverStatus).toBe('staff');
        expect((await alice.post(`/staff/api/conversations/${id}/messages`, { text: ' ' })).status).toBe(409);
        expect((await bob.post(`/staff/api/conversations/${id}/handback`)).status).toBe(200);
        expect((await bob.post(`/staff/api/conversations/${id}/handback`)).status).toBe(409);
    });

    it('needs a session and the CSRF token for takeover operations; unknown conversations are 404', async () => {
        const parent = parentOn(app.origin, 'en');
        const id = encodeURIComponent(parent.chat.conversationId);
        await parent.say('hi');
        expect((await new StaffClient(app.origin).post(`/staff/api/conversations/${id}/takeover`)).status).toBe(401);
        expect((await alice.post(`/staff/api/conversations/${id}/takeover`, {}, { csrf: null })).status).toBe(403);
        expect((await alice.post('/staff/api/conversations/nope/takeover')).status).toBe(404);
        expect((await alice.get('/staff/api/conversations/nope/events')).status).toBe(404);
    });
});

describe('outside office hours (STAFF_OFFICE_HOURS)', () => {
    it('tells the parent when a coordinator will answer', async () => {
        const saturday = new Date('2026-03-07T12:00:00Z');
        const offHours = await startStaffApp({ env: { STAFF_OFFICE_HOURS: 'Mo-Fr 09:00-17:00 Europe/Berlin' }, clock: () => saturday });
        try {
            const parent = new HttpConversation(offHours.origin, 'de');
            await parent.post({ type: 'message', text: 'hallo', serviceUrl: channel.serviceUrl });
            const { activities } = await parent.post({ type: 'message', text: 'human', serviceUrl: channel.serviceUrl });
            expect(activities[0]?.text).toMatch(/ab Montag, 9\. März(?: um)? 09:00 MEZ/);
        } finally {
            await offHours.stop({ remove: true });
        }
    });
});
