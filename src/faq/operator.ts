import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { LOCALES, type Locale } from '../languages';
import { formatPath } from './schema';

export const DEFAULT_OPERATOR_CONFIG = path.resolve(__dirname, '../../config/operator.json');

const perLocale = z.record(z.enum(LOCALES), z.string().trim().min(1, 'must not be empty'));
// One or more short numbers, e.g. "112" or "112 / 103" (shown to the parent as written).
const emergencyNumber = z.string().regex(/^\d{2,6}( \/ \d{2,6})*$/, 'must look like "112" or "112 / 103"');

export const OperatorConfigSchema = z.object({
    /** Fills {{responseTime}}: "usually {{responseTime}}" in the answer texts. */
    responseTime: perLocale,
    /** The operator's own numbers by ISO 3166-1 alpha-2 code; they win over config/emergency-numbers.json. No default: a guessed number is worse than none. */
    emergencyNumbers: z.record(z.string().regex(/^[A-Z]{2}$/, 'keys are upper-case ISO alpha-2 codes'), emergencyNumber).default({}),
    officeHours: z.partialRecord(z.enum(LOCALES), z.string().trim().min(1)).optional(),
    /** How old a topic's medical review may be before `npm run kb:check` reports it. */
    medicalReview: z.object({ maxAgeMonths: z.number().int().min(1).max(60) }).optional()
});

export type OperatorConfig = z.infer<typeof OperatorConfigSchema>;

/** Reads the operator file from OPERATOR_CONFIG or config/operator.json; throws naming the file and path. */
export function loadOperatorConfig(env: Readonly<Record<string, string | undefined>> = process.env): OperatorConfig {
    const file = env.OPERATOR_CONFIG ? path.resolve(env.OPERATOR_CONFIG) : DEFAULT_OPERATOR_CONFIG;
    const shown = path.relative(process.cwd(), file) || file;
    let raw: unknown;
    try {
        raw = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    } catch (error) {
        throw new Error(`loadOperatorConfig(): ${shown}: ${(error as Error).message}`);
    }
    const result = OperatorConfigSchema.safeParse(raw);
    if (!result.success) {
        const lines = result.error.issues.map((issue) => `${shown}: ${formatPath(issue.path) || '(root)'}: ${issue.message}`);
        throw new Error(`loadOperatorConfig(): ${lines.join('\n')}`);
    }
    return result.data;
}


export const responseTimeFor = (config: OperatorConfig, lang: Locale): string => config.responseTime[lang];
