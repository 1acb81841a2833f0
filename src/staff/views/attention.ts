import type { ConversationRecord } from '../../handoff/conversation-directory.js';
import type { Assignment } from '../coordination.js';
import type { FailingDelivery } from '../store.js';
import type { ConversationFacts } from '../intake-progress.js';
import { childLine } from './intake-facts.js';
import { applicationPath, conversationPath, languageLabel, when } from './labels.js';
import { esc, type PageContext } from './layout.js';

export { applicationPath, conversationPath };

/** "fever during treatment and bleeding that does not stop", in the staff language. */
function signList(ctx: PageContext, signs: readonly string[]): string {
    const names = signs.map((sign) => ctx.st.t(`common:emergency.signs.${sign}`, { defaultValue: sign }));
    return new Intl.ListFormat(ctx.st.locale, { style: 'long', type: 'conjunction' }).format(names);
}

/** Why a conversation needs a coordinator, one line per reason, emergencies first. */
export function attentionReasons(ctx: PageContext, c: ConversationRecord): string[] {
    const s = ctx.st.s;
    const reasons: string[] = [];
    if (c.emergencyAt && c.emergencySigns.length > 0) reasons.push(s('inbox.attention.emergency', { signs: signList(ctx, c.emergencySigns), at: when(c.emergencyAt) }));
    if (c.takeoverStatus === 'requested') reasons.push(s('inbox.attention.requested', { at: when(c.takenAt) }));
    if (c.takeoverStatus === 'staff') reasons.push(s('inbox.takeover.staff', { user: c.takenBy ?? '' }));
    return reasons;
}

function deliveryRow(ctx: PageContext, d: FailingDelivery): string {
    const s = ctx.st.s;
    const reason = s('inbox.attention.delivery', { channel: d.channel, attempts: d.attempts, at: when(d.lastAttemptAt) });
    return `<tr><td><a href="${esc(applicationPath(d.reference))}"><strong>${esc(d.reference)}</strong></a></td><td><ul class="reasons"><li>${esc(reason)}</li></ul></td><td>${esc(when(d.lastAttemptAt))}</td></tr>`;
}

/** The "Needs attention" list at the top of the inbox (always shown, so "nothing" is visible too). */
export function attentionSection(
    ctx: PageContext, conversations: readonly ConversationRecord[], failing: readonly FailingDelivery[] = [], assignments: ReadonlyMap<string, Assignment> = new Map(),
    facts: { byId: ReadonlyMap<string, ConversationFacts>; now: Date } = { byId: new Map(), now: new Date() }
): string {
    const s = ctx.st.s;
    const title = `<h2 id="attention">${esc(s('inbox.attention.title'))}</h2>`;
    // id + data-live: the inbox page swaps this section's content when the list changes; polite, so it is announced.
    const open = '<section aria-labelledby="attention" id="attention-section" data-live aria-live="polite">';
    if (conversations.length === 0 && failing.length === 0) return `${open}${title}<p>${esc(s('inbox.attention.none'))}</p></section>`;
    const rows = conversations.map((c) => {
        const assignment = assignments.get(c.conversationId);
        const assigned = assignment ? [s('inbox.coordination.assignedTo', { assignee: assignment.assignee })] : [];
        const reasons = [...attentionReasons(ctx, c), ...assigned].map((r) => `<li>${esc(r)}</li>`).join('');
        const urgent = c.emergencySigns.length > 0 ? ' class="urgent"' : '';
        // The family's language, named in the staff's: who should answer is the first thing to know.
        const language = c.locale ? ` <span class="badge">${esc(languageLabel(ctx.st, c.locale))}</span>` : '';
        return `<tr${urgent}><td><a href="${esc(conversationPath(c.conversationId))}">${esc(s('inbox.list.open'))}</a> <span class="badge">${esc(c.channelId)}</span>${language}${childLine(ctx, facts.byId.get(c.conversationId), facts.now)}</td><td><ul class="reasons">${reasons}</ul></td><td>${esc(when(c.updatedAt))}</td></tr>`;
    });
    return `${open}${title}<div class="scroll"><table>
<thead><tr><th>${esc(s('inbox.list.conversation'))}</th><th>${esc(s('inbox.attention.reason'))}</th><th>${esc(s('inbox.list.lastActive'))}</th></tr></thead>
<tbody>${[...rows, ...failing.map((d) => deliveryRow(ctx, d))].join('\n')}</tbody></table></div></section>`;
}
