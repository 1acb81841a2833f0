import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One Bot API call as the stand-in received it. */
export interface BotApiCall {
    method: string;
    body: Record<string, unknown>;
    /** The message_id a sendMessage got. */
    messageId?: number;
}

type InlineButton = { text: string; callback_data?: string; url?: string };
export interface SentMessage {
    message_id: number;
    chat_id: string;
    text: string;
    keyboard: InlineButton[][];
}

const TAGS = /<\/?(b|strong|i|em|u|ins|s|strike|del|code|pre|tg-spoiler|blockquote)>|<a href="[^"<>]*">|<\/a>/g;
const ENTITY = /&(amp|lt|gt|quot|#\d{1,6});/g;

/**
 * Entity parsing as the Bot API documents it for parse_mode HTML: only the listed tags, every
 * other <, > and & escaped. The visible text, or undefined when Telegram would answer
 * "can't parse entities".
 */
function visibleHtml(text: string): string | undefined {
    const stripped = text.replace(TAGS, '');
    if (/[<>]/.test(stripped) || /&(?!(amp|lt|gt|quot|#\d{1,6});)/.test(stripped)) return undefined;
    return stripped.replace(ENTITY, (_m, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[name] ?? '?');
}

/**
 * A local stand-in of the Telegram Bot API (core.telegram.org/bots/api): POST
 * /bot<token>/<method> with a JSON body answers `{ ok: true, result }` or
 * `{ ok: false, error_code, description }`; files at GET /file/bot<token>/<file_path>. It checks
 * what the real one refuses (message length after entity parsing, HTML entities, callback_data
 * of 1–64 bytes) and records every call.
 */
export class TelegramBotApiStandIn {
    readonly calls: BotApiCall[] = [];
    readonly fileDownloads: string[] = [];
    /** Calls answered with an error, as { method, description }. */
    readonly refused: { method: string; description: string }[] = [];
    private readonly files = new Map<string, { path: string; bytes: Buffer; declaredSize?: number; redirect?: string }>();
    private nextMessageId = 1000;
    private throttled = new Map<string, number>();
    /** Each message's keyboard as the parent's app shows it now (editMessageReplyMarkup changes it). */
    private readonly keyboards = new Map<number, InlineButton[][]>();
    private server?: Server;
    port = 0;

    constructor(readonly token: string) {}

    get base(): string {
        return `http://127.0.0.1:${this.port}`;
    }

    async start(): Promise<this> {
        this.server = createServer((req, res) => void this.handle(req, res));
        await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
        this.port = (this.server.address() as AddressInfo).port;
        return this;
    }

    async close(): Promise<void> {
        this.server?.closeAllConnections();
        await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    }

    /** A file the bot may fetch with getFile (a path elsewhere, e.g. `//evil.example/x`, to test hosts). */
    addFile(fileId: string, bytes: Buffer, path = `documents/${fileId}.bin`, options: { declaredSize?: number; redirect?: string } = {}): void {
        this.files.set(fileId, { path, bytes, ...options });
    }

    /** The next call of `method` gets 429 Too Many Requests with this retry_after. */
    throttleNext(method: string, retryAfterSeconds: number): void {
        this.throttled.set(method, retryAfterSeconds);
    }

    callsOf(method: string): BotApiCall[] {
        return this.calls.filter((c) => c.method === method);
    }

    /** The bot's messages that were delivered, in order, as the parent's app shows them. */
    messages(chatId?: string | number, since = 0): SentMessage[] {
        return this.calls.slice(since).filter((c) => c.method === 'sendMessage' && c.messageId !== undefined && (chatId === undefined || String(c.body.chat_id) === String(chatId))).map((c) => ({
            message_id: c.messageId!,
            chat_id: String(c.body.chat_id),
            text: (c.body.parse_mode === 'HTML' ? visibleHtml(String(c.body.text)) : String(c.body.text)) ?? '',
            keyboard: ((c.body.reply_markup as { inline_keyboard?: InlineButton[][] } | undefined)?.inline_keyboard) ?? []
        }));
    }

    /** The chat's messages that show buttons now. */
    withButtonsNow(chatId: string | number): SentMessage[] {
        return this.messages(chatId).filter((m) => (this.keyboards.get(m.message_id) ?? []).length > 0);
    }

    private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
        const url = new URL(req.url ?? '/', this.base);
        const reply = (status: number, body: unknown) => {
            res.writeHead(status, { 'content-type': 'application/json' });
            res.end(JSON.stringify(body));
        };
        const fail = (code: number, description: string) => {
            this.refused.push({ method: url.pathname.split('/').pop() ?? '', description });
            reply(code, { ok: false, error_code: code, description });
        };
        const filePrefix = `/file/bot${this.token}/`;
        if (req.method === 'GET' && url.pathname.startsWith(filePrefix)) {
            const path = decodeURIComponent(url.pathname.slice(filePrefix.length));
            const file = [...this.files.values()].find((f) => f.path === path);
            this.fileDownloads.push(path);
            if (!file) return fail(404, 'Not Found');
            if (file.redirect) {
                res.writeHead(302, { location: file.redirect });
                res.end();
                return;
            }
            res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': file.bytes.length });
            res.end(file.bytes);
            return;
        }
        const match = /^\/bot([^/]+)\/(\w+)$/.exec(url.pathname);
        if (!match || req.method !== 'POST') return fail(404, 'Not Found');
        if (match[1] !== this.token) return fail(401, 'Unauthorized');
        const chunks: Buffer[] = [];
        for await (const chunk of req) chunks.push(chunk as Buffer);
        let body: Record<string, unknown>;
        try {
            body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
        } catch {
            return fail(400, 'Bad Request: invalid JSON');
        }
        const method = match[2]!;
        const call: BotApiCall = { method, body };
        this.calls.push(call);
        const retryAfter = this.throttled.get(method);
        if (retryAfter !== undefined) {
            this.throttled.delete(method);
            this.refused.push({ method, description: 'Too Many Requests' });
            return reply(429, { ok: false, error_code: 429, description: `Too Many Requests: retry after ${retryAfter}`, parameters: { retry_after: retryAfter } });
        }
        switch (method) {
            case 'sendMessage': return this.sendMessage(body, call, reply, fail);
            case 'sendChatAction': return body.chat_id && body.action ? reply(200, { ok: true, result: true }) : fail(400, 'Bad Request: chat_id and action are required');
            case 'answerCallbackQuery': return body.callback_query_id ? reply(200, { ok: true, result: true }) : fail(400, 'Bad Request: query is too old and response timeout expired or query ID is invalid');
            case 'editMessageReplyMarkup': {
                const id = Number(body.message_id);
                const next = (body.reply_markup as { inline_keyboard?: InlineButton[][] } | undefined)?.inline_keyboard ?? [];
                if (!body.chat_id || !this.keyboards.has(id)) return fail(400, 'Bad Request: message to edit not found');
                if (JSON.stringify(this.keyboards.get(id)) === JSON.stringify(next)) return fail(400, 'Bad Request: message is not modified');
                this.keyboards.set(id, next);
                return reply(200, { ok: true, result: true });
            }
            case 'setWebhook': return typeof body.url === 'string' ? reply(200, { ok: true, result: true, description: 'Webhook was set' }) : fail(400, 'Bad Request: url is required');
            case 'getFile': {
                const file = this.files.get(String(body.file_id));
                if (!file) return fail(400, 'Bad Request: invalid file_id');
                return reply(200, { ok: true, result: { file_id: body.file_id, file_unique_id: `u-${String(body.file_id)}`, file_size: file.declaredSize ?? file.bytes.length, file_path: file.path } });
            }
            default: return fail(404, 'Not Found: method not found');
        }
    }

    private sendMessage(body: Record<string, unknown>, call: BotApiCall, reply: (s: number, b: unknown) => void, fail: (c: number, d: string) => void): void {
        if (!body.chat_id || typeof body.text !== 'string' || body.text === '') return fail(400, 'Bad Request: message text is empty');
        const visible = body.parse_mode === 'HTML' ? visibleHtml(body.text) : body.text;
        if (visible === undefined) return fail(400, "Bad Request: can't parse entities");
        if (visible.length > 4096) return fail(400, 'Bad Request: message is too long');
        const rows = (body.reply_markup as { inline_keyboard?: InlineButton[][] } | undefined)?.inline_keyboard ?? [];
        for (const button of rows.flat()) {
            if (button.callback_data !== undefined && (Buffer.byteLength(button.callback_data) < 1 || Buffer.byteLength(button.callback_data) > 64)) return fail(400, 'Bad Request: BUTTON_DATA_INVALID');
            if (button.url !== undefined && !/^https?:\/\/[^/]+\.[^/]+/.test(button.url)) return fail(400, 'Bad Request: inline keyboard button URL is invalid');
        }
        const messageId = this.nextMessageId++;
        call.messageId = messageId;
        this.keyboards.set(messageId, rows);
        reply(200, { ok: true, result: { message_id: messageId, date: Math.floor(Date.now() / 1000), chat: { id: Number(body.chat_id), type: 'private' }, text: visible, ...(rows.length ? { reply_markup: { inline_keyboard: rows } } : {}) } });
    }
}
