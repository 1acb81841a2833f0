import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FaqAnswerer } from '../../src/faq/answerer';
import { KnowledgeBase } from '../../src/faq/knowledgeBase';
import { LlmGroundedGenerator } from '../../src/faq/llm/grounded';
import { createChatModel } from '../../src/faq/llm/providers';
import { loadOperatorConfig } from '../../src/faq/operator';
import { LexicalFaqRetriever } from '../../src/faq/retriever';

/**
 * The real provider code path (ChatOpenAI from @langchain/openai, as configured for Ollama)
 * against an OpenAI-compatible endpoint on loopback that answers with a canned completion.
 */
const kb = KnowledgeBase.load();
const retriever = LexicalFaqRetriever.fromKnowledgeBase(kb);
const operator = loadOperatorConfig({});
let server: Server;
let baseUrl: string;
let nextContent = '';
const requests: { path: string; body: { model?: string; messages?: { content?: unknown }[] } }[] = [];

beforeAll(async () => {
    server = createServer((req, res) => {
        let raw = '';
        req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
        req.on('end', () => {
            requests.push({ path: req.url ?? '', body: JSON.parse(raw || '{}') as (typeof requests)[number]['body'] });
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(
                JSON.stringify({
                    id: 'chatcmpl-test',
                    object: 'chat.completion',
                    created: 0,
                    model: 'llama3.1',
                    choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: nextContent } }],
                    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 }
                })
            );
        });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function answerer() {
    const model = createChatModel({ provider: 'ollama', model: 'llama3.1', baseUrl });
    return new FaqAnswerer({ kb, retriever, operator, emergencyNumber: () => undefined, generator: new LlmGroundedGenerator(model) });
}

describe('LLM provider over HTTP (OpenAI-compatible endpoint on loopback)', () => {
    const question = 'how do we get a medical visa for the treatment';
    const options = { lang: 'en' as const, operatorName: 'Test Care' };

    it('sends the retrieved passages to /v1/chat/completions and keeps a cited answer', async () => {
        nextContent = 'The treating hospital sends an invitation letter for the embassy [P1].';
        const result = await answerer().generate(question, options);
        expect(requests.at(-1)?.path).toBe('/v1/chat/completions');
        expect(requests.at(-1)?.body.model).toBe('llama3.1');
        const prompt = JSON.stringify(requests.at(-1)?.body.messages);
        expect(prompt).toContain('[P1]');
        expect(result).toMatchObject({ topic: 'abroad.visa', generated: true, answer: 'The treating hospital sends an invitation letter for the embassy.' });
    });

    it('falls back to the reviewed answer when the model cites nothing', async () => {
        nextContent = 'Visas are easy, just go.';
        const result = await answerer().generate(question, options);
        expect(result.generated).toBeUndefined();
        expect(result.answer).toContain(kb.topic('en', 'abroad.visa')?.answer.slice(0, 40) ?? '∅');
    });
});
