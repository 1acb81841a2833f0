import { z } from 'zod';

/** Placeholders the renderer fills; any other `{{name}}` in a text is a typo and fails loading. */
export const PLACEHOLDERS = ['operatorName', 'responseTime', 'emergencyNumber'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export const MIN_ALTERNATIVES = 10;

const knownPlaceholders = (text: string) =>
    [...text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].every((m) => (PLACEHOLDERS as readonly string[]).includes(m[1] ?? ''));

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
    fallback: z.object({ text })
});

export type FaqFile = z.infer<typeof FaqFileSchema>;
export type TopicEntry = z.infer<typeof TopicSchema>;
export type Source = z.infer<typeof SourceSchema>;

/** "topics.abroad.visa.sources[0].url" from a zod issue path. */
export function formatPath(path: readonly PropertyKey[]): string {
    return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}
