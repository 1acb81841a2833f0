import type { Locale } from '../src/languages';

export interface BenchItem {
    id: string;
    lang: Locale;
    gold: string | null;
    predicted: string | null;
    /** Best topic before the confidence threshold. */
    best: string | null;
    confidence: number;
    ms: number;
    /** Topics offered to choose from when declined. */
    offered: readonly string[];
    /** The safety check, which runs before the knowledge base in the bot, saw an emergency. */
    emergency: boolean;
}

const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${(n / d).toFixed(3)} (${n}/${d})`);

export function percentile(sorted: readonly number[], p: number): number {
    if (sorted.length === 0) return 0;
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/**
 * Accuracy, rejection, confusion and latency as text. Only ids, topics and counts are printed,
 * never question texts: whoever tunes the retriever should not read the dev set.
 */
export function report(items: readonly BenchItem[], langs: readonly Locale[]): string {
    const lines: string[] = [];
    const inScope = items.filter((i) => i.gold !== null);
    const outScope = items.filter((i) => i.gold === null);
    const right = (list: readonly BenchItem[]) => list.filter((i) => i.predicted === i.gold).length;
    lines.push(`top-1 accuracy (in scope): ${pct(right(inScope), inScope.length)}`);
    for (const lang of langs) {
        const list = inScope.filter((i) => i.lang === lang);
        lines.push(`  ${lang}: ${pct(right(list), list.length)}`);
    }
    lines.push(`out-of-scope rejection: ${pct(right(outScope), outScope.length)}`);
    for (const lang of langs) {
        const list = outScope.filter((i) => i.lang === lang);
        lines.push(`  ${lang}: ${pct(right(list), list.length)}`);
    }
    const answeredWrong = inScope.filter((i) => i.predicted !== null && i.predicted !== i.gold).length;
    const rejectedInScope = inScope.filter((i) => i.predicted === null).length;
    lines.push(`in-scope errors: ${answeredWrong} wrong topic, ${rejectedInScope} rejected (null)`);
    const rankedRight = inScope.filter((i) => i.best === i.gold).length;
    lines.push(`top-1 before the threshold (ranking only): ${pct(rankedRight, inScope.length)}`);
    lines.push(`  ${langs.map((lang) => { const list = inScope.filter((i) => i.lang === lang); return `${lang} ${(list.filter((i) => i.best === i.gold).length / Math.max(1, list.length)).toFixed(3)}`; }).join(', ')}`);
    const rejected = inScope.filter((i) => i.predicted === null);
    const offeredRight = rejected.filter((i) => i.gold !== null && i.offered.includes(i.gold)).length;
    lines.push(`declined in scope with the right topic offered: ${offeredRight} of ${rejected.length}; answered or offered: ${pct(right(inScope) + offeredRight, inScope.length)}; off-topic given an offer: ${outScope.filter((i) => i.predicted === null && i.offered.length > 0).length}`);
    const asBot = (i: BenchItem) => (i.emergency ? 'safety.emergency' : i.predicted);
    const botRight = (list: readonly BenchItem[]) => list.filter((i) => asBot(i) === i.gold).length;
    lines.push(`with the safety check first, as the bot answers: top-1 ${pct(botRight(inScope), inScope.length)}, rejection ${pct(botRight(outScope), outScope.length)}`);

    lines.push('worst topics (recall; what they were taken for):');
    const byTopic = new Map<string, BenchItem[]>();
    for (const item of inScope) byTopic.set(item.gold ?? '', [...(byTopic.get(item.gold ?? '') ?? []), item]);
    const ranked = [...byTopic].map(([topic, list]) => ({ topic, list, recall: right(list) / list.length })).sort((a, b) => a.recall - b.recall);
    for (const { topic, list, recall } of ranked.slice(0, 10)) {
        if (recall === 1) break;
        const confused = new Map<string, number>();
        for (const i of list) if (i.predicted !== i.gold) confused.set(i.predicted ?? 'null', (confused.get(i.predicted ?? 'null') ?? 0) + 1);
        const text = [...confused].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t}×${n}`).join(', ');
        lines.push(`  ${topic}: ${recall.toFixed(2)} → ${text}`);
    }
    const falseAccepts = new Map<string, number>();
    for (const i of outScope) if (i.predicted !== null) falseAccepts.set(i.predicted, (falseAccepts.get(i.predicted) ?? 0) + 1);
    if (falseAccepts.size > 0) lines.push(`out-of-scope taken for: ${[...falseAccepts].map(([t, n]) => `${t}×${n}`).join(', ')}`);

    const ms = items.map((i) => i.ms).sort((a, b) => a - b);
    lines.push(`latency per question: p50 ${percentile(ms, 50).toFixed(2)} ms, p95 ${percentile(ms, 95).toFixed(2)} ms, max ${(ms[ms.length - 1] ?? 0).toFixed(2)} ms`);
    return lines.join('\n');
}

/** In-scope accuracy and out-of-scope rejection had the threshold been t (the trade-off curve). */
export function sweep(items: readonly BenchItem[], thresholds: readonly number[]): string {
    const inScope = items.filter((i) => i.gold !== null);
    const outScope = items.filter((i) => i.gold === null);
    return thresholds
        .map((t) => {
            const acc = inScope.filter((i) => i.confidence >= t && i.best === i.gold).length / Math.max(1, inScope.length);
            const rej = outScope.filter((i) => i.confidence < t).length / Math.max(1, outScope.length);
            return `  threshold ${t.toFixed(2)}: top-1 ${acc.toFixed(3)}, rejection ${rej.toFixed(3)}`;
        })
        .join('\n');
}
