import type { Locale } from '../src/languages';

export interface Sample {
    x: number[];
    /** 1 when the best topic is right; 0 when it is wrong or the question is out of scope. */
    y: 0 | 1;
    negative: boolean;
    lang: Locale;
    /** How much the sample counts in the fit (1 when absent). */
    weight?: number;
    /** Held-out samples written like real questions: the threshold is chosen on these alone when there are any. */
    heldOut?: boolean;
}

/** Out-of-scope questions are few in the fit but common in chat: they get this share of the weight. */
const NEGATIVE_SHARE = 0.2;
/**
 * A wrong answer (wrong topic, or an answer to an off-topic question) costs this many times a
 * fallback to a human: a worried parent misled is worse than a parent offered a coordinator.
 */
const WRONG_ANSWER_COST = 2;
/**
 * With a held-out set the threshold must reject at least this share of its out-of-scope questions
 * (the product target is 0.90; the margin covers the set's small size), and among those
 * thresholds the one that answers most in-scope questions right is chosen.
 */
const REJECTION_TARGET = 0.925;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * L2-regularised logistic regression by gradient descent on standardised features, with
 * non-negative coefficients except for the `signed` features; returns the
 * coefficients on the raw features and the threshold of least expected cost, where a wrong
 * answer costs WRONG_ANSWER_COST and a needless fallback 1.
 */
export function fitLogistic(samples: readonly Sample[], names: readonly string[], signed: readonly string[] = []) {
    const d = names.length;
    const mean = names.map((_, j) => samples.reduce((s, x) => s + (x.x[j] ?? 0), 0) / samples.length);
    const std = names.map((_, j) => Math.sqrt(samples.reduce((s, x) => s + ((x.x[j] ?? 0) - (mean[j] ?? 0)) ** 2, 0) / samples.length) || 1);
    const z = samples.map((s) => s.x.map((v, j) => (v - (mean[j] ?? 0)) / (std[j] ?? 1)));
    const negWeight = negativeWeight(samples);
    const weight = samples.map((s) => (s.negative ? negWeight : 1) * (s.weight ?? 1));
    const total = weight.reduce((a, b) => a + b, 0);
    const w = new Array<number>(d).fill(0);
    let b = 0;
    const lambda = 1e-3;
    for (let iter = 0; iter < 3000; iter++) {
        const grad = new Array<number>(d).fill(0);
        let gb = 0;
        samples.forEach((s, i) => {
            const zi = z[i] ?? [];
            const p = sigmoid(b + zi.reduce((acc, v, j) => acc + v * (w[j] ?? 0), 0));
            const err = ((p - s.y) * (weight[i] ?? 1)) / total;
            gb += err;
            zi.forEach((v, j) => (grad[j] = (grad[j] ?? 0) + err * v));
        });
        for (let j = 0; j < d; j++) {
            const next = (w[j] ?? 0) - 0.5 * ((grad[j] ?? 0) + lambda * (w[j] ?? 0));
            // More evidence never lowers the confidence: without this, correlated features take
            // opposite signs and an exact match of a title scored below a vague one.
            w[j] = signed.includes(names[j] ?? '') ? next : Math.max(0, next);
        }
        b -= 0.5 * gb;
    }
    // Back to raw features: w·(x-m)/s + b.
    const coefficients: Record<string, number> = { bias: b - names.reduce((acc, _, j) => acc + ((w[j] ?? 0) * (mean[j] ?? 0)) / (std[j] ?? 1), 0) };
    names.forEach((name, j) => (coefficients[name] = (w[j] ?? 0) / (std[j] ?? 1)));
    const prob = samples.map((s) => sigmoid(s.x.reduce((acc, v, j) => acc + v * (coefficients[names[j] ?? ''] ?? 0), coefficients.bias ?? 0)));

    const lines: string[] = [];
    let best = { t: 0.5, cost: Infinity };
    const heldOut = samples.some((s) => s.heldOut);
    const chooseOn = heldOut ? samples.filter((s) => s.heldOut) : samples;
    const chooseProb = heldOut ? prob.filter((_, i) => samples[i]?.heldOut) : prob;
    const chooseNegWeight = negativeWeight(chooseOn);
    let bestHeldOut: { t: number; accepted: number } | undefined;
    lines.push(`threshold chosen on ${heldOut ? `the ${chooseOn.length} held-out samples` : 'all samples'}`);
    for (let t = 0.1; t <= 0.9001; t += 0.05) {
        const { accepted, rejected } = rates(chooseOn, chooseProb, t);
        const cost = expectedCost(chooseOn, chooseProb, t, chooseNegWeight);
        lines.push(`threshold ${t.toFixed(2)}: in-scope right & accepted ${accepted.toFixed(3)}, out-of-scope rejected ${rejected.toFixed(3)}, cost ${cost.toFixed(3)}`);
        if (cost < best.cost) best = { t, cost };
        if (heldOut && rejected >= REJECTION_TARGET && (!bestHeldOut || accepted > bestHeldOut.accepted)) bestHeldOut = { t, accepted };
    }
    if (bestHeldOut) {
        lines.push(`least-cost threshold ${best.t.toFixed(2)}; chosen ${bestHeldOut.t.toFixed(2)}: most right answers while rejecting ≥ ${REJECTION_TARGET} of held-out out-of-scope questions`);
        best = { t: bestHeldOut.t, cost: best.cost };
    }
    lines.push(reliability(chooseOn, chooseProb));
    return { coefficients, threshold: best.t, report: lines.join('\n') };
}

function negativeWeight(samples: readonly Sample[]): number {
    const negatives = samples.filter((s) => s.negative).length;
    const positives = samples.length - negatives;
    return negatives === 0 ? 0 : (NEGATIVE_SHARE / (1 - NEGATIVE_SHARE)) * (positives / negatives);
}

/** Per weighted question: 1 for each right answer rejected, WRONG_ANSWER_COST for each wrong one given. */
function expectedCost(samples: readonly Sample[], prob: readonly number[], t: number, negWeight: number): number {
    let cost = 0;
    let total = 0;
    samples.forEach((s, i) => {
        const w = s.negative ? negWeight : 1;
        total += w;
        const accepted = (prob[i] ?? 0) >= t;
        if (accepted && s.y === 0) cost += w * WRONG_ANSWER_COST;
        else if (!accepted && s.y === 1) cost += w;
    });
    return cost / total;
}

function rates(samples: readonly Sample[], prob: readonly number[], t: number) {
    let pos = 0;
    let acc = 0;
    let neg = 0;
    let rej = 0;
    samples.forEach((s, i) => {
        const p = prob[i] ?? 0;
        if (s.negative) {
            neg++;
            if (p < t) rej++;
        } else {
            pos++;
            if (p >= t && s.y === 1) acc++;
        }
    });
    return { accepted: acc / Math.max(1, pos), rejected: rej / Math.max(1, neg) };
}

/** Predicted versus observed share of right answers per confidence decile (in-scope questions). */
function reliability(samples: readonly Sample[], prob: readonly number[]): string {
    const bins = Array.from({ length: 10 }, () => ({ n: 0, p: 0, y: 0 }));
    samples.forEach((s, i) => {
        if (s.negative) return;
        const p = prob[i] ?? 0;
        const bin = bins[Math.min(9, Math.floor(p * 10))];
        if (!bin) return;
        bin.n++;
        bin.p += p;
        bin.y += s.y;
    });
    return ['reliability (in-scope): predicted vs observed', ...bins.filter((b) => b.n > 0).map((b) => `  ${(b.p / b.n).toFixed(2)} vs ${(b.y / b.n).toFixed(2)} (n=${b.n})`)].join('\n');
}
