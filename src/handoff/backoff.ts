const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * Delay before attempt n+1 (index n = attempts made so far), after Standard Webhooks' example:
 * immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, then 10 h again until the window closes.
 */
export const DEFAULT_SCHEDULE_MS: readonly number[] = [0, 5 * SECOND, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 5 * HOUR, 10 * HOUR];
export const DEFAULT_RETRY_WINDOW_MS = 72 * HOUR;
/** A receiver's Retry-After is honoured up to this much. */
export const MAX_RETRY_AFTER_MS = 24 * HOUR;

export interface BackoffPolicy {
    schedule: readonly number[];
    /** Measured from the outbox row's creation. */
    windowMs: number;
    /** Up to this fraction of the delay is added at random, so retries of a recovering receiver spread out. */
    jitterRatio: number;
    random: () => number;
}

export function delayAfter(attempts: number, schedule: readonly number[]): number {
    const last = schedule[schedule.length - 1] ?? 0;
    return schedule[Math.max(attempts, 1)] ?? last;
}

/** When to try again after `attempts` failed attempts, or null when that would fall outside the retry window. */
export function nextAttemptAt(
    policy: BackoffPolicy,
    args: { attempts: number; now: Date; createdAt: Date; retryAfterMs?: number | undefined }
): Date | null {
    const base = delayAfter(args.attempts, policy.schedule);
    const jittered = base + Math.floor(base * policy.jitterRatio * policy.random());
    const requested = Math.min(Math.max(args.retryAfterMs ?? 0, 0), MAX_RETRY_AFTER_MS);
    const next = new Date(args.now.getTime() + Math.max(jittered, requested));
    return next.getTime() > args.createdAt.getTime() + policy.windowMs ? null : next;
}
