import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/faq/knowledgeBase';
import { knowledgeBaseSpeller } from '../../src/faq/retriever';
import { contentKeys } from '../../src/faq/text/analyze';

const kb = KnowledgeBase.load();

describe('spelling correction against the knowledge base vocabulary', () => {
    const cases: [lang: 'en' | 'de' | 'ru', typed: string, meant: string[]][] = [
        ['en', 'waht are the side efects of chemoterapy', ['what', 'side', 'effects', 'chemotherapy']],
        ['en', 'transplnt', ['transplant']],
        ['de', 'Nebenwirkungn der Chemoterapie', ['nebenwirkungen', 'chemotherapie']],
        ['ru', 'сколко стоит лечение', ['сколько', 'стоит', 'лечение']]
    ];
    for (const [lang, typed, meant] of cases) {
        it(`${lang}: "${typed}" is read as ${meant.join(' ')}`, () => {
            expect(contentKeys(typed, lang, knowledgeBaseSpeller(kb, lang))).toEqual(meant);
        });
    }

    it('leaves known words, short words, numbers and unrelated words alone', () => {
        const speller = knowledgeBaseSpeller(kb, 'en');
        expect(contentKeys('visa cost 2024 ok zebra xylophone', 'en', speller)).toEqual(['visa', 'cost', '2024', 'zebra', 'xylophone']);
    });

    it('a misspelt function word is dropped like the word itself', () => {
        expect(contentKeys('plese help', 'en', knowledgeBaseSpeller(kb, 'en'))).toEqual(['help']);
    });
});
