import type { ConversationRecord } from '../../handoff/conversation-directory.js';
import { ageText, sectionTitle, staffFieldLabel } from '../../handoff/staff-summary.js';
import { IN_PROGRESS_DAYS, type ConversationFacts } from '../intake-progress.js';
import { applicationPath, conversationPath, languageLabel, when } from './labels.js';
import { esc, type PageContext } from './layout.js';

/** A file staff can download from the conversation page. */
export interface FileLink {
    name: string;
    contentType: string;
    size: string;
    href: string;
}

/** Where the name goes in the label, to be isolated in HTML. */
const NAME_SLOT = '\u0001';

/**
 * "Mia, 9 yrs" (age today) as escaped HTML, the name isolated so "ليلى, 10 yrs" keeps its order on
 * a left-to-right page; the name alone, or the age with "name not given yet"; nothing when neither is known.
 */
export function childHtml(ctx: PageContext, facts: ConversationFacts | undefined, now: Date): string | undefined {
    if (!facts?.childName && !facts?.birthDate) return undefined;
    const s = ctx.st.s;
    const name = `<bdi>${esc(facts.childName ?? s('inbox.progress.noName'))}</bdi>`;
    const age = facts.birthDate ? ageText(facts.birthDate, now, ctx.st.locale) : undefined;
    return age ? esc(s('inbox.progress.childAge', { name: NAME_SLOT, age })).replace(NAME_SLOT, name) : name;
}

/** The child as a line under a conversation's link, or nothing. */
export function childLine(ctx: PageContext, facts: ConversationFacts | undefined, now: Date): string {
    const child = childHtml(ctx, facts, now);
    return child ? `<div class="child">${child}</div>` : '';
}

/** "Diagnosis: Date of diagnosis" and "question 7 of 40", or the review's title. */
function whereHtml(ctx: PageContext, facts: ConversationFacts): string {
    const s = ctx.st.s;
    if (!facts.field || !facts.section) return esc(sectionTitle(ctx.st, facts.section ?? 'review'));
    const question = s('inbox.progress.question', { section: sectionTitle(ctx.st, facts.section), field: staffFieldLabel(ctx.st, facts.field) });
    const position = facts.progress ? `<div class="hint">${esc(s('inbox.progress.position', { index: facts.progress.index, total: facts.progress.total }))}</div>` : '';
    return `${esc(question)}${position}`;
}

const languageBadge = (ctx: PageContext, c: ConversationRecord): string => (c.locale ? ` <span class="badge">${esc(languageLabel(ctx.st, c.locale))}</span>` : '');

/** The inbox's "In progress" list: intakes started in the last days and not sent, like Chatwoot's open conversations. */
export function inProgressSection(ctx: PageContext, rows: readonly { conversation: ConversationRecord; facts: ConversationFacts }[], now: Date): string {
    const s = ctx.st.s;
    const title = `<h2 id="in-progress">${esc(s('inbox.progress.title'))} <span class="badge">${esc(s('inbox.progress.count', { count: rows.length }))}</span></h2>`;
    const hint = `<p class="hint">${esc(s('inbox.progress.hint', { days: IN_PROGRESS_DAYS }))}</p>`;
    const open = '<section aria-labelledby="in-progress" id="in-progress-section" data-live>';
    if (rows.length === 0) return `${open}${title}${hint}<p>${esc(s('inbox.progress.none'))}</p></section>`;
    // On a phone the last activity moves under "Where": four columns do not fit 390 px.
    const body = rows.map(({ conversation: c, facts }) => `<tr><td><a href="${esc(conversationPath(c.conversationId))}">${esc(s('inbox.list.open'))}</a> <span class="badge hide-narrow">${esc(c.channelId)}</span>${languageBadge(ctx, c)}</td>
<td>${childHtml(ctx, facts, now) ?? esc(s('inbox.progress.noName'))}</td><td>${whereHtml(ctx, facts)}<div class="hint show-narrow">${esc(when(facts.lastActiveAt))}</div></td><td class="hide-narrow">${esc(when(facts.lastActiveAt))}</td></tr>`);
    const head = [s('inbox.list.conversation'), s('inbox.list.child'), s('inbox.progress.where')].map((h) => `<th>${esc(h)}</th>`).join('') + `<th class="hide-narrow">${esc(s('inbox.list.lastActive'))}</th>`;
    return `${open}${title}${hint}<div class="scroll"><table><thead><tr>${head}</tr></thead><tbody>${body.join('\n')}</tbody></table></div></section>`;
}

/** The conversation page's summary of the intake: status, where it stands, the child, documents to download. */
export function intakePanel(ctx: PageContext, conversation: ConversationRecord, facts: ConversationFacts, files: readonly FileLink[], now: Date): string {
    const s = ctx.st.s;
    const status = facts.inProgress
        ? esc(s('inbox.intake.inProgress'))
        : facts.submitted
            ? `<a href="${esc(applicationPath(facts.submitted.reference))}">${esc(s('inbox.intake.submitted', { reference: facts.submitted.reference }))}</a>`
            : esc(s('inbox.intake.notStarted'));
    const child = childHtml(ctx, facts, now);
    const rows: [string, string][] = [
        [s('inbox.intake.status'), status],
        ...(facts.inProgress ? [[s('inbox.progress.where'), whereHtml(ctx, facts)] as [string, string]] : []),
        ...(child ? [[s('inbox.list.child'), child] as [string, string]] : []),
        [s('inbox.detail.language'), esc(conversation.locale ? languageLabel(ctx.st, conversation.locale) : '—')],
        [s('inbox.list.lastActive'), esc(when(facts.lastActiveAt))]
    ];
    const list = files.length === 0
        ? `<p>${esc(s('inbox.intake.noFiles'))}</p>`
        : `<ul class="files">${files.map((f) => `<li><a href="${esc(f.href)}" download dir="auto">${esc(f.name)}</a> <span class="badge">${esc(f.contentType)}</span> ${esc(f.size)}</li>`).join('')}</ul>`;
    return `<section aria-labelledby="intake-facts"><h2 id="intake-facts">${esc(s('inbox.intake.title'))}</h2>
<table>${rows.map(([k, v]) => `<tr><th>${esc(k)}</th><td dir="auto">${v}</td></tr>`).join('')}</table>
<h3>${esc(s('inbox.intake.files'))}</h3>${list}</section>`;
}
