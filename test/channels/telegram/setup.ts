import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TelegramBotApiStandIn } from '../../helpers/peers/telegramBotApi';
import { startServer, type RunningServer } from '../../helpers/server';
import { TelegramParent } from './parent';

export const TOKEN = '123456:TEST-token_abcdefghijklmnop';
export const SECRET = 'test-webhook-secret-0123456789';

export interface TelegramSetup {
    server: RunningServer;
    api: TelegramBotApiStandIn;
    parent(chatId: number, languageCode: string): TelegramParent;
    /** The parent's conversation state as the bot stored it. */
    profile(chatId: number): Promise<{ currentField?: string; submittedReference?: string } | undefined>;
    stop(): Promise<void>;
}

/** The real server with Telegram on, talking to a Bot API stand-in. */
export async function startTelegram(env: Record<string, string> = {}, clock?: () => Date): Promise<TelegramSetup> {
    const api = await new TelegramBotApiStandIn(TOKEN).start();
    const dataDir = mkdtempSync(path.join(tmpdir(), 'telegram-'));
    const server = await startServer({ DATA_DIR: dataDir, TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_API_BASE: api.base, ...env }, clock);
    return {
        server,
        api,
        parent: (chatId, languageCode) => new TelegramParent(server.origin, api, SECRET, chatId, languageCode),
        profile: async (chatId) => {
            const key = `telegram/conversations/${chatId}/`;
            return ((await server.app.database.storage.read([key]))[key] as { profile?: { currentField?: string; submittedReference?: string } } | undefined)?.profile;
        },
        stop: async () => {
            await server.stop();
            await api.close();
            rmSync(dataDir, { recursive: true, force: true });
        }
    };
}
