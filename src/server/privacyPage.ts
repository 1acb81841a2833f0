import { escapeHtml, htmlPage } from '../handoff/html';
import type { Texts } from '../i18n/i18n';
import { operatorParams, type OperatorNames } from '../i18n/operator';
import { isLocale, languagePack, type Locale } from '../languages';

const SECTIONS = ['intro', 'what', 'why', 'who', 'delete', 'contact'] as const;

/** A plain privacy notice in the parent's language, for operators who have not published their own yet. */
export function renderPrivacyPage(texts: Texts, operatorNames: OperatorNames, requested: string | undefined, fallback: Locale): string {
    const locale = isLocale(requested) ? requested : fallback;
    const t = texts.t(locale);
    const paragraphs = SECTIONS.map((s) => `<p>${escapeHtml(t(`common:privacy.${s}`, operatorParams(operatorNames, locale)))}</p>`).join('\n');
    const title = escapeHtml(t('common:privacy.title'));
    return htmlPage(locale, languagePack(locale).direction, t('common:privacy.title'), `<h1>${title}</h1>\n${paragraphs}`);
}
