import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TelegramBotApiStandIn } from '../../helpers/peers/telegramBotApi';
import { SECRET, TOKEN } from './setup';

const run = promisify(execFile);
let api: TelegramBotApiStandIn;
beforeAll(async () => {
    api = await new TelegramBotApiStandIn(TOKEN).start();
});
afterAll(async () => api.close());

const env = (extra: Record<string, string>) => ({ ...process.env, LOG_LEVEL: 'silent', TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_API_BASE: api.base, ...extra });

describe('npm run telegram:webhook', () => {
    it('registers PUBLIC_URL/api/telegram with the secret and the update kinds the bot reads', async () => {
        const { stdout } = await run('npm', ['run', '--silent', 'telegram:webhook'], { env: env({ PUBLIC_URL: 'https://chat.example.org/' }) });
        expect(JSON.parse(stdout)).toEqual({ webhook: 'https://chat.example.org/api/telegram', allowedUpdates: ['message', 'callback_query'] });
        expect(api.callsOf('setWebhook').map((c) => c.body)).toEqual([{ url: 'https://chat.example.org/api/telegram', secret_token: SECRET, allowed_updates: ['message', 'callback_query'] }]);
    });

    it('refuses an http PUBLIC_URL, which Telegram would not call', async () => {
        const failed = await run('npm', ['run', '--silent', 'telegram:webhook'], { env: env({ PUBLIC_URL: 'http://localhost:3978' }) }).catch((error: { code: number; stderr: string }) => error);
        expect(failed).toMatchObject({ code: 2 });
        expect((failed as { stderr: string }).stderr).toMatch(/only to https:\/\//);
        expect(api.callsOf('setWebhook')).toHaveLength(1);
    });
});
