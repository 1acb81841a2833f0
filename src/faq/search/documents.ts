import { Document } from '@langchain/core/documents';
import type { Locale } from '../../languages';
import type { KnowledgeBase } from '../knowledgeBase';

export interface FaqDocMetadata {
    topic: string;
    lang: Locale;
    kind: 'title' | 'alternative' | 'answer';
}

/**
 * The knowledge base as LangChain documents: one per phrasing (title, each alternative) and
 * one per answer (answer + "more"), which the index weighs lower than the phrasings.
 */
export function faqDocuments(kb: KnowledgeBase, lang: Locale): Document<FaqDocMetadata>[] {
    const docs: Document<FaqDocMetadata>[] = [];
    for (const topic of kb.language(lang).topics.values()) {
        const meta = (kind: FaqDocMetadata['kind']) => ({ topic: topic.id, lang, kind });
        docs.push(new Document({ id: `${lang}:${topic.id}:title`, pageContent: topic.title, metadata: meta('title') }));
        topic.alternatives.forEach((text, i) =>
            docs.push(new Document({ id: `${lang}:${topic.id}:alt${i}`, pageContent: text, metadata: meta('alternative') }))
        );
        const body = [topic.answer, topic.more ?? ''].join(' ').replace(/\{\{\s*\w+\s*\}\}/g, ' ');
        docs.push(new Document({ id: `${lang}:${topic.id}:answer`, pageContent: body, metadata: meta('answer') }));
    }
    return docs;
}
