import type { OutboxChannel } from './outbox.js';

export interface DeliveryAttempt {
    /** The outbox row id: the webhook-id, stable across retries. */
    deliveryId: string;
    /** The frozen body (see payload.ts). */
    body: string;
    /** Wall-clock time of this attempt (the webhook-timestamp). */
    sentAt: Date;
}

export type DeliveryResult =
    | { ok: true }
    /** `error` is a short code for last_error; `permanent` stops retries; `retryAfterMs` is the receiver's wish. */
    | { ok: false; error: string; permanent?: boolean; retryAfterMs?: number };

/** One way of handing an application to staff (or the parent's copy to the parent). Must not throw for delivery failures; must honour its own timeout. */
export interface DeliveryChannelHandler {
    readonly channel: OutboxChannel;
    deliver(attempt: DeliveryAttempt): Promise<DeliveryResult>;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

/** A network error's code as a short, content-free failure code. */
export function networkErrorCode(err: unknown): string {
    const code = codeOf(err) ?? codeOf(err instanceof Error ? err.cause : undefined);
    switch (code) {
        case 'ECONNREFUSED':
            return 'connection_refused';
        case 'ECONNRESET':
        case 'EPIPE':
        case 'UND_ERR_SOCKET':
            return 'connection_reset';
        case 'ENOTFOUND':
        case 'EAI_AGAIN':
            return 'dns';
        case 'ETIMEDOUT':
        case 'UND_ERR_CONNECT_TIMEOUT':
        case 'UND_ERR_HEADERS_TIMEOUT':
            return 'timeout';
        case 'CERT_HAS_EXPIRED':
        case 'DEPTH_ZERO_SELF_SIGNED_CERT':
        case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
        case 'ERR_TLS_CERT_ALTNAME_INVALID':
            return 'tls';
        default:
            return 'network';
    }
}

function codeOf(err: unknown): string | undefined {
    return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : undefined;
}
