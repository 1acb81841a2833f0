import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/staff/passwords';
import { HttpConversation } from '../helpers/server';
import { startFakeChannel, type FakeChannel } from './helpers/channel';
import { StaffClient } from './helpers/client';
import { startStaffApp, type StaffTestApp } from './helpers/staff-app';

/** Page text without tags, whitespace collapsed. */
const textOf = async (res: Response) => (await res.text()).replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/\s+/g, ' ');

describe('assignment, internal notes and the coordinator\'s name for parents', () => {
    let channel: FakeChannel;
    let app: StaffTestApp;
    let carla: StaffClient;
    let dana: StaffClient;

    beforeAll(async () => {
        channel = await startFakeChannel();
        app = await startStaffApp({ env: { STAFF_USERS: `carla:${await hashPassword('carla password 1')},dana:${await hashPassword('dana password 22')}` } });
        carla = new StaffClient(app.origin);
        dana = new StaffClient(app.origin);
        await carla.login('carla', 'carla password 1');
        await dana.login('dana', 'dana password 22');
    });
    afterAll(async () => {
        await app?.stop({ remove: true });
        await channel?.close();
    });

    const parent = async () => {
        const chat = new HttpConversation(app.origin, 'en');
        const say = (text: string) => chat.post({ type: 'message', text, serviceUrl: channel.serviceUrl });
        await say('hello');
        return { id: chat.conversationId, say, path: `/staff/conversations/${encodeURIComponent(chat.conversationId)}` };
    };

    it('assigns a conversation to another coordinator and back, with who and when, shown in "needs attention" too', async () => {
        const { path, say } = await parent();
        await say('human');
        const fresh = await textOf(await carla.get(path));
        expect(fresh).toContain('Not assigned to anyone yet.');
        expect(fresh).toMatch(/Coordinator\s*carla \(me\)\s*dana/);

        expect((await carla.form(`${path}/assign`, { _csrf: 'forged', assignee: 'dana' })).status).toBe(403);
        const unknown = await carla.form(`${path}/assign`, { _csrf: carla.csrf!, assignee: 'mallory', back: path });
        expect(unknown.status).toBe(400);
        expect(await textOf(unknown)).toContain('There is no staff account with that name.');

        const assigned = await carla.form(`${path}/assign`, { _csrf: carla.csrf!, assignee: 'DANA', back: path });
        expect(assigned.status).toBe(303);
        expect(assigned.headers.get('location')).toBe(`${path}?notice=assigned`);
        const page = await textOf(await dana.get(`${path}?notice=assigned`));
        expect(page).toContain('Assignment saved.');
        expect(page).toMatch(/Assigned to dana \(by carla, \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\)/);
        expect(await textOf(await carla.get('/staff'))).toMatch(/Asked for a person[^<]*Assigned to dana/);

        await dana.form(`${path}/assign`, { _csrf: dana.csrf!, assignee: '', back: path });
        expect(await textOf(await carla.get(path))).toContain('Not assigned to anyone yet.');
        expect(await textOf(await carla.get('/staff'))).not.toContain('Assigned to');
        expect((await carla.form('/staff/conversations/nope/assign', { _csrf: carla.csrf!, assignee: 'carla' })).status).toBe(404);
    });

    it('keeps internal notes with author and time, never sent to the parent', async () => {
        const { id, path } = await parent();
        const secret = 'Mother sounded worried; call back after 5 pm';
        const added = await carla.form(`${path}/notes`, { _csrf: carla.csrf!, text: secret, back: path });
        expect(added.headers.get('location')).toBe(`${path}?notice=note_added`);
        const empty = await carla.form(`${path}/notes`, { _csrf: carla.csrf!, text: '   ', back: path });
        expect(empty.status).toBe(400);
        expect(await textOf(empty)).toContain('Please write a note of 1 to 4000 characters.');
        const page = await textOf(await dana.get(path));
        expect(page).toContain('Only coordinators see these notes.');
        expect(page).toMatch(new RegExp(`carla, \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC ${secret}`));
        const transcript = await app.handoff.transcripts.transcriptFor(id);
        expect(transcript.map((e) => e.text).join(' ')).not.toContain('call back');
        expect(channel.received.map((a) => JSON.stringify(a.body)).join(' ')).not.toContain('call back');
    });

    it('offers the same through the JSON API (X-CSRF-Token), and the conversation JSON carries assignment and notes', async () => {
        const { id } = await parent();
        const base = `/staff/api/conversations/${encodeURIComponent(id)}`;
        expect((await carla.post(`${base}/assign`, { assignee: 'dana' }, { csrf: null })).status).toBe(403);
        expect((await carla.post(`${base}/assign`, { assignee: 'nobody' })).status).toBe(400);
        expect((await carla.post(`${base}/notes`, { text: '' })).status).toBe(400);
        expect((await carla.post('/staff/api/conversations/nope/notes', { text: 'x' })).status).toBe(404);
        expect(await (await carla.post(`${base}/assign`, { assignee: 'dana' })).json()).toMatchObject({ assignment: { assignee: 'dana', assignedBy: 'carla' }, notes: [] });
        expect(await (await dana.post(`${base}/notes`, { text: 'Sent the visa letter' })).json()).toMatchObject({ notes: [{ author: 'dana', text: 'Sent the visa letter' }] });
        const { conversation, assignment, notes } = await carla.json<{ conversation: { conversationId: string }; assignment: { assignee: string }; notes: { text: string }[] }>(base);
        expect([conversation.conversationId, assignment.assignee, notes.map((n) => n.text)]).toEqual([id, 'dana', ['Sent the visa letter']]);
    });

    it('signs a coordinator\'s messages to the parent with the display name from her profile', async () => {
        const { id, path } = await parent();
        expect(await textOf(await dana.get('/staff/profile'))).toContain('Parents see your messages signed as: Dana');
        const saved = await dana.form('/staff/profile', { _csrf: dana.csrf!, displayName: '  Dana   Maria ' });
        expect(saved.status).toBe(200);
        expect(await textOf(saved)).toContain('Parents see your messages signed as: Dana Maria');
        const refused = await dana.form('/staff/profile', { _csrf: dana.csrf!, displayName: 'x'.repeat(61) });
        expect(refused.status).toBe(400);

        await dana.form(`${path}/takeover`, { _csrf: dana.csrf!, back: path });
        const before = channel.received.length;
        await dana.form(`${path}/messages`, { _csrf: dana.csrf!, text: 'Hello, I am here', back: path });
        const sent = (await channel.waitFor(before + 1)).filter((a) => a.conversationId === id).at(-1);
        expect(sent?.body).toMatchObject({ text: 'Hello, I am here', channelData: { staff: true, staffName: 'Dana Maria' } });
    });
});
