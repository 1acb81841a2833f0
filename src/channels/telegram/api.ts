import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

/** How long one Bot API call may take. */
const CALL_TIMEOUT_MS = 10_000;
/** Telegram asks bots to slow down (429, retry_after); waits up to this long are waited out once. */
const MAX_RETRY_AFTER_S = 5;
/** A file download (within UPLOAD_MAX_MB). */
const DOWNLOAD_TIMEOUT_MS = 30_000;

export class TelegramApiError extends Error {
    constructor(readonly method: string, readonly status: number, readonly description: string) {
        super(`TelegramApi.call(): ${method} failed with ${status}`);
        this.name = 'TelegramApiError';
    }
}

/** A file as getFile describes it. */
export interface TelegramFile {
    file_id: string;
    file_size?: number;
    file_path?: string;
}

/**
 * The Bot API over HTTPS: `<base>/bot<token>/<method>` with a JSON body, answers
 * `{ ok, result }` or `{ ok: false, error_code, description }`. Files only from `<base>/file/bot<token>/<path>`.
 */
export class TelegramApi {
    private readonly origin: string;

    constructor(private readonly base: string, private readonly token: string) {
        this.origin = new URL(base).origin;
    }

    async call<T = unknown>(method: string, body: Record<string, unknown>, retried = false): Promise<T> {
        const response = await fetch(`${this.base}/bot${this.token}/${method}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
            redirect: 'error',
            signal: AbortSignal.timeout(CALL_TIMEOUT_MS)
        });
        const answer = (await response.json().catch(() => ({}))) as { ok?: boolean; result?: T; description?: string; parameters?: { retry_after?: number } };
        const wait = answer.parameters?.retry_after;
        // Several messages in one turn (a welcome) can meet Telegram's per-chat pace: wait once, then send.
        if (response.status === 429 && !retried && typeof wait === 'number' && wait <= MAX_RETRY_AFTER_S) {
            await new Promise((resolve) => setTimeout(resolve, wait * 1000));
            return this.call(method, body, true);
        }
        // The description may quote what was sent: kept on the error, never in its message (logs).
        if (!response.ok || answer.ok !== true) throw new TelegramApiError(method, response.status, String(answer.description ?? ''));
        return answer.result as T;
    }

    /**
     * The bytes of a file getFile described: only from the configured API host, no redirect
     * followed, whatever path the answer named.
     */
    async download(file: TelegramFile): Promise<Readable> {
        if (!file.file_path) throw new TelegramApiError('download', 0, 'no file_path');
        const url = new URL(`${this.base}/file/bot${this.token}/${file.file_path.split('/').map(encodeURIComponent).join('/')}`);
        if (url.origin !== this.origin) throw new TelegramApiError('download', 0, 'another host');
        const response = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
        if (!response.ok || !response.body) throw new TelegramApiError('download', response.status, '');
        return Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
    }
}
