import { Document } from '@langchain/core/documents';
import { BaseRetriever, type BaseRetrieverInput } from '@langchain/core/retrievers';
import type { Locale } from '../../languages';
import type { KnowledgeBase } from '../knowledgeBase';
import { render, type RenderValues } from '../render';
import type { FaqRetriever } from '../retriever';

export interface FaqPassageMetadata {
    topic: string;
    lang: Locale;
    score: number;
    confidence: number;
    title: string;
}

export interface FaqLangChainRetrieverInput extends BaseRetrieverInput {
    retriever: FaqRetriever;
    kb: KnowledgeBase;
    /** Language of the passages (the conversation language). */
    lang: Locale;
    /** Placeholder values, so that passages read as the parent will see them. */
    values: RenderValues;
    /** At most this many topics… */
    k?: number;
    /** …each scoring at least this share of the best topic's score. */
    minRelativeScore?: number;
}

/**
 * The FAQ index as a LangChain retriever: `invoke(question)` returns the answers of the matched
 * topic and close runners-up as Documents, none when the question matched no topic. The grounded
 * LLM answerer consumes it like any LangChain retriever.
 */
export class FaqLangChainRetriever extends BaseRetriever<FaqPassageMetadata> {
    override lc_namespace = ['faq', 'retrievers'];
    private readonly fields: Required<Omit<FaqLangChainRetrieverInput, keyof BaseRetrieverInput>>;

    static override lc_name(): string {
        return 'FaqLangChainRetriever';
    }

    constructor(fields: FaqLangChainRetrieverInput) {
        super(fields);
        this.fields = { k: 3, minRelativeScore: 0.6, ...fields };
    }

    override async _getRelevantDocuments(query: string): Promise<Document<FaqPassageMetadata>[]> {
        const { retriever, kb, lang, values, k, minRelativeScore } = this.fields;
        const match = retriever.search(query, lang);
        if (match.topic === null) return [];
        const ranked = match.alternatives ?? [];
        const best = ranked[0]?.score ?? 0;
        const ids = [match.topic, ...ranked.filter((r) => r.score >= best * minRelativeScore).map((r) => r.topic)];
        return [...new Set(ids)].slice(0, k).flatMap((id) => {
            const topic = kb.topic(lang, id);
            if (!topic) return [];
            const score = ranked.find((r) => r.topic === id)?.score ?? 0;
            return [
                new Document<FaqPassageMetadata>({
                    id: `${lang}:${id}`,
                    pageContent: render(topic.answer, values),
                    metadata: { topic: id, lang, score, confidence: match.confidence, title: topic.title }
                })
            ];
        });
    }
}
