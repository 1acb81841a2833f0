import type { StoredApplication } from '../handoff/application-repository.js';
import type { StaffStore } from './store.js';

export const APPLICATION_STATUSES = ['new', 'in_review', 'contacted', 'accepted', 'declined', 'closed'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** new → in_review → contacted → accepted | declined → closed. Nothing else. */
const NEXT: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
    new: ['in_review'],
    in_review: ['contacted'],
    contacted: ['accepted', 'declined'],
    accepted: ['closed'],
    declined: ['closed'],
    closed: []
};

export function isApplicationStatus(value: unknown): value is ApplicationStatus {
    return typeof value === 'string' && (APPLICATION_STATUSES as readonly string[]).includes(value);
}

export function allowedNextStatuses(from: string): readonly ApplicationStatus[] {
    return isApplicationStatus(from) ? NEXT[from] : [];
}

export type StatusErrorCode = 'unknown_status' | 'invalid_transition' | 'conflict';

/** A refused status change: unknown_status → HTTP 400, invalid_transition and conflict → 409. */
export class StatusTransitionError extends Error {
    constructor(readonly code: StatusErrorCode, readonly from: string, readonly to: string, detail: string) {
        super(`changeApplicationStatus(): ${detail}`);
        this.name = 'StatusTransitionError';
    }
}

export interface StatusChange {
    from: ApplicationStatus;
    to: ApplicationStatus;
    by: string;
    at: string;
}

/**
 * The one way an application's status changes: validates the move, then writes it with a
 * compare-and-set on the current status plus a history row in one transaction (so two staff
 * clicking at once cannot both succeed from the same state).
 */
export async function changeApplicationStatus(
    store: Pick<StaffStore, 'updateStatus'>,
    application: Pick<StoredApplication, 'id' | 'status'>,
    to: string,
    by: string,
    at: Date
): Promise<StatusChange> {
    const from = application.status;
    if (!isApplicationStatus(to)) {
        throw new StatusTransitionError('unknown_status', from, to, `unknown status "${to}" (known: ${APPLICATION_STATUSES.join(', ')})`);
    }
    if (!isApplicationStatus(from) || !NEXT[from].includes(to)) {
        const allowed = allowedNextStatuses(from);
        throw new StatusTransitionError('invalid_transition', from, to, `cannot change status from "${from}" to "${to}" (allowed: ${allowed.length > 0 ? allowed.join(', ') : 'none'})`);
    }
    if (!(await store.updateStatus(application.id, from, to, by, at))) {
        throw new StatusTransitionError('conflict', from, to, `the status is no longer "${from}"; reload and try again`);
    }
    return { from, to, by, at: at.toISOString() };
}
