import type { TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import type { InProcessConnectors, IntakeAdapter } from '../../adapter/createAdapter';
import type { Config } from '../../config';
import type { Texts } from '../../i18n/i18n';
import type { Logger } from '../../logger';
import type { ManagedStorage } from '../../storage/types';
import { TelegramApi } from './api';
import { telegramConnector, TELEGRAM_SERVICE_URL } from './connector';
import { TelegramFiles } from './files';
import { FloodLimit } from './flood';
import { SeenUpdates } from './seen';
import { OpenSuggestions } from './suggestions';
import { telegramWebhook, TELEGRAM_WEBHOOK_PATH } from './webhook';

export { TELEGRAM_CHANNEL_ID, TELEGRAM_SERVICE_URL } from './connector';
export { TELEGRAM_WEBHOOK_PATH } from './webhook';

export interface TelegramMountDeps {
    adapter: IntakeAdapter;
    runTurn: (context: TurnContext) => Promise<void>;
    texts: Texts;
    clock: () => Date;
    logger: Logger;
}

/** The native Telegram channel: its connector for the adapter, its files for the documents step, its webhook. */
export interface TelegramChannel {
    connectors: InProcessConnectors;
    files: TelegramFiles;
    mount(server: Server, deps: TelegramMountDeps): void;
}

/** Off (undefined) without TELEGRAM_BOT_TOKEN; the config schema requires the webhook secret with it. */
export function createTelegram(config: Config, storage: ManagedStorage): TelegramChannel | undefined {
    const token = config.TELEGRAM_BOT_TOKEN;
    const secret = config.TELEGRAM_WEBHOOK_SECRET;
    if (!token || !secret) return undefined;
    const api = new TelegramApi(config.TELEGRAM_API_BASE, token);
    const connector = telegramConnector(api, new OpenSuggestions(storage));
    const files = new TelegramFiles(api, secret, config.UPLOAD_MAX_MB * 1024 * 1024);
    return {
        connectors: (serviceUrl) => (serviceUrl === TELEGRAM_SERVICE_URL ? connector : undefined),
        files,
        mount: (server, deps) => {
            server.post(TELEGRAM_WEBHOOK_PATH, telegramWebhook({
                ...deps,
                secret,
                api,
                files,
                seen: new SeenUpdates(storage),
                flood: new FloodLimit(config.TELEGRAM_FLOOD_PER_MINUTE),
                botId: config.MicrosoftAppId ?? 'intake-bot',
                defaultLocale: config.DEFAULT_LOCALE
            }));
        }
    };
}
