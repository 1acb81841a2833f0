import type { ConversationRecord } from '../../handoff/conversation-directory.js';
import { LOCALES } from '../../languages/index.js';
import type { Assignment } from '../coordination.js';
import { APPLICATION_STATUSES } from '../status.js';
import type { FailingDelivery, InboxQuery, InboxRow } from '../store.js';
import { URGENCIES, flagLabel, languageLabel, percent, statusLabel, urgencyLabel, when } from './labels.js';
import { applicationPath, attentionSection, conversationPath } from './attention.js';
import { INBOX_EVENTS_PATH, INBOX_LIVE_SCRIPT } from './inbox-live.js';
import type { ConversationFacts } from '../intake-progress.js';
import { inProgressSection } from './intake-facts.js';
import { esc, message, options, page, type PageContext } from './layout.js';

export { applicationPath, conversationPath };

function filters(ctx: PageContext, query: InboxQuery): string {
    const { st } = ctx;
    const s = st.s;
    return `<form class="filters" method="get" action="/staff" role="search">
<label>${esc(s('inbox.list.search'))}<input type="search" name="search" value="${esc(query.search ?? '')}" placeholder="${esc(s('inbox.list.searchPlaceholder'))}" maxlength="120"></label>
<label>${esc(s('inbox.list.status'))}<select name="status">${options(APPLICATION_STATUSES, query.status ?? '', (v) => statusLabel(st, v), s('inbox.list.all'))}</select></label>
<label>${esc(s('inbox.list.urgency'))}<select name="urgency">${options(URGENCIES, query.urgency ?? '', (v) => urgencyLabel(st, v), s('inbox.list.all'))}</select></label>
<label>${esc(s('inbox.list.language'))}<select name="language">${options(LOCALES, query.language ?? '', (v) => languageLabel(st, v), s('inbox.list.all'))}</select></label>
<button type="submit">${esc(s('inbox.list.apply'))}</button> <a href="/staff">${esc(s('inbox.list.reset'))}</a>
</form>`;
}

function row(ctx: PageContext, app: InboxRow): string {
    const { st } = ctx;
    const flags = app.flags.map((code) => `<span class="badge flag">${esc(flagLabel(st, code))}</span>`).join(' ');
    return `<tr>
<td><a href="${esc(applicationPath(app.reference))}"><strong>${esc(app.reference)}</strong></a><div dir="auto">${esc(app.childName ?? '')}</div></td>
<td>${esc(when(app.submittedAt))}</td>
<td><span class="badge status-${esc(app.status)}">${esc(statusLabel(st, app.status))}</span></td>
<td>${esc(urgencyLabel(st, app.urgency))}</td>
<td class="hide-narrow">${esc(languageLabel(st, app.locale))}</td>
<td>${esc(percent(st, app.completeness))}</td>
<td class="hide-narrow">${flags}</td>
</tr>`;
}

export interface ListData {
    rows: readonly InboxRow[];
    query: InboxQuery;
    attention: readonly ConversationRecord[];
    assignments?: ReadonlyMap<string, Assignment>;
    failing?: readonly FailingDelivery[];
    /** Intakes still being filled in, and what is known of each attention row's conversation. */
    progress?: { rows: readonly { conversation: ConversationRecord; facts: ConversationFacts }[]; facts: ReadonlyMap<string, ConversationFacts>; now: Date };
    notice?: string;
}

export function listPage(ctx: PageContext, data: ListData): string {
    const s = ctx.st.s;
    const head = ['reference', 'submitted', 'status', 'urgency', 'language', 'completeness', 'flags']
        .map((k) => `<th${k === 'language' || k === 'flags' ? ' class="hide-narrow"' : ''}>${esc(s(`inbox.list.${k}`))}</th>`)
        .join('');
    const table = data.rows.length === 0
        ? `<p>${esc(s('inbox.list.empty'))}</p>`
        : `<div class="scroll"><table><thead><tr>${head}</tr></thead><tbody>${data.rows.map((r) => row(ctx, r)).join('\n')}</tbody></table></div>`;
    const now = data.progress?.now ?? new Date();
    const progress = data.progress ? inProgressSection(ctx, data.progress.rows, now) : '';
    const body = `${message('notice', data.notice)}${attentionSection(ctx, data.attention, data.failing, data.assignments, { byId: data.progress?.facts ?? new Map(), now })}
${progress}
<section data-inbox-events="${esc(INBOX_EVENTS_PATH)}"><h1>${esc(s('inbox.list.title'))}</h1>
${filters(ctx, data.query)}
<div id="applications" data-live><p>${esc(s('inbox.list.count', { count: data.rows.length }))}</p>
${table}</div></section>`;
    return page(ctx, s('inbox.list.title'), body, INBOX_LIVE_SCRIPT);
}
