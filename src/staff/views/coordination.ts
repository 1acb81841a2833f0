import type { Assignment, InternalNote } from '../coordination.js';
import { MAX_DISPLAY_NAME_CHARS, MAX_NOTE_CHARS } from '../coordination.js';
import type { SessionRecord } from '../store.js';
import { conversationPath } from './attention.js';
import { when } from './labels.js';
import { csrfField, esc, message, options, page, type PageContext } from './layout.js';

export interface CoordinationView {
    conversationId: string;
    assignment: Assignment | undefined;
    notes: readonly InternalNote[];
    /** Who can be assigned: the staff accounts. */
    usernames: readonly string[];
}

/** "Assigned to dana (by carla, 2026-…)", or "Not assigned". */
export function assignmentLine(ctx: PageContext, assignment: Assignment | undefined): string {
    const s = ctx.st.s;
    return assignment
        ? s('inbox.coordination.assigned', { assignee: assignment.assignee, by: assignment.assignedBy, at: when(assignment.assignedAt) })
        : s('inbox.coordination.unassigned');
}

/** Assignment and internal notes of a conversation (and of its applications); notes never reach parents. */
export function coordinationPanel(ctx: PageContext, session: SessionRecord, data: CoordinationView, back: string): string {
    const s = ctx.st.s;
    const base = conversationPath(data.conversationId);
    const hidden = `${csrfField(session)}<input type="hidden" name="back" value="${esc(back)}">`;
    const current = data.assignment?.assignee ?? session.username;
    const unassign = data.assignment
        ? `<form method="post" action="${esc(`${base}/assign`)}">${hidden}<input type="hidden" name="assignee" value=""><button type="submit" class="secondary">${esc(s('inbox.coordination.unassign'))}</button></form>`
        : '';
    const notes = data.notes.length === 0
        ? `<p>${esc(s('inbox.coordination.noNotes'))}</p>`
        : `<ol class="notes">${data.notes.map((n) => `<li><p class="meta">${esc(s('inbox.coordination.noteBy', { author: n.author, at: when(n.createdAt) }))}</p><p dir="auto">${esc(n.text)}</p></li>`).join('')}</ol>`;
    return `<section id="coordination" aria-labelledby="coordination-title"><h2 id="coordination-title">${esc(s('inbox.coordination.title'))}</h2>
<p><strong>${esc(assignmentLine(ctx, data.assignment))}</strong></p>
<div class="row"><form class="filters" method="post" action="${esc(`${base}/assign`)}">${hidden}
<label>${esc(s('inbox.coordination.assignee'))}<select name="assignee">${options(data.usernames, current, (u) => (u === session.username ? s('inbox.coordination.me', { user: u }) : u))}</select></label>
<button type="submit">${esc(s('inbox.coordination.assign'))}</button></form>${unassign}</div>
<h3>${esc(s('inbox.coordination.notes'))}</h3>
<p class="hint">${esc(s('inbox.coordination.private'))}</p>
${notes}
<form method="post" action="${esc(`${base}/notes`)}">${hidden}
<label>${esc(s('inbox.coordination.newNote'))}<textarea name="text" required maxlength="${MAX_NOTE_CHARS}" dir="auto"></textarea></label>
<p><button type="submit">${esc(s('inbox.coordination.addNote'))}</button></p></form>
</section>`;
}

/** The coordinator's own settings: the name parents see above their messages. */
export function profilePage(ctx: PageContext, session: SessionRecord, data: { displayName: string | undefined; shownAs: string; notice?: string; error?: string }): string {
    const s = ctx.st.s;
    const body = `<p><a href="/staff">← ${esc(s('inbox.detail.back'))}</a></p>
${message('notice', data.notice)}${message('error', data.error)}
<section><h1>${esc(s('inbox.profile.title'))}</h1>
<p>${esc(s('inbox.profile.shownAs', { name: data.shownAs }))}</p>
<form method="post" action="/staff/profile">${csrfField(session)}
<p><label>${esc(s('inbox.profile.displayName'))}<input name="displayName" maxlength="${MAX_DISPLAY_NAME_CHARS}" autocomplete="given-name" dir="auto" value="${esc(data.displayName ?? '')}" aria-describedby="display-name-hint"></label></p>
<p id="display-name-hint" class="hint">${esc(s('inbox.profile.hint'))}</p>
<p><button type="submit">${esc(s('inbox.profile.save'))}</button></p></form></section>`;
    return page(ctx, s('inbox.profile.title'), body);
}
