import path from 'node:path';
import { z } from 'zod';
import { loadJsonFile } from '../jsonFile';

/** The checked table of ambulance numbers, one entry per ISO 3166-1 alpha-2 code. */
export const EMERGENCY_NUMBERS_FILE = path.resolve(__dirname, '../../config/emergency-numbers.json');

/** One or more short numbers as the parent dials them: "112", "03", "103 / 112" (the operator's overrides too). */
export const DialledNumber = z.string().regex(/^\d{2,6}( \/ \d{2,6})*$/, 'must look like "112" or "103 / 112"');
const code = z.string().regex(/^[A-Z]{2}$/, 'keys are upper-case ISO alpha-2 codes');

const checked = z
    .object({
        number: DialledNumber,
        /** Keys of `sources`: at least two agree, or one is an official rule (EU 112). */
        sources: z.array(z.string().min(1)).min(1),
        note: z.string().min(1).optional()
    })
    .strict();

const unsure = z
    .object({
        /** No number is shown: the message says "your local emergency number" only. */
        number: z.null(),
        /** What the sources said (some are ordinary phone numbers), for a reviewer; never shown to a parent. */
        candidates: z.array(z.string().regex(/^\d{2,12}$/)).optional(),
        note: z.string().min(1)
    })
    .strict();

export const EmergencyNumbersSchema = z
    .object({
        $comment: z.array(z.string()).optional(),
        /** When the entries were last compared with their sources (YYYY-MM-DD). */
        checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        sources: z.record(z.string().min(1), z.object({ title: z.string().min(1), url: z.url().optional() }).strict()),
        countries: z.record(code, z.union([checked, unsure]))
    })
    .strict()
    .superRefine((table, ctx) => {
        for (const [country, entry] of Object.entries(table.countries)) {
            if (entry.number === null) continue;
            for (const source of entry.sources) {
                if (!(source in table.sources)) ctx.addIssue({ code: 'custom', path: ['countries', country, 'sources'], message: `unknown source "${source}"` });
            }
        }
    });

export type EmergencyNumberTable = z.infer<typeof EmergencyNumbersSchema>;

/** Reads and checks the table; throws naming the file and every bad entry. */
export function loadEmergencyNumbers(file: string = EMERGENCY_NUMBERS_FILE): EmergencyNumberTable {
    return loadJsonFile(file, EmergencyNumbersSchema, 'loadEmergencyNumbers');
}

/**
 * The ambulance number to show for a country (ISO alpha-2, any case), or undefined when it is
 * not known well enough: then only "your local emergency number" is said. The operator's own
 * entries (config/operator.json "emergencyNumbers", country keys only) win over the table; the
 * operator's "default" is not used here, because a guessed number is worse than none.
 */
export function emergencyNumberFor(
    table: EmergencyNumberTable,
    overrides: Readonly<Record<string, string>>,
    country: string | undefined
): string | undefined {
    const key = country?.trim().toUpperCase();
    if (!key || !/^[A-Z]{2}$/.test(key)) return undefined;
    return overrides[key] ?? table.countries[key]?.number ?? undefined;
}
