import { ApplicationSchema, type Application } from '../domain/schema.js';
import type { StoredApplication } from './application-repository.js';
import { summaryText } from './staff-summary.js';
import type { StaffTexts } from './staff-texts.js';
import type { TranscriptEntry, TranscriptRole } from './transcript.js';

export const EVENT_TYPE = 'application.submitted';

export interface TranscriptItem {
    at: string;
    role: TranscriptRole;
    text: string;
    attachments: string[];
    actions: string[];
}

/** The webhook body (Standard Webhooks' { type, timestamp, data } envelope); e-mail renders the same content. */
export interface HandoffEvent {
    type: typeof EVENT_TYPE;
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
        type: EVENT_TYPE,
        timestamp: stored.submittedAt,
        data: {
            application: stored.data,
            summary: summaryText(application, st),
            transcript: transcript.map(({ at, role, text, attachments, actions }) => ({ at, role, text, attachments, actions }))
        }
    };
    return JSON.stringify(event);
}

/** The event in a frozen body, with its application validated for rendering. */
export function parseHandoffBody(where: string, body: string): { event: HandoffEvent; application: Application } {
    let event: HandoffEvent;
    try {
        event = JSON.parse(body) as HandoffEvent;
    } catch {
        throw new PermanentDeliveryError(where, 'invalid_payload');
    }
    if (event?.type !== EVENT_TYPE || typeof event.data !== 'object' || event.data === null) {
        throw new PermanentDeliveryError(where, 'invalid_payload');
    }
    return { event, application: validApplication(where, event.data.application) };
}
