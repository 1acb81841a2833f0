import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';

/** "topics.car_t.sources[0].url": where in a JSON file a problem is. */
export function formatPath(at: readonly PropertyKey[]): string {
    return at.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** The file as shown in messages: relative to the working directory. */
export const shownPath = (file: string): string => path.relative(process.cwd(), file) || file;

/** One line per schema problem: "<file>: <json path>: <message>". */
export function issueLines(shown: string, issues: readonly z.core.$ZodIssue[]): string[] {
    return issues.map((issue) => `${shown}: ${formatPath(issue.path) || '(root)'}: ${issue.message}`);
}

/**
 * A JSON file read and checked by a schema, every problem listed: it cannot be read, it is not
 * JSON, or it breaks the schema. `raw` is the parsed JSON, for checks beyond the schema.
 */
export function readJsonFile<T>(file: string, schema: z.ZodType<T>): { data?: T; raw?: unknown; problems: string[] } {
    const shown = shownPath(file);
    let text: string;
    try {
        text = readFileSync(file, 'utf8');
    } catch (error) {
        return { problems: [`${shown}: cannot read: ${(error as Error).message}`] };
    }
    let raw: unknown;
    try {
        raw = JSON.parse(text) as unknown;
    } catch (error) {
        return { problems: [`${shown}: invalid JSON: ${(error as Error).message}`] };
    }
    const result = schema.safeParse(raw);
    return result.success ? { data: result.data, raw, problems: [] } : { raw, problems: issueLines(shown, result.error.issues) };
}

/** As readJsonFile, but the data or an Error "<caller>(): <every problem>". */
export function loadJsonFile<T>(file: string, schema: z.ZodType<T>, caller: string): T {
    const { data, problems } = readJsonFile(file, schema);
    if (problems.length > 0 || data === undefined) throw new Error(`${caller}(): ${problems.join('\n')}`);
    return data;
}
