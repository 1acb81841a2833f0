import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/staff/passwords';
import { intakeOf } from '../helpers/harness';
import { HttpConversation, startServer, type RunningServer } from '../helpers/server';
import { startFakeChannel, type FakeChannel } from './helpers/channel';
import { SseReader, StaffClient } from './helpers/client';

describe('takeover round trip with the real intake bot', () => {
    let dataDir: string;
    let channel: FakeChannel;
    let server: RunningServer;
    let staff: StaffClient;

    beforeAll(async () => {
        dataDir = mkdtempSync(path.join(tmpdir(), 'intake-staff-app-'));
        channel = await startFakeChannel();
        // The fake channel listens on loopback, as the Bot Framework Emulator does: local mode.
        server = await startServer({ DATA_DIR: dataDir, UNAUTHENTICATED_LOCAL_MODE: 'true', STAFF_USERS: `alice:${await hashPassword('integration password')}` });
        staff = new StaffClient(server.origin);
        expect((await staff.login('alice', 'integration password')).status).toBe(200);
    });
    afterAll(async () => {
        await server?.stop();
        await channel?.close();
        rmSync(dataDir, { recursive: true, force: true });
    });

    it('the bot is silent while staff talk, and asks the open question again after the hand back', async () => {
        const parent = new HttpConversation(server.origin, 'en');
        const say = async (text: string): Promise<Partial<Activity>[]> => (await parent.post({ type: 'message', text, serviceUrl: channel.serviceUrl })).activities;
        const welcome = (await parent.post({ type: 'conversationUpdate', membersAdded: [{ id: 'parent-1' }], serviceUrl: channel.serviceUrl })).activities;
        const field = welcome.map(intakeOf).filter((m) => m?.field).pop()?.field;
        expect(field).toBeTruthy();
        const id = encodeURIComponent(parent.conversationId);

        const { reader: sse } = await SseReader.open(staff, `/staff/api/conversations/${id}/events`);
        expect((await staff.post(`/staff/api/conversations/${id}/takeover`)).status).toBe(200);
        expect(await say('Is anybody there?')).toEqual([]);
        expect((await sse.next('parent_message')).data).toMatchObject({ text: 'Is anybody there?' });
        expect((await staff.post(`/staff/api/conversations/${id}/messages`, { text: 'Hello, this is Alice.' })).status).toBe(200);
        const before = channel.received.length;
        expect((await staff.post(`/staff/api/conversations/${id}/handback`)).status).toBe(200);
        sse.close();
        // The hand-back notice, then the open question again (proactively, through the channel).
        const after = (await channel.waitFor(before + 2)).slice(before);
        expect(after.some((a) => (a.body.channelData as { intake?: { field?: string } } | undefined)?.intake?.field === field)).toBe(true);
        expect((await say('yes')).length).toBeGreaterThan(0);
        const { transcript } = await staff.json<{ transcript: { role: string; text: string }[] }>(`/staff/api/conversations/${id}`);
        expect(transcript.filter((e) => e.role === 'staff').map((e) => e.text)).toContain('Hello, this is Alice.');
    });
});
