import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Facts, readFacts, type FactsFile } from '../../src/faq/facts';
import { strayFigures } from '../../src/faq/factText';
import { formatFact } from '../../src/faq/formatFact';
import { KnowledgeBase } from '../../src/faq/knowledgeBase';
import { LOCALES } from '../../src/languages';
import { brokenFacts, brokenLocales, topicOf } from './helpers';

const temp: string[] = [];
afterAll(() => temp.forEach((p) => rmSync(p, { recursive: true, force: true })));

function loadError(localesDir?: string, factsFile?: string): string {
    if (localesDir) temp.push(localesDir);
    if (factsFile) temp.push(path.dirname(factsFile));
    try {
        KnowledgeBase.load(localesDir, factsFile);
    } catch (error) {
        return (error as Error).message;
    }
    throw new Error('expected KnowledgeBase.load() to fail');
}

describe('facts file', () => {
    it('gives every fact a value, a cited https source and a checked date', () => {
        const { facts, problems } = readFacts();
        expect(problems).toEqual([]);
        expect(facts?.ids.length).toBeGreaterThan(50);
        for (const fact of facts?.all() ?? []) {
            expect(fact.sourceRef.url, fact.id).toMatch(/^https:\/\//);
            expect(fact.sourceRef.title.length, fact.id).toBeGreaterThan(5);
            expect(fact.checked, fact.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
    });

    it('names the fact whose source or checked date is missing, or whose source is unknown', () => {
        const file = brokenFacts((data) => {
            delete data.facts.relapse_os_overall_percent?.source;
            delete data.facts.eliana_remission_percent?.checked;
            if (data.facts.cart_crs_percent) data.facts.cart_crs_percent.source = 'a_paper_nobody_listed';
            if (data.sources.cog_mrd) data.sources.cog_mrd.url = '';
        });
        temp.push(path.dirname(file));
        const problems = readFacts(file).problems.join('\n');
        expect(problems).toContain('facts.relapse_os_overall_percent.source:');
        expect(problems).toContain('facts.eliana_remission_percent.checked:');
        expect(problems).toContain('facts.cart_crs_percent.source: unknown source "a_paper_nobody_listed"');
        expect(problems).toContain('sources.cog_mrd.url: must be an https URL');
        // The knowledge base refuses to start on such a file.
        expect(loadError(undefined, file)).toContain('facts.relapse_os_overall_percent.source');
    });
});

describe('figures in answers', () => {
    it('finds a digit written outside a fact reference, but not in named markers, genes or trials', () => {
        expect(strayFigures('Survival was 48.9% after relapse.')).toEqual(['Survival was 48.9% after relapse.']);
        expect(strayFigures('In Arabic digits ٤٢ too')).toHaveLength(1);
        expect(strayFigures('one cell in 10⁻⁴')).toHaveLength(1);
        expect(strayFigures('CD19, CD22 and CD3; ETV6::RUNX1, KMT2A, TCF3::HLF; AIEOP-BFM ALL 2017, ALLTogether1, AALL1731, AML02')).toEqual([]);
        expect(strayFigures('{{fact:relapse_os_overall_percent}} were alive; {{operatorName}} answers')).toEqual([]);
        // A name is only exempt as a whole word: CD190 or AML2017 are not the names above.
        expect(strayFigures('CD190')).toHaveLength(1);
        expect(strayFigures('AIEOP-BFM ALL 2018')).toHaveLength(1);
    });

    it('fails loading on a stray figure, an unknown fact or statement, and a fact the topic does not cite', () => {
        const message = loadError(
            brokenLocales('de', (data) => {
                topicOf(data, 'therapy.car_t_results').answer = 'In ELIANA kamen 82 % in Remission.';
                topicOf(data, 'therapy.prognosis').more = 'Etwa {{fact:survival_of_everyone}} überleben. {{statement:not_written}}';
                const side = topicOf(data, 'therapy.car_t_side_effects');
                side.sources = side.sources.filter((s) => !s.url.includes('1142'));
            })
        );
        expect(message).toMatch(/^KnowledgeBase\.load\(\): /);
        expect(message).toContain('de/faq.json: topics.therapy.car_t_results.answer: a figure that is not a fact reference: "ELIANA kamen 82 % in"');
        expect(message).toContain('de/faq.json: topics.therapy.prognosis.more: unknown fact "survival_of_everyone"');
        expect(message).toContain('de/faq.json: topics.therapy.prognosis.more: unknown statement "not_written"');
        expect(message).toMatch(/de\/faq\.json: topics\.therapy\.car_t_side_effects\.sources: fact "cart_crs_percent" comes from https:\/\/aacrjournals\.org\/\S+, which the topic does not cite/);
    });

    it('fails loading when a language states other figures than English', () => {
        const message = loadError(
            brokenLocales('ru', (data) => {
                const relapse = topicOf(data, 'therapy.relapse_refractory');
                relapse.answer = relapse.answer.replace('{{fact:relapse_os_overall_percent}}', '{{fact:relapse_os_b_all_percent}}');
                const statements = data.statements as Record<string, string>;
                statements.fever_emergency = 'Температура {{fact:low_temperature_celsius}} — неотложное состояние.';
            })
        );
        expect(message).toContain('ru/faq.json: topics.therapy.relapse_refractory.answer: states facts [relapse_os_years, relapse_os_b_all_percent] but en states [relapse_os_overall_percent, relapse_os_years]');
        expect(message).toContain('ru/faq.json: statements.fever_emergency: states facts [low_temperature_celsius] but en states [fever_celsius]');
    });
});

describe('fact formatting', () => {
    const file: FactsFile = {
        sources: { s: { title: 'A source', url: 'https://example.org/s' } },
        facts: {
            pct: { unit: 'percent', value: 48.9, about: 'x', source: 's', checked: '2026-01-01' },
            pct_range: { unit: 'percent', value: { min: 0.01, max: 0.1 }, about: 'x', source: 's', checked: '2026-01-01' },
            month: { unit: 'date', value: '2024-03-06', precision: 'month', about: 'x', source: 's', checked: '2026-01-01' },
            period: { unit: 'date', value: { min: '1996-01-01', max: '2014-12-31' }, precision: 'year', about: 'x', source: 's', checked: '2026-01-01' },
            ratio: { unit: 'ratio', value: { part: 9, whole: 10 }, about: 'x', source: 's', checked: '2026-01-01' },
            donors: { unit: 'people', value: 37000000, notation: 'compact', about: 'x', source: 's', checked: '2026-01-01' },
            cover: { unit: 'eur', value: 30000, about: 'x', source: 's', checked: '2026-01-01' },
            years: { unit: 'years', value: { min: 2, max: 2.5 }, about: 'x', source: 's', checked: '2026-01-01' }
        }
    };
    const facts = Facts.fromFile(file);
    const ratio = { en: '{{part}} in {{whole}}', de: '{{part}} von {{whole}}', ru: '{{part}} из {{whole}}', ar: '{{part}} من كل {{whole}}', uk: '{{part}} з {{whole}}', pl: '{{part}} na {{whole}}', ro: '{{part}} din {{whole}}', es: '{{part}} de cada {{whole}}', fr: '{{part}} sur {{whole}}', tr: '{{whole}} kişide {{part}}' } as const;
    const show = (id: string) => Object.fromEntries(LOCALES.map((lang) => [lang, formatFact(facts.get(id)!, lang, { ratio: ratio[lang] })]));
    const nbsp = '\u00a0';

    it('writes percentages and decimals the way each language does, Arabic isolated', () => {
        expect(show('pct')).toEqual({ en: '48.9%', de: `48,9${nbsp}%`, ru: `48,9${nbsp}%`, ar: '\u206848.9%\u2069', uk: '48,9%', pl: '48,9%', ro: `48,9${nbsp}%`, es: `48,9${nbsp}%`, fr: `48,9${nbsp}%`, tr: '%48,9' });
        expect(show('pct_range').de).toBe(`0,01–0,1${nbsp}%`);
        expect(show('years')).toEqual({ en: '2–2.5', de: '2–2,5', ru: '2–2,5', ar: '\u20682–2.5\u2069', uk: '2–2,5', pl: '2–2,5', ro: '2 - 2,5', es: '2-2,5', fr: '2–2,5', tr: '2–2,5' });
        expect(show('cover')).toMatchObject({ en: '€30,000', de: `30.000${nbsp}€` });
    });

    it('writes dates, periods, ratios and large counts in words of each language', () => {
        expect(show('month')).toMatchObject({ en: 'March 2024', de: 'März 2024', ar: '\u2068مارس 2024\u2069', tr: 'Mart 2024' });
        expect(show('period')).toMatchObject({ en: '1996–2014', de: '1996–2014' });
        expect(show('ratio')).toEqual({ en: '9 in 10', de: '9 von 10', ru: '9 из 10', ar: '\u20689 من كل 10\u2069', uk: '9 з 10', pl: '9 na 10', ro: '9 din 10', es: '9 de cada 10', fr: '9 sur 10', tr: '10 kişide 9' });
        expect(show('donors')).toMatchObject({ en: '37 million', de: '37 Millionen', ru: '37 миллионов' });
    });

    it('fills the references when the knowledge base loads, so no placeholder reaches a parent', () => {
        const kb = KnowledgeBase.load();
        for (const lang of LOCALES) {
            for (const id of kb.topicIds(lang)) {
                const topic = kb.topic(lang, id);
                for (const text of [topic?.title, topic?.answer, topic?.more ?? '']) expect(text, `${lang} ${id}`).not.toMatch(/\{\{\s*(fact|statement):/);
            }
        }
        expect(kb.topic('de', 'therapy.relapse_refractory')?.answer).toContain(`48,9${nbsp}%`);
        expect(kb.topic('en', 'therapy.relapse_refractory')?.answer).toContain('48.9%');
        expect(kb.topic('tr', 'therapy.relapse_refractory')?.answer).toContain('%48,9');
    });
});
