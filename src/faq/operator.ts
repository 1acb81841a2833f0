import path from 'node:path';
import { z } from 'zod';
import { LOCALES, type Locale } from '../languages';
import { loadJsonFile } from '../jsonFile';
import { DialledNumber } from '../safety/emergencyNumbers';

export const DEFAULT_OPERATOR_CONFIG = path.resolve(__dirname, '../../config/operator.json');

const perLocale = z.record(z.enum(LOCALES), z.string().trim().min(1, 'must not be empty'));

export const OperatorConfigSchema = z.object({
    /** Fills {{responseTime}}: "usually {{responseTime}}" in the answer texts. */
    responseTime: perLocale,
    /** The operator's own numbers by ISO 3166-1 alpha-2 code; they win over config/emergency-numbers.json. No default: a guessed number is worse than none. */
    emergencyNumbers: z.record(z.string().regex(/^[A-Z]{2}$/, 'keys are upper-case ISO alpha-2 codes'), DialledNumber).default({}),
    officeHours: z.partialRecord(z.enum(LOCALES), z.string().trim().min(1)).optional(),
    /** How old a topic's medical review may be before `npm run kb:check` reports it. */
    medicalReview: z.object({ maxAgeMonths: z.number().int().min(1).max(60) }).optional()
});

export type OperatorConfig = z.infer<typeof OperatorConfigSchema>;

/** Reads the operator file from OPERATOR_CONFIG or config/operator.json; throws naming the file and path. */
export function loadOperatorConfig(env: Readonly<Record<string, string | undefined>> = process.env): OperatorConfig {
    return loadJsonFile(env.OPERATOR_CONFIG ? path.resolve(env.OPERATOR_CONFIG) : DEFAULT_OPERATOR_CONFIG, OperatorConfigSchema, 'loadOperatorConfig');
}


export const responseTimeFor = (config: OperatorConfig, lang: Locale): string => config.responseTime[lang];
