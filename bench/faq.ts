/**
 * FAQ retrieval benchmark on bench/faq-devset.jsonl (see faq-devset.README.md): top-1 accuracy
 * per language, out-of-scope rejection, the most confused topics and latency.
 * Usage: npm run bench:faq [-- --detect] [--file other.jsonl]
 *   --detect  do not pass the question's language (the retriever detects it)
 *   --sweep   also print accuracy and rejection for other confidence thresholds
 * Besides the retriever's own figures it prints what a parent gets from the bot: declined
 * questions with the right topic among those offered, and the safety check that runs before the
 * knowledge base (a fever described now is answered with the emergency advice).
 * The dev set is only measured here; it must never feed the knowledge base or the calibration.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { loadLanguageDetector } from '../src/i18n/ngrams';
import { LOCALES } from '../src/languages';
import { KnowledgeBase } from '../src/faq/knowledgeBase';
import { LexicalFaqRetriever } from '../src/faq/retriever';
import { FaqAnswerer } from '../src/faq/answerer';
import { loadOperatorConfig } from '../src/faq/operator';
import { detectRedFlag } from '../src/safety/redFlags';
import { report, sweep, type BenchItem } from './faq-report';

const Line = z.object({ id: z.string(), question: z.string(), lang: z.enum(LOCALES), topic: z.string().nullable() });

function argValue(name: string): string | undefined {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
    const file = path.resolve(argValue('--file') ?? path.join(__dirname, 'faq-devset.jsonl'));
    const detect = process.argv.includes('--detect');
    await loadLanguageDetector();
    const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
    const set = lines.map((l, n) => {
        const parsed = Line.safeParse(JSON.parse(l));
        if (!parsed.success) throw new Error(`bench/faq.ts: ${path.basename(file)} line ${n + 1}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
        return parsed.data;
    });

    let started = performance.now();
    const kb = KnowledgeBase.load();
    const retriever = LexicalFaqRetriever.fromKnowledgeBase(kb);
    const buildMs = performance.now() - started;
    // Warm-up so that the first questions do not measure the JIT.
    for (const item of set.slice(0, 20)) retriever.search(item.question, item.lang);

    const answerer = new FaqAnswerer({ kb, retriever, operator: loadOperatorConfig({}), emergencyNumber: () => undefined });
    const items: BenchItem[] = set.map((item) => {
        started = performance.now();
        const match = retriever.search(item.question, detect ? undefined : item.lang);
        const ms = performance.now() - started;
        const offered = answerer.answer(item.question, detect ? {} : { lang: item.lang }).suggestions.map((s) => s.id);
        const emergency = detectRedFlag(item.question).kind === 'emergency';
        return { id: item.id, lang: item.lang, gold: item.topic, predicted: match.topic, best: match.alternatives?.[0]?.topic ?? null, confidence: match.confidence, ms, offered, emergency };
    });
    console.log(`${path.basename(file)}: ${items.length} questions, language ${detect ? 'detected' : 'given'}; indexes built in ${buildMs.toFixed(0)} ms`);
    console.log(report(items, LOCALES));
    if (process.argv.includes('--sweep')) console.log(`trade-off:\n${sweep(items, [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9])}`);
}

void main();
