import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/staff/passwords';
import { HttpConversation, startServer, type RunningServer } from '../helpers/server';
import { startFakeChannel, type FakeChannel } from './helpers/channel';
import { StaffClient } from './helpers/client';

/** The inbox row (<tr>…</tr>) that links to a conversation, as text without tags. */
function rowFor(html: string, conversationId: string): string | undefined {
    const link = `/staff/conversations/${encodeURIComponent(conversationId)}`;
    const row = html.split('<tr').find((part) => part.includes(`href="${link}"`));
    return row?.split('</tr>')[0]?.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('"Needs attention" at the top of the inbox, with the real intake bot', () => {
    let dataDir: string;
    let channel: FakeChannel;
    let server: RunningServer;
    let staff: StaffClient;

    beforeAll(async () => {
        dataDir = mkdtempSync(path.join(tmpdir(), 'intake-staff-attention-'));
        channel = await startFakeChannel();
        server = await startServer({ DATA_DIR: dataDir, UNAUTHENTICATED_LOCAL_MODE: 'true', STAFF_USERS: `carla:${await hashPassword('coordinator password')}` });
        staff = new StaffClient(server.origin);
        expect((await staff.login('carla', 'coordinator password')).status).toBe(200);
    });
    afterAll(async () => {
        await server?.stop();
        await channel?.close();
        rmSync(dataDir, { recursive: true, force: true });
    });

    const parent = async (locale: string) => {
        const chat = new HttpConversation(server.origin, locale);
        await chat.post({ type: 'conversationUpdate', membersAdded: [{ id: 'parent-1' }], serviceUrl: channel.serviceUrl });
        const say = async (text: string): Promise<Partial<Activity>[]> => (await chat.post({ type: 'message', text, serviceUrl: channel.serviceUrl })).activities;
        return { id: chat.conversationId, say };
    };

    it('lists a parent who asked for a person and an emergency never submitted, newest first, with the reason in staff words', async () => {
        const before = await (await staff.get('/staff')).text();
        expect(before).toContain('Needs attention');
        expect(before).toContain('Nothing needs attention right now.');

        const asking = await parent('en');
        expect((await asking.say('talk to a person')).map((a) => a.text).join(' ')).toMatch(/coordinator/);
        const worried = await parent('de');
        const emergency = (await worried.say('Mein Sohn ist in Chemotherapie und hat jetzt Fieber 39,2')).find((a) => (a.channelData as { emergency?: unknown } | undefined)?.emergency);
        expect(emergency).toBeDefined();

        const page = await staff.get('/staff');
        expect(page.status).toBe(200);
        const html = await page.text();
        expect(html).not.toContain('Nothing needs attention right now.');
        const asked = rowFor(html, asking.id);
        const sick = rowFor(html, worried.id);
        expect(asked).toMatch(/Asked for a person \(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\)/);
        expect(asked).not.toContain('Emergency');
        expect(sick).toMatch(/Emergency reported: fever during treatment \(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\)/);
        expect(sick).not.toContain('Asked for a person');
        // The family's language, named in the staff's.
        expect(sick).toMatch(/directline German/);
        expect(asked).toMatch(/directline English/);
        expect(html.indexOf(encodeURIComponent(worried.id))).toBeLessThan(html.indexOf(encodeURIComponent(asking.id)));

        // The row's link opens the conversation, which says the same.
        const conversation = await (await staff.get(`/staff/conversations/${encodeURIComponent(worried.id)}`)).text();
        expect(conversation).toContain('Emergency reported: fever during treatment');
        const { conversations } = await staff.json<{ conversations: { conversationId: string; emergencySigns: string[] }[] }>('/staff/api/conversations');
        expect(conversations).toContainEqual(expect.objectContaining({ conversationId: worried.id, emergencySigns: ['fever'] }));

        // A coordinator marks the emergency as dealt with: off the list; the person request stays.
        const path = `/staff/conversations/${encodeURIComponent(worried.id)}`;
        expect((await staff.form(`${path}/emergency-seen`, { _csrf: 'forged', back: path })).status).toBe(403);
        const cleared = await staff.form(`${path}/emergency-seen`, { _csrf: staff.csrf!, back: path });
        expect(cleared.status).toBe(303);
        expect(cleared.headers.get('location')).toBe(`${path}?notice=emergency_cleared`);
        expect(await (await staff.get(`${path}?notice=emergency_cleared`)).text()).toContain('The emergency is marked as dealt with.');
        const after = await (await staff.get('/staff')).text();
        expect(rowFor(after, worried.id)).toBeUndefined();
        expect(rowFor(after, asking.id)).toContain('Asked for a person');
        expect((await staff.form('/staff/conversations/nope/emergency-seen', { _csrf: staff.csrf! })).status).toBe(404);
        // A new emergency in the same conversation brings it back.
        await worried.say('Er hat wieder Fieber, 39,5');
        expect(rowFor(await (await staff.get('/staff')).text(), worried.id)).toContain('Emergency reported: fever during treatment');
    });
});
