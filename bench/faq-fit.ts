/**
 * Fits src/faq/calibration.json on the knowledge base and the tuning set, never on the dev set
 * (bench/faq-devset.jsonl, which only bench/faq.ts reads):
 * 1. leave-one-out: each title/alternative is removed from its language's index and searched
 *    for, as written and as a parent might type it (added context, typos, Russian in Latin);
 *    and, as near-duplicates, with context or typos against the full index;
 * 2. the tuning set (bench/faq-tuneset.jsonl, written apart from the KB and the dev set) is
 *    searched against the full index;
 * 3. the mix weights of the signals are chosen by grid search for top-1 (leave-one-out and
 *    tuning set count half each);
 * 4. a logistic model maps the best topic's features to P(correct), with the hand-written
 *    out-of-scope questions of faq-fit-data.ts and the tuning set's as negatives; the threshold
 *    is chosen on the tuning set (see faq-logistic.ts).
 * Environment: FIT_WEIGHTS='{…}' skips the grid search; FIT_ON=tune fits the logistic model on the
 * tuning set alone (how calibration.json was made); FIT_FEATURES=a,b limits its features.
 * Usage: npx tsx bench/faq-fit.ts [--write]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { romanize } from '../src/languages';
import { LOCALES, type Locale } from '../src/languages';
import { FEATURE_NAMES, featuresOf, type Calibration } from '../src/faq/calibration';
import { KnowledgeBase } from '../src/faq/knowledgeBase';
import { indexDocs, knowledgeBaseSpeller, latinBridge, needsBridge, queryVariants } from '../src/faq/retriever';
import type { Speller } from '../src/faq/text/speller';
import { OUT_OF_SCOPE_TOPIC } from '../src/faq/outOfScope';
import { faqDocuments } from '../src/faq/search/documents';
import { LanguageIndex, SIGNALS, type IndexDoc, type MixWeights, type Signal, type TopicScore } from '../src/faq/search/langIndex';
import { analyze } from '../src/faq/text/analyze';
import { CONTEXT, OUT_OF_SCOPE } from './faq-fit-data';
import { fitLogistic, type Sample } from './faq-logistic';

/** Per-topic signals of one query, so that any weight mix can be evaluated without re-searching. */
interface Observation {
    lang: Locale;
    variant: string;
    gold: number | null;
    topics: readonly string[];
    /** Signal → value per topic slot (the out-of-scope pseudo-topic is a slot too). */
    parts: Record<Signal, Float64Array>;
    oosSlot: number;
    coverage: Float64Array;
    words: number;
}

/**
 * bench/faq-tuneset.jsonl: questions written like real ones, independently of the knowledge base
 * and of the dev set. They count as much as all leave-one-out phrasings together, and the
 * threshold is chosen on them alone (leave-one-out phrasings are tidier than real questions).
 */
const TUNE = 'tune';
const TUNE_FILE = path.join(__dirname, 'faq-tuneset.jsonl');
const TUNE_SET: { id: string; question: string; lang: Locale; topic: string | null }[] = existsSync(TUNE_FILE)
    ? readFileSync(TUNE_FILE, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; question: string; lang: Locale; topic: string | null })
    : [];

const NEUTRAL = Object.fromEntries(SIGNALS.map((s) => [s, 1])) as MixWeights;

/** A deterministic pseudo-random stream, so a refit gives the same calibration. */
function random(seed: number): () => number {
    let s = seed >>> 0;
    return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** One or two typing slips in longer words: a dropped, doubled or swapped letter. */
function typos(text: string, next: () => number): string {
    const words = text.split(' ');
    const long = words.map((w, i) => [w, i] as const).filter(([w]) => [...w].length >= 5);
    for (let n = 0; n < Math.min(2, long.length); n++) {
        const pick = long[Math.floor(next() * long.length)];
        if (!pick) continue;
        const chars = [...(words[pick[1]] ?? '')];
        const at = 1 + Math.floor(next() * (chars.length - 2));
        const kind = Math.floor(next() * 3);
        if (kind === 0) chars.splice(at, 1);
        else if (kind === 1) chars.splice(at, 0, chars[at] ?? '');
        else [chars[at], chars[at + 1]] = [chars[at + 1] ?? '', chars[at] ?? ''];
        words[pick[1]] = chars.join('');
    }
    return words.join(' ');
}

/** How parents actually type a question: as written, with context around it, with typos, ASCII umlauts, Russian in Latin. */
function variantsOf(text: string, lang: Locale, i: number, next: () => number): [string, string][] {
    const context = CONTEXT[lang];
    const pick = () => context[Math.floor(next() * context.length)] ?? '';
    const one = i % 2 === 0 ? `${pick()} ${text}` : `${text}. ${pick()}`;
    const two = `${pick()} ${text}. ${pick()}`;
    const out: [string, string][] = [
        ['clean', text],
        ['context', one],
        ['context2', two],
        ['typos', typos(text, next)],
        ['context-typos', typos(one, next)]
    ];
    if (lang === 'de') out.push(['ascii', text.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')]);
    if (lang === 'ru') {
        const latin = (t: string) => t.toLowerCase().replace(/\p{Script=Cyrillic}+/gu, (w) => romanize(w));
        out.push(['latin', latin(text)], ['latin-context', latin(one)]);
    }
    return out;
}

function observe(index: LanguageIndex, speller: Speller | undefined, question: string, lang: Locale, gold: number | null, variant: string): Observation {
    // Russian in Latin letters is searched as the transliterated variant, as the retriever does.
    const variants = queryVariants(question, lang, speller);
    const analysis = variants[variants.length - 1] ?? analyze(question, lang);
    const ranked = index.score(analysis);
    const n = index.topics.length;
    const parts = Object.fromEntries(SIGNALS.map((sig) => [sig, new Float64Array(n)])) as Record<Signal, Float64Array>;
    const coverage = new Float64Array(n);
    const slot = new Map(index.topics.map((t, i) => [t, i]));
    for (const s of ranked) {
        const i = slot.get(s.topic) ?? 0;
        for (const sig of SIGNALS) parts[sig][i] = s[sig];
        coverage[i] = index.coverage(analysis, s.topic);
    }
    return { lang, variant, gold, topics: index.topics, parts, coverage, words: analysis.words.length, oosSlot: index.topics.indexOf(OUT_OF_SCOPE_TOPIC) };
}

/** Best and second topic under a weight mix, with the confidence features. */
function evaluate(o: Observation, w: MixWeights) {
    const scores: TopicScore[] = o.topics.map((topic, i) => {
        const p = Object.fromEntries(SIGNALS.map((sig) => [sig, o.parts[sig][i] ?? 0])) as Record<Signal, number>;
        let score = 0;
        for (const sig of SIGNALS) score += w[sig] * p[sig];
        return { topic, score, ...p };
    });
    const order = scores.map((_, i) => i).filter((i) => i !== o.oosSlot).sort((a, b) => (scores[b]?.score ?? 0) - (scores[a]?.score ?? 0));
    const top = order[0] ?? 0;
    const features = featuresOf(order.map((i) => scores[i] as TopicScore), o.coverage[top] ?? 0, o.words, scores[o.oosSlot]?.score ?? 0);
    return { top, features, correct: o.gold === top };
}

function collect(kb: KnowledgeBase, tuneOnly: boolean): Observation[] {
    const observations: Observation[] = [];
    for (const lang of LOCALES) {
        const started = performance.now();
        const docs = faqDocuments(kb, lang);
        // Same order as faqDocuments, plus the out-of-scope pseudo-topic at the end.
        const indexed: IndexDoc[] = indexDocs(kb, lang);
        const full = new LanguageIndex(indexed, NEUTRAL);
        const next = random(42);
        const speller = knowledgeBaseSpeller(kb, lang);
        docs.forEach((doc, i) => {
            if (doc.metadata.kind === 'answer' || tuneOnly) return;
            const index = new LanguageIndex(indexed.filter((_, j) => j !== i), NEUTRAL);
            const gold = index.topics.indexOf(doc.metadata.topic);
            for (const [variant, q] of variantsOf(doc.pageContent, lang, i, next)) observations.push(observe(index, speller, q, lang, gold, `loo-${variant}`));
            // Near-duplicates of a stored phrasing (context added, typos) are common too: searched in the full index.
            const fullGold = full.topics.indexOf(doc.metadata.topic);
            for (const [variant, q] of variantsOf(doc.pageContent, lang, i + 1, next)) {
                if (variant !== 'clean') observations.push(observe(full, speller, q, lang, fullGold, `near-${variant}`));
            }
        });
        if (!tuneOnly) for (const q of OUT_OF_SCOPE[lang]) observations.push(observe(full, speller, q, lang, null, 'negative'));
        // Questions mixing the language's script with English terms meet the bridged index, as in the retriever.
        const bridged = new LanguageIndex([...indexed, ...latinBridge(kb)], NEUTRAL);
        for (const item of TUNE_SET.filter((t) => t.lang === lang)) {
            const index = needsBridge(item.question, lang) ? bridged : full;
            const gold = item.topic === null ? null : index.topics.indexOf(item.topic);
            if (gold === -1) throw new Error(`faq-fit.ts: tuning item ${item.id} has unknown topic ${item.topic ?? ''}`);
            observations.push(observe(index, speller, item.question, lang, gold, TUNE));
        }
        console.log(`${lang}: ${docs.length} documents, ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    return observations;
}

/** Every mix of the signals in steps of `step` that sums to 1. */
function* weightGrid(step = 0.1): Generator<MixWeights> {
    const n = Math.round(1 / step);
    function* rest(k: number, left: number): Generator<number[]> {
        if (k === 1) {
            yield [left];
            return;
        }
        for (let v = 0; v <= left; v++) for (const tail of rest(k - 1, left - v)) yield [v, ...tail];
    }
    for (const parts of rest(SIGNALS.length, n)) yield Object.fromEntries(SIGNALS.map((s, i) => [s, (parts[i] ?? 0) * step])) as MixWeights;
}

/** Index of the best topic under a mix (the hot loop of the grid search: no allocation). */
function topOf(o: Observation, w: MixWeights): number {
    const columns = SIGNALS.map((sig) => [w[sig], o.parts[sig]] as const).filter(([weight]) => weight !== 0);
    let top = 0;
    let best = -Infinity;
    for (let i = 0; i < o.topics.length; i++) {
        if (i === o.oosSlot) continue;
        let s = 0;
        for (const [weight, values] of columns) s += weight * (values[i] ?? 0);
        if (s > best) {
            best = s;
            top = i;
        }
    }
    return top;
}

function breakdown(observations: readonly Observation[], w: MixWeights): string {
    const groups = new Map<string, { n: number; right: number }>();
    for (const o of observations) {
        if (o.gold === null) continue;
        for (const key of [`${o.lang}`, `${o.lang}/${o.variant}`]) {
            const g = groups.get(key) ?? { n: 0, right: 0 };
            g.n++;
            if (topOf(o, w) === o.gold) g.right++;
            groups.set(key, g);
        }
    }
    return [...groups].sort().map(([k, g]) => `  ${k}: ${(g.right / g.n).toFixed(3)} (n=${g.n})`).join('\n');
}

function bestWeights(observations: readonly Observation[]): MixWeights {
    const positives = observations.filter((o) => o.gold !== null && o.variant !== TUNE);
    const tuned = observations.filter((o) => o.gold !== null && o.variant === TUNE);
    const accuracy = (list: readonly Observation[], w: MixWeights) => {
        let right = 0;
        for (const o of list) if (topOf(o, w) === o.gold) right++;
        return right / Math.max(1, list.length);
    };
    let best: { w: MixWeights; acc: number } | undefined;
    for (const w of weightGrid()) {
        // Leave-one-out and the tuning set count half each.
        const acc = tuned.length > 0 ? (accuracy(positives, w) + accuracy(tuned, w)) / 2 : accuracy(positives, w);
        if (!best || acc > best.acc) best = { w, acc };
    }
    if (!best) throw new Error('bestWeights(): no observations');
    console.log(`leave-one-out top-1 with the best mix: ${best.acc.toFixed(3)}`, best.w);
    console.log(breakdown(observations, best.w));
    return best.w;
}

function main(): void {
    const kb = KnowledgeBase.load();
    // FIT_WEIGHTS='{"bm25":0.2,…}' skips the grid search (minutes) when only the logistic model is
    // refitted; with FIT_ON=tune as well, the leave-one-out searches are not needed at all.
    const observations = collect(kb, process.env.FIT_WEIGHTS !== undefined && process.env.FIT_ON === 'tune');
    const weights = process.env.FIT_WEIGHTS ? (JSON.parse(process.env.FIT_WEIGHTS) as MixWeights) : bestWeights(observations);
    // FIT_FEATURES=margin,coverage,… fits a smaller model (the others get coefficient 0).
    const names = process.env.FIT_FEATURES ? FEATURE_NAMES.filter((f) => process.env.FIT_FEATURES?.split(',').includes(f)) : [...FEATURE_NAMES];
    const tuneCount = observations.filter((o) => o.variant === TUNE).length;
    const tuneWeight = tuneCount === 0 || tuneCount === observations.length ? 1 : (observations.length - tuneCount) / tuneCount;
    // FIT_ON=tune fits the logistic model on the tuning set alone (questions as parents write them).
    const fitted = process.env.FIT_ON === 'tune' ? observations.filter((o) => o.variant === TUNE) : observations;
    const samples: Sample[] = fitted.map((o) => {
        const e = evaluate(o, weights);
        const heldOut = o.variant === TUNE;
        return { x: names.map((f) => e.features[f]), y: e.correct ? 1 : 0, negative: o.gold === null, lang: o.lang, weight: heldOut ? tuneWeight : 1, heldOut };
    });
    // Length is the only feature that is not evidence for the best topic: it may count either way.
    const model = fitLogistic(samples, names, ['length']);
    const { threshold, report } = model;
    const coefficients: Record<string, number> = { bias: model.coefficients.bias ?? 0 };
    for (const f of FEATURE_NAMES) coefficients[f] = model.coefficients[f] ?? 0;
    console.log(report);
    const round = (v: number) => Math.round(v * 10000) / 10000;
    const calibration: Calibration = {
        weights: Object.fromEntries(SIGNALS.map((s) => [s, round(weights[s])])) as MixWeights,
        logistic: Object.fromEntries(Object.entries(coefficients).map(([k, v]) => [k, round(v)])) as Calibration['logistic'],
        threshold: round(threshold)
    };
    console.log(JSON.stringify(calibration, null, 4));
    if (process.argv.includes('--write')) {
        const file = path.resolve(__dirname, '../src/faq/calibration.json');
        writeFileSync(file, `${JSON.stringify(calibration, null, 4)}\n`);
        console.log(`written to ${path.relative(process.cwd(), file)}`);
    }
}

main();
