import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type * as OpenAiModule from '@langchain/openai';
import { z } from 'zod';

/**
 * The optional LLM answer path, off unless FAQ_LLM_PROVIDER is set. Both providers use
 * ChatOpenAI from @langchain/openai (Ollama through its OpenAI-compatible /v1 API), pinned to
 * 1.5.8, the last release that supports Node 20; it is loaded lazily, only when switched on.
 */
const Settings = z
    .object({
        FAQ_LLM_PROVIDER: z.enum(['openai', 'ollama']),
        FAQ_LLM_MODEL: z.string().trim().min(1).optional(),
        FAQ_LLM_BASE_URL: z.url().optional(),
        FAQ_LLM_API_KEY: z.string().trim().min(1).optional()
    })
    .refine((s) => s.FAQ_LLM_PROVIDER !== 'openai' || s.FAQ_LLM_API_KEY, { message: 'FAQ_LLM_API_KEY is required for openai', path: ['FAQ_LLM_API_KEY'] });

export interface LlmSettings {
    provider: 'openai' | 'ollama';
    model: string;
    baseUrl?: string;
    apiKey?: string;
}

const DEFAULT_MODEL = { openai: 'gpt-4o-mini', ollama: 'llama3.1' } as const;

/** Undefined when FAQ_LLM_PROVIDER is unset (the default: extractive answers only). */
export function llmSettingsFromEnv(env: Readonly<Record<string, string | undefined>>): LlmSettings | undefined {
    const blank = (v: string | undefined) => (v?.trim() ? v : undefined);
    if (!blank(env.FAQ_LLM_PROVIDER)) return undefined;
    const result = Settings.safeParse({
        FAQ_LLM_PROVIDER: blank(env.FAQ_LLM_PROVIDER),
        FAQ_LLM_MODEL: blank(env.FAQ_LLM_MODEL),
        FAQ_LLM_BASE_URL: blank(env.FAQ_LLM_BASE_URL),
        FAQ_LLM_API_KEY: blank(env.FAQ_LLM_API_KEY)
    });
    if (!result.success) {
        const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
        throw new Error(`llmSettingsFromEnv(): ${problems}`);
    }
    const s = result.data;
    return {
        provider: s.FAQ_LLM_PROVIDER,
        model: s.FAQ_LLM_MODEL ?? DEFAULT_MODEL[s.FAQ_LLM_PROVIDER],
        ...(s.FAQ_LLM_BASE_URL ? { baseUrl: s.FAQ_LLM_BASE_URL } : {}),
        ...(s.FAQ_LLM_API_KEY ? { apiKey: s.FAQ_LLM_API_KEY } : {})
    };
}

/** The chat model for the settings; only imported when the LLM path is switched on. */
export function createChatModel(settings: LlmSettings): BaseChatModel {
    // require, not import(): this CommonJS build must get the same @langchain/core typings as ours.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { ChatOpenAI } = require('@langchain/openai') as typeof OpenAiModule;
    const baseURL = settings.provider === 'ollama' ? `${(settings.baseUrl ?? 'http://localhost:11434').replace(/\/+$/, '')}/v1` : settings.baseUrl;
    return new ChatOpenAI({
        model: settings.model,
        temperature: 0,
        maxRetries: 1,
        timeout: 20_000,
        apiKey: settings.apiKey ?? (settings.provider === 'ollama' ? 'ollama' : undefined),
        ...(baseURL ? { configuration: { baseURL } } : {})
    });
}
