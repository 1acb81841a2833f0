import { escapeHtml } from '../handoff/html';
import type { Texts } from '../i18n/i18n';
import { isLocale, languagePack, type Locale } from '../languages';

const SECTIONS = ['intro', 'what', 'why', 'who', 'delete', 'contact'] as const;

/** A plain privacy notice in the parent's language, for operators who have not published their own yet. */
export function renderPrivacyPage(texts: Texts, operator: string, requested: string | undefined, fallback: Locale): string {
    const locale = isLocale(requested) ? requested : fallback;
    const t = texts.t(locale);
    const paragraphs = SECTIONS.map((s) => `<p>${escapeHtml(t(`common:privacy.${s}`, { operator }))}</p>`).join('\n');
    return `<!doctype html>
<html lang="${locale}" dir="${languagePack(locale).direction}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t('common:privacy.title'))}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#222}</style></head>
<body><h1>${escapeHtml(t('common:privacy.title'))}</h1>
${paragraphs}
</body></html>`;
}
