import type { Placeholder } from './schema';

export type RenderValues = Readonly<Record<Placeholder, string>>;

/** Fills {{operatorName}}, {{responseTime}} and {{emergencyNumber}}; the loader already rejected unknown names. */
export function render(text: string, values: RenderValues): string {
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in values ? values[name as Placeholder] : whole));
}
