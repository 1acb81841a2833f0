import { languagePack } from '../../languages/index.js';
import { escapeHtml } from '../../handoff/html.js';
import type { StaffTexts } from '../../handoff/staff-texts.js';
import type { SessionRecord } from '../store.js';

export interface PageContext {
    st: StaffTexts;
    nonce: string;
    session?: SessionRecord;
}

export const esc = escapeHtml;

const CSS = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic",sans-serif;color:#1d2430;background:#f5f6f8}
header{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between;padding:.6rem 1rem;background:#1f3a5f;color:#fff}
header a{color:#fff;font-weight:600;text-decoration:none}
header form{display:inline}
main{max-width:72rem;margin:0 auto;padding:1rem}
h1{font-size:1.4rem;margin:.2rem 0 1rem}h2{font-size:1.15rem;margin:1.5rem 0 .5rem}h3{font-size:1rem;margin:1rem 0 .3rem}
section{background:#fff;border:1px solid #dde1e7;border-radius:8px;padding:.8rem 1rem;margin:0 0 1rem}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%}
th,td{text-align:start;vertical-align:top;padding:.4rem .5rem;border-bottom:1px solid #eceff3}
th{font-weight:600;color:#3b4656}
form.filters{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end}
label{display:flex;flex-direction:column;font-size:.85rem;gap:.2rem}
input,select,textarea,button{font:inherit;padding:.45rem .6rem;border:1px solid #b8c0cc;border-radius:6px;background:#fff}
textarea{width:100%;min-height:5rem}
button{background:#1f3a5f;color:#fff;border-color:#1f3a5f;cursor:pointer}
button.secondary{background:#fff;color:#1f3a5f}
.notice{padding:.6rem .8rem;border-radius:6px;background:#e7f4ea;border:1px solid #a8d5b3}
.error{padding:.6rem .8rem;border-radius:6px;background:#fdecea;border:1px solid #f3b1aa}
.badge{display:inline-block;padding:.05rem .45rem;border-radius:999px;font-size:.8rem;background:#eef1f5;border:1px solid #d5dbe3;margin:.1rem}
.badge.flag{background:#fff4e0;border-color:#f1c27d}
.reasons{margin:0;padding-inline-start:1.1rem}
tr.urgent td:first-child{border-inline-start:4px solid #c62828}
.status-new{background:#e3f0ff}.status-accepted{background:#e7f4ea}.status-declined{background:#fdecea}
.transcript{padding-inline-start:1.2rem}.transcript li{margin:.3rem 0}.transcript li.staff{color:#1f3a5f}
.live li{margin:.3rem 0}
.hint{color:#4a5566;font-size:.9rem}
.notes{padding-inline-start:1.2rem}.notes li{margin:.4rem 0;padding:.3rem .5rem;background:#fffbea;border-inline-start:3px solid #e0b84c}.notes p{margin:.1rem 0}.notes .meta{font-size:.85rem;color:#4a5566}
.row{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
.row form.compose{flex:1 1 100%}
.show-narrow{display:none}
.skip{position:absolute;inset-inline-start:-999px}.skip:focus{inset-inline-start:1rem;background:#fff;color:#000;padding:.3rem}
@media (max-width:40rem){main{padding:.5rem}th,td{padding:.3rem}.hide-narrow{display:none}.show-narrow{display:block}}
`;

/** A whole page: lang/dir from the staff language, nonce'd inline CSS and script, no external assets. */
export function page(ctx: PageContext, title: string, body: string, script = ''): string {
    const { st, nonce, session } = ctx;
    const s = st.s;
    const dir = languagePack(st.locale).direction;
    const account = session
        ? `<div class="row"><span>${esc(s('inbox.login.signedInAs', { user: session.username }))}</span> <a href="/staff/profile">${esc(s('inbox.profile.link'))}</a>
<form method="post" action="/staff/logout"><input type="hidden" name="_csrf" value="${esc(session.csrfToken)}"><button class="secondary" type="submit">${esc(s('inbox.login.logout'))}</button></form></div>`
        : '';
    return `<!doctype html>
<html lang="${esc(st.locale)}" dir="${dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">
<title>${esc(title)} · ${esc(s('inbox.title'))}</title>
<style nonce="${esc(nonce)}">${CSS}</style></head>
<body><a class="skip" href="#main">${esc(s('inbox.skip'))}</a>
<header><a href="/staff">${esc(s('inbox.title'))}</a>${account}</header>
<main id="main">
${body}
</main>${script ? `\n<script nonce="${esc(nonce)}">${script}</script>` : ''}
</body></html>`;
}

export function message(kind: 'notice' | 'error', text: string | undefined): string {
    return text ? `<p class="${kind}" role="${kind === 'error' ? 'alert' : 'status'}">${esc(text)}</p>` : '';
}

export function csrfField(session: SessionRecord): string {
    return `<input type="hidden" name="_csrf" value="${esc(session.csrfToken)}">`;
}

export function options(values: readonly string[], selected: string, label: (v: string) => string, allLabel?: string): string {
    const all = allLabel !== undefined ? `<option value="">${esc(allLabel)}</option>` : '';
    return all + values.map((v) => `<option value="${esc(v)}"${v === selected ? ' selected' : ''}>${esc(label(v))}</option>`).join('');
}
