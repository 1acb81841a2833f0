import { z } from 'zod';

/** The parts of the Bot API's Update this bot reads (core.telegram.org/bots/api#update); the rest is ignored. */
const User = z.object({ id: z.number().int(), is_bot: z.boolean().optional(), language_code: z.string().max(35).optional() }).loose();
const Chat = z.object({ id: z.number().int(), type: z.string() }).loose();
const FileRef = z.object({ file_id: z.string().min(1).max(200), file_size: z.number().int().nonnegative().optional() }).loose();
const PhotoSize = FileRef.extend({ width: z.number().int().optional(), height: z.number().int().optional() });
const Document = FileRef.extend({ file_name: z.string().max(255).optional(), mime_type: z.string().max(255).optional() });
const InlineButton = z.object({ text: z.string(), callback_data: z.string().optional() }).loose();

export const Message = z.object({
    message_id: z.number().int(),
    from: User.optional(),
    chat: Chat,
    text: z.string().max(20_000).optional(),
    caption: z.string().max(20_000).optional(),
    photo: z.array(PhotoSize).max(20).optional(),
    document: Document.optional(),
    reply_markup: z.object({ inline_keyboard: z.array(z.array(InlineButton)) }).loose().optional()
}).loose();

export const CallbackQuery = z.object({
    id: z.string().min(1).max(200),
    from: User,
    /** Absent when the message is too old; then the chat is the sender's private chat. */
    message: Message.optional(),
    data: z.string().max(64).optional()
}).loose();

export const Update = z.object({
    update_id: z.number().int().nonnegative(),
    message: Message.optional(),
    callback_query: CallbackQuery.optional()
}).loose();

export type TelegramMessage = z.infer<typeof Message>;
export type TelegramCallbackQuery = z.infer<typeof CallbackQuery>;
export type TelegramUpdate = z.infer<typeof Update>;
