import { existsSync } from 'node:fs';
import { TelegramApi, TelegramApiError } from '../channels/telegram/api';
import { TELEGRAM_WEBHOOK_PATH } from '../channels/telegram';
import { ConfigError, loadConfig } from '../config';

/** The updates the bot reads; Telegram then sends no others. */
const ALLOWED_UPDATES = ['message', 'callback_query'];

/**
 * Registers this server's webhook with Telegram (setWebhook): PUBLIC_URL + /api/telegram, with
 * TELEGRAM_WEBHOOK_SECRET as the secret Telegram sends back on every update.
 */
async function main(): Promise<number> {
    if (existsSync('.env')) process.loadEnvFile('.env');
    const config = loadConfig({ ...process.env, NODE_ENV: 'development' });
    if (!config.TELEGRAM_BOT_TOKEN || !config.TELEGRAM_WEBHOOK_SECRET) {
        console.error('telegram:webhook: set TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_SECRET first');
        return 2;
    }
    const url = `${config.PUBLIC_URL.replace(/\/+$/, '')}${TELEGRAM_WEBHOOK_PATH}`;
    if (!url.startsWith('https://')) {
        console.error(`telegram:webhook: Telegram sends updates only to https:// addresses; PUBLIC_URL is ${config.PUBLIC_URL}`);
        return 2;
    }
    const api = new TelegramApi(config.TELEGRAM_API_BASE, config.TELEGRAM_BOT_TOKEN);
    try {
        await api.call('setWebhook', { url, secret_token: config.TELEGRAM_WEBHOOK_SECRET, allowed_updates: ALLOWED_UPDATES });
    } catch (error) {
        // Telegram's description (e.g. "bad webhook: …") says what to fix; it holds no token.
        const description = error instanceof TelegramApiError ? `${error.status} ${error.description}` : (error as Error).name;
        console.error(`telegram:webhook: setWebhook failed: ${description}`);
        return 1;
    }
    process.stdout.write(`${JSON.stringify({ webhook: url, allowedUpdates: ALLOWED_UPDATES })}\n`);
    return 0;
}

main().then((code) => process.exit(code), (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : `telegram:webhook: ${(error as Error).name}`);
    process.exit(1);
});
