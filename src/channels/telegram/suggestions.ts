import type { Storage } from 'botbuilder';
import { chatKey } from './keys';

/**
 * Which message of a chat shows the bot's suggested answers now. Web Chat shows suggestions
 * under the last message only; in Telegram they stay on old messages unless removed, and a tap
 * there would answer the question asked now. Cards' buttons (the languages) stay, as in Web Chat.
 */
export class OpenSuggestions {
    constructor(private readonly storage: Storage) {}

    /** Records the message now showing suggestions (undefined: none); returns the one before, if any. */
    async replace(chatId: string, messageId: number | undefined): Promise<number | undefined> {
        const key = chatKey('telegram-suggestions', chatId);
        const item = (await this.storage.read([key]))[key] as { messageId?: number } | undefined;
        if (item?.messageId === undefined && messageId === undefined) return undefined;
        // Sends of one conversation are serialised by its turns: the last writer is the newest message.
        await this.storage.write({ [key]: messageId === undefined ? {} : { messageId } });
        return item?.messageId;
    }
}
