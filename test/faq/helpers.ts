import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_FACTS_FILE } from '../../src/faq/facts';
import { DEFAULT_LOCALES_DIR } from '../../src/faq/knowledgeBase';
import type { Locale } from '../../src/languages';

/** A temporary copy of locales/ whose faq.json of one language is changed by `edit`. */
export function brokenLocales(lang: Locale, edit: (data: Record<string, unknown>) => void): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'faq-kb-'));
    cpSync(DEFAULT_LOCALES_DIR, dir, { recursive: true });
    const file = path.join(dir, lang, 'faq.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    edit(data);
    writeFileSync(file, JSON.stringify(data, null, 2));
    return dir;
}

export type TopicJson = { sources: { url: string; title?: string }[]; reviewed: string; related: string[]; answer: string; more?: string; alternatives: string[] };

export const topicOf = (data: Record<string, unknown>, id: string): TopicJson => (data.topics as Record<string, TopicJson>)[id] as TopicJson;

/** A temporary copy of knowledge/facts.json changed by `edit`; returns the file's path. */
export function brokenFacts(edit: (data: { sources: Record<string, Record<string, unknown>>; facts: Record<string, Record<string, unknown>> }) => void): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'faq-facts-'));
    const file = path.join(dir, 'facts.json');
    const data = JSON.parse(readFileSync(DEFAULT_FACTS_FILE, 'utf8')) as Parameters<typeof edit>[0];
    edit(data);
    writeFileSync(file, JSON.stringify(data, null, 2));
    return file;
}
