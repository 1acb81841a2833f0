import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_WINDOW_MS, DEFAULT_SCHEDULE_MS, MAX_RETRY_AFTER_MS, delayAfter, nextAttemptAt, type BackoffPolicy } from '../../src/handoff/backoff.js';
import { HOUR, MINUTE, SECOND, T0, at } from './helpers/fixtures.js';

const policy = (overrides: Partial<BackoffPolicy> = {}): BackoffPolicy => ({
    schedule: DEFAULT_SCHEDULE_MS, windowMs: DEFAULT_RETRY_WINDOW_MS, jitterRatio: 0, random: () => 0.5, ...overrides
});

describe('backoff', () => {
    it('follows Standard Webhooks: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, then 10 h again', () => {
        expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map((n) => delayAfter(n, DEFAULT_SCHEDULE_MS))).toEqual([
            5 * SECOND, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 5 * HOUR, 10 * HOUR, 10 * HOUR, 10 * HOUR, 10 * HOUR
        ]);
        expect(DEFAULT_RETRY_WINDOW_MS).toBe(72 * HOUR);
    });

    it('gives up when the next attempt would fall outside the window', () => {
        expect(nextAttemptAt(policy(), { attempts: 1, now: T0, createdAt: T0 })).toEqual(at(5 * SECOND));
        expect(nextAttemptAt(policy(), { attempts: 7, now: at(62 * HOUR), createdAt: T0 })).toEqual(at(72 * HOUR));
        expect(nextAttemptAt(policy(), { attempts: 7, now: at(62 * HOUR + 1), createdAt: T0 })).toBeNull();
    });

    it('adds up to jitterRatio of the delay, never less than the schedule', () => {
        expect(nextAttemptAt(policy({ jitterRatio: 0.1, random: () => 0.5 }), { attempts: 2, now: T0, createdAt: T0 })).toEqual(at(5 * MINUTE + 15 * SECOND));
        expect(nextAttemptAt(policy({ jitterRatio: 0.1, random: () => 0 }), { attempts: 2, now: T0, createdAt: T0 })).toEqual(at(5 * MINUTE));
    });

    it('honours a longer Retry-After, capped at a day', () => {
        expect(nextAttemptAt(policy(), { attempts: 1, now: T0, createdAt: T0, retryAfterMs: 60 * SECOND })).toEqual(at(60 * SECOND));
        expect(nextAttemptAt(policy(), { attempts: 3, now: T0, createdAt: T0, retryAfterMs: 1 * SECOND })).toEqual(at(30 * MINUTE));
        expect(nextAttemptAt(policy(), { attempts: 1, now: T0, createdAt: T0, retryAfterMs: 10 * 24 * HOUR })).toEqual(at(MAX_RETRY_AFTER_MS));
    });
});
