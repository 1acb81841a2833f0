import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../../src/staff/passwords';
import { StaffClient } from '../../staff/helpers/client';
import { startTelegram, type TelegramSetup } from './setup';

let tg: TelegramSetup;
beforeAll(async () => {
    tg = await startTelegram({ STAFF_USERS: `alice:${await hashPassword('alice password 1')}` });
});
afterAll(async () => tg.stop());

describe('a coordinator takes over a Telegram conversation', () => {
    it('the notice and the coordinator\'s words reach the parent in Telegram, and the bot resumes after the hand back', async () => {
        const parent = tg.parent(9101, 'en');
        await parent.start();
        await parent.say('yes');
        expect((await tg.profile(9101))?.currentField).toBe('child.firstName');

        const alice = new StaffClient(tg.server.origin);
        await alice.login('alice', 'alice password 1');
        const conversation = `/staff/api/conversations/${encodeURIComponent('9101')}`;
        const before = tg.api.calls.length;
        expect((await alice.post(`${conversation}/takeover`)).status).toBe(200);
        expect(tg.api.messages(9101, before).map((m) => m.text).join('\n')).toMatch(/coordinator/i);

        expect((await alice.post(`${conversation}/messages`, { text: 'Hello, this is Alice <from the team> & co.' })).status).toBe(200);
        expect(tg.api.messages(9101, before).map((m) => m.text)).toContainEqual(expect.stringContaining('Hello, this is Alice <from the team> & co.'));
        // While staff talk the bot asks nothing.
        expect((await parent.say('Thank you!')).filter((m) => /first name|child's name/i.test(m.text))).toEqual([]);

        const handBack = tg.api.calls.length;
        expect((await alice.post(`${conversation}/handback`)).status).toBe(200);
        await expect.poll(() => tg.api.messages(9101, handBack).map((m) => m.text).join('\n'), { timeout: 5000 }).toMatch(/name/i);
        expect(tg.api.refused).toEqual([]);
    });
});
