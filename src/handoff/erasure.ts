import { randomUUID } from 'node:crypto';
import { ERASED_EVENT, isDeliveryChannel, type NewOutboxRow } from './outbox.js';

/**
 * The body of an `application.erased` delivery (Standard Webhooks' { type, timestamp, data }
 * envelope): which application staff must delete their copies of. No personal data, so the
 * outbox row can hold it for the whole retry window.
 */
export interface ErasureEvent {
    type: typeof ERASED_EVENT;
    /** When the parent's data was erased. */
    timestamp: string;
    data: {
        /** The application's id (the `id` of the application JSON delivered before). */
        applicationId: string;
        /** Canonical `XXX-XXX` form, as staff know it. */
        reference: string;
        erasedAt: string;
    };
}

/** An application removed by "delete my data", with its submitted deliveries as they stood. */
export interface ErasedApplication {
    id: string;
    reference: string;
    deliveries: { channel: string; status: string; attempts: number }[];
}

export interface ErasureResult {
    /** Applications removed (their outbox rows and status history went with them). */
    applications: number;
    /** application.erased deliveries queued. */
    notices: number;
}

/**
 * Whether a submitted delivery gets an erasure notice. An attempt that failed may still have
 * reached the receiver (a timeout, a lost acknowledgement), so any attempt counts; a delivery
 * never attempted reached nobody, and is dropped without a notice.
 */
export function reachedReceiver(delivery: { status: string; attempts: number }): boolean {
    return delivery.status === 'delivered' || delivery.attempts > 0;
}

export function buildErasureBody(application: { id: string; reference: string }, erasedAt: Date): string {
    const at = erasedAt.toISOString();
    const event: ErasureEvent = { type: ERASED_EVENT, timestamp: at, data: { applicationId: application.id, reference: application.reference, erasedAt: at } };
    return JSON.stringify(event);
}

/** One application.erased row per channel the application reached, its body written now. */
export function erasureNoticeRows(applications: readonly ErasedApplication[], erasedAt: Date): NewOutboxRow[] {
    const createdAt = erasedAt.toISOString();
    return applications.flatMap((app) => {
        const payload = buildErasureBody(app, erasedAt);
        const channels = app.deliveries.filter(reachedReceiver).map((d) => d.channel);
        return [...new Set(channels)].filter(isDeliveryChannel).map((channel) => ({ id: randomUUID(), event: ERASED_EVENT, applicationId: null, channel, createdAt, payload }));
    });
}
