import { ActionTypes, type Activity, type Attachment, type CardAction, type HeroCard } from 'botbuilder';
import { escapeHtml, splitText } from './text';

/** callback_data is 1–64 bytes: the choice value itself when it fits, else the button's place. */
const CALLBACK_BYTES = 64;
export const CALLBACK_VALUE = 'v:';
export const CALLBACK_BUTTON = 'b:';
/** Titles this short share a row (yes / no / don't know). */
const SHORT_TITLE = 14;
const PER_ROW = 3;

export type InlineButton = { text: string; callback_data: string } | { text: string; url: string };

/** A sendMessage body without its chat_id. */
export interface OutgoingMessage {
    text: string;
    parse_mode: 'HTML';
    link_preview_options: { is_disabled: true };
    reply_markup?: { inline_keyboard: InlineButton[][] };
}

interface Part {
    text: string;
    actions: CardAction[];
}

/** Telegram opens only public https links from a button; any other link stays in the text. */
const isButtonUrl = (value: unknown): value is string => typeof value === 'string' && /^https:\/\/[^/]*\./.test(value);

function keyboard(actions: CardAction[]): InlineButton[][] {
    const buttons: InlineButton[] = [];
    for (const action of actions) {
        const title = action.title ?? String(action.value ?? '');
        if (action.type === ActionTypes.OpenUrl) {
            if (isButtonUrl(action.value)) buttons.push({ text: title, url: action.value });
            continue;
        }
        const value = typeof action.value === 'string' ? action.value : title;
        const data = `${CALLBACK_VALUE}${value}`;
        buttons.push({ text: title, callback_data: Buffer.byteLength(data) <= CALLBACK_BYTES ? data : `${CALLBACK_BUTTON}${buttons.length}` });
    }
    const rowSize = buttons.every((b) => b.text.length <= SHORT_TITLE) ? PER_ROW : 1;
    const rows: InlineButton[][] = [];
    for (let i = 0; i < buttons.length; i += rowSize) rows.push(buttons.slice(i, i + rowSize));
    return rows;
}

/** Links that cannot be buttons, as lines of the text. */
function linkLines(actions: CardAction[]): string[] {
    return actions.filter((a) => a.type === ActionTypes.OpenUrl && !isButtonUrl(a.value) && typeof a.value === 'string').map((a) => `${a.title ?? ''}: ${String(a.value)}`);
}

function cardPart(attachment: Attachment): Part | undefined {
    if (attachment.contentType !== 'application/vnd.microsoft.card.hero') return undefined;
    const card = (attachment.content ?? {}) as Partial<HeroCard>;
    const actions = card.buttons ?? [];
    return { text: [card.title, card.subtitle, card.text, ...linkLines(actions)].filter(Boolean).join('\n\n'), actions };
}

/**
 * One bot activity as Telegram messages: its text (split at Telegram's limit without breaking
 * words), each hero card as a message with its buttons, and the suggested actions as an inline
 * keyboard on the last message. Texts are plain and escaped for HTML parse mode.
 */
export function renderActivity(activity: Partial<Activity>): OutgoingMessage[] {
    const parts: Part[] = [];
    if (activity.text?.trim()) parts.push({ text: activity.text, actions: [] });
    for (const attachment of activity.attachments ?? []) {
        const part = cardPart(attachment);
        if (part?.text || part?.actions.length) parts.push(part);
    }
    const suggested = activity.suggestedActions?.actions ?? [];
    const last = parts.at(-1);
    if (last) {
        last.actions = [...last.actions, ...suggested];
        last.text = [last.text, ...linkLines(suggested)].filter(Boolean).join('\n\n');
    }
    return parts.flatMap((part) => {
        const chunks = splitText(part.text);
        const rows = keyboard(part.actions);
        // A keyboard needs a text to sit under; a card with buttons only gets an ellipsis.
        if (chunks.length === 0 && rows.length > 0) chunks.push('…');
        return chunks.map((chunk, i): OutgoingMessage => ({
            text: escapeHtml(chunk),
            parse_mode: 'HTML',
            link_preview_options: { is_disabled: true },
            ...(i === chunks.length - 1 && rows.length > 0 ? { reply_markup: { inline_keyboard: rows } } : {})
        }));
    });
}
