import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/staff/passwords';
import { startServer, type RunningServer } from '../helpers/server';
import { StaffClient } from '../staff/helpers/client';
import { DirectLineClient, type DlActivity } from './client';

let dataDir: string;
let server: RunningServer;
beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'dl-takeover-'));
    server = await startServer({ DATA_DIR: dataDir, STAFF_USERS: `alice:${await hashPassword('alice password 1')}` });
});
afterAll(async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
});

async function until(client: DirectLineClient, match: (a: DlActivity) => boolean): Promise<DlActivity> {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
        const found = (await client.poll()).find(match);
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('until(): nothing matched');
}

describe('live takeover of a widget conversation', () => {
    it('the coordinator joins, writes to the widget, and hands back to the bot at the open question', async () => {
        const parent = await DirectLineClient.open(server.origin, 'en');
        await parent.untilField('consent.dataProcessing');
        await parent.send('yes');
        await parent.untilField('child.firstName');

        const alice = new StaffClient(server.origin);
        await alice.login('alice', 'alice password 1');
        const conversation = `/staff/api/conversations/${encodeURIComponent(parent.conversationId)}`;
        expect((await alice.post(`${conversation}/takeover`)).status).toBe(200);
        await until(parent, (a) => a.from.role === 'bot' && /coordinator/i.test(a.text ?? ''));

        expect((await alice.post(`${conversation}/messages`, { text: 'Hello, this is Alice from the team.' })).status).toBe(200);
        await until(parent, (a) => a.text === 'Hello, this is Alice from the team.');
        // While staff talk, the bot stays quiet: the parent's message gets no bot question.
        await parent.send('Thank you!');
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect((await parent.poll()).filter((a) => a.from.role === 'bot' && a.channelData?.intake?.field)).toEqual([]);

        expect((await alice.post(`${conversation}/handback`)).status).toBe(200);
        await parent.untilField('child.firstName');
    });
});
