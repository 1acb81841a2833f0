import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENTS } from '../../fixtures/documents';
import { startPeer, type Peer } from '../../helpers/peers/attachmentServers';
import { startServer } from '../../helpers/server';
import { startTelegram, type TelegramSetup } from './setup';

let tg: TelegramSetup;
let elsewhere: Peer;
beforeAll(async () => {
    tg = await startTelegram({ TELEGRAM_FLOOD_PER_MINUTE: '6', UPLOAD_MAX_MB: '1' });
    elsewhere = await startPeer((_req, res) => res.end(DOCUMENTS.pdf), '127.0.0.1');
});
afterAll(async () => {
    await tg.stop();
    await elsewhere.close();
});

const post = (body: string, headers: Record<string, string>) => fetch(`${tg.server.origin}/api/telegram`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('the webhook refuses what Telegram did not send', () => {
    it.each([
        ['without the secret header', null],
        ['with an empty secret', ''],
        ['with a wrong secret', 'not-the-secret-0123456789'],
        ['with the secret of another bot', 'test-webhook-secret-012345678']
    ])('401 %s, and nothing is stored or sent', async (_name, secret) => {
        const parent = tg.parent(9001, 'en');
        const before = tg.api.calls.length;
        const response = await parent.post(parent.messageUpdate({ text: '/start' }), secret);
        expect(response.status).toBe(401);
        expect(tg.api.calls.length).toBe(before);
        expect(await tg.profile(9001)).toBeUndefined();
    });

    it.each([
        ['broken JSON', '{"update_id": 1, "message": '],
        ['an array', '[]'],
        ['no update_id', JSON.stringify({ message: { message_id: 1, chat: { id: 1, type: 'private' }, text: 'hi' } })],
        ['a message without its chat', JSON.stringify({ update_id: 5, message: { message_id: 1, text: 'hi' } })]
    ])('%s: 400, never a 5xx', async (_name, body) => {
        const response = await post(body, { 'x-telegram-bot-api-secret-token': 'test-webhook-secret-0123456789' });
        expect(response.status).toBe(400);
    });
});

describe('/api/messages cannot pose as Telegram', () => {
    it('an activity naming the Telegram serviceUrl is refused (400), so nobody makes the bot write to a Telegram chat', async () => {
        const response = await fetch(`${tg.server.origin}/api/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ type: 'message', text: 'hi', deliveryMode: 'expectReplies', channelId: 'telegram', serviceUrl: 'inprocess:telegram', conversation: { id: '9010' }, from: { id: '9010' }, recipient: { id: 'bot' } })
        });
        expect(response.status).toBe(400);
        expect(tg.api.messages(9010)).toEqual([]);
    });
});

describe('updates', () => {
    it('a redelivered update is processed once, a redelivered tap too', async () => {
        const parent = tg.parent(9002, 'en');
        const welcome = await parent.start();
        const consent = welcome.find((m) => m.keyboard.flat().some((b) => b.text === 'Yes, I agree'))!;
        const tap = parent.tapUpdate(consent, 'Yes, I agree');
        const first = await parent.deliver(tap);
        expect(first.map((m) => m.text).join('\n')).toMatch(/name/);
        expect(await parent.deliver(tap)).toEqual([]);
        const name = parent.messageUpdate({ text: 'Mia' });
        expect((await parent.deliver(name)).length).toBeGreaterThan(0);
        expect(await parent.deliver(name)).toEqual([]);
        expect((await tg.profile(9002))?.currentField).toBe('child.birthDate');
        expect(tg.api.callsOf('answerCallbackQuery').filter((c) => c.body.callback_query_id === (tap.callback_query as { id: string }).id)).toHaveLength(1);
    });

    it('a double tap answers once: the buttons go after the first tap, the second only stops spinning', async () => {
        const parent = tg.parent(9011, 'en');
        const welcome = await parent.start();
        const consent = welcome.find((m) => m.keyboard.flat().some((b) => b.text === 'Yes, I agree'))!;
        expect((await parent.tap(consent, 'Yes, I agree')).map((m) => m.text).join('\n')).toMatch(/name/);
        expect(tg.api.callsOf('editMessageReplyMarkup').map((c) => c.body)).toContainEqual({ chat_id: '9011', message_id: consent.message_id });
        const second = parent.tapUpdate(consent, 'Yes, I agree');
        expect(await parent.deliver(second)).toEqual([]);
        expect(tg.api.callsOf('answerCallbackQuery').map((c) => c.body.callback_query_id)).toContain((second.callback_query as { id: string }).id);
        expect((await tg.profile(9011))?.currentField).toBe('child.firstName');
    });

    it.each([
        ['an edited message', { edited_message: { message_id: 3, date: 1, chat: { id: 9003, type: 'private' }, text: 'x' } }],
        ['a chat member change', { my_chat_member: { chat: { id: 9003, type: 'private' }, date: 1 } }],
        ['a group message', { message: { message_id: 4, date: 1, chat: { id: -100, type: 'group' }, from: { id: 9003, is_bot: false }, text: 'hello' } }],
        ['a sticker', { message: { message_id: 5, date: 1, chat: { id: 9003, type: 'private' }, from: { id: 9003, is_bot: false }, sticker: { file_id: 's' } } }]
    ])('%s: 200 and ignored', async (_name, update) => {
        const parent = tg.parent(9003, 'en');
        const before = tg.api.calls.length;
        expect((await parent.post(update)).status).toBe(200);
        expect(tg.api.calls.length).toBe(before);
    });

    it('when Telegram asks the bot to slow down (429 retry_after), the message is sent after the wait, not lost', async () => {
        const parent = tg.parent(9012, 'en');
        tg.api.throttleNext('sendMessage', 1);
        const started = Date.now();
        const welcome = await parent.start();
        expect(Date.now() - started).toBeGreaterThanOrEqual(900);
        expect(welcome.some((m) => m.keyboard.flat().some((b) => b.text === 'Yes, I agree'))).toBe(true);
        expect(welcome.filter((m) => m.text === welcome[0]!.text)).toHaveLength(1);
        expect(tg.api.refused.filter((r) => r.description.startsWith('Too Many'))).toHaveLength(1);
    });

    it('a flood from one chat gets one polite message in its language, then silence', async () => {
        const parent = tg.parent(9004, 'ru');
        await parent.start();
        const replies = [];
        for (let i = 0; i < 7; i++) replies.push(await parent.say(`сообщение ${i}`));
        const slowDown = replies.flat().filter((m) => /быстрее, чем я успеваю/.test(m.text));
        expect(slowDown).toHaveLength(1);
        expect(replies.at(-1)).toEqual([]);
        // Other chats are not affected.
        expect((await tg.parent(9005, 'en').start()).length).toBeGreaterThan(0);
    });
});

describe('files from Telegram', () => {
    // Documents are taken at any question, so a parent who just started can send one.
    async function started(chatId: number) {
        const parent = tg.parent(chatId, 'en');
        await parent.start();
        return parent;
    }

    it('a photo over UPLOAD_MAX_MB is refused as too large without asking for it', async () => {
        const parent = await started(9006);
        const replies = await parent.photo('big-photo', 3 * 1024 * 1024);
        expect(replies.map((m) => m.text).join('\n')).toMatch(/too large \(the limit is 1 MB/);
        expect(tg.api.callsOf('getFile').filter((c) => c.body.file_id === 'big-photo')).toEqual([]);
    });

    it('a file whose download is redirected to another host is not followed', async () => {
        const parent = await started(9007);
        tg.api.addFile('moved', DOCUMENTS.pdf, 'documents/moved.pdf', { redirect: `http://127.0.0.1:${elsewhere.port}/x.pdf` });
        const replies = await parent.document('moved', 'report.pdf', 'application/pdf', DOCUMENTS.pdf.length);
        expect(replies.map((m) => m.text).join('\n')).toMatch(/couldn't receive "report.pdf"/);
        expect(elsewhere.connections).toBe(0);
    });

    it('a photo is taken into the documents', async () => {
        const parent = await started(9008);
        tg.api.addFile('photo-1', DOCUMENTS.jpeg, 'photos/file_1.jpg');
        const replies = await parent.photo('photo-1', DOCUMENTS.jpeg.length);
        expect(replies.map((m) => m.text).join('\n')).toMatch(/photo\.jpg/);
        expect(tg.api.fileDownloads).toContain('photos/file_1.jpg');
    });
});

describe('without TELEGRAM_BOT_TOKEN', () => {
    it('there is no Telegram webhook', async () => {
        const dataDir = mkdtempSync(path.join(tmpdir(), 'telegram-off-'));
        const server = await startServer({ DATA_DIR: dataDir });
        try {
            const response = await fetch(`${server.origin}/api/telegram`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ update_id: 1 }) });
            expect(response.status).toBe(404);
        } finally {
            await server.stop();
            rmSync(dataDir, { recursive: true, force: true });
        }
    });
});

describe('with Microsoft credentials configured (as production requires)', () => {
    it('Telegram turns run as the bot\'s own identity and still answer through the Bot API', async () => {
        const withCredentials = await startTelegram({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-used-by-telegram' });
        try {
            const parent = withCredentials.parent(9020, 'de');
            const welcome = await parent.start();
            expect(welcome.map((m) => m.text).join('\n')).toMatch(/Einverstanden|einverstanden|Zustimmung|Datenschutz/);
            expect(withCredentials.api.refused).toEqual([]);
        } finally {
            await withCredentials.stop();
        }
    });
});
