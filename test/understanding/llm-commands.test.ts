import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldSpec } from '../../src/domain/fields';
import { createChatModel } from '../../src/faq/llm/providers';
import { LlmCommandGenerator } from '../../src/understanding/llmCommands';
import { texts, TODAY } from '../helpers/harness';

/**
 * The provider's own code path (ChatOpenAI as configured for Ollama) against an OpenAI-compatible
 * endpoint on loopback: the open field's zod schema goes out as the response format.
 */
let server: Server;
let baseUrl: string;
let nextContent = '';
const requests: { messages: { content: string }[]; response_format?: { json_schema?: { schema?: unknown } } }[] = [];

beforeAll(async () => {
    server = createServer((req, res) => {
        let raw = '';
        req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
        req.on('end', () => {
            requests.push(JSON.parse(raw || '{}') as (typeof requests)[number]);
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(JSON.stringify({
                id: 'chatcmpl-test', object: 'chat.completion', created: 0, model: 'llama3.1',
                choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: nextContent } }],
                usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 }
            }));
        });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const ctx = {
    locale: 'en' as const, today: TODAY, t: texts().t('en'),
    answers: { consent: { dataProcessing: true }, child: { firstName: 'Mia', birthDate: '2017-05-14' } }
};

describe('LLM command generator over HTTP', () => {
    const generator = () => new LlmCommandGenerator(createChatModel({ provider: 'ollama', model: 'llama3.1', baseUrl }));

    it('sends the option codes as a JSON schema and proposes the value it gets back', async () => {
        nextContent = JSON.stringify({ kind: 'set', value: 'hospital' });
        const proposal = await generator().propose('on the ward since monday', fieldSpec('status.location'), 'unrecognized', ctx);
        expect(proposal).toEqual({ kind: 'confirm', value: 'hospital', reason: 'llm' });
        const request = requests.at(-1)!;
        expect(JSON.stringify(request.response_format?.json_schema?.schema)).toContain('["home","hospital","intensive_care"]');
        expect(request.messages.at(-1)?.content).toBe('on the ward since monday');
        expect(JSON.stringify(request.messages)).not.toContain('Mia');
    });

    it('a weight unusual for the age is asked about as such', async () => {
        nextContent = JSON.stringify({ kind: 'set', value: 95 });
        const proposal = await generator().propose('heavier than her brother', fieldSpec('child.weightKg'), 'unrecognized', ctx);
        expect(proposal).toEqual({ kind: 'confirm', value: 95, reason: 'implausible_weight' });
    });

    it('"none", a value of the wrong shape and an exclusive option with others give nothing', async () => {
        for (const output of [{ kind: 'none', value: null }, { kind: 'set', value: 'twenty' }, { kind: 'set', value: null }]) {
            nextContent = JSON.stringify(output);
            expect(await generator().propose('about as heavy as our dog', fieldSpec('child.weightKg'), 'unrecognized', ctx)).toBeUndefined();
        }
        nextContent = JSON.stringify({ kind: 'set', value: ['none', 'imaging'] });
        expect(await generator().propose('the usual papers', fieldSpec('documents.available'), 'unrecognized', ctx)).toBeUndefined();
    });

    it('a value that broke a rule is not sent to the model', async () => {
        const before = requests.length;
        expect(await generator().propose('next week', fieldSpec('child.birthDate'), 'future', ctx)).toBeUndefined();
        expect(requests).toHaveLength(before);
    });
});
