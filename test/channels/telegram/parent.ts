import type { SentMessage, TelegramBotApiStandIn } from '../../helpers/peers/telegramBotApi';

let nextUpdateId = 500_000;

/** A parent in Telegram: sends updates to the bot's webhook as Telegram does, reads what the stand-in received. */
export class TelegramParent {
    private messageId = 1;

    constructor(
        private readonly origin: string,
        private readonly api: TelegramBotApiStandIn,
        private readonly secret: string,
        readonly chatId: number,
        private readonly languageCode: string
    ) {}

    private get user() {
        return { id: this.chatId, is_bot: false, first_name: 'Test', language_code: this.languageCode };
    }

    /** Posts one update (a fresh update_id unless given); the response as Telegram gets it. null: no secret header. */
    async post(update: Record<string, unknown>, secret: string | null = this.secret): Promise<Response> {
        return fetch(`${this.origin}/api/telegram`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(secret === null ? {} : { 'x-telegram-bot-api-secret-token': secret }) },
            body: JSON.stringify({ update_id: nextUpdateId++, ...update })
        });
    }

    messageUpdate(fields: Record<string, unknown>): Record<string, unknown> {
        return { update_id: nextUpdateId++, message: { message_id: this.messageId++, date: 1_763_200_000, chat: { id: this.chatId, type: 'private', first_name: 'Test' }, from: this.user, ...fields } };
    }

    /** Sends an update and returns the bot's messages to this chat that it caused. */
    async deliver(update: Record<string, unknown>): Promise<SentMessage[]> {
        const before = this.api.calls.length;
        const response = await this.post(update);
        if (response.status !== 200) throw new Error(`TelegramParent.deliver(): HTTP ${response.status}`);
        return this.api.messages(this.chatId, before);
    }

    start(): Promise<SentMessage[]> {
        return this.deliver(this.messageUpdate({ text: '/start', entities: [{ type: 'bot_command', offset: 0, length: 6 }] }));
    }

    say(text: string): Promise<SentMessage[]> {
        return this.deliver(this.messageUpdate({ text }));
    }

    document(fileId: string, name: string, mime: string, size: number): Promise<SentMessage[]> {
        return this.deliver(this.messageUpdate({ document: { file_id: fileId, file_unique_id: `u-${fileId}`, file_name: name, mime_type: mime, file_size: size } }));
    }

    photo(fileId: string, size: number): Promise<SentMessage[]> {
        return this.deliver(this.messageUpdate({ photo: [{ file_id: `${fileId}-small`, file_unique_id: 's', width: 90, height: 90, file_size: 900 }, { file_id: fileId, file_unique_id: `u-${fileId}`, width: 1280, height: 960, file_size: size }] }));
    }

    /** Taps a button of one of the bot's messages: a callback query with that message and the button's data. */
    tapUpdate(message: SentMessage, title: string): Record<string, unknown> {
        const button = message.keyboard.flat().find((b) => b.text === title);
        if (!button?.callback_data) throw new Error(`TelegramParent.tap(): no button "${title}"`);
        return {
            update_id: nextUpdateId++,
            callback_query: {
                id: `cq-${nextUpdateId}`,
                from: this.user,
                chat_instance: '42',
                data: button.callback_data,
                message: { message_id: message.message_id, date: 1_763_200_000, chat: { id: this.chatId, type: 'private' }, text: message.text, reply_markup: { inline_keyboard: message.keyboard } }
            }
        };
    }

    tap(message: SentMessage, title: string): Promise<SentMessage[]> {
        return this.deliver(this.tapUpdate(message, title));
    }
}
