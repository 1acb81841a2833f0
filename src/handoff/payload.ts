import { ApplicationSchema, type Application } from '../domain/schema.js';
import { normalizeReference } from '../domain/reference.js';
import type { StoredApplication } from './application-repository.js';
import type { ErasureEvent } from './erasure.js';
import { ERASED_EVENT, SUBMITTED_EVENT } from './outbox.js';
import { summaryText } from './staff-summary.js';
import type { StaffTexts } from './staff-texts.js';
import type { TranscriptEntry, TranscriptRole } from './transcript.js';

export interface TranscriptItem {
    at: string;
    role: TranscriptRole;
    text: string;
    attachments: string[];
    actions: string[];
}

/** The webhook body (Standard Webhooks' { type, timestamp, data } envelope); e-mail renders the same content. */
export interface HandoffEvent {
    type: typeof SUBMITTED_EVENT;
    /** When the application was submitted: the event's time, not the attempt's. */
    timestamp: string;
    data: {
        /** The stored application JSON, exactly as stored (intake-spec.md). */
        application: unknown;
        /** Plain-text summary in the staff language. */
        summary: string;
        /** The conversation up to the first delivery attempt, oldest first; [] if none was recorded. */
        transcript: TranscriptItem[];
    };
}

/** A delivery that cannot succeed however often it is retried; `code` goes to last_error. */
export class PermanentDeliveryError extends Error {
    constructor(
        where: string,
        readonly code: string
    ) {
        super(`${where}: ${code}`);
        this.name = 'PermanentDeliveryError';
    }
}

export function validApplication(where: string, data: unknown): Application {
    const parsed = ApplicationSchema.safeParse(data);
    if (!parsed.success) throw new PermanentDeliveryError(where, 'invalid_application');
    return parsed.data;
}

/**
 * The exact body sent on every attempt. Built once, on the first attempt, then frozen in the
 * outbox row, so retries are byte-identical and receivers can deduplicate on webhook-id.
 */
export function buildHandoffBody(stored: StoredApplication, transcript: readonly TranscriptEntry[], st: StaffTexts): string {
    const application = validApplication('buildHandoffBody()', stored.data);
    const event: HandoffEvent = {
        type: SUBMITTED_EVENT,
        timestamp: stored.submittedAt,
        data: {
            application: stored.data,
            summary: summaryText(application, st),
            transcript: transcript.map(({ at, role, text, attachments, actions }) => ({ at, role, text, attachments, actions }))
        }
    };
    return JSON.stringify(event);
}

/** A frozen body as a channel renders it: a submission with its application validated, or an erasure notice. */
export type ParsedDeliveryBody =
    | { event: HandoffEvent; application: Application }
    | { event: ErasureEvent; application?: undefined };

export function parseDeliveryBody(where: string, body: string): ParsedDeliveryBody {
    let event: HandoffEvent | ErasureEvent;
    try {
        event = JSON.parse(body) as HandoffEvent | ErasureEvent;
    } catch {
        throw new PermanentDeliveryError(where, 'invalid_payload');
    }
    if (typeof event?.data !== 'object' || event.data === null) throw new PermanentDeliveryError(where, 'invalid_payload');
    if (event.type === SUBMITTED_EVENT) return { event, application: validApplication(where, event.data.application) };
    if (event.type === ERASED_EVENT && normalizeReference(String(event.data.reference)) === event.data.reference) return { event };
    throw new PermanentDeliveryError(where, 'invalid_payload');
}
