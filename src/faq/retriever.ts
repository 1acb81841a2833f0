import { detectLanguage } from '../i18n/detect';
import { hasLatin, isLatinText } from '../i18n/parsers/text';
import { languagePack, LOCALES, scriptsIn, type Locale } from '../languages';
import { CALIBRATION, confidenceOf, featuresOf, type Calibration, type MatchFeatures } from './calibration';
import { checkQuestion } from './guard';
import type { KnowledgeBase } from './knowledgeBase';
import { OUT_OF_SCOPE, OUT_OF_SCOPE_TOPIC } from './outOfScope';
import { faqDocuments } from './search/documents';
import { LanguageIndex, type IndexDoc, type TopicScore } from './search/langIndex';
import { analyze, CAR_T_NAME, spellerFor, type Analysis } from './text/analyze';
import type { Speller } from './text/speller';

export interface FaqMatch {
    /** Topic id, or null when nothing fits well enough (fallback and the offer of a human). */
    topic: string | null;
    /** Estimated probability that `topic` is right (0..1); see calibration.ts. */
    confidence: number;
    /** The language the question was matched in. */
    lang: Locale;
    /** The best topics with their mixed scores, best first (also when topic is null). */
    alternatives?: { topic: string; score: number }[];
}

export interface FaqRetriever {
    search(question: string, lang?: Locale): FaqMatch;
}

/** One language's ranking of a question, with what the confidence model needs. */
export interface Ranking {
    readonly lang: Locale;
    readonly ranked: readonly TopicScore[];
    readonly features: MatchFeatures;
    readonly confidence: number;
}

const TOP_ALTERNATIVES = 3;

/** Latin words of a question written in Latin letters, in Cyrillic ("skolko stoit" → "сколько стоит"). */
function transliterated(question: string, fromLatin: (word: string) => string): string {
    // "CAR-T" is a name in every language: kept as the Cyrillic spelling the analyser unifies with it.
    const named = question.replace(CAR_T_NAME, 'кар-т');
    return named.toLowerCase().replace(/[a-z']+/g, (word) => fromLatin(word));
}

/**
 * Lexical FAQ retrieval: per-language indexes over the knowledge base (stemmed BM25 and cosine
 * on words and character n-grams), a calibrated confidence and a threshold below which the
 * answer is "no topic". Synchronous and allocation-light: a question takes well under 20 ms.
 */
export class LexicalFaqRetriever implements FaqRetriever {
    private constructor(
        private readonly indexes: ReadonlyMap<Locale, LanguageIndex>,
        private readonly bridgedIndexes: ReadonlyMap<Locale, LanguageIndex>,
        private readonly spellers: ReadonlyMap<Locale, Speller>,
        readonly calibration: Calibration
    ) {}

    static fromKnowledgeBase(kb: KnowledgeBase, calibration: Calibration = CALIBRATION): LexicalFaqRetriever {
        const indexes = new Map<Locale, LanguageIndex>();
        const bridged = new Map<Locale, LanguageIndex>();
        const spellers = new Map<Locale, Speller>();
        let bridge: IndexDoc[] | undefined;
        for (const lang of kb.locales) {
            const docs = indexDocs(kb, lang);
            indexes.set(lang, new LanguageIndex(docs, calibration.weights));
            if (isBridged(lang)) bridged.set(lang, new LanguageIndex([...docs, ...(bridge ??= latinBridge(kb))], calibration.weights));
            const speller = knowledgeBaseSpeller(kb, lang);
            if (speller) spellers.set(lang, speller);
        }
        return new LexicalFaqRetriever(indexes, bridged, spellers, calibration);
    }

    search(question: string, lang?: Locale): FaqMatch {
        const detected = safeDetect(question);
        const fallbackLang = lang ?? detected ?? 'en';
        if (!checkQuestion(question).ok) return { topic: null, confidence: 0, lang: fallbackLang, alternatives: [] };
        const best = this.bestRanking(question, lang, detected);
        if (!best) return { topic: null, confidence: 0, lang: fallbackLang, alternatives: [] };
        const alternatives = best.ranked.slice(0, TOP_ALTERNATIVES).map((s) => ({ topic: s.topic, score: round(s.score) }));
        const accepted = best.confidence >= this.calibration.threshold && best.ranked[0] !== undefined;
        return { topic: accepted ? (best.ranked[0]?.topic ?? null) : null, confidence: round(best.confidence), lang: best.lang, alternatives };
    }

    /**
     * The requested language first; when its best match is weak, the detected language, and when
     * nothing is detected every language the script allows (Latin text may be German, English or
     * transliterated Russian). The most confident ranking wins.
     */
    bestRanking(question: string, lang?: Locale, detected: Locale | undefined = safeDetect(question)): Ranking | undefined {
        const order: Locale[] = [];
        const add = (l: Locale | undefined) => {
            if (l && this.indexes.has(l) && !order.includes(l)) order.push(l);
        };
        add(lang ?? detected);
        let best: Ranking | undefined;
        const consider = (l: Locale) => {
            const ranking = this.rank(question, l);
            if (!best || ranking.confidence > best.confidence) best = ranking;
        };
        for (const l of order) consider(l);
        if (best && best.confidence >= this.calibration.threshold) return best;
        const tried = order.length;
        add(detected);
        for (const l of scriptLanguages(question)) if (!ruledOutByLetters(question, l)) add(l);
        for (const l of order.slice(tried)) consider(l);
        return best;
    }

    /** Ranking of all topics in one language; Russian also tries Latin text transliterated. */
    rank(question: string, lang: Locale): Ranking {
        const index = (needsBridge(question, lang) ? this.bridgedIndexes.get(lang) : undefined) ?? this.indexes.get(lang);
        if (!index) throw new Error(`LexicalFaqRetriever.rank(): no index for "${lang}"`);
        let best: Ranking | undefined;
        for (const analysis of queryVariants(question, lang, this.spellers.get(lang))) {
            const all = index.score(analysis);
            const ranked = all.filter((s) => s.topic !== OUT_OF_SCOPE_TOPIC);
            const outOfScope = all.find((s) => s.topic === OUT_OF_SCOPE_TOPIC)?.score ?? 0;
            const top = ranked[0];
            const coverage = top ? index.coverage(analysis, top.topic) : 0;
            const features = featuresOf(ranked, coverage, analysis.words.length, outOfScope);
            const confidence = analysis.words.length === 0 ? 0 : confidenceOf(features, this.calibration);
            if (!best || confidence > best.confidence) best = { lang, ranked, features, confidence };
        }
        return best as Ranking;
    }
}

/** The analyses a question is searched with: as typed, and for Russian also Latin letters as Cyrillic. */
export function queryVariants(question: string, lang: Locale, speller?: Speller): Analysis[] {
    const variants = [analyze(question, lang, speller)];
    const typing = languagePack(lang).latinTyping;
    if (typing && hasLatin(question)) variants.push(analyze(transliterated(question, typing.fromLatin), lang, speller));
    return variants;
}

/**
 * A speller over one language's knowledge base and out-of-scope phrasings; none for Arabic, which
 * glues clitics to words, so that one edit often turns a word into another form of it.
 */
export function knowledgeBaseSpeller(kb: KnowledgeBase, lang: Locale): Speller | undefined {
    if (languagePack(lang).gluesClitics) return undefined;
    return spellerFor([...faqDocuments(kb, lang).map((d) => d.pageContent), ...OUT_OF_SCOPE[lang]], lang);
}

/** Index documents of one language, analysed once, with the out-of-scope pseudo-topic. */
export function indexDocs(kb: KnowledgeBase, lang: Locale): IndexDoc[] {
    const docs: IndexDoc[] = faqDocuments(kb, lang).map((doc) => ({
        topic: doc.metadata.topic,
        kind: doc.metadata.kind === 'answer' ? 'answer' : 'phrase',
        analysis: analyze(doc.pageContent, lang)
    }));
    for (const text of OUT_OF_SCOPE[lang]) docs.push({ topic: OUT_OF_SCOPE_TOPIC, kind: 'phrase', analysis: analyze(text, lang) });
    return docs;
}

/**
 * Arabic and Russian parents often write the medical term in English inside their own sentence
 * ("شو يعني antibodies", "ремиссия нет, что дальше после CAR-T"): those indexes also hold the English
 * titles and alternatives, reduced to their Latin content words, so the term counts for its topic.
 */
const isBridged = (lang: Locale) => languagePack(lang).script !== 'Latin';

/** Whether a question mixes the language's own script with Latin words (then the bridged index answers). */
export function needsBridge(question: string, lang: Locale): boolean {
    if (!isBridged(lang) || !hasLatin(question)) return false;
    return scriptsIn(question).has(languagePack(lang).script);
}

/** The English titles and alternatives, analysed as English, added to the bridged indexes. */
export function latinBridge(kb: KnowledgeBase): IndexDoc[] {
    if (!kb.locales.includes('en')) return [];
    return faqDocuments(kb, 'en')
        .filter((doc) => doc.metadata.kind !== 'answer')
        .map((doc) => ({ topic: doc.metadata.topic, kind: 'phrase' as const, analysis: analyze(doc.pageContent, 'en') }));
}

/** The languages a question may be in by its letters; those typed in Latin letters too when it has only Latin ones. */
function scriptLanguages(question: string): Locale[] {
    const scripts = scriptsIn(question);
    const latinOnly = isLatinText(question);
    return LOCALES.filter((l) => scripts.has(languagePack(l).script) || (latinOnly && languagePack(l).latinTyping !== undefined));
}

/** Letters only another language of the same script has ("і", "ї" are Ukrainian, never Russian): the question is not in this one. */
function ruledOutByLetters(question: string, lang: Locale): boolean {
    const { script, distinctiveLetters } = languagePack(lang);
    const lower = question.toLowerCase();
    if (distinctiveLetters?.test(lower)) return false;
    return LOCALES.some((other) => other !== lang && languagePack(other).script === script && languagePack(other).distinctiveLetters?.test(lower) === true);
}

function safeDetect(question: string): Locale | undefined {
    try {
        return detectLanguage(question.slice(0, 2000));
    } catch {
        return undefined;
    }
}

const round = (value: number) => Math.round(value * 1000) / 1000;
