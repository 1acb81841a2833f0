import type { Analysis } from '../text/analyze';

/** One searchable text of a topic: a phrasing (title or alternative) or the answer. */
export interface IndexDoc {
    readonly topic: string;
    readonly kind: 'phrase' | 'answer';
    readonly analysis: Analysis;
}

/**
 * The signals compared per topic: BM25 of the question's stems over the topic's phrasings
 * (bm25) and over its answer (answer), BM25 of character n-grams over phrasings and answer
 * (gramTopic), BM25 of stem pairs over phrasings (bigram), and the best cosine with a single
 * phrasing on stems (word) and n-grams (gram), and the largest share of the question's idf mass
 * that one phrasing contains (contain: a short question inside a longer phrasing still counts whole).
 */
export const SIGNALS = ['bm25', 'word', 'gram', 'answer', 'gramTopic', 'bigram', 'contain'] as const;
export type Signal = (typeof SIGNALS)[number];

/** How the signals are mixed; fitted on the knowledge base (see calibration.ts). */
export type MixWeights = Readonly<Record<Signal, number>>;

export type TopicScore = Readonly<Record<Signal, number>> & { readonly topic: string; readonly score: number };

const K1 = 1.2;
const B = 0.75;

type Postings = Map<string, number[]>; // term → [slot, value, slot, value, …]

function counts(items: readonly string[]): Map<string, number> {
    const map = new Map<string, number>();
    for (const item of items) map.set(item, (map.get(item) ?? 0) + 1);
    return map;
}

function push(postings: Postings, term: string, slot: number, value: number): void {
    const list = postings.get(term);
    if (list) list.push(slot, value);
    else postings.set(term, [slot, value]);
}

/** Okapi BM25 over one text per topic: term → (topic, tf) postings and lengths. */
class Bm25Field {
    private readonly postings: Postings = new Map();
    private readonly lengths: Float64Array;
    private readonly avg: number;

    constructor(perTopic: readonly (readonly string[])[]) {
        this.lengths = new Float64Array(perTopic.length);
        perTopic.forEach((terms, topic) => {
            this.lengths[topic] = terms.length;
            for (const [term, tf] of counts(terms)) push(this.postings, term, topic, tf);
        });
        this.avg = Math.max(1, perTopic.reduce((sum, t) => sum + t.length, 0) / Math.max(1, perTopic.length));
    }

    /** Adds each topic's BM25 score, divided by the query's total idf so that 1 ≈ every word found once. */
    addScores(terms: readonly string[], idf: (term: string) => number, out: Float64Array): void {
        let mass = 0;
        for (const term of terms) mass += idf(term);
        if (mass === 0) return;
        for (const term of terms) {
            const list = this.postings.get(term);
            if (!list) continue;
            const weight = idf(term) / mass;
            for (let i = 0; i < list.length; i += 2) {
                const topic = list[i] ?? 0;
                const tf = list[i + 1] ?? 0;
                const norm = 1 - B + (B * (this.lengths[topic] ?? 0)) / this.avg;
                out[topic] = (out[topic] ?? 0) + (weight * tf * (K1 + 1)) / (tf + K1 * norm);
            }
        }
    }
}

/** TF-IDF cosine against every phrasing, best phrasing per topic. */
class PhraseVectors {
    private readonly postings: Postings = new Map();
    private readonly norms: Float64Array;

    constructor(
        phrases: readonly (readonly string[])[],
        private readonly phraseTopic: Int32Array,
        private readonly idf: (term: string) => number
    ) {
        this.norms = new Float64Array(phrases.length);
        phrases.forEach((terms, slot) => {
            let norm = 0;
            for (const [term, tf] of counts(terms)) {
                const w = (1 + Math.log(tf)) * idf(term);
                norm += w * w;
                push(this.postings, term, slot, w);
            }
            this.norms[slot] = Math.sqrt(norm);
        });
    }

    /** Writes per topic the largest share of the query's idf mass that a single phrasing contains. */
    bestContainment(terms: readonly string[], out: Float64Array): void {
        const unique = [...new Set(terms)];
        let mass = 0;
        for (const term of unique) mass += this.idf(term);
        if (mass === 0) return;
        const shares = new Float64Array(this.norms.length);
        for (const term of unique) {
            const list = this.postings.get(term);
            if (!list) continue;
            const share = this.idf(term) / mass;
            for (let i = 0; i < list.length; i += 2) {
                const slot = list[i] ?? 0;
                shares[slot] = (shares[slot] ?? 0) + share;
            }
        }
        for (let slot = 0; slot < shares.length; slot++) {
            const topic = this.phraseTopic[slot] ?? 0;
            if ((shares[slot] ?? 0) > (out[topic] ?? 0)) out[topic] = shares[slot] ?? 0;
        }
    }

    /** Writes max cosine per topic into out. */
    bestPerTopic(terms: readonly string[], out: Float64Array): void {
        const query = counts(terms);
        let qNorm = 0;
        const dots = new Float64Array(this.norms.length);
        for (const [term, tf] of query) {
            const w = (1 + Math.log(tf)) * this.idf(term);
            qNorm += w * w;
            const list = this.postings.get(term);
            if (!list) continue;
            for (let i = 0; i < list.length; i += 2) {
                const slot = list[i] ?? 0;
                dots[slot] = (dots[slot] ?? 0) + w * (list[i + 1] ?? 0);
            }
        }
        qNorm = Math.sqrt(qNorm);
        if (qNorm === 0) return;
        for (let slot = 0; slot < dots.length; slot++) {
            const dot = dots[slot] ?? 0;
            if (dot === 0) continue;
            const cos = dot / (qNorm * (this.norms[slot] ?? 1));
            const topic = this.phraseTopic[slot] ?? 0;
            if (cos > (out[topic] ?? 0)) out[topic] = cos;
        }
    }
}

function idfTable(docsPerTopic: readonly Set<string>[]): (term: string) => number {
    const n = docsPerTopic.length;
    const df = new Map<string, number>();
    for (const terms of docsPerTopic) for (const term of terms) df.set(term, (df.get(term) ?? 0) + 1);
    const idf = new Map<string, number>();
    for (const [term, d] of df) idf.set(term, Math.log(1 + (n - d + 0.5) / (d + 0.5)));
    // A word the knowledge base never uses weighs like the rarest one: it counts against a match.
    const unknown = Math.log(1 + (n + 0.5) / 0.5);
    return (term) => idf.get(term) ?? unknown;
}

/**
 * Everything the retriever compares a question with in one language: BM25 over each topic's
 * phrasings and over its answer, and the best cosine with a single phrasing, on words and on
 * character n-grams. Built once from analysed documents; read-only afterwards.
 */
export class LanguageIndex {
    readonly topics: readonly string[];
    readonly wordIdf: (term: string) => number;
    private readonly gramIdf: (term: string) => number;
    private readonly vocabulary: readonly Set<string>[];
    private readonly phraseBm25: Bm25Field;
    private readonly answerBm25: Bm25Field;
    private readonly gramBm25: Bm25Field;
    private readonly bigramBm25: Bm25Field;
    private readonly bigramIdf: (term: string) => number;
    private readonly wordVectors: PhraseVectors;
    private readonly gramVectors: PhraseVectors;

    constructor(docs: readonly IndexDoc[], private readonly weights: MixWeights) {
        this.topics = [...new Set(docs.map((d) => d.topic))];
        const slotOf = new Map(this.topics.map((t, i) => [t, i]));
        const phraseWords = this.topics.map((): string[] => []);
        const answerWords = this.topics.map((): string[] => []);
        const phraseGrams = this.topics.map(() => new Set<string>());
        const allGrams = this.topics.map((): string[] => []);
        const phraseBigrams = this.topics.map((): string[] => []);
        const phrases = docs.filter((d) => d.kind === 'phrase');
        for (const doc of docs) {
            const slot = slotOf.get(doc.topic) ?? 0;
            allGrams[slot]?.push(...doc.analysis.grams);
            if (doc.kind === 'phrase') {
                phraseWords[slot]?.push(...doc.analysis.words);
                phraseBigrams[slot]?.push(...doc.analysis.bigrams);
                for (const g of doc.analysis.grams) phraseGrams[slot]?.add(g);
            } else answerWords[slot]?.push(...doc.analysis.words);
        }
        this.vocabulary = this.topics.map((_, i) => new Set([...(phraseWords[i] ?? []), ...(answerWords[i] ?? [])]));
        this.wordIdf = idfTable(this.vocabulary);
        const gramIdf = idfTable(phraseGrams);
        this.gramIdf = gramIdf;
        this.phraseBm25 = new Bm25Field(phraseWords);
        this.answerBm25 = new Bm25Field(answerWords);
        this.gramBm25 = new Bm25Field(allGrams);
        this.bigramBm25 = new Bm25Field(phraseBigrams);
        this.bigramIdf = idfTable(phraseBigrams.map((b) => new Set(b)));
        const phraseTopic = Int32Array.from(phrases, (d) => slotOf.get(d.topic) ?? 0);
        this.wordVectors = new PhraseVectors(phrases.map((d) => d.analysis.words), phraseTopic, this.wordIdf);
        this.gramVectors = new PhraseVectors(phrases.map((d) => d.analysis.grams), phraseTopic, gramIdf);
    }

    /** Every topic's mixed score, best first. */
    score(query: Analysis): TopicScore[] {
        const n = this.topics.length;
        const bm25 = new Float64Array(n);
        const answer = new Float64Array(n);
        const word = new Float64Array(n);
        const gram = new Float64Array(n);
        const gramTopic = new Float64Array(n);
        const bigram = new Float64Array(n);
        const contain = new Float64Array(n);
        this.bigramBm25.addScores([...new Set(query.bigrams)], this.bigramIdf, bigram);
        const unique = [...new Set(query.words)];
        this.gramBm25.addScores([...new Set(query.grams)], this.gramIdf, gramTopic);
        this.phraseBm25.addScores(unique, this.wordIdf, bm25);
        this.answerBm25.addScores(unique, this.wordIdf, answer);
        this.wordVectors.bestPerTopic(query.words, word);
        // Zero in the current calibration; kept as a signal the fit may choose again.
        if (this.weights.contain !== 0) this.wordVectors.bestContainment(query.words, contain);
        this.gramVectors.bestPerTopic(query.grams, gram);
        const w = this.weights;
        return this.topics
            .map((topic, i) => {
                const parts = { bm25: bm25[i] ?? 0, word: word[i] ?? 0, gram: gram[i] ?? 0, answer: answer[i] ?? 0, gramTopic: gramTopic[i] ?? 0, bigram: bigram[i] ?? 0, contain: contain[i] ?? 0 };
                let score = 0;
                for (const signal of SIGNALS) score += w[signal] * parts[signal];
                return { topic, score, ...parts };
            })
            .sort((a, b) => b.score - a.score);
    }

    /** Share of the question's idf mass that a topic's vocabulary contains (0 when nothing is known). */
    coverage(query: Analysis, topic: string): number {
        const vocabulary = this.vocabulary[this.topics.indexOf(topic)];
        if (!vocabulary) return 0;
        let all = 0;
        let known = 0;
        for (const term of new Set(query.words)) {
            const idf = this.wordIdf(term);
            all += idf;
            if (vocabulary.has(term)) known += idf;
        }
        return all === 0 ? 0 : known / all;
    }
}
