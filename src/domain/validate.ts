import type { DateBound, FieldSpec } from './fields';
import { getAnswer } from './draft';
import type { Answers } from './schema';

/** A domain rule an understood answer broke; each has a hint in common.json `errors.<reason>`. */
export type ValidationFailure =
    | { reason: 'out_of_range'; min: number; max: number }
    | { reason: 'not_integer' }
    | { reason: 'too_long'; max: number }
    | { reason: 'future' }
    | { reason: 'before_birth' }
    | { reason: 'before_diagnosis' }
    | { reason: 'adult' };

export const MAX_CHILD_AGE = 18;

export function todayIso(today: Date): string {
    return today.toISOString().slice(0, 10);
}

/** Whole years between a YYYY-MM-DD birth date and today. */
export function ageInYears(birthDate: string, today: Date): number {
    const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
    let age = today.getUTCFullYear() - y;
    const beforeBirthday = today.getUTCMonth() + 1 < m || (today.getUTCMonth() + 1 === m && today.getUTCDate() < d);
    if (beforeBirthday) age -= 1;
    return age;
}

/**
 * The spec's rule "age at submission < 18": a parent who answered months ago may submit after the
 * child's 18th birthday, so the date of birth is checked again when the application is sent.
 */
export function adultAtSubmission(answers: Answers, now: Date): boolean {
    const birthDate = getAnswer(answers, 'child.birthDate');
    return typeof birthDate === 'string' && isAdult(birthDate, now);
}

/** The service is for children: 18 or older on `today` is out of scope. */
function isAdult(birthDate: string, today: Date): boolean {
    return ageInYears(birthDate, today) >= MAX_CHILD_AGE;
}

function boundValue(bound: DateBound, answers: Answers, today: Date): string | undefined {
    if (bound === 'today') return todayIso(today);
    const value = getAnswer(answers, bound);
    return typeof value === 'string' ? value : undefined;
}

/** Compare dates and months at the precision of the shorter one ("2016-03" vs "2016-03-10" are equal). */
function compareAtPrecision(a: string, b: string): number {
    const length = Math.min(a.length, b.length);
    return a.slice(0, length).localeCompare(b.slice(0, length));
}

function checkDate(spec: FieldSpec, value: string, answers: Answers, today: Date): ValidationFailure | undefined {
    if (spec.notAfter) {
        const upper = boundValue(spec.notAfter, answers, today);
        if (upper && compareAtPrecision(value, upper) > 0) return { reason: 'future' };
    }
    if (spec.notBefore) {
        const lower = boundValue(spec.notBefore, answers, today);
        if (lower && compareAtPrecision(value, lower) < 0) {
            return { reason: spec.notBefore === 'child.birthDate' ? 'before_birth' : 'before_diagnosis' };
        }
    }
    if (spec.path === 'child.birthDate' && isAdult(value, today)) return { reason: 'adult' };
    return undefined;
}

/** Rules that need the field's bounds or other answers; the parsers only understand the words. */
export function validateAnswer(spec: FieldSpec, value: unknown, answers: Answers, today: Date): ValidationFailure | undefined {
    if (value === 'unknown' || value === undefined) return undefined;
    switch (spec.kind) {
        case 'number': {
            const n = value as number;
            if (spec.integer && !Number.isInteger(n)) return { reason: 'not_integer' };
            if ((spec.min !== undefined && n < spec.min) || (spec.max !== undefined && n > spec.max)) {
                return { reason: 'out_of_range', min: spec.min ?? 0, max: spec.max ?? Number.MAX_SAFE_INTEGER };
            }
            return undefined;
        }
        case 'text':
            return spec.max !== undefined && (value as string).length > spec.max ? { reason: 'too_long', max: spec.max } : undefined;
        case 'date':
        case 'month':
            return checkDate(spec, value as string, answers, today);
        default:
            return undefined;
    }
}

// Rough WHO weight-for-age medians (kg) by completed year, 0–10 y; used only to catch typos like
// "230" for 23.0 with a confirmation question, never to block. Above 10 y WHO uses BMI instead.
const MEDIAN_WEIGHT_BY_AGE = [3.3, 9.6, 12.2, 14.3, 16.3, 18.3, 20.5, 22.9, 25.4, 28.1, 31.2];

/** True when a weight is far outside what is usual for the age (ask the parent to confirm). */
export function isImplausibleWeight(weightKg: number, birthDate: string | undefined, today: Date): boolean {
    if (!birthDate) return false;
    const age = Math.max(0, ageInYears(birthDate, today));
    const median = MEDIAN_WEIGHT_BY_AGE[Math.min(age, MEDIAN_WEIGHT_BY_AGE.length - 1)] ?? 31.2;
    const upperMedian = age > 10 ? 70 : median;
    return weightKg < median * 0.4 || weightKg > upperMedian * 2.5;
}
