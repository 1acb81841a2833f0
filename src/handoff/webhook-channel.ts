import { Webhook } from 'standardwebhooks';
import { DEFAULT_TIMEOUT_MS, networkErrorCode, type DeliveryAttempt, type DeliveryChannelHandler, type DeliveryResult } from './channel.js';

export interface WebhookChannelOptions {
    url: string;
    /** `whsec_<base64>`: the HMAC key is the base64-decoded part. */
    secret: string;
    timeoutMs?: number;
    fetch?: typeof fetch;
}

/**
 * Standard Webhooks delivery: POST of the frozen body with webhook-id / webhook-timestamp /
 * webhook-signature. Any 2xx is success. Redirects are not followed ('redirect'): the spec asks
 * senders to have the URL fixed instead. 410 Gone means the receiver wants no more webhooks, so
 * retrying is pointless: the delivery fails at once (and alerts). Retry-After is passed on.
 */
export class WebhookChannel implements DeliveryChannelHandler {
    readonly channel = 'webhook' as const;
    private readonly signer: Webhook;
    private readonly timeoutMs: number;
    private readonly fetch: typeof fetch;

    constructor(private readonly options: WebhookChannelOptions) {
        if (!/^https?:\/\//i.test(options.url)) throw new Error('WebhookChannel(): url must be http(s)');
        if (!options.secret.startsWith('whsec_')) throw new Error('WebhookChannel(): secret must start with whsec_');
        this.signer = new Webhook(options.secret);
        this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        this.fetch = options.fetch ?? globalThis.fetch;
    }

    async deliver({ deliveryId, body, sentAt }: DeliveryAttempt): Promise<DeliveryResult> {
        const headers = {
            'content-type': 'application/json',
            'user-agent': 'leukemia-intake-bot/handoff',
            'webhook-id': deliveryId,
            'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
            'webhook-signature': this.signer.sign(deliveryId, sentAt, body)
        };
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), this.timeoutMs);
        try {
            const response = await this.fetch(this.options.url, { method: 'POST', headers, body, redirect: 'manual', signal: controller.signal });
            // The body is never read: it is not needed and could be large or quote our data back.
            await response.body?.cancel().catch(() => undefined);
            const status = response.status;
            if (status >= 200 && status < 300) return { ok: true };
            if ((status >= 300 && status < 400) || response.type === 'opaqueredirect') return { ok: false, error: 'redirect' };
            if (status === 410) return { ok: false, error: 'http_410', permanent: true };
            const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), sentAt);
            return { ok: false, error: `http_${status}`, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
        } catch (err) {
            return { ok: false, error: controller.signal.aborted ? 'timeout' : networkErrorCode(err) };
        } finally {
            clearTimeout(timer);
        }
    }
}

/** Retry-After as delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: Date): number | undefined {
    if (!value) return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
    const at = Date.parse(trimmed);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}
