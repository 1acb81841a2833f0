import type { TakeoverStatus } from './conversation-directory.js';

/**
 * The only moves a conversation's takeover status can make:
 * bot → requested (the parent asked for a person) → staff (a coordinator joined) → bot (hand back),
 * bot → staff (a coordinator joins unasked), requested → bot (handed back before anyone joined).
 */
const ALLOWED: Record<TakeoverStatus, readonly TakeoverStatus[]> = {
    bot: ['requested', 'staff'],
    requested: ['staff', 'bot'],
    staff: ['bot']
};

export type TakeoverErrorCode = 'not_found' | 'invalid_transition' | 'conflict' | 'not_owner' | 'delivery_failed';

/** A refused takeover operation; `code` maps to HTTP (not_found 404, delivery_failed 502, others 409). */
export class TakeoverError extends Error {
    constructor(where: string, readonly code: TakeoverErrorCode, detail: string) {
        super(`${where}: ${detail}`);
        this.name = 'TakeoverError';
    }
}

export function isAllowedTakeover(from: TakeoverStatus, to: TakeoverStatus): boolean {
    return ALLOWED[from].includes(to);
}

/** Throws a TakeoverError naming both states when the move is not allowed. */
export function assertTakeoverTransition(where: string, from: TakeoverStatus, to: TakeoverStatus): void {
    if (!isAllowedTakeover(from, to)) {
        const allowed = ALLOWED[from].join(', ');
        throw new TakeoverError(where, 'invalid_transition', `cannot change takeover status from "${from}" to "${to}" (allowed from "${from}": ${allowed})`);
    }
}
