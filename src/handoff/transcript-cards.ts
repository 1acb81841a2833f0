import type { Attachment } from 'botbuilder';

const CARD_PREFIX = 'application/vnd.microsoft.card.';
const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';

/** What a reader of the transcript sees of a message's attachments. */
export interface ReadableAttachments {
    /** Card text (title, subtitle, text, text blocks, facts), one line each. */
    lines: string[];
    /** Card button titles. */
    buttons: string[];
    /** Files as "name (type)"; never URLs or content. */
    files: string[];
}

export const isCardType = (contentType: string): boolean => contentType.startsWith(CARD_PREFIX);

const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
const record = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Hero, thumbnail and similar cards: title, subtitle, text and the buttons' titles. */
function richCard(content: Record<string, unknown>, out: ReadableAttachments): void {
    for (const key of ['title', 'subtitle', 'text']) {
        const line = str(content[key]);
        if (line) out.lines.push(line);
    }
    for (const button of list(content.buttons)) {
        const title = str(record(button).title) ?? str(record(button).value);
        if (title) out.buttons.push(title);
    }
}

/** Adaptive Cards: text blocks and facts in order, action titles as buttons (nested containers included). */
function adaptiveElements(elements: unknown[], out: ReadableAttachments, depth = 0): void {
    if (depth > 5) return;
    for (const element of elements) {
        const el = record(element);
        const text = el.type === 'TextBlock' ? str(el.text) : undefined;
        if (text) out.lines.push(text);
        for (const fact of list(el.facts)) {
            const f = record(fact);
            const [title, value] = [str(f.title), str(f.value)];
            if (title || value) out.lines.push([title, value].filter(Boolean).join(': '));
        }
        for (const action of list(el.actions)) {
            const title = str(record(action).title);
            if (title) out.buttons.push(title);
        }
        adaptiveElements([...list(el.items), ...list(el.columns), ...list(el.body)], out, depth + 1);
    }
}

/** Turns a message's attachments into what a coordinator can read; card JSON itself is never kept. */
export function readableAttachments(attachments: readonly Partial<Attachment>[] | undefined): ReadableAttachments {
    const out: ReadableAttachments = { lines: [], buttons: [], files: [] };
    for (const attachment of attachments ?? []) {
        const type = str(attachment.contentType) ?? '';
        if (type === ADAPTIVE) {
            const content = record(attachment.content);
            adaptiveElements([{ body: content.body }, { actions: content.actions }], out);
        } else if (isCardType(type)) {
            richCard(record(attachment.content), out);
        } else {
            const name = str(attachment.name);
            const file = name && type ? `${name} (${type})` : (name ?? type);
            if (file) out.files.push(file);
        }
    }
    return out;
}
