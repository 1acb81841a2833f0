import { rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/faq/knowledgeBase';
import { loadOperatorConfig } from '../../src/faq/operator';
import { MIN_ALTERNATIVES } from '../../src/faq/schema';
import { FAQ_TOPIC_IDS } from '../../src/faq/topics';
import { LOCALES } from '../../src/languages';
import { brokenLocales, topicOf } from './helpers';

const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function loadBroken(...args: Parameters<typeof brokenLocales>): string {
    const dir = brokenLocales(...args);
    temp.push(dir);
    try {
        KnowledgeBase.load(dir);
    } catch (error) {
        return (error as Error).message;
    }
    throw new Error('expected KnowledgeBase.load() to fail');
}

describe('knowledge base', () => {
    const kb = KnowledgeBase.load();

    it('has every contract topic in every language, complete', () => {
        expect(kb.locales.sort()).toEqual([...LOCALES].sort());
        for (const lang of LOCALES) {
            expect(kb.language(lang).fallback.length).toBeGreaterThan(20);
            for (const id of FAQ_TOPIC_IDS) {
                const topic = kb.topic(lang, id);
                expect(topic, `${lang} ${id}`).toBeDefined();
                expect(topic?.answer.length, `${lang} ${id} answer`).toBeGreaterThan(40);
                expect(topic?.alternatives.length, `${lang} ${id}`).toBeGreaterThanOrEqual(MIN_ALTERNATIVES);
                expect(topic?.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
                if (!id.startsWith('service.')) expect(topic?.sources.length, `${lang} ${id} sources`).toBeGreaterThan(0);
                for (const source of topic?.sources ?? []) expect(source.url).toMatch(/^https:\/\//);
            }
        }
    });

    it('names the file and JSON path of a broken source URL', () => {
        const message = loadBroken('de', (data) => {
            const visa = topicOf(data, 'abroad.visa');
            visa.sources = [{ ...visa.sources[0], url: 'http://example.com/visa' }];
        });
        expect(message).toMatch(/^KnowledgeBase\.load\(\): /);
        expect(message).toContain(`${path.join('de', 'faq.json')}: topics.abroad.visa.sources[0].url: must be an https URL`);
    });

    it('reports a missing topic, a bad date, an unknown related id and an unknown placeholder', () => {
        const message = loadBroken('ru', (data) => {
            const topics = data.topics as Record<string, unknown>;
            delete topics['abroad.travel'];
            topicOf(data, 'abroad.costs').reviewed = '28.11.2026';
            topicOf(data, 'abroad.deposit').related = ['abroad.nonexistent'];
            topicOf(data, 'service.human').answer = 'Write to {{operatorMail}}.';
            topicOf(data, 'therapy.hsct').alternatives = ['only one'];
        });
        expect(message).toContain('ru/faq.json: topics.abroad.travel: required topic is missing');
        expect(message).toContain('ru/faq.json: topics.abroad.costs.reviewed: must be a date YYYY-MM-DD');
        expect(message).toContain('ru/faq.json: topics.service.human.answer: unknown placeholder');
        expect(message).toContain('ru/faq.json: topics.therapy.hsct.alternatives: needs at least 10 alternatives');
    });

    it('reports related ids that do not exist', () => {
        const message = loadBroken('ar', (data) => {
            topicOf(data, 'abroad.deposit').related = ['abroad.costs', 'abroad.nonexistent'];
        });
        expect(message).toContain('ar/faq.json: topics.abroad.deposit.related[1]: unknown topic "abroad.nonexistent"');
    });
});

describe('operator configuration', () => {
    it('loads config/operator.json with the operator\'s own emergency numbers', () => {
        const config = loadOperatorConfig({});
        for (const lang of LOCALES) expect(config.responseTime[lang].length).toBeGreaterThan(5);
        expect(config.emergencyNumbers.GB).toBe('999 / 112');
    });

    it('fails on a broken file given by OPERATOR_CONFIG, naming the path', () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'faq-operator-'));
        temp.push(dir);
        const file = path.join(dir, 'operator.json');
        writeFileSync(file, JSON.stringify({ responseTime: { en: 'soon', de: 'bald', ru: 'скоро' }, emergencyNumbers: { us: 'nine' } }));
        expect(() => loadOperatorConfig({ OPERATOR_CONFIG: file })).toThrow(/loadOperatorConfig\(\): .*operator\.json: responseTime\.ar: /);
        expect(() => loadOperatorConfig({ OPERATOR_CONFIG: file })).toThrow(/emergencyNumbers/);
    });
});
