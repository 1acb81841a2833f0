import { randomUUID } from 'node:crypto';
import pino, { type Logger } from 'pino';
import { REFERENCE_ALPHABET } from '../../../src/domain/reference.js';
import { ApplicationSchema, type Application } from '../../../src/domain/schema.js';
import type { ApplicationRepository, InsertOptions } from '../../../src/handoff/application-repository.js';

export const T0 = new Date('2025-03-01T10:00:00.000Z');
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const at = (offsetMs: number): Date => new Date(T0.getTime() + offsetMs);

/** Synthetic data only. Free text in Russian, so "stays as typed" is visible in any staff language. */
export const CHILD_NAME = 'Маша';
export const NOTES = 'Блинатумомаб в декабре <без> осложнений & "хорошо".';
export const CONTACT_EMAIL = 'anna.test@example.org';
export const FLAG_MESSAGE = "The child's situation may be outside the approved use of CD19 CAR-T cell therapy.";

/** A complete application that passes ApplicationSchema (9 years old at T0, ALL, urgency asap). */
export function makeApplication(overrides: Partial<Application> = {}): Application {
    return ApplicationSchema.parse({
        id: randomUUID(),
        reference: 'K7Q-4M2',
        submittedAt: T0.toISOString(),
        locale: 'ru',
        channel: 'webchat',
        consent: { dataProcessing: true },
        child: { firstName: CHILD_NAME, birthDate: '2015-06-10', sex: 'female', weightKg: 27.5, countryOfResidence: 'KZ', citizenship: 'KZ' },
        diagnosis: { leukemiaType: 'ALL', allLineage: 'B', diagnosisDate: '2023-02', geneticMarkers: ['ETV6-RUNX1'], cnsInvolvement: false },
        status: { diseaseState: 'relapse', relapseCount: 1, lastRelapseDate: '2024-11', mrd: 'positive', location: 'hospital', activityLevel: 'minor_restriction' },
        treatments: { chemotherapy: true, chemoProtocol: 'AIEOP-BFM_ALL_2017', hsct: false, carT: false, antibodies: ['blinatumomab'], radiotherapy: 'unknown', notes: NOTES },
        documents: { available: ['discharge_summary', 'mrd_report'] },
        request: { goal: 'car_t', preferredCountries: ['DE'], urgency: 'asap', needsVisa: true, payer: 'charity' },
        contact: { name: 'Анна Тестова', relationship: 'mother', email: CONTACT_EMAIL, phone: '+77011234567', preferredChannel: 'whatsapp', languages: ['ru'] },
        flags: [{ code: 'outside_car_t_label', message: FLAG_MESSAGE }],
        completeness: { score: 0.93, missing: ['child.heightCm', 'treatments.radiotherapy'] },
        ...overrides
    });
}

/** Distinct valid references: "AAA-AA2", "AAA-AA3", … */
export function referenceFor(i: number): string {
    const n = REFERENCE_ALPHABET.length;
    return `AAA-A${REFERENCE_ALPHABET.charAt(Math.floor(i / n) % n)}${REFERENCE_ALPHABET.charAt(i % n)}`;
}

/** Stores the application as SubmissionService would, with the given outbox rows. */
export async function storeApplication(
    repo: ApplicationRepository,
    app: Application,
    options: InsertOptions & { conversationId?: string } = {}
): Promise<void> {
    await repo.insert(
        { id: app.id, reference: app.reference, conversationId: options.conversationId ?? `conv-${app.id}`, channel: app.channel, locale: app.locale, submittedAt: app.submittedAt, data: app },
        options
    );
}

export type LogLine = Record<string, unknown> & { level: number; msg: string };

/** A real pino logger writing JSON lines into memory. */
export function captureLogger(): { logger: Logger; lines: LogLine[] } {
    const lines: LogLine[] = [];
    const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) });
    return { logger, lines };
}

export const PERSONAL = [CHILD_NAME, CONTACT_EMAIL, 'Анна', '+77011234567', 'Блинатумомаб'];
