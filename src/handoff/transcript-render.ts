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
    /** Marks a question sent again (after an answer not understood) whose prompt and options were left out; `repeated` without it. */
    askedAgain?: (at: string) => string;
}

/** A staff download for an attachment the transcript names, when the file is at hand. */
export type TranscriptFileLink = (attachment: string) => { href: string; size: string } | undefined;

export const ENGLISH_TRANSCRIPT_LABELS: TranscriptLabels = {
    title: 'Conversation transcript',
    empty: 'No conversation was recorded.',
    roles: { parent: 'Parent', bot: 'Assistant', staff: 'Coordinator' },
    attachments: 'Attachments',
    actions: 'Options',
    repeated: (at) => `(the same message as at ${at})`,
    askedAgain: (at) => `(asked again; first asked at ${at})`
};

export function transcriptLabels(st: StaffTexts): TranscriptLabels {
    return {
        title: st.s('transcript.title'),
        empty: st.s('transcript.empty'),
        roles: { parent: st.s('transcript.roles.parent'), bot: st.s('transcript.roles.bot'), staff: st.s('transcript.roles.staff') },
        attachments: st.s('transcript.attachments'),
        actions: st.s('transcript.actions'),
        repeated: (at) => st.s('transcript.repeated', { at }),
        askedAgain: (at) => st.s('transcript.askedAgain', { at })
    };
}

// Rows recorded before cards were read kept only the card's content type: it tells a reader nothing.
const LEGACY_CARD = /^application\/vnd\.microsoft\.card\./;
const REPEAT_MIN_CHARS = 200;

interface ReadableEntry {
    entry: TranscriptEntry;
    /** The same message was sent at this time: shown as a pointer only. */
    repeatOf?: string;
    /** A question sent again: its prompt and options (first sent at this time) are left out. */
    askedAgain?: string;
}

const paragraphs = (text: string): string[] => text.split(/\n{2,}/).map((p) => p.trim()).filter((p) => p !== '');

/**
 * The entries as a reader should see them: legacy card types dropped, a menu or long message the
 * assistant repeats (the welcome's language card) pointed back to its first time, and a question
 * asked again after a miss shown once: the retry keeps only its new words ("Please give a date…")
 * with an "asked again" mark, not the prompt and its options a second time.
 */
function readable(entries: readonly TranscriptEntry[]): ReadableEntry[] {
    const seen = new Map<string, string>();
    // A message's last paragraph (a question's prompt, or its numbered options) → its first sending.
    const asked = new Map<string, { at: string; parts: Set<string>; actions: Set<string> }>();
    return entries.map((e) => {
        const entry = { ...e, attachments: e.attachments.filter((a) => !LEGACY_CARD.test(a)) };
        if (entry.role !== 'bot') return { entry };
        if (entry.actions.length > 0 || entry.text.length >= REPEAT_MIN_CHARS) {
            const key = JSON.stringify([entry.text, entry.attachments, entry.actions]);
            const first = seen.get(key);
            if (first) return { entry, repeatOf: first };
            seen.set(key, entry.at);
        }
        const parts = paragraphs(entry.text);
        const last = parts[parts.length - 1];
        if (last === undefined) return { entry };
        const earlier = asked.get(last);
        // A question again: its options, or words of its own before the prompt ("Please give a date…").
        if (earlier && (entry.actions.length > 0 || parts.length > 1)) {
            const text = parts.filter((p) => !earlier.parts.has(p)).join('\n\n');
            return { entry: { ...entry, text, actions: entry.actions.filter((a) => !earlier.actions.has(a)) }, askedAgain: earlier.at };
        }
        if (!earlier) asked.set(last, { at: entry.at, parts: new Set(parts), actions: new Set(entry.actions) });
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
    const blocks = readable(entries).map(({ entry: e, repeatOf, askedAgain }) => {
        if (repeatOf) return `${utcTime(e.at)}  ${labels.roles[e.role]}: ${labels.repeated(utcTime(repeatOf))}`;
        const mark = askedAgain ? againMark(labels, askedAgain) : '';
        const [first = '', ...rest] = [e.text, mark].filter((part) => part !== '').join('\n').split(/\r?\n/);
        const lines = [`${utcTime(e.at)}  ${labels.roles[e.role]}: ${first}`, ...rest.map((l) => `${INDENT}${l}`)];
        if (e.attachments.length > 0) lines.push(`${INDENT}[${labels.attachments}: ${e.attachments.join(', ')}]`);
        if (e.actions.length > 0) lines.push(`${INDENT}[${labels.actions}: ${e.actions.join(' | ')}]`);
        return lines.join('\n');
    });
    return `${labels.title}\n\n${blocks.join('\n')}\n`;
}

const againMark = (labels: TranscriptLabels, at: string): string => (labels.askedAgain ?? labels.repeated)(utcTime(at));

/** An attachment's name, a download link with its size where staff can open the file. */
function attachmentHtml(attachment: string, fileLink: TranscriptFileLink | undefined): string {
    const link = fileLink?.(attachment);
    return link ? `<a href="${escapeHtml(link.href)}" download>${escapeHtml(attachment)}</a> <span class="size">${escapeHtml(link.size)}</span>` : escapeHtml(attachment);
}

/**
 * The same as an escaped HTML fragment (an ordered list), for e-mail and the staff inbox; times stay
 * in order in right-to-left text. With `fileLink`, attachments at hand become download links.
 */
export function renderTranscriptHtml(entries: readonly TranscriptEntry[], labels: TranscriptLabels = ENGLISH_TRANSCRIPT_LABELS, fileLink?: TranscriptFileLink): string {
    if (entries.length === 0) return `<p>${escapeHtml(labels.empty)}</p>`;
    const items = readable(entries).map(({ entry: e, repeatOf, askedAgain }) => {
        const head = `<li class="${e.role}"><time dir="ltr" datetime="${escapeHtml(e.at)}">${escapeHtml(utcTime(e.at))}</time> <strong>${escapeHtml(labels.roles[e.role])}:</strong> `;
        if (repeatOf) return `${head}<em>${escapeHtml(labels.repeated(utcTime(repeatOf)))}</em></li>`;
        const extras: string[] = [];
        if (askedAgain) extras.push(`<div><em class="again">${escapeHtml(againMark(labels, askedAgain))}</em></div>`);
        if (e.attachments.length > 0) extras.push(`<div>${escapeHtml(labels.attachments)}: ${e.attachments.map((a) => attachmentHtml(a, fileLink)).join(', ')}</div>`);
        if (e.actions.length > 0) extras.push(`<div>${escapeHtml(labels.actions)}: ${escapeHtml(e.actions.join(' | '))}</div>`);
        return `${head}<span dir="auto">${htmlLines(e.text)}</span>${extras.join('')}</li>`;
    });
    return `<ol class="transcript">\n${items.join('\n')}\n</ol>`;
}
