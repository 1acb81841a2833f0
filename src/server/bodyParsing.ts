import bodyParser from 'body-parser';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, RequestHandler, Response } from 'restify';

export const MAX_BODY_BYTES = 256 * 1024;
/** Deeper JSON than this is not an activity or a form: refused before anything walks it. */
export const MAX_JSON_DEPTH = 32;

type ConnectHandler = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/** The deepest nesting of objects and arrays in a JSON text, stopping early past `limit`. */
export function jsonDepthExceeds(text: Buffer, limit: number): boolean {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const byte = text[i];
        if (inString) {
            if (byte === 0x5c) i++; // backslash: skip the escaped byte
            else if (byte === 0x22) inString = false;
        } else if (byte === 0x22) {
            inString = true;
        } else if (byte === 0x7b || byte === 0x5b) {
            if (++depth > limit) return true;
        } else if (byte === 0x7d || byte === 0x5d) {
            depth--;
        }
    }
    return false;
}

class BodyRefused extends Error {
    constructor(readonly status: number, readonly code: string) {
        super(code);
        this.name = 'BodyRefused';
    }
}

/**
 * Request bodies read by express's body-parser instead of restify's reader, whose decompressor has
 * no error handler (a lying Content-Encoding killed the process) and whose limit applies before
 * decompression. Here the limit counts decompressed bytes, bad gzip is a 400, an unknown encoding
 * a 415, and JSON deeper than MAX_JSON_DEPTH a 400.
 */
export function bodyParsing(options: { skip: (path: string) => boolean }): RequestHandler[] {
    const verify = (_req: IncomingMessage, _res: ServerResponse, buffer: Buffer) => {
        if (jsonDepthExceeds(buffer, MAX_JSON_DEPTH)) throw new BodyRefused(400, 'too_deep');
    };
    const parsers: ConnectHandler[] = [
        bodyParser.json({ limit: MAX_BODY_BYTES, inflate: true, strict: false, verify, type: ['application/json', 'application/*+json'] }),
        bodyParser.urlencoded({ limit: MAX_BODY_BYTES, inflate: true, extended: false, parameterLimit: 100 })
    ];
    return parsers.map((parse) => (req: Request, res: Response, next: (error?: false) => void) => {
        if (options.skip(req.path())) return next();
        parse(req, res, (error?: unknown) => {
            if (error === undefined) return next();
            refuse(res, error);
            next(false);
        });
    });
}

/** One short, generic answer per kind of bad body; never the parser's own text. */
function refuse(res: Response, error: unknown): void {
    const status = statusOf(error);
    const code = status === 413 ? 'PayloadTooLarge' : status === 415 ? 'UnsupportedMediaType' : 'BadRequest';
    const message = status === 413 ? `the body is larger than ${MAX_BODY_BYTES} bytes (after decompression)`
        : status === 415 ? 'unsupported Content-Encoding or charset' : 'the body could not be read';
    if (!res.headersSent) res.send(status, { error: code, message });
}

function statusOf(error: unknown): number {
    const status = (error as { status?: unknown }).status;
    return typeof status === 'number' && status >= 400 && status < 500 ? status : 400;
}
