import type { Activity } from 'botbuilder';
import type { CallbackManagerForLLMRun } from '@langchain/core/callbacks/manager';
import type { BaseMessage } from '@langchain/core/messages';
import type { ChatResult } from '@langchain/core/outputs';
import { FakeListChatModel } from '@langchain/core/utils/testing';
import { afterEach, describe, expect, it } from 'vitest';
import type { IntakeDraft } from '../../src/domain/draft';
import { LlmCommandGenerator, llmCommandsFromEnv } from '../../src/understanding/llmCommands';
import { SCRIPTS } from '../fixtures/scripts';
import { allText, buttonTitles, createHarness, currentField, intakeOf, storedDraft, type Harness } from '../helpers/harness';
import { answerUntil } from '../helpers/script';

/** LangChain's fake chat model, answering the structured-output call with the given JSON, and keeping every prompt it got. */
class RecordingModel extends FakeListChatModel {
    readonly prompts: string[] = [];

    override async _generate(messages: BaseMessage[], options?: this['ParsedCallOptions'], runManager?: CallbackManagerForLLMRun): Promise<ChatResult> {
        this.prompts.push(messages.map((m) => String(m.content)).join('\n'));
        return super._generate(messages, options, runManager);
    }
}

const answering = (output: unknown, options: { sleep?: number } = {}) => new RecordingModel({ responses: [JSON.stringify(output)], ...options });

let harness: Harness;
afterEach(async () => {
    await harness?.close();
});

type Locale = 'en' | 'de';

async function startAt(locale: Locale, field: string, model?: RecordingModel, timeoutMs?: number): Promise<Partial<Activity>[]> {
    harness = await createHarness({ locale, ...(model ? { llmCommands: new LlmCommandGenerator(model, timeoutMs ? { timeoutMs } : {}) } : {}) });
    return answerUntil(harness, await harness.join(), SCRIPTS[locale], field);
}

const draft = () => storedDraft(harness);


// Words the parsers cannot place at "Where is Mia right now?" (case 5 shows the usual hint for them).
const AT_GRANDMAS = 'she stays with her granny in the village';

describe('the optional LLM reads an answer the parsers could not place, and the parent confirms it', () => {
    it('(1) a valid option is proposed, confirmed with yes and stored', async () => {
        const model = answering({ kind: 'set', value: 'home' });
        await startAt('en', 'status.location', model);
        const asked = await harness.say(AT_GRANDMAS);
        expect(allText(asked)).toBe('Did you mean: “At home”?');
        expect(buttonTitles(asked)).toEqual(['Yes', 'No']);
        expect((await draft()).answers.status?.location).toBeUndefined();
        const replies = await harness.say('Yes');
        expect((await draft()).answers.status?.location).toBe('home');
        expect(currentField(replies)).toBe('status.activityLevel');
        expect(model.prompts).toHaveLength(1);
    });

    it('(2) "no": the question again with its choices, nothing stored', async () => {
        await startAt('de', 'status.location', answering({ kind: 'set', value: 'intensive_care' }));
        const asked = await harness.say('sie ist gerade bei der Oma auf dem Dorf');
        expect(allText(asked)).toMatch(/Meinten Sie: „Auf der Intensivstation“\?/);
        const replies = await harness.say('Nein');
        expect(allText(replies)).toMatch(/falsch verstanden/);
        expect(currentField(replies)).toBe('status.location');
        expect(intakeOf(replies.at(-1))?.choices?.map((c) => c.value)).toEqual(['home', 'hospital', 'intensive_care']);
        expect((await draft()).answers.status?.location).toBeUndefined();
    });

    it.each([
        ['an option not in the list', 'status.location', AT_GRANDMAS, 'at_grandmas', /didn't understand/],
        ['a weight out of range', 'child.weightKg', 'about as heavy as our dog', 900, /didn't understand/],
        ['a birth date in the future', 'child.birthDate', 'the winter when we moved to the city', '2027-03-01', /didn't understand/]
    ] as const)('(3) %s is rejected: the usual hint, nothing stored', async (_case, field, message, value, hint) => {
        const model = answering({ kind: 'set', value });
        await startAt('en', field, model);
        const replies = await harness.say(message);
        expect(model.prompts).toHaveLength(1);
        expect(allText(replies)).toMatch(hint);
        expect(allText(replies)).not.toMatch(/Did you mean/);
        expect(currentField(replies)).toBe(field);
        const [section, key] = field.split('.') as [keyof IntakeDraft['answers'], string];
        expect((await draft()).answers[section]?.[key as never]).toBeUndefined();
    });

    it('(4) a model error gives the usual hint', async () => {
        const model = new RecordingModel({ responses: ['this is not JSON'] });
        await startAt('en', 'status.location', model);
        const replies = await harness.say(AT_GRANDMAS);
        expect(model.prompts).toHaveLength(1);
        expect(allText(replies)).toMatch(/didn't understand/);
        expect(buttonTitles(replies)).toEqual(expect.arrayContaining(['At home', 'In hospital']));
        expect((await draft()).answers.status?.location).toBeUndefined();
    });

    it('(4) a model slower than the timeout gives the usual hint, without waiting for it', async () => {
        const model = answering({ kind: 'set', value: 'home' }, { sleep: 5_000 });
        await startAt('en', 'status.location', model, 50);
        const started = Date.now();
        const replies = await harness.say(AT_GRANDMAS);
        expect(Date.now() - started).toBeLessThan(2_000);
        expect(allText(replies)).toMatch(/didn't understand/);
        expect((await draft()).answers.status?.location).toBeUndefined();
    });

    it('(5) off by default: the model is never built nor asked, the usual hint', async () => {
        const model = answering({ kind: 'set', value: 'home' });
        let built = 0;
        const makeModel = () => {
            built += 1;
            return model;
        };
        // The FAQ's provider alone does not switch the intake's LLM on.
        const llmCommands = llmCommandsFromEnv({ FAQ_LLM_PROVIDER: 'ollama' }, { makeModel }) ?? llmCommandsFromEnv({}, { makeModel });
        expect(llmCommands).toBeUndefined();
        await startAt('en', 'status.location');
        const replies = await harness.say(AT_GRANDMAS);
        expect(allText(replies)).toMatch(/didn't understand/);
        expect(built).toBe(0);
        expect(model.prompts).toHaveLength(0);
    });
});

describe('what the model gets', () => {
    it('the message, the question and its option codes; no earlier answer', async () => {
        const model = answering({ kind: 'none', value: null });
        await startAt('en', 'status.location', model);
        await harness.say(AT_GRANDMAS);
        const [prompt] = model.prompts;
        expect(prompt).toContain(AT_GRANDMAS);
        expect(prompt).toMatch(/- home: At home[\s\S]*- intensive_care:/);
        expect(prompt).toContain('English');
        // The child's name, birth date, weight and country are in the draft but never in the prompt.
        for (const answer of ['Mia', '2017', '23', 'Kazakhstan', 'KZ']) expect(prompt).not.toContain(answer);
    });

    it('nothing before consent', async () => {
        const model = answering({ kind: 'set', value: 'yes' });
        harness = await createHarness({ locale: 'en', llmCommands: new LlmCommandGenerator(model) });
        await harness.join();
        await harness.say('my sister told me about you');
        expect(model.prompts).toHaveLength(0);
        expect((await draft()).answers.consent).toBeUndefined();
    });

    it('INTAKE_LLM=true builds the model from the FAQ\'s provider settings, and needs them', () => {
        const model = answering({ kind: 'none', value: null });
        const settings: unknown[] = [];
        expect(llmCommandsFromEnv({ INTAKE_LLM: 'true', FAQ_LLM_PROVIDER: 'ollama' }, { makeModel: (s) => (settings.push(s), model) })).toBeDefined();
        expect(settings).toEqual([{ provider: 'ollama', model: 'llama3.1' }]);
        expect(() => llmCommandsFromEnv({ INTAKE_LLM: 'true' })).toThrow(/FAQ_LLM_PROVIDER/);
        expect(() => llmCommandsFromEnv({ INTAKE_LLM: 'yes please' })).toThrow(/true or false/);
    });
});
