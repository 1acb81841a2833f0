import { randomUUID } from 'node:crypto';

/** Where an application is delivered; one outbox row per application and channel. */
export const DELIVERY_CHANNELS = ['webhook', 'email'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];
/**
 * The parent's own copy of their application, by e-mail: an outbox row like a staff delivery (so
 * it is retried), but never announced to staff and removed with the application on erasure.
 */
export const PARENT_COPY_CHANNEL = 'parent_email';
export type OutboxChannel = DeliveryChannel | typeof PARENT_COPY_CHANNEL;

/** What an outbox row announces: a new application, or that a delivered one was erased ("delete my data"). */
export const SUBMITTED_EVENT = 'application.submitted';
export const ERASED_EVENT = 'application.erased';
export type OutboxEvent = typeof SUBMITTED_EVENT | typeof ERASED_EVENT;

export const OUTBOX_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** What staff (and the inbox) see of one delivery; no content, only state. */
export interface DeliveryInfo {
    /** The delivery id: also the webhook-id header, stable across retries. */
    id: string;
    applicationId: string;
    channel: string;
    status: OutboxStatus;
    attempts: number;
    /** ISO-8601 UTC; null once delivered or failed. While an attempt runs it is the claim's lease end. */
    nextAttemptAt: string | null;
    createdAt: string;
    deliveredAt: string | null;
    lastAttemptAt: string | null;
    /** A short code such as 'http_500', 'timeout', 'smtp_550', 'redirect'; never a response body. */
    lastError: string | null;
}

/** A row this worker holds a lease on; attempts already counts the attempt about to be made. */
export interface ClaimedDelivery {
    id: string;
    event: OutboxEvent;
    /** Null for an erasure notice: its application is gone and its payload was written with it. */
    applicationId: string | null;
    channel: string;
    attempts: number;
    createdAt: Date;
    /** The frozen body of earlier attempts, if any. */
    payload: string | null;
    claimToken: string;
}

export type DeliveryOutcome =
    | { kind: 'delivered'; at: Date }
    | { kind: 'retry'; at: Date; error: string; nextAttemptAt: Date }
    | { kind: 'failed'; at: Date; error: string };

export interface ClaimRequest {
    now: Date;
    limit: number;
    /** The claim's lease: the row becomes due again at this time if the worker dies mid-attempt. */
    leaseUntil: Date;
    token: string;
}

/** Outbox persistence, identical on SQLite and PostgreSQL. Times are passed in, never read from the database clock. */
export interface OutboxStore {
    /** Atomically leases up to `limit` due pending rows (oldest due first) and counts the attempt. */
    claimDue(request: ClaimRequest): Promise<ClaimedDelivery[]>;
    /** Stores the body unless one is already stored; resolves to the stored body (first writer wins). */
    freezePayload(id: string, token: string, payload: string): Promise<string | undefined>;
    /** Records an attempt's outcome; false if the claim was lost (lease expired and re-claimed, or row deleted). */
    recordOutcome(id: string, token: string, outcome: DeliveryOutcome): Promise<boolean>;
    /** Makes a failed or idle pending row due at `now`; false if delivered, in flight or unknown. */
    retryNow(id: string, now: Date): Promise<boolean>;
    /** Deliveries of one application, by channel. */
    deliveriesFor(applicationId: string): Promise<DeliveryInfo[]>;
    /** Queues one more row for an application (the parent's copy); false if that channel already has one. */
    enqueue(row: NewOutboxRow): Promise<boolean>;
}

export interface NewOutboxRow {
    id: string;
    event: OutboxEvent;
    applicationId: string | null;
    channel: OutboxChannel;
    createdAt: string;
    /** Set only for an erasure notice (see erasure.ts); an application's body is frozen on its first attempt. */
    payload: string | null;
}

/** Validated, de-duplicated channels in a stable order; throws before any database work. */
export function toDeliveryChannels(where: string, deliveries: readonly string[] | undefined): DeliveryChannel[] {
    if (deliveries === undefined) return [];
    if (!Array.isArray(deliveries)) throw new Error(`${where}: deliveries must be an array`);
    for (const channel of deliveries) {
        if (!isDeliveryChannel(channel)) {
            throw new Error(`${where}: unknown delivery channel "${String(channel)}"`);
        }
    }
    return DELIVERY_CHANNELS.filter((c) => deliveries.includes(c));
}

export function outboxRows(applicationId: string, createdAt: string, channels: readonly DeliveryChannel[]): NewOutboxRow[] {
    return channels.map((channel) => ({ id: randomUUID(), event: SUBMITTED_EVENT, applicationId, channel, createdAt, payload: null }));
}

export function isDeliveryChannel(value: string): value is DeliveryChannel {
    return (DELIVERY_CHANNELS as readonly string[]).includes(value);
}

export function toOutboxEvent(where: string, value: string): OutboxEvent {
    if (value === SUBMITTED_EVENT || value === ERASED_EVENT) return value;
    throw new Error(`${where}: unexpected outbox event`);
}

export function isOutboxStatus(value: string): value is OutboxStatus {
    return (OUTBOX_STATUSES as readonly string[]).includes(value);
}
