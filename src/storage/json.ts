// NUL and lone UTF-16 surrogates cannot be stored in PostgreSQL jsonb (and mean nothing in chat
// text). Replacing them with U+FFFD on both engines keeps behaviour identical and stops one odd
// character from making a conversation's state unwritable.
// eslint-disable-next-line no-control-regex -- matching NUL is the point
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const HAS_UNSTORABLE = new RegExp(UNSTORABLE.source);

function clean(text: string): string {
    return HAS_UNSTORABLE.test(text) ? text.replace(UNSTORABLE, '\ufffd') : text;
}

function replacer(_key: string, value: unknown): unknown {
    if (typeof value === 'string') return clean(value);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        if (Object.keys(value).some((k) => HAS_UNSTORABLE.test(k))) {
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [clean(k), v]));
        }
    }
    return value;
}

/** JSON.stringify that both engines can store; undefined for undefined input; throws like JSON.stringify. */
export function toStorableJson(value: unknown): string | undefined {
    return JSON.stringify(value, replacer);
}
