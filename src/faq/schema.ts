import { z } from 'zod';

/**
 * Placeholders the renderer fills; besides them only fact and statement references
 * (`{{fact:<id>}}`, `{{statement:<id>}}`, filled when the knowledge base is loaded) are allowed,
 * so any other `{{name}}` is a typo and fails loading.
 */
export const PLACEHOLDERS = ['operatorName', 'responseTime', 'emergencyNumber'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export const MIN_ALTERNATIVES = 10;

const REFERENCE = /^(fact|statement):[a-z][a-z0-9_]*$/;
const knownPlaceholders = (text: string) =>
    [...text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].every((m) => (PLACEHOLDERS as readonly string[]).includes(m[1] ?? '') || REFERENCE.test(m[1] ?? ''));

const text = z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .refine(knownPlaceholders, { message: `unknown placeholder (allowed: ${PLACEHOLDERS.join(', ')})` });

const httpsUrl = z.string().refine(
    (value) => {
        try {
            return new URL(value).protocol === 'https:';
        } catch {
            return false;
        }
    },
    { message: 'must be an https URL' }
);

export const SourceSchema = z.object({ title: z.string().trim().min(1, 'must not be empty'), url: httpsUrl });

export const TopicSchema = z.object({
    title: text,
    answer: text,
    // Some topics have nothing beyond the short answer; an empty string means "no more".
    more: z.string().refine(knownPlaceholders, { message: 'unknown placeholder' }).optional(),
    alternatives: z.array(z.string().trim().min(1, 'must not be empty')).min(MIN_ALTERNATIVES, `needs at least ${MIN_ALTERNATIVES} alternatives`),
    related: z.array(z.string()),
    sources: z.array(SourceSchema),
    reviewed: z.iso.date({ message: 'must be a date YYYY-MM-DD' })
});

export const FaqFileSchema = z.object({
    topics: z.record(z.string().regex(/^[a-z]+\.[a-z_]+$/, 'topic ids look like "area.name"'), TopicSchema),
    fallback: z.object({ text }),
    /** Sentences several topics share (`{{statement:<id>}}`); they may cite facts but not other statements. */
    statements: z.record(
        z.string().regex(/^[a-z][a-z0-9_]*$/, 'statement ids are lower_snake_case'),
        text.refine((s) => !s.includes('{{statement:'), { message: 'a statement cannot use another statement' })
    ),
    /** The words around figures that Intl does not write, e.g. "{{part}} in {{whole}}" for "9 in 10". */
    formats: z.object({
        ratio: z.string().refine((s) => s.includes('{{part}}') && s.includes('{{whole}}') && !/\p{N}/u.test(s), { message: 'needs {{part}} and {{whole}} and no digits' }),
        /** {{emergencyNumber}} where the number for the family's country is known: "112 or the local emergency number…". */
        emergencyNumber: z.string().refine((s) => s.includes('{{number}}') && !/\p{N}/u.test(s), { message: 'needs {{number}} and no digits' }),
        /** {{emergencyNumber}} where it is not: "the local emergency number where you are". */
        localEmergencyNumber: text,
        /** {{operatorName}} when OPERATOR_NAME is not set: a phrase that fits every sentence using it. */
        unnamedOperator: text
    })
});

export type FaqFile = z.infer<typeof FaqFileSchema>;
export type TopicEntry = z.infer<typeof TopicSchema>;
export type Source = z.infer<typeof SourceSchema>;
