import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
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

export type TopicJson = { sources: { url: string }[]; reviewed: string; related: string[]; answer: string; alternatives: string[] };

export const topicOf = (data: Record<string, unknown>, id: string): TopicJson => (data.topics as Record<string, TopicJson>)[id] as TopicJson;
