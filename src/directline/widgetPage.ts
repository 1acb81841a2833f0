import { createHash } from 'node:crypto';
import { escapeHtml } from '../handoff/html';
import type { Texts } from '../i18n/i18n';
import { operatorParams, type OperatorNames } from '../i18n/operator';
import { SECTION_ORDER } from '../domain/schema';
import { PICKER_ACCEPT } from '../intake/documentCheck';
import { isLocale, languagePack, type Locale } from '../languages';

const EMPTY_STYLE_HASH = `sha256-${createHash('sha256').update('').digest('base64')}`;

/**
 * The page's own inline style carries the nonce (Web Chat gets it for the styles it adds); scripts
 * only from this origin (/webchat.js, /widget.js), requests only to this origin.
 * `frameAncestors` lists the operator's sites that may embed the page (WIDGET_FRAME_ANCESTORS).
 */
export function widgetHeaders(nonce: string, frameAncestors: string): Record<string, string> {
    const policy = [
        "default-src 'none'",
        "script-src 'self'",
        // The hash is of the empty string: Web Chat's scroll component inserts an empty <style> without
        // the nonce and fills it through CSSOM (not restricted by CSP); nothing with content matches it.
        `style-src 'self' 'nonce-${nonce}' '${EMPTY_STYLE_HASH}'`,
        "img-src 'self' data: blob:",
        "media-src 'self' blob:",
        "font-src 'self' data:",
        "connect-src 'self' blob:",
        "base-uri 'none'",
        "form-action 'none'",
        `frame-ancestors ${frameAncestors}`
    ].join('; ');
    return {
        'content-security-policy': policy,
        'x-content-type-options': 'nosniff',
        // The page's address (with ?lang=) is nobody else's business, not even the privacy page's.
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-store'
    };
}

/** The first supported language the browser asks for (Accept-Language or ?lang=). */
export function widgetLocale(query: string | null, acceptLanguage: string | undefined, fallback: Locale): Locale {
    const wanted = [query ?? '', ...(acceptLanguage ?? '').split(',').map((part) => part.split(';')[0]?.trim() ?? '')];
    for (const tag of wanted) {
        const base = tag.slice(0, 2).toLowerCase();
        if (isLocale(base)) return base;
    }
    return fallback;
}

/**
 * The chat page parents open: Web Chat (served from node_modules, never a CDN) talking to the
 * self-hosted Direct Line, driven by /widget.js with the settings in a JSON block (not run, so
 * no inline script). The conversation is kept in localStorage with a resume ticket, so a reload,
 * another tab or a visit days later continues it.
 */
export function renderWidgetPage(texts: Texts, operatorNames: OperatorNames, locale: Locale, privacyUrl: string, nonce: string, uploadMaxMb: number): string {
    const t = texts.t(locale);
    const dir = languagePack(locale).direction;
    // Web Chat's own 'auto' only knows 'ar-SA'-style tags, so the page says the direction itself.
    // "%s" is where the page puts the coordinator's first name from the message's channelData.
    const coordinator = t('common:widget.coordinator', { name: '%s' });
    const sections = { ...Object.fromEntries([...SECTION_ORDER, 'review'].map((id) => [id, t(`intake:sections.${id}`)])), sent: t('common:widget.sent') };
    // The page fills in what the latest question's channelData.intake says (%1 section, %2 index, %3 total).
    const widgetTexts = {
        progressValue: t('common:widget.progressValue', { section: '%1', index: '%2', total: '%3' }),
        // A file's name (%1) and size (%2), as the page measures and formats it.
        download: t('common:widget.download', { name: '%1', size: '%2' }),
        removeFile: t('common:widget.removeFile', { name: '%1' }),
        tooLarge: t('common:widget.tooLarge', { max: uploadMaxMb }),
        ...Object.fromEntries((['send', 'date', 'month', 'choose', 'done', 'filter', 'noMatch', 'filesLabel', 'filesHint', 'wrongType'] as const).map((key) => [key, t(`common:widget.${key}`)]))
    };
    const settings = JSON.stringify({ locale, dir, domain: '/v3/directline', errorText: t('common:widget.error'), coordinator, nonce, sections, uploadMaxMb, uploadAccept: PICKER_ACCEPT, texts: widgetTexts }).replace(/</g, '\\u003c');
    return `<!doctype html>
<html lang="${locale}" dir="${dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t('common:widget.title', operatorParams(operatorNames, locale)))}</title>
<style nonce="${escapeHtml(nonce)}">
  html,body{height:100%;margin:0;font:16px/1.4 system-ui,sans-serif;color:#1f2933;background:#f5f7fa}
  .page{display:flex;flex-direction:column;height:100%;max-width:48rem;margin:0 auto;background:#fff}
  .bar{padding:.75rem 1rem;border-bottom:1px solid #d9e2ec;display:flex;justify-content:space-between;gap:1rem;align-items:baseline}
  header h1{font-size:1.05rem;margin:0}
  header a{font-size:.85rem;color:#334e68}
  #webchat{flex:1;min-height:0}
  #status{padding:1rem;color:#52606d}
  .coordinator__name{font-size:.8rem;font-weight:600;color:#8d2b0b;margin:.5rem .75rem .25rem}
  #webchat .coordinator .webchat__bubble__content{background:#fffbea;border:1px solid #f0b429}
  [hidden]{display:none !important}
  .progress{padding:.4rem 1rem .5rem;border-bottom:1px solid #d9e2ec;font-size:.8rem;color:#334e68}
  .progress__track{height:6px;border-radius:3px;background:#e4e7eb;margin-top:.3rem;overflow:hidden}
  .progress__fill{height:100%;width:0;background:#2680c2;border-radius:3px;transition:width .3s}
  .controls{padding:.5rem .75rem;border-top:1px solid #d9e2ec;background:#f5f7fa;display:flex;flex-direction:column;gap:.5rem;max-height:40vh;overflow:hidden;flex-shrink:0}
  .controls form{display:flex;flex-direction:column;gap:.5rem;min-height:0}
  .controls label,.controls__heading{font-size:.85rem;color:#334e68}
  .controls__heading{flex:1}
  .controls__group{min-height:0;display:flex;flex-direction:column;gap:.4rem}
  .controls__row{display:flex;gap:.5rem;align-items:center}
  .controls input{direction:inherit}
  .controls input[type=date],.controls input[type=month],.controls input[type=search]{flex:1;font:inherit;padding:.45rem .5rem;border:1px solid #9fb3c8;border-radius:8px;background:#fff;min-width:0}
  .controls button{font:inherit;padding:.45rem .9rem;border-radius:8px;border:1px solid #1b6aa5;background:#1b6aa5;color:#fff;cursor:pointer}
  .controls button:disabled{opacity:.5;cursor:default}
  .controls__list{overflow-y:auto;min-height:0;display:flex;flex-direction:column;gap:.3rem;list-style:none;margin:0;padding:0}
  .controls__list button{width:100%;text-align:start;background:#fff;color:#0b4f8a;border-color:#9fb3c8}
  .controls__list label{display:flex;gap:.5rem;align-items:center;font-size:.95rem;color:#1f2933;padding:.3rem .25rem}
  .controls__list input{width:1.2rem;height:1.2rem;margin:0}
  .controls__empty{font-size:.85rem;color:#52606d}
  #webchat.long-list .webchat__suggested-actions,#webchat.files-pending .webchat__suggested-actions,#webchat.files-pending #intake-controls{display:none}
  .files{padding:.5rem .75rem;border-top:1px solid #d9e2ec;background:#f5f7fa;flex-shrink:0}
  .files__hint{margin:0 0 .4rem;font-size:.85rem;color:#334e68}
  .files__list{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:.35rem;max-height:30vh;overflow-y:auto}
  .file{display:flex;align-items:center;gap:.6rem;background:#fff;border:1px solid #9fb3c8;border-radius:8px;padding:.35rem .5rem}
  .file__thumbnail,.file__icon,.sent-file__icon{width:2.5rem;height:2.5rem;border-radius:6px;flex-shrink:0}
  .file__thumbnail{object-fit:cover}
  .file__icon,.sent-file__icon{display:flex;align-items:center;justify-content:center;background:#b91c1c;color:#fff;font-size:.7rem;font-weight:700}
  .file__text,.sent-file__text{display:flex;flex-direction:column;min-width:0;flex:1}
  .file__name,.sent-file__name{overflow:hidden;text-overflow:ellipsis;white-space:nowrap;color:#1f2933}
  .file__size,.sent-file__size{font-size:.8rem;color:#52606d}
  .file__warning{font-size:.8rem;color:#ab091e;font-weight:600}
  .file--refused{border-color:#ab091e;background:#fff5f5}
  .file__remove{font:inherit;font-size:1.3rem;line-height:1;width:2.75rem;height:2.75rem;border-radius:50%;border:1px solid #9fb3c8;background:#fff;color:#1f2933;cursor:pointer;flex-shrink:0}
  #webchat .webchat__bubble--from-user.webchat__stacked-layout__attachment{width:fit-content;min-width:0;margin-inline-start:auto}
  .sent-file{display:flex;align-items:center;gap:.6rem;padding:.5rem .6rem;color:inherit;text-decoration:none;max-width:16rem}
  .sent-file--picture{flex-direction:column;align-items:stretch;gap:.3rem}
  /* A card of five or more buttons (the languages) in two columns, so the question below stays on a phone's screen. */
  #webchat .ac-actionSet:has(> .ac-pushButton:nth-of-type(5)){display:grid !important;grid-template-columns:1fr 1fr;gap:.4rem}
  #webchat .ac-actionSet:has(> .ac-pushButton:nth-of-type(5)) > div{display:none}
  #webchat .ac-actionSet:has(> .ac-pushButton:nth-of-type(5)) > .ac-pushButton:last-of-type:nth-of-type(odd){grid-column:1 / -1}
  .sent-file__thumbnail{display:block;width:10rem;height:10rem;object-fit:cover;border-radius:8px;background:#e4e7eb}
</style></head>
<body><div class="page">
<header><div class="bar"><h1>${escapeHtml(t('common:widget.title', operatorParams(operatorNames, locale)))}</h1><a href="${escapeHtml(privacyUrl)}" target="_blank" rel="noopener">${escapeHtml(t('common:widget.privacy'))}</a></div>
<div id="progress" class="progress" role="progressbar" aria-label="${escapeHtml(t('common:widget.progressLabel'))}" aria-valuemin="0" aria-valuemax="1" aria-valuenow="0" hidden><span class="progress__section"></span><div class="progress__track"><div class="progress__fill"></div></div></div></header>
<div id="status" role="status">${escapeHtml(t('common:widget.loading'))}</div>
<div id="webchat" role="main"></div>
</div>
<script type="application/json" id="widget-settings">${settings}</script>
<script src="/webchat.js"></script>
<script src="/widget.js"></script>
</body></html>`;
}
