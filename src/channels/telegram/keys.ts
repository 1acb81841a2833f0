import { createHash } from 'node:crypto';

/** A storage key for one chat that does not show the chat id (a Telegram user id for private chats). */
export function chatKey(prefix: string, chatId: string): string {
    return `${prefix}/${createHash('sha256').update(chatId).digest('hex').slice(0, 24)}`;
}
