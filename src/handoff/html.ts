const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attributes. */
export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Escaped text with line breaks kept. */
export function htmlLines(text: string): string {
    return escapeHtml(text).replace(/\r?\n/g, '<br>\n');
}

/** A complete page for a reader (not staff): the language's direction, readable on a phone and on paper. */
export function htmlPage(locale: string, dir: 'ltr' | 'rtl', title: string, body: string): string {
    return `<!doctype html>
<html lang="${escapeHtml(locale)}" dir="${dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.6rem;line-height:1.25}h2{font-size:1.25rem;margin-block:1.5rem .5rem}
th{text-align:start;vertical-align:top;padding-inline-end:1rem;font-weight:600}td,th{padding-block:.2rem}
ol.transcript{padding-inline-start:1.2rem}ol.transcript li{margin-block:.5rem}time{color:#555;font-size:.85em}
@media print{body{margin:0;max-width:none;font-size:12pt}}</style></head>
<body>
${body}
</body></html>`;
}
