import { ActivityTypes, type Activity, type Attachment } from 'botbuilder';
import { TELEGRAM_CHANNEL_ID, TELEGRAM_SERVICE_URL } from './connector';
import { CALLBACK_BUTTON, CALLBACK_VALUE } from './render';
import type { TelegramCallbackQuery, TelegramMessage, TelegramUpdate } from './update';

export interface IncomingContext {
    botId: string;
    now: Date;
    /** A signed reference to a Telegram file for this conversation (see TelegramFiles). */
    fileReference: (conversationId: string, fileId: string, declaredBytes?: number) => string;
}

/** What one update asks of the bot: the activity, and the chat it came from. */
export interface IncomingTurn {
    chatId: string;
    activity: Partial<Activity>;
}

const START = /^\/start(?:@\w+)?(?:\s|$)/;

/** The parent's answer a button carries: its value, or (for long values) the tapped button's title. */
function callbackText(query: TelegramCallbackQuery): string | undefined {
    const data = query.data ?? '';
    if (data.startsWith(CALLBACK_VALUE)) return data.slice(CALLBACK_VALUE.length);
    if (!data.startsWith(CALLBACK_BUTTON)) return undefined;
    return query.message?.reply_markup?.inline_keyboard.flat().find((b) => b.callback_data === data)?.text;
}

function attachmentsOf(message: TelegramMessage, conversationId: string, context: IncomingContext): Attachment[] {
    const attachments: Attachment[] = [];
    // Telegram sends a photo in several sizes, the largest last.
    const photo = message.photo?.at(-1);
    if (photo) attachments.push({ name: 'photo.jpg', contentType: 'image/jpeg', contentUrl: context.fileReference(conversationId, photo.file_id, photo.file_size) });
    const document = message.document;
    if (document) {
        attachments.push({
            name: document.file_name ?? 'document',
            contentType: document.mime_type ?? 'application/octet-stream',
            contentUrl: context.fileReference(conversationId, document.file_id, document.file_size)
        });
    }
    return attachments;
}

/**
 * An update as the activity CloudAdapter runs: messages, photos and documents from a private chat,
 * a tapped button as the parent's answer, `/start` as the parent joining. Anything else (groups,
 * stickers, edited messages, other update types): undefined, ignored.
 */
export function incomingTurn(update: TelegramUpdate, context: IncomingContext): IncomingTurn | undefined {
    const query = update.callback_query;
    const message = update.message ?? query?.message;
    const from = query ? query.from : update.message?.from;
    const chat = message?.chat ?? (query ? { id: query.from.id, type: 'private' } : undefined);
    if (!from || from.is_bot || !chat || chat.type !== 'private') return undefined;
    const chatId = String(chat.id);
    const base = {
        id: `tg-${update.update_id}`,
        timestamp: context.now,
        channelId: TELEGRAM_CHANNEL_ID,
        serviceUrl: TELEGRAM_SERVICE_URL,
        conversation: { id: chatId, name: '', conversationType: 'personal', isGroup: false },
        from: { id: String(from.id), name: '', role: 'user' },
        recipient: { id: context.botId, name: '', role: 'bot' },
        ...(from.language_code ? { locale: from.language_code } : {})
    };
    if (query) {
        const text = callbackText(query);
        return text === undefined ? undefined : { chatId, activity: { ...base, type: ActivityTypes.Message, text } };
    }
    const sent = update.message;
    if (!sent) return undefined;
    const text = sent.text ?? sent.caption ?? '';
    if (START.test(text)) return { chatId, activity: { ...base, type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: base.from.id, name: '' }] } };
    const attachments = attachmentsOf(sent, chatId, context);
    if (!text.trim() && attachments.length === 0) return undefined;
    return { chatId, activity: { ...base, type: ActivityTypes.Message, text, ...(attachments.length > 0 ? { attachments } : {}) } };
}
