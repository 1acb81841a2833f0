import type { Application } from '../../domain/schema.js';
import type { StoredApplication } from '../../handoff/application-repository.js';
import type { ConversationRecord } from '../../handoff/conversation-directory.js';
import type { DeliveryInfo } from '../../handoff/outbox.js';
import { staffFieldLabel, summarySections } from '../../handoff/staff-summary.js';
import { allowedNextStatuses } from '../status.js';
import type { SessionRecord, StatusHistoryEntry } from '../store.js';
import { fileSize, flagLabel, languageLabel, percent, statusLabel, when } from './labels.js';
import { csrfField, esc, message, options, page, type PageContext } from './layout.js';
import { applicationPath } from './list.js';
import { coordinationPanel, type CoordinationView } from './coordination.js';
import { LIVE_SCRIPT, takeoverPanel } from './takeover-panel.js';
import type { ConversationFacts } from '../intake-progress.js';
import { intakePanel, type FileLink } from './intake-facts.js';

export interface DetailData {
    stored: StoredApplication;
    /** Undefined when the stored JSON no longer matches the schema (shown raw). */
    app: Application | undefined;
    deliveries: readonly DeliveryInfo[];
    transcriptHtml: string;
    history: readonly StatusHistoryEntry[];
    conversation: ConversationRecord | undefined;
    coordination: CoordinationView;
    notice?: string;
    error?: string;
}

const table = (rows: [string, string][]) => `<table>${rows.map(([k, v]) => `<tr><th>${k}</th><td dir="auto">${v}</td></tr>`).join('')}</table>`;

function summary(ctx: PageContext, app: Application): string {
    const { st } = ctx;
    const s = st.s;
    const sections = summarySections(app, st).map((sec) => `<h3>${esc(sec.title)}</h3>${table(sec.lines.map((l) => [esc(l.label), esc(l.value)]))}`);
    const flags = app.flags.length > 0 ? `<ul>${app.flags.map((f) => `<li>${esc(flagLabel(st, f.code))}</li>`).join('')}</ul>` : `<p>${esc(s('inbox.detail.none'))}</p>`;
    const missing = app.completeness.missing.length > 0
        ? `<ul>${app.completeness.missing.map((p) => `<li>${esc(staffFieldLabel(st, p))}</li>`).join('')}</ul>`
        : `<p>${esc(s('inbox.detail.none'))}</p>`;
    return `<section><h2>${esc(s('inbox.detail.flags'))}</h2>${flags}
<h2>${esc(s('inbox.detail.completeness', { percent: percent(st, app.completeness.score) }))}</h2><h3>${esc(s('inbox.detail.missing'))}</h3>${missing}</section>
<section><h2>${esc(s('inbox.detail.summary'))}</h2><div class="scroll">${sections.join('\n')}</div></section>`;
}

function uploads(ctx: PageContext, data: DetailData): string {
    const s = ctx.st.s;
    const files = data.app?.documents.files ?? [];
    const items = files.map((f) => {
        const kind = f.kind ? ` · ${esc(ctx.st.t(`intake:fields.documents.available.choices.${f.kind}`, { defaultValue: f.kind }))}` : '';
        const href = `${applicationPath(data.stored.reference)}/files/${encodeURIComponent(f.id)}`;
        return `<li><a href="${esc(href)}" download>${esc(f.name)}</a> <span class="badge">${esc(f.contentType)}</span> ${esc(fileSize(ctx.st, f.size))}${kind}</li>`;
    });
    return `<section><h2>${esc(s('inbox.detail.uploads'))}</h2>${items.length > 0 ? `<ul>${items.join('')}</ul>` : `<p>${esc(s('inbox.detail.noUploads'))}</p>`}</section>`;
}

function deliveries(ctx: PageContext, session: SessionRecord, data: DetailData): string {
    const s = ctx.st.s;
    if (data.deliveries.length === 0) return `<section><h2>${esc(s('inbox.detail.deliveries'))}</h2><p>${esc(s('inbox.detail.noDeliveries'))}</p></section>`;
    const head = ['channel', 'deliveryStatus', 'attempts', 'lastError', 'nextAttempt'].map((k) => `<th>${esc(s(`inbox.detail.${k}`))}</th>`).join('');
    const rows = data.deliveries.map((d) => {
        const retry = d.status === 'delivered' ? '' : `<form method="post" action="${esc(`${applicationPath(data.stored.reference)}/deliveries/${encodeURIComponent(d.id)}/retry`)}">${csrfField(session)}<button type="submit" class="secondary">${esc(s('inbox.detail.retry'))}</button></form>`;
        return `<tr><td>${esc(d.channel)}</td><td>${esc(s(`inbox.delivery.${d.status}`))}</td><td>${d.attempts}</td><td>${esc(d.lastError ?? '—')}</td><td>${esc(when(d.nextAttemptAt))}</td><td>${retry}</td></tr>`;
    });
    return `<section><h2>${esc(s('inbox.detail.deliveries'))}</h2><div class="scroll"><table><thead><tr>${head}<th></th></tr></thead><tbody>${rows.join('')}</tbody></table></div></section>`;
}

function statusSection(ctx: PageContext, session: SessionRecord, data: DetailData): string {
    const { st } = ctx;
    const s = st.s;
    const next = allowedNextStatuses(data.stored.status);
    const form = next.length === 0 ? '' : `<form class="filters" method="post" action="${esc(`${applicationPath(data.stored.reference)}/status`)}">${csrfField(session)}
<label>${esc(s('inbox.status.change'))}<select name="status">${options(next, '', (v) => statusLabel(st, v))}</select></label><button type="submit">${esc(s('inbox.status.submit'))}</button></form>`;
    const history = data.history.length === 0
        ? `<p>${esc(s('inbox.status.noHistory'))}</p>`
        : `<ol>${data.history.map((h) => `<li>${esc(s('inbox.status.historyEntry', { from: statusLabel(st, h.from), to: statusLabel(st, h.to), by: h.by, at: when(h.at) }))}</li>`).join('')}</ol>`;
    return `<section><h2>${esc(s('inbox.list.status'))}: <span class="badge status-${esc(data.stored.status)}">${esc(statusLabel(st, data.stored.status))}</span></h2>${form}
<h3>${esc(s('inbox.status.history'))}</h3>${history}</section>`;
}

export function detailPage(ctx: PageContext, session: SessionRecord, data: DetailData): string {
    const { st } = ctx;
    const s = st.s;
    const { stored } = data;
    const base = applicationPath(stored.reference);
    const meta = table([
        [esc(s('inbox.detail.submitted')), esc(when(stored.submittedAt))],
        [esc(s('inbox.detail.language')), esc(languageLabel(st, stored.locale))],
        [esc(s('inbox.detail.conversationChannel')), esc(stored.channel)]
    ]);
    const body = `<p><a href="/staff">← ${esc(s('inbox.detail.back'))}</a></p>
${message('notice', data.notice)}${message('error', data.error)}
<section><h1>${esc(stored.reference)}</h1>${meta}
<p class="row"><strong>${esc(s('inbox.detail.export'))}:</strong> <a href="${esc(`${base}/export.json`)}" download>${esc(s('inbox.detail.exportJson'))}</a> <a href="${esc(`${base}/fhir.json`)}" download>${esc(s('inbox.detail.exportFhir'))}</a></p></section>
${statusSection(ctx, session, data)}
${data.app ? summary(ctx, data.app) : `<section><pre dir="auto">${esc(JSON.stringify(stored.data, null, 2))}</pre></section>`}
${uploads(ctx, data)}
${deliveries(ctx, session, data)}
${coordinationPanel(ctx, session, data.coordination, base)}
${takeoverPanel(ctx, session, data.conversation, base)}
<section><h2>${esc(s('inbox.detail.transcript'))}</h2>${data.transcriptHtml}</section>`;
    return page(ctx, stored.reference, body, LIVE_SCRIPT);
}

export interface ConversationPageData {
    conversation: ConversationRecord;
    transcriptHtml: string;
    coordination: CoordinationView;
    intake: { facts: ConversationFacts; files: readonly FileLink[]; now: Date };
    back: string;
    notice?: string;
    error?: string;
}

export function conversationPage(ctx: PageContext, session: SessionRecord, data: ConversationPageData): string {
    const s = ctx.st.s;
    const { facts, files, now } = data.intake;
    const body = `<p><a href="/staff">← ${esc(s('inbox.detail.back'))}</a></p>
${message('notice', data.notice)}${message('error', data.error)}
<h1>${esc(s('inbox.list.conversation'))} <span class="badge">${esc(data.conversation.channelId)}</span></h1>
${intakePanel(ctx, data.conversation, facts, files, now)}
${takeoverPanel(ctx, session, data.conversation, data.back)}
${coordinationPanel(ctx, session, data.coordination, data.back)}
<section><h2>${esc(s('inbox.detail.transcript'))}</h2>${data.transcriptHtml}</section>`;
    return page(ctx, s('inbox.list.conversation'), body, LIVE_SCRIPT);
}
