import { FakeListChatModel } from '@langchain/core/utils/testing';
import { describe, expect, it } from 'vitest';
import { FaqAnswerer } from '../../src/faq/answerer';
import { KnowledgeBase } from '../../src/faq/knowledgeBase';
import { checkGrounding, LlmGroundedGenerator, stripCitations } from '../../src/faq/llm/grounded';
import { llmSettingsFromEnv } from '../../src/faq/llm/providers';
import { loadOperatorConfig } from '../../src/faq/operator';
import { LexicalFaqRetriever } from '../../src/faq/retriever';

const kb = KnowledgeBase.load();
const retriever = LexicalFaqRetriever.fromKnowledgeBase(kb);
const operator = loadOperatorConfig({});
const options = { lang: 'en' as const, operatorName: 'Test Care' };
const question = 'how do we get a medical visa for the treatment';

function answererWith(...responses: string[]) {
    const model = new FakeListChatModel({ responses });
    return new FaqAnswerer({ kb, retriever, operator, emergencyNumber: () => undefined, generator: new LlmGroundedGenerator(model) });
}

describe('grounded LLM answers (FakeListChatModel, no network)', () => {
    it('accepts an answer that cites a retrieved passage and lists that passage\'s sources', async () => {
        const result = await answererWith('The hospital sends an invitation letter, which you take to the embassy [P1].').generate(question, options);
        expect(result.topic).toBe('abroad.visa');
        expect(result.generated).toBe(true);
        expect(result.answer).toBe('The hospital sends an invitation letter, which you take to the embassy.');
        expect(result.sources).toEqual(kb.topic('en', 'abroad.visa')?.sources);
    });

    it('refuses an answer that cites nothing and falls back to the extractive answer', async () => {
        const extractive = answererWith().answer(question, options);
        const result = await answererWith('Just book a flight, visas are easy.').generate(question, options);
        expect(result.generated).toBeUndefined();
        expect(result).toEqual(extractive);
    });

    it('refuses citations of passages that were not retrieved, and NO_ANSWER', async () => {
        const invented = await answererWith('Visas take one day [P7].').generate(question, options);
        expect(invented.generated).toBeUndefined();
        const declined = await answererWith('NO_ANSWER').generate(question, options);
        expect(declined.generated).toBeUndefined();
        expect(declined.topic).toBe('abroad.visa');
    });

    it('does not call the model when no topic matched', async () => {
        const result = await answererWith('Sunny, 25 degrees [P1].').generate('what is the weather in rome tomorrow', options);
        expect(result.topic).toBeNull();
        expect(result.generated).toBeUndefined();
        expect(result.answer).toBe(kb.language('en').fallback);
    });

    it('checks citations', () => {
        const passages = [{ id: 'P1', topic: 'abroad.visa', title: 't', text: 'x' }];
        expect(checkGrounding('Yes [P1].', passages)).toEqual({ ok: true, text: 'Yes [P1].', cited: ['P1'] });
        expect(checkGrounding('Yes.', passages)).toMatchObject({ ok: false, reason: 'no_citation' });
        expect(checkGrounding('Yes [P1][P2].', passages)).toMatchObject({ ok: false, reason: 'unknown_citation', detail: 'P2' });
        expect(checkGrounding('  ', passages)).toMatchObject({ ok: false, reason: 'empty' });
        expect(stripCitations('One [P1]. Two [P2] , three.')).toBe('One. Two, three.');
    });
});

describe('LLM settings', () => {
    it('are off unless FAQ_LLM_PROVIDER is set', () => {
        expect(llmSettingsFromEnv({})).toBeUndefined();
        expect(llmSettingsFromEnv({ FAQ_LLM_PROVIDER: '' })).toBeUndefined();
    });

    it('read provider, model, base URL and key', () => {
        expect(llmSettingsFromEnv({ FAQ_LLM_PROVIDER: 'ollama', FAQ_LLM_MODEL: 'qwen2.5' })).toEqual({ provider: 'ollama', model: 'qwen2.5' });
        expect(llmSettingsFromEnv({ FAQ_LLM_PROVIDER: 'openai', FAQ_LLM_API_KEY: 'sk-test', FAQ_LLM_BASE_URL: 'https://llm.example.com/v1' })).toEqual({
            provider: 'openai',
            model: 'gpt-4o-mini',
            baseUrl: 'https://llm.example.com/v1',
            apiKey: 'sk-test'
        });
    });

    it('fail fast on an unknown provider or a missing OpenAI key', () => {
        expect(() => llmSettingsFromEnv({ FAQ_LLM_PROVIDER: 'claude' })).toThrow(/^llmSettingsFromEnv\(\): FAQ_LLM_PROVIDER/);
        expect(() => llmSettingsFromEnv({ FAQ_LLM_PROVIDER: 'openai' })).toThrow(/FAQ_LLM_API_KEY/);
    });
});
