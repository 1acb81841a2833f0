import { emergencyNumberFor, loadEmergencyNumbers } from '../safety/emergencyNumbers';
import { FaqAnswerer } from './answerer';
import { KnowledgeBase } from './knowledgeBase';
import { LlmGroundedGenerator } from './llm/grounded';
import { createChatModel, llmSettingsFromEnv } from './llm/providers';
import { loadOperatorConfig, type OperatorConfig } from './operator';
import { LexicalFaqRetriever } from './retriever';

export { FaqAnswerer, type FaqAnswer, type FaqAnswerOptions } from './answerer';
export { KnowledgeBase, type FaqTopic } from './knowledgeBase';
export { loadOperatorConfig, type OperatorConfig } from './operator';
export { LexicalFaqRetriever, type FaqMatch, type FaqRetriever } from './retriever';
export { FaqLangChainRetriever } from './search/langchainRetriever';
export { FAQ_TOPIC_IDS, type FaqTopicId } from './topics';

export interface Faq {
    kb: KnowledgeBase;
    operator: OperatorConfig;
    retriever: LexicalFaqRetriever;
    answerer: FaqAnswerer;
    /** The ambulance number for a country: the checked table, the operator's entries first; undefined when unknown. */
    emergencyNumber: (country?: string) => string | undefined;
}

/**
 * Everything the FAQ needs, built once at start-up: the validated knowledge base, the operator
 * file, the indexes, and the answerer (with the LLM path only when FAQ_LLM_PROVIDER is set).
 */
export function createFaq(options: { env?: Readonly<Record<string, string | undefined>>; localesDir?: string } = {}): Faq {
    const env = options.env ?? process.env;
    const kb = KnowledgeBase.load(options.localesDir);
    const operator = loadOperatorConfig(env);
    const retriever = LexicalFaqRetriever.fromKnowledgeBase(kb);
    const llm = llmSettingsFromEnv(env);
    const generator = llm ? new LlmGroundedGenerator(createChatModel(llm)) : undefined;
    const numbers = loadEmergencyNumbers();
    const emergencyNumber = (country?: string) => emergencyNumberFor(numbers, operator.emergencyNumbers, country);
    return { kb, operator, retriever, emergencyNumber, answerer: new FaqAnswerer({ kb, retriever, operator, emergencyNumber, ...(generator ? { generator } : {}) }) };
}
