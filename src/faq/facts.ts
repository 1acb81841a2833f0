import path from 'node:path';
import { z } from 'zod';
import { readJsonFile, shownPath } from '../jsonFile';
import { SourceSchema } from './schema';

/**
 * The figures of the knowledge base: every number, date and approval an answer states lives here
 * once, with its source and the date it was last checked, and is written into every language by
 * `{{fact:<id>}}` (see formatFact.ts).
 */
export const DEFAULT_FACTS_FILE = path.resolve(__dirname, '../../knowledge/facts.json');

const isoDate = z.iso.date({ message: 'must be a date YYYY-MM-DD' });

// A fact's source is written like a topic's.
export const FactSourceSchema = SourceSchema;

const range = <T extends z.ZodType>(item: T) => z.object({ min: item, max: item });

/** Units whose sign the formatter writes (%, °C, €, feet); for the others the sentence writes the word, because languages inflect it. */
export const SIGNED_UNITS = ['percent', 'celsius', 'eur', 'feet'] as const;
export const WORD_UNITS = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'people', 'children', 'count'] as const;

const common = {
    /** What the figure means, for reviewers (not shown to parents). */
    about: z.string().trim().min(1, 'must not be empty'),
    source: z.string().trim().min(1, 'must name a source'),
    checked: isoDate
};

const NumberFact = z.object({
    ...common,
    unit: z.enum([...SIGNED_UNITS, ...WORD_UNITS]),
    value: z.union([z.number(), range(z.number())]),
    /** "compact" writes 37000000 as "37 million" in each language. */
    notation: z.enum(['compact']).optional()
});

/** "9 in 10": the words between the numbers come from the language's `formats.ratio`. */
const RatioFact = z.object({ ...common, unit: z.literal('ratio'), value: z.object({ part: z.number().int().positive(), whole: z.number().int().positive() }) });

const DateFact = z.object({ ...common, unit: z.literal('date'), value: z.union([isoDate, range(isoDate)]), precision: z.enum(['day', 'month', 'year']) });

/** A figure written the same in every language, e.g. "10⁻⁴". */
const NotationFact = z.object({ ...common, unit: z.literal('notation'), value: z.string().trim().min(1) });

export const FactSchema = z.discriminatedUnion('unit', [NumberFact, RatioFact, DateFact, NotationFact]);

export const FactsFileSchema = z.object({
    sources: z.record(z.string().regex(/^[a-z0-9_]+$/, 'source ids are lower_snake_case'), FactSourceSchema),
    facts: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/, 'fact ids are lower_snake_case'), FactSchema)
});

export type Fact = z.infer<typeof FactSchema>;
export type FactSource = z.infer<typeof FactSourceSchema>;
export type FactsFile = z.infer<typeof FactsFileSchema>;

/** A fact together with its resolved source. */
export type ResolvedFact = Fact & { readonly id: string; readonly sourceRef: FactSource };

export class Facts {
    private constructor(private readonly byId: ReadonlyMap<string, ResolvedFact>) {}

    static fromFile(data: FactsFile): Facts {
        return new Facts(new Map(Object.entries(data.facts).map(([id, fact]) => [id, { ...fact, id, sourceRef: data.sources[fact.source] as FactSource }])));
    }

    get(id: string): ResolvedFact | undefined {
        return this.byId.get(id);
    }

    get ids(): string[] {
        return [...this.byId.keys()];
    }

    all(): ResolvedFact[] {
        return [...this.byId.values()];
    }
}

/**
 * Reads and validates the facts file. Problems are returned as "<file>: <json path>: <message>"
 * (not thrown), so the knowledge-base loader and `kb:check` can list them with their own.
 */
export function readFacts(file: string = DEFAULT_FACTS_FILE): { facts?: Facts; problems: string[] } {
    const { data, raw, problems } = readJsonFile(file, FactsFileSchema);
    // Checked on the raw data as well, so one run lists every problem.
    if (raw !== undefined) problems.push(...unknownSources(raw).map((p) => `${shownPath(file)}: ${p}`));
    return problems.length > 0 || data === undefined ? { problems } : { facts: Facts.fromFile(data), problems };
}

/** "facts.<id>.source: unknown source" for each fact naming a source the file does not list. */
function unknownSources(raw: unknown): string[] {
    const file = raw as { sources?: unknown; facts?: unknown } | null;
    const sources = typeof file?.sources === 'object' && file.sources !== null ? file.sources : {};
    const facts = typeof file?.facts === 'object' && file.facts !== null ? (file.facts as Record<string, { source?: unknown }>) : {};
    return Object.entries(facts)
        .filter(([, fact]) => typeof fact?.source === 'string' && !(fact.source in sources))
        .map(([id, fact]) => `facts.${id}.source: unknown source "${String(fact.source)}"`);
}
