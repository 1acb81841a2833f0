import { escapeHtml, htmlLines } from './html.js';
import type { StaffTexts } from './staff-texts.js';
import type { TranscriptEntry, TranscriptRole } from './transcript.js';

export interface TranscriptLabels {
    title: string;
    empty: string;
    roles: Record<TranscriptRole, string>;
    attachments: string;
    actions: string;
    /** Shown instead of a menu or long message the assistant already sent: "(same message as at …)". */
    repeated: (at: string) => string;
}

export const ENGLISH_TRANSCRIPT_LABELS: TranscriptLabels = {
    title: 'Conversation transcript',
    empty: 'No conversation was recorded.',
    roles: { parent: 'Parent', bot: 'Assistant', staff: 'Coordinator' },
    attachments: 'Attachments',
    actions: 'Options',
    repeated: (at) => `(the same message as at ${at})`
};

export function transcriptLabels(st: StaffTexts): TranscriptLabels {
    return {
        title: st.s('transcript.title'),
        empty: st.s('transcript.empty'),
        roles: { parent: st.s('transcript.roles.parent'), bot: st.s('transcript.roles.bot'), staff: st.s('transcript.roles.staff') },
        attachments: st.s('transcript.attachments'),
        actions: st.s('transcript.actions'),
        repeated: (at) => st.s('transcript.repeated', { at })
    };
}

// Rows recorded before cards were read kept only the card's content type: it tells a reader nothing.
const LEGACY_CARD = /^application\/vnd\.microsoft\.card\./;
const REPEAT_MIN_CHARS = 200;

/**
 * The entries as a reader should see them: legacy card types dropped, and a menu or long message
 * the assistant repeats (the welcome's language card, a re-asked question) pointed back to its
 * first time instead of shown again.
 */
function readable(entries: readonly TranscriptEntry[]): { entry: TranscriptEntry; repeatOf?: string }[] {
    const seen = new Map<string, string>();
    return entries.map((e) => {
        const entry = { ...e, attachments: e.attachments.filter((a) => !LEGACY_CARD.test(a)) };
        if (entry.role !== 'bot' || (entry.actions.length === 0 && entry.text.length < REPEAT_MIN_CHARS)) return { entry };
        const key = JSON.stringify([entry.text, entry.attachments, entry.actions]);
        const first = seen.get(key);
        if (first) return { entry, repeatOf: first };
        seen.set(key, entry.at);
        return { entry };
    });
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
    const blocks = readable(entries).map(({ entry: e, repeatOf }) => {
        if (repeatOf) return `${utcTime(e.at)}  ${labels.roles[e.role]}: ${labels.repeated(utcTime(repeatOf))}`;
        const [first = '', ...rest] = e.text.split(/\r?\n/);
        const lines = [`${utcTime(e.at)}  ${labels.roles[e.role]}: ${first}`, ...rest.map((l) => `${INDENT}${l}`)];
        if (e.attachments.length > 0) lines.push(`${INDENT}[${labels.attachments}: ${e.attachments.join(', ')}]`);
        if (e.actions.length > 0) lines.push(`${INDENT}[${labels.actions}: ${e.actions.join(' | ')}]`);
        return lines.join('\n');
    });
    return `${labels.title}\n\n${blocks.join('\n')}\n`;
}

/** The same as an escaped HTML fragment (an ordered list), for e-mail and the staff inbox; times stay in order in right-to-left text. */
export function renderTranscriptHtml(entries: readonly TranscriptEntry[], labels: TranscriptLabels = ENGLISH_TRANSCRIPT_LABELS): string {
    if (entries.length === 0) return `<p>${escapeHtml(labels.empty)}</p>`;
    const items = readable(entries).map(({ entry: e, repeatOf }) => {
        const head = `<li class="${e.role}"><time dir="ltr" datetime="${escapeHtml(e.at)}">${escapeHtml(utcTime(e.at))}</time> <strong>${escapeHtml(labels.roles[e.role])}:</strong> `;
        if (repeatOf) return `${head}<em>${escapeHtml(labels.repeated(utcTime(repeatOf)))}</em></li>`;
        const extras: string[] = [];
        if (e.attachments.length > 0) extras.push(`<div>${escapeHtml(labels.attachments)}: ${escapeHtml(e.attachments.join(', '))}</div>`);
        if (e.actions.length > 0) extras.push(`<div>${escapeHtml(labels.actions)}: ${escapeHtml(e.actions.join(' | '))}</div>`);
        return `${head}<span dir="auto">${htmlLines(e.text)}</span>${extras.join('')}</li>`;
    });
    return `<ol class="transcript">\n${items.join('\n')}\n</ol>`;
}
