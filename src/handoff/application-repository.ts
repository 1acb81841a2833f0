import { generateReference, normalizeReference } from '../domain/reference.js';
import { toStorableJson } from '../storage/json.js';
import type { ErasureResult } from './erasure.js';
import type { DeliveryChannel, OutboxStore } from './outbox.js';
import type { TranscriptStore } from './transcript.js';

export interface StoredApplication {
    id: string;
    /** Canonical `XXX-XXX` form. */
    reference: string;
    conversationId: string;
    channel: string;
    locale: string;
    status: string;
    /** ISO-8601 UTC, millisecond precision. */
    submittedAt: string;
    /** The application JSON. */
    data: unknown;
}

export interface NewApplication {
    /** A UUID (the PostgreSQL column is uuid; SQLite enforces the same for parity). */
    id: string;
    reference: string;
    conversationId: string;
    channel: string;
    locale: string;
    /** Any string Date can parse; stored as ISO-8601 UTC. */
    submittedAt: string;
    data: unknown;
}

export type NewApplicationWithoutReference = Omit<NewApplication, 'reference'>;

export interface InsertOptions {
    /**
     * Channels to hand the application to: one pending outbox row each, written in the same
     * transaction as the application (both or neither). Default none.
     */
    deliveries?: readonly DeliveryChannel[];
}

export interface ListOptions {
    /** Default 50, capped at 500. */
    limit?: number;
}

export interface ApplicationRepository {
    /** Throws DuplicateReferenceError if the reference is taken: retry with a new code. */
    insert(app: NewApplication, options?: InsertOptions): Promise<void>;
    /** Generates a reference, retrying on collision, and returns the stored row. */
    insertWithUniqueReference(build: (reference: string) => NewApplicationWithoutReference, options?: InsertOptions): Promise<StoredApplication>;
    findById(id: string): Promise<StoredApplication | undefined>;
    /** Case-insensitive; tolerant of a missing dash ("k7q4m2"). */
    findByReference(reference: string): Promise<StoredApplication | undefined>;
    /** Newest submission first. */
    list(opts?: ListOptions): Promise<StoredApplication[]>;
    /**
     * "Delete my data": removes the conversation's applications with their outbox rows and status
     * history and, in the same transaction, queues an application.erased notice for each channel
     * their submission may have reached (erasure.ts).
     */
    eraseByConversation(conversationId: string, erasedAt: Date): Promise<ErasureResult>;
    /** Sibling stores on the same connection (IntakeDatabase exposes only this repository). */
    readonly outbox: OutboxStore;
    readonly transcripts: TranscriptStore;
}

export interface ApplicationRepositoryOptions {
    /** Reference generator; injectable so tests can force collisions. */
    generateReference?: () => string;
    /** Attempts before giving up on finding a free reference (default 5). */
    maxAttempts?: number;
}

export class DuplicateReferenceError extends Error {
    constructor(where: string) {
        super(`${where}: reference already exists`);
        this.name = 'DuplicateReferenceError';
    }
}

export const DEFAULT_LIST_LIMIT = 50;
export const MAX_LIST_LIMIT = 500;
const DEFAULT_MAX_ATTEMPTS = 5;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
    return typeof value === 'string' && UUID.test(value);
}

/** A NewApplication validated and converted to column values, identical for both engines. */
export interface ApplicationRow {
    id: string;
    reference: string;
    conversationId: string;
    channel: string;
    locale: string;
    submittedAt: string;
    json: string;
}

export function toApplicationRow(where: string, app: NewApplication): ApplicationRow {
    if (typeof app !== 'object' || app === null) throw new Error(`${where}: application is required`);
    if (typeof app.id !== 'string' || !UUID.test(app.id)) throw new Error(`${where}: id must be a UUID`);
    const reference = normalizeReference(app.reference);
    if (!reference) throw new Error(`${where}: reference is not a valid XXX-XXX code`);
    for (const field of ['conversationId', 'channel', 'locale'] as const) {
        if (typeof app[field] !== 'string' || app[field].length === 0) {
            throw new Error(`${where}: ${field} must be a non-empty string`);
        }
    }
    const submitted = new Date(app.submittedAt);
    if (typeof app.submittedAt !== 'string' || Number.isNaN(submitted.getTime())) {
        throw new Error(`${where}: submittedAt must be a valid date string`);
    }
    let json: string | undefined;
    try {
        json = toStorableJson(app.data);
    } catch {
        json = undefined; // The cause may quote the data: reported below without it.
    }
    if (json === undefined) throw new Error(`${where}: data must be JSON-serialisable`);
    return {
        id: app.id.toLowerCase(),
        reference,
        conversationId: app.conversationId,
        channel: app.channel,
        locale: app.locale,
        submittedAt: submitted.toISOString(),
        json
    };
}

export function clampLimit(limit: number | undefined): number {
    if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIST_LIMIT;
    return Math.min(Math.max(Math.floor(limit), 1), MAX_LIST_LIMIT);
}

/** Shared retry loop: only a reference collision is retried; any other error propagates. */
export async function insertWithRetries(
    where: string,
    repo: Pick<ApplicationRepository, 'insert' | 'findByReference'>,
    build: (reference: string) => NewApplicationWithoutReference,
    options: ApplicationRepositoryOptions,
    insertOptions: InsertOptions = {}
): Promise<StoredApplication> {
    const generate = options.generateReference ?? (() => generateReference());
    const attempts = Math.max(1, options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
    for (let attempt = 1; attempt <= attempts; attempt++) {
        const reference = generate();
        try {
            await repo.insert({ ...build(reference), reference }, insertOptions);
        } catch (err) {
            if (err instanceof DuplicateReferenceError) continue;
            throw err;
        }
        const stored = await repo.findByReference(reference);
        if (!stored) throw new Error(`${where}: inserted application could not be read back`);
        return stored;
    }
    throw new Error(`${where}: no free reference after ${attempts} attempts`);
}
