import { escapeHtml, htmlLines } from './html.js';
import type { StaffTexts } from './staff-texts.js';
import type { TranscriptEntry, TranscriptRole } from './transcript.js';

export interface TranscriptLabels {
    title: string;
    empty: string;
    roles: Record<TranscriptRole, string>;
    attachments: string;
    actions: string;
}

export const ENGLISH_TRANSCRIPT_LABELS: TranscriptLabels = {
    title: 'Conversation transcript',
    empty: 'No conversation was recorded.',
    roles: { parent: 'Parent', bot: 'Assistant', staff: 'Coordinator' },
    attachments: 'Attachments',
    actions: 'Options'
};

export function transcriptLabels(st: StaffTexts): TranscriptLabels {
    return {
        title: st.s('transcript.title'),
        empty: st.s('transcript.empty'),
        roles: { parent: st.s('transcript.roles.parent'), bot: st.s('transcript.roles.bot'), staff: st.s('transcript.roles.staff') },
        attachments: st.s('transcript.attachments'),
        actions: st.s('transcript.actions')
    };
}

/** "2025-03-01 10:00:05 UTC": times are always shown in UTC, whatever the server's zone. */
export function utcTime(iso: string): string {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

const INDENT = '    ';

/** Readable plain text: one block per message, who spoke and when, oldest first. */
export function renderTranscriptText(entries: readonly TranscriptEntry[], labels: TranscriptLabels = ENGLISH_TRANSCRIPT_LABELS): string {
    if (entries.length === 0) return `${labels.title}\n\n${labels.empty}\n`;
    const blocks = entries.map((e) => {
        const [first = '', ...rest] = e.text.split(/\r?\n/);
        const lines = [`${utcTime(e.at)}  ${labels.roles[e.role]}: ${first}`, ...rest.map((l) => `${INDENT}${l}`)];
        if (e.attachments.length > 0) lines.push(`${INDENT}[${labels.attachments}: ${e.attachments.join(', ')}]`);
        if (e.actions.length > 0) lines.push(`${INDENT}[${labels.actions}: ${e.actions.join(' | ')}]`);
        return lines.join('\n');
    });
    return `${labels.title}\n\n${blocks.join('\n')}\n`;
}

/** The same as an escaped HTML fragment (an ordered list), for e-mail and the staff inbox. */
export function renderTranscriptHtml(entries: readonly TranscriptEntry[], labels: TranscriptLabels = ENGLISH_TRANSCRIPT_LABELS): string {
    if (entries.length === 0) return `<p>${escapeHtml(labels.empty)}</p>`;
    const items = entries.map((e) => {
        const extras: string[] = [];
        if (e.attachments.length > 0) extras.push(`<div>${escapeHtml(labels.attachments)}: ${escapeHtml(e.attachments.join(', '))}</div>`);
        if (e.actions.length > 0) extras.push(`<div>${escapeHtml(labels.actions)}: ${escapeHtml(e.actions.join(' | '))}</div>`);
        return (
            `<li class="${e.role}"><time datetime="${escapeHtml(e.at)}">${escapeHtml(utcTime(e.at))}</time> ` +
            `<strong>${escapeHtml(labels.roles[e.role])}:</strong> <span dir="auto">${htmlLines(e.text)}</span>${extras.join('')}</li>`
        );
    });
    return `<ol class="transcript">\n${items.join('\n')}\n</ol>`;
}
