import { distinct } from './phrases';
import { isBlank, normalizeKeepCase } from './text';
import { fail, ok, type ParseContext, type ParseResult } from './types';

const LOCAL = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u;
const TLD = /^(?:\p{L}{2,}|xn--[a-z0-9-]+)$/u;

/** Punctuation around an address in a sentence: "(anna@example.org).", "<anna@example.org>", "„…“". */
const trimPunctuation = (word: string) =>
    word.replace(/^[\p{Ps}\p{Pi}\p{Pf}"'<]+/u, '').replace(/[\p{Pe}\p{Pi}\p{Pf}"'>.,;:!?]+$/u, '');

function clean(word: string): string | undefined {
    const address = trimPunctuation(word).replace(/^mailto:/i, '');
    const at = address.lastIndexOf('@');
    if (at <= 0 || address.indexOf('@') !== at) return undefined;
    const local = address.slice(0, at);
    const labels = address.slice(at + 1).toLowerCase().split('.');
    const tld = labels[labels.length - 1] ?? '';
    if (!LOCAL.test(local) || labels.length < 2 || !labels.every((l) => LABEL.test(l)) || !TLD.test(tld)) return undefined;
    return `${local}@${labels.join('.')}`;
}

/**
 * An e-mail address: found among the words ("my email is Anna.K@Example.org", "mailto:…"),
 * trimmed of surrounding punctuation, domain lower-cased (the local part is kept as typed).
 * Missing @ or top-level domain, or spaces inside the address → 'invalid_email'.
 */
export function parseEmail(text: string, _ctx: ParseContext): ParseResult<string> {
    if (isBlank(text)) return fail('empty');
    // NFKC has turned a full-width "＠" into "@"; an "@" with a space beside it means a broken address.
    const norm = normalizeKeepCase(text);
    if (/\s@|@\s/.test(norm)) return fail('invalid_email');
    const candidates = norm.split(' ').filter((w) => w.includes('@'));
    if (candidates.length === 0) return fail('invalid_email');
    const addresses = candidates.map(clean);
    if (addresses.some((a) => a === undefined)) return fail('invalid_email');
    const found = distinct(addresses.filter((a): a is string => a !== undefined));
    const [only] = found;
    if (only === undefined) return fail('invalid_email');
    return found.length === 1 ? ok(only) : fail('ambiguous');
}
