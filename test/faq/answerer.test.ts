import { describe, expect, it } from 'vitest';
import { createFaq } from '../../src/faq';
import { FaqAnswerer } from '../../src/faq/answerer';
import { KnowledgeBase } from '../../src/faq/knowledgeBase';
import { loadOperatorConfig } from '../../src/faq/operator';
import { LexicalFaqRetriever } from '../../src/faq/retriever';
import { FAQ_TOPIC_IDS } from '../../src/faq/topics';
import { LOCALES } from '../../src/languages';

const kb = KnowledgeBase.load();
const operator = loadOperatorConfig({});
const answerer = new FaqAnswerer({ kb, retriever: LexicalFaqRetriever.fromKnowledgeBase(kb), operator, emergencyNumber: createFaq().emergencyNumber });
const operatorName = 'Kinderhilfe Test';

describe('FaqAnswerer', () => {
    it('fills every placeholder of every topic in every language', () => {
        for (const lang of LOCALES) {
            for (const id of FAQ_TOPIC_IDS) {
                const answer = answerer.topic(id, { lang, operatorName, country: 'DE' });
                expect(answer?.topic).toBe(id);
                expect(answer?.answer, `${lang} ${id}`).not.toMatch(/\{\{|\}\}/);
                expect(answer?.more ?? '', `${lang} ${id} more`).not.toMatch(/\{\{|\}\}/);
            }
        }
    });

    it('answers extractively with sources, reviewed date and related titles', () => {
        const result = answerer.answer('how do we get a medical visa for the treatment', { lang: 'en', operatorName });
        const topic = kb.topic('en', 'abroad.visa');
        expect(result.topic).toBe('abroad.visa');
        expect(result.lang).toBe('en');
        expect(result.sources).toEqual(topic?.sources);
        expect(result.reviewed).toBe(topic?.reviewed);
        expect(result.related.map((r) => r.id)).toEqual(topic?.related);
        expect(result.related[0]?.title).toBe(kb.topic('en', topic?.related[0] ?? '')?.title);
        expect(result.generated).toBeUndefined();
    });

    it('puts the operator name and response time into the text', () => {
        const result = answerer.topic('service.process', { lang: 'de', operatorName });
        expect(result?.answer).toContain(operatorName);
        expect(result?.answer).toContain(operator.responseTime.de);
    });

    it('uses the emergency number of the family\'s country, else only the local emergency number', () => {
        const us = answerer.topic('safety.emergency', { lang: 'en', operatorName, country: 'US' });
        expect(us?.answer).toContain('call 911');
        const ru = answerer.topic('safety.emergency', { lang: 'ru', operatorName, country: 'ru' });
        expect(ru?.answer).toContain('103 / 112');
        const unknown = answerer.topic('safety.emergency', { lang: 'ar', operatorName, country: 'XX' });
        expect(unknown?.answer).not.toMatch(/\d{3}/);
        expect(unknown?.answer).toContain('برقم الطوارئ المحلي');
        const libya = answerer.topic('safety.emergency', { lang: 'de', operatorName, country: 'LY' });
        expect(libya?.answer).toContain('rufen Sie den örtlichen Notruf an');
        expect(us?.answer).toContain('or the local emergency number');
    });

    it('answers in the conversation language even when the question is in another', () => {
        const result = answerer.answer('Wie bekommen wir ein medizinisches Visum?', { lang: 'ru', operatorName });
        expect(result.topic).toBe('abroad.visa');
        expect(result.lang).toBe('ru');
        expect(result.answer).toBe(kb.topic('ru', 'abroad.visa')?.answer.replace(/\{\{operatorName\}\}/g, operatorName));
    });

    it('falls back to the localized offer of a human when no topic fits', () => {
        for (const lang of LOCALES) {
            const result = answerer.answer('🙂', { lang, operatorName });
            expect(result).toMatchObject({ topic: null, lang, related: [], sources: [] });
            expect(result.answer).toBe(kb.language(lang).fallback);
            expect(result.reviewed).toBeUndefined();
        }
        expect(answerer.topic('no.such_topic', { lang: 'en', operatorName })).toBeUndefined();
    });
});
