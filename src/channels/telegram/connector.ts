import { ActivityTypes, type Activity, type ResourceResponse } from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';
import { IN_PROCESS_SCHEME } from '../../adapter/createAdapter';
import type { TelegramApi } from './api';
import { renderActivity } from './render';
import type { OpenSuggestions } from './suggestions';

export const TELEGRAM_CHANNEL_ID = 'telegram';
/** The serviceUrl of every Telegram conversation: CloudAdapter hands its sends to the connector below. */
export const TELEGRAM_SERVICE_URL = `${IN_PROCESS_SCHEME}telegram`;

/**
 * The Bot Connector API as CloudAdapter uses it (sendToConversation, replyToActivity), spoken to
 * the Bot API instead: messages through sendMessage, typing through sendChatAction. The
 * conversation id is the Telegram chat id. Events (handoff.initiate) have no Telegram form.
 */
export function telegramConnector(api: TelegramApi, suggestions: OpenSuggestions): ConnectorClient {
    /** After each message: the suggestions of an earlier one go, as Web Chat shows them under the last message only. */
    const moveSuggestions = async (chatId: string, messageId: number | undefined, suggests: boolean): Promise<void> => {
        const earlier = await suggestions.replace(chatId, suggests ? messageId : undefined);
        if (earlier !== undefined && earlier !== messageId) await api.call('editMessageReplyMarkup', { chat_id: chatId, message_id: earlier }).catch(() => undefined);
    };
    const send = async (chatId: string, activity: Partial<Activity>): Promise<ResourceResponse> => {
        if (activity.type === ActivityTypes.Typing) {
            await api.call('sendChatAction', { chat_id: chatId, action: 'typing' });
            return { id: '' };
        }
        if (activity.type !== ActivityTypes.Message) return { id: '' };
        let sent: { message_id?: number } | undefined;
        const messages = renderActivity(activity);
        for (const message of messages) sent = await api.call<{ message_id?: number }>('sendMessage', { chat_id: chatId, ...message });
        // The activity's suggested actions sit on its last message.
        if (messages.length > 0) await moveSuggestions(chatId, sent?.message_id, (activity.suggestedActions?.actions.length ?? 0) > 0);
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
