import { ActivityTypes, type Activity, type ResourceResponse } from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';
import { IN_PROCESS_SCHEME } from '../../adapter/createAdapter';
import type { TelegramApi } from './api';
import { renderActivity } from './render';

export const TELEGRAM_CHANNEL_ID = 'telegram';
/** The serviceUrl of every Telegram conversation: CloudAdapter hands its sends to the connector below. */
export const TELEGRAM_SERVICE_URL = `${IN_PROCESS_SCHEME}telegram`;

/**
 * The Bot Connector API as CloudAdapter uses it (sendToConversation, replyToActivity), spoken to
 * the Bot API instead: messages through sendMessage, typing through sendChatAction. The
 * conversation id is the Telegram chat id. Events (handoff.initiate) have no Telegram form.
 */
export function telegramConnector(api: TelegramApi): ConnectorClient {
    const send = async (chatId: string, activity: Partial<Activity>): Promise<ResourceResponse> => {
        if (activity.type === ActivityTypes.Typing) {
            await api.call('sendChatAction', { chat_id: chatId, action: 'typing' });
            return { id: '' };
        }
        if (activity.type !== ActivityTypes.Message) return { id: '' };
        let sent: { message_id?: number } | undefined;
        for (const message of renderActivity(activity)) sent = await api.call<{ message_id?: number }>('sendMessage', { chat_id: chatId, ...message });
        return { id: sent?.message_id === undefined ? '' : String(sent.message_id) };
    };
    const conversations = {
        sendToConversation: (chatId: string, activity: Partial<Activity>) => send(chatId, activity),
        replyToActivity: (chatId: string, _replyToId: string, activity: Partial<Activity>) => send(chatId, activity),
        // The bot never edits or deletes what it said; Telegram would need the message ids kept.
        updateActivity: async () => ({ id: '' }),
        deleteActivity: async () => undefined
    };
    return { conversations } as unknown as ConnectorClient;
}
