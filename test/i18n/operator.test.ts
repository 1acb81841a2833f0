import { describe, expect, it } from 'vitest';
import { renderWidgetPage } from '../../src/directline/widgetPage';
import { createTexts } from '../../src/i18n/i18n';
import { renderPrivacyPage } from '../../src/server/privacyPage';

const texts = createTexts();
const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];

describe('pages without an operator name', () => {
    it('title the widget in the page\'s language, without a placeholder or an English phrase', () => {
        expect(titleOf(renderWidgetPage(texts, {}, 'de', 'https://example.org/privacy', 'n0nce', 20))).toBe('Behandlung im Ausland: Anfrage und Fragen');
        expect(titleOf(renderWidgetPage(texts, {}, 'ru', 'https://example.org/privacy', 'n0nce', 20))).toBe('Лечение за рубежом: заявка и вопросы');
        expect(titleOf(renderWidgetPage(texts, { de: 'Kinderhilfe Beispiel' }, 'de', 'https://example.org/privacy', 'n0nce', 20))).toBe('Kinderhilfe Beispiel: Anfrage und Fragen');
    });

    it('write the privacy notice without a name, in the parent\'s language', () => {
        const de = renderPrivacyPage(texts, {}, 'de', 'en');
        expect(de).toContain('Dieser Assistent wird vom Betreiber dieser Website betrieben.');
        expect(de).toContain('das Koordinationsteam des Betreibers');
        const ar = renderPrivacyPage(texts, { ar: 'Test Care' }, 'ar', 'en');
        expect(ar).toContain('Test Care');
        for (const html of [de, ar, renderPrivacyPage(texts, {}, 'ru', 'en')]) expect(html).not.toMatch(/\{\{|undefined|our medical/);
    });
});
