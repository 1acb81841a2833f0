import { expect } from 'vitest';
import type { Locale } from '../../src/languages';
import type { ParseContext, ParseFailure, ParseResult } from '../../src/i18n/parsers/types';

/** Fixed "today" for every parser test: 15 November 2026. */
export const TODAY = new Date('2026-11-15T12:00:00Z');
export const ctxFor = (locale: Locale): ParseContext => ({ locale, today: TODAY });

/** Expected outcome in a table: a value, or the failure reason. */
export type Expected<T> = T | { fail: ParseFailure };
export const no = (reason: ParseFailure): { fail: ParseFailure } => ({ fail: reason });

function isFailure<T>(expected: Expected<T>): expected is { fail: ParseFailure } {
    return typeof expected === 'object' && expected !== null && !Array.isArray(expected) && 'fail' in expected;
}

/** The value or failure only; `hedged` and `detail` are asserted where a table names them (expectExtras). */
export function expectResult<T>(result: ParseResult<T>, expected: Expected<T>): void {
    if (isFailure(expected)) expect(result).toEqual({ ok: false, reason: expected.fail });
    else expect(result.ok ? { ok: true, value: result.value } : result).toEqual({ ok: true, value: expected });
}

/** What a found value carries besides itself: the parent's doubt and the words kept for staff. */
export interface Extras {
    hedged?: boolean;
    detail?: string;
}

export function expectExtras<T>(result: ParseResult<T>, extras: Extras): void {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.hedged ?? false).toBe(extras.hedged ?? false);
    expect(result.detail).toBe(extras.detail);
}
