/** Telegram's limit for one message's text, counted after entities are parsed (the visible text). */
export const MESSAGE_LIMIT = 4096;

/** HTML parse mode: <, > and & are the characters that must be entities (quotes too inside attributes). */
export function escapeHtml(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Cuts a text into parts of at most `limit` characters: between paragraphs where it can, else
 * between lines, else between words; a single word longer than the limit is the only thing cut.
 */
export function splitText(text: string, limit = MESSAGE_LIMIT): string[] {
    const parts: string[] = [];
    let rest = text.trim();
    while (rest.length > limit) {
        const window = rest.slice(0, limit + 1);
        const breaks = [window.lastIndexOf('\n\n'), window.lastIndexOf('\n'), window.lastIndexOf(' ')];
        // A paragraph break in the first half would leave a stub: then a later line or word break.
        let cut = breaks.find((at) => at > limit / 2) ?? breaks.find((at) => at > 0) ?? limit;
        // Never between the two halves of an emoji or other astral character.
        if (cut === limit && /[\uD800-\uDBFF]/.test(rest.charAt(cut - 1))) cut -= 1;
        parts.push(rest.slice(0, cut).trimEnd());
        rest = rest.slice(cut).trimStart();
    }
    if (rest) parts.push(rest);
    return parts;
}
