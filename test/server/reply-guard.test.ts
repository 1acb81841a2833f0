import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/staff/passwords';
import { startFakeChannel, type FakeChannel } from '../staff/helpers/channel';
import { StaffClient } from '../staff/helpers/client';
import { HttpConversation, startServer, type RunningServer } from '../helpers/server';

/** Without credentials nobody may make the bot post to an address of their choosing. */
describe.each<{ mode: string; env: Record<string, string> }>([
    { mode: 'default', env: {} },
    { mode: 'local mode', env: { UNAUTHENTICATED_LOCAL_MODE: 'true' } }
])('replies without credentials ($mode)', ({ mode, env }) => {
    let dataDir: string;
    let channel: FakeChannel;
    let server: RunningServer;
    let staff: StaffClient;

    beforeAll(async () => {
        dataDir = mkdtempSync(path.join(tmpdir(), 'intake-reply-guard-'));
        channel = await startFakeChannel();
        server = await startServer({ DATA_DIR: dataDir, STAFF_USERS: `alice:${await hashPassword('guard password')}`, ...env });
        staff = new StaffClient(server.origin);
        expect((await staff.login('alice', 'guard password')).status).toBe(200);
    });
    afterAll(async () => {
        await server?.stop();
        await channel?.close();
        rmSync(dataDir, { recursive: true, force: true });
    });

    const post = (conversation: HttpConversation, activity: Record<string, unknown>) => conversation.post({ type: 'message', text: 'hello', ...activity });

    it('refuses an activity that wants its replies posted to a non-loopback serviceUrl', async () => {
        const { status } = await post(new HttpConversation(server.origin, 'en'), { serviceUrl: 'http://10.20.30.40:8080/', deliveryMode: 'normal' });
        expect(status).toBe(403);
    });

    it(mode === 'default' ? 'refuses a loopback serviceUrl too, and the channel there receives nothing' : 'posts the replies to a loopback serviceUrl (the Emulator)', async () => {
        const before = channel.received.length;
        const { status } = await post(new HttpConversation(server.origin, 'en'), { serviceUrl: channel.serviceUrl, deliveryMode: 'normal' });
        if (mode === 'default') {
            expect(status).toBe(403);
            await new Promise((resolve) => setTimeout(resolve, 300));
            expect(channel.received.length).toBe(before);
        } else {
            expect(status).toBe(200);
            expect((await channel.waitFor(before + 1)).length).toBeGreaterThan(before);
        }
    });

    it('answers expectReplies in the response whatever serviceUrl says', async () => {
        const { status, activities } = await post(new HttpConversation(server.origin, 'en'), { serviceUrl: 'http://169.254.169.254/latest/' });
        expect(status).toBe(200);
        expect(activities.length).toBeGreaterThan(0);
    });

    it('a coordinator message to a conversation whose serviceUrl is not allowed is refused, not posted', async () => {
        const parent = new HttpConversation(server.origin, 'en');
        const target = mode === 'default' ? channel.serviceUrl : 'http://10.20.30.40:8080/';
        await parent.post({ type: 'conversationUpdate', membersAdded: [{ id: 'parent-1' }], serviceUrl: target });
        const id = encodeURIComponent(parent.conversationId);
        expect((await staff.post(`/staff/api/conversations/${id}/takeover`)).status).toBe(200);
        const before = channel.received.length;
        const sent = await staff.post(`/staff/api/conversations/${id}/messages`, { text: 'Hello from the office.' });
        expect(sent.status).toBe(502);
        expect(channel.received.length).toBe(before);
    });
});

describe('a channel that never answers', () => {
    it('holds a turn for one bounded send, not for retries without end', async () => {
        const dataDir = mkdtempSync(path.join(tmpdir(), 'intake-hanging-'));
        const requests: IncomingMessage[] = [];
        // Takes every request and never answers, as a channel behind a dead proxy does.
        const hanging = createHttpServer((req) => { requests.push(req); });
        await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
        const server = await startServer({ DATA_DIR: dataDir, UNAUTHENTICATED_LOCAL_MODE: 'true' });
        try {
            const serviceUrl = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}`;
            const { status } = await new HttpConversation(server.origin, 'en').post({ type: 'conversationUpdate', membersAdded: [{ id: 'parent-1' }], serviceUrl, deliveryMode: 'normal' });
            // The turn ended (the test's own timeout is the bound) after one attempt, and no apology was tried through the dead channel.
            expect(status).toBe(200);
            expect(requests).toHaveLength(1);
        } finally {
            await server.stop();
            hanging.closeAllConnections();
            await new Promise((resolve) => hanging.close(resolve));
            rmSync(dataDir, { recursive: true, force: true });
        }
    }, 20_000);
});

