import { createHash, timingSafeEqual } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { Request, Response } from 'restify';
import type { IntakeAdapter } from '../../adapter/createAdapter';
import { channelLocale } from '../../bot/intakeBot';
import type { Texts } from '../../i18n/i18n';
import type { Locale } from '../../languages';
import type { Logger } from '../../logger';
import type { TelegramApi } from './api';
import type { TelegramFiles } from './files';
import type { FloodLimit } from './flood';
import { incomingTurn } from './incoming';
import type { SeenUpdates } from './seen';
import { Update } from './update';

export const TELEGRAM_WEBHOOK_PATH = '/api/telegram';
const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

export interface TelegramWebhookDeps {
    secret: string;
    api: TelegramApi;
    files: TelegramFiles;
    seen: SeenUpdates;
    flood: FloodLimit;
    adapter: IntakeAdapter;
    runTurn: (context: TurnContext) => Promise<void>;
    botId: string;
    texts: Texts;
    defaultLocale: Locale;
    clock: () => Date;
    logger: Logger;
}

/** Compared as digests: constant time whatever the length of what was sent. */
function secretMatches(sent: unknown, secret: string): boolean {
    if (typeof sent !== 'string' || sent === '') return false;
    const digest = (value: string) => createHash('sha256').update(value).digest();
    return timingSafeEqual(digest(sent), digest(secret));
}

/**
 * POST /api/telegram: Telegram's webhook. Only with the secret set through setWebhook (401
 * otherwise, nothing read further); each update taken once; then the turn runs through the bot's
 * CloudAdapter like any channel's, its replies going back through the Bot API. Every update that
 * is not refused is answered 200, or Telegram would deliver it again and again.
 */
export function telegramWebhook(deps: TelegramWebhookDeps): (req: Request, res: Response) => Promise<void> {
    const { api, logger } = deps;
    const quietly = (what: string) => (error: unknown) => logger.warn({ err: { name: (error as Error).name }, call: what }, 'telegram: call failed');
    return async (req, res) => {
        if (!secretMatches(req.headers[SECRET_HEADER], deps.secret)) {
            res.send(401, { error: 'Unauthorized', message: 'missing or wrong X-Telegram-Bot-Api-Secret-Token' });
            return;
        }
        const parsed = Update.safeParse(req.body);
        if (!parsed.success) {
            res.send(400, { error: 'BadRequest', message: 'expected a Telegram Update as JSON' });
            return;
        }
        const update = parsed.data;
        const query = update.callback_query;
        const turn = incomingTurn(update, { botId: deps.botId, now: deps.clock(), fileReference: (...args) => deps.files.reference(...args) });
        const tapped = query?.message?.message_id;
        const seen = turn ? await deps.seen.claim(turn.chatId, update.update_id, tapped) : 'first';
        // The tapped button stops spinning in the parent's app, also when the tap is not taken.
        if (query && seen !== 'again') await api.call('answerCallbackQuery', { callback_query_id: query.id }).catch(quietly('answerCallbackQuery'));
        if (!turn || seen !== 'first') {
            res.send(200, {});
            return;
        }
        // Its buttons go once tapped: a double tap must not answer the next question too.
        if (tapped !== undefined) await api.call('editMessageReplyMarkup', { chat_id: turn.chatId, message_id: tapped }).catch(quietly('editMessageReplyMarkup'));
        const verdict = await deps.flood.check(turn.chatId);
        if (verdict !== 'ok') {
            if (verdict === 'warn') {
                const locale = channelLocale(turn.activity.locale) ?? deps.defaultLocale;
                await api.call('sendMessage', { chat_id: turn.chatId, text: deps.texts.t(locale)('common:channels.slowDown') }).catch(quietly('sendMessage'));
            }
            res.send(200, {});
            return;
        }
        await api.call('sendChatAction', { chat_id: turn.chatId, action: 'typing' }).catch(quietly('sendChatAction'));
        try {
            await deps.adapter.processInProcess(turn.activity, deps.runTurn);
        } catch (error) {
            // The turn reports its own errors to the parent (onTurnError); this is the adapter refusing it.
            logger.error({ err: { name: (error as Error).name } }, 'telegram: turn failed');
        }
        res.send(200, {});
    };
}
