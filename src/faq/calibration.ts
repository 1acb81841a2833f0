import fitted from './calibration.json';
import type { MixWeights, TopicScore } from './search/langIndex';

/** What the confidence model looks at for the best topic of one question. */
export interface MatchFeatures {
    /** Mixed score of the best topic. */
    readonly score: number;
    /** Best minus second-best score: a clear winner is more often right. */
    readonly margin: number;
    /** Share of the question's idf mass the best topic's vocabulary contains. */
    readonly coverage: number;
    /** Best character n-gram cosine of that topic (robust to typos). */
    readonly gram: number;
    /** Best stem cosine with a single phrasing of that topic (near-duplicates). */
    readonly word: number;
    /** ln(1 + content words): long questions carry more unrelated words. */
    readonly length: number;
    /** Best score minus the out-of-scope pseudo-topic's (negative: the question looks off-topic). */
    readonly outOfScope: number;
    /**
     * Logarithms of score, coverage and outOfScope: near zero they fall steeply, so a long question
     * with almost no evidence for any topic ("her platelets are 40, should I skip the
     * methotrexate?") cannot be lifted over the threshold by its length alone, as in a linear model.
     */
    readonly scoreLog: number;
    readonly coverageLog: number;
    readonly outOfScopeLog: number;
}

/** Keeps the logarithms finite at zero. */
const LOG_FLOOR = 0.02;

export const FEATURE_NAMES = ['score', 'margin', 'coverage', 'gram', 'word', 'length', 'outOfScope', 'scoreLog', 'coverageLog', 'outOfScopeLog'] as const satisfies readonly (keyof MatchFeatures)[];

export interface Calibration {
    readonly weights: MixWeights;
    readonly logistic: Readonly<Record<(typeof FEATURE_NAMES)[number] | 'bias', number>>;
    /** Below this confidence the retriever answers topic null (fallback and the offer of a human). */
    readonly threshold: number;
}

/**
 * Fitted by bench/faq-fit.ts: mix weights on leave-one-out over the knowledge base's phrasings
 * and on the tuning set (bench/faq-tuneset.jsonl); the logistic model and threshold on the tuning
 * set; never on the dev set. Refit after large knowledge-base edits.
 */
export const CALIBRATION: Calibration = fitted;

/** Features of the best real topic; `ranked` excludes the out-of-scope pseudo-topic, whose score comes apart. */
export function featuresOf(ranked: readonly TopicScore[], coverage: number, words: number, outOfScopeScore: number): MatchFeatures {
    const [first, second] = ranked;
    const score = first?.score ?? 0;
    return {
        score,
        margin: score - (second?.score ?? 0),
        coverage,
        gram: first?.gram ?? 0,
        word: first?.word ?? 0,
        length: Math.log1p(words),
        outOfScope: score - outOfScopeScore,
        scoreLog: Math.log(score + LOG_FLOOR),
        coverageLog: Math.log(coverage + LOG_FLOOR),
        outOfScopeLog: Math.log(Math.max(0, score - outOfScopeScore) + LOG_FLOOR)
    };
}

/** Logistic model: the estimated probability that the best topic is the right one. */
export function confidenceOf(features: MatchFeatures, calibration: Calibration = CALIBRATION): number {
    const c = calibration.logistic;
    let z = c.bias;
    for (const name of FEATURE_NAMES) z += c[name] * features[name];
    return 1 / (1 + Math.exp(-z));
}
