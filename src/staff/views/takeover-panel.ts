import type { ConversationRecord } from '../../handoff/conversation-directory.js';
import type { SessionRecord } from '../store.js';
import { attentionReasons, conversationPath } from './attention.js';
import { csrfField, esc, type PageContext } from './layout.js';

/** Plain DOM (textContent only): parent messages can never become markup. */
export const LIVE_SCRIPT = `(function(){var list=document.getElementById('live');if(!list||!window.EventSource)return;
var es=new EventSource(list.getAttribute('data-events'));
function add(cls,label,d){var li=document.createElement('li');li.className=cls;var t=document.createElement('time');t.textContent=String(d.at).replace('T',' ').slice(0,19)+' UTC ';
var b=document.createElement('strong');b.textContent=label+': ';var p=document.createElement('span');p.dir='auto';p.textContent=d.text;li.append(t,b,p);list.append(li);}
es.addEventListener('parent_message',function(e){add('parent',list.getAttribute('data-parent'),JSON.parse(e.data));});
es.addEventListener('staff_message',function(e){add('staff',list.getAttribute('data-staff'),JSON.parse(e.data));});
es.addEventListener('status',function(){es.close();location.reload();});})();`;

function button(ctx: PageContext, session: SessionRecord, action: string, label: string, back: string, secondary = false): string {
    return `<form method="post" action="${esc(action)}">${csrfField(session)}<input type="hidden" name="back" value="${esc(back)}"><button type="submit"${secondary ? ' class="secondary"' : ''}>${esc(label)}</button></form>`;
}

/** Take over / write / hand back, plus the live list of new parent messages. */
export function takeoverPanel(ctx: PageContext, session: SessionRecord, conversation: ConversationRecord | undefined, back: string): string {
    const s = ctx.st.s;
    if (!conversation) return `<section><h2>${esc(s('inbox.takeover.title'))}</h2><p>${esc(s('inbox.takeover.unreachable'))}</p></section>`;
    const base = conversationPath(conversation.conversationId);
    const status = conversation.takeoverStatus;
    const state = status === 'staff' ? s('inbox.takeover.staff', { user: conversation.takenBy ?? '' }) : s(`inbox.takeover.${status}`);
    const controls: string[] = [];
    if (status !== 'staff') controls.push(button(ctx, session, `${base}/takeover`, s('inbox.takeover.start'), back));
    if (status === 'staff' && conversation.takenBy === session.username) {
        controls.push(`<form class="compose" method="post" action="${esc(`${base}/messages`)}">${csrfField(session)}<input type="hidden" name="back" value="${esc(back)}">
<label>${esc(s('inbox.takeover.message'))}<textarea name="text" required maxlength="4000" dir="auto"></textarea></label>
<p><button type="submit">${esc(s('inbox.takeover.send'))}</button></p></form>`);
    }
    if (status !== 'bot') controls.push(button(ctx, session, `${base}/handback`, s('inbox.takeover.handBack'), back, true));
    // The emergency line is the first reason when there is one; the state line says the rest.
    const emergency = conversation.emergencySigns.length > 0
        ? `<div class="error"><p>${esc(attentionReasons(ctx, conversation)[0] ?? '')}</p>${button(ctx, session, `${base}/emergency-seen`, s('inbox.attention.clear'), back, true)}</div>`
        : '';
    return `<section id="takeover"><h2>${esc(s('inbox.takeover.title'))}</h2>
${emergency}<p><strong>${esc(state)}</strong></p>
<div class="row">${controls.join('\n')}</div>
<p>${esc(s('inbox.takeover.live'))}</p>
<ol class="live" id="live" aria-live="polite" data-events="${esc(`/staff/api/conversations/${encodeURIComponent(conversation.conversationId)}/events`)}" data-parent="${esc(s('inbox.takeover.parent'))}" data-staff="${esc(s('inbox.takeover.staffRole'))}"></ol>
</section>`;
}
