import busboy from 'busboy';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { checkDocument } from '../intake/documentCheck';
import type { WidgetFileFolder } from './files';
import { randomId } from './tokens';

export interface UploadLimits {
    /** UPLOAD_MAX_MB */
    maxFileBytes: number;
    /** UPLOAD_MAX_FILES */
    maxFiles: number;
    /** UPLOAD_MAX_REQUEST_MB: the whole multipart body. */
    maxRequestBytes: number;
}

export interface StoredUpload {
    id: string;
    name: string;
    contentType: string;
    size: number;
}

/** 400 malformed multipart, 413 over a limit, 415 not multipart or not an accepted document. */
export type UploadResult = { ok: true; activity: unknown; files: StoredUpload[] } | { ok: false; status: 400 | 413 | 415 };

type Failure = 400 | 413 | 415;

interface Received {
    id: string;
    name: string;
    path: string;
    size: number;
}

/** The activity part: 64 KiB, plus room for the thumbnail (a data: URL) Web Chat adds for every photo. */
const activityPartBytes = (limits: UploadLimits) => 64 * 1024 + limits.maxFiles * 192 * 1024;

/**
 * Web Chat's upload (an `activity` part and the files), streamed: the activity part is read into
 * memory (bounded), each file goes straight to its folder as `<id>.part`, and the first limit
 * crossed stops the parser. Then every file must be an accepted document (magic bytes, no web
 * markup, a safe zip) or nothing is kept. Files end up as `<id>`, 0600, in a 0700 folder.
 */
export async function receiveUpload(req: IncomingMessage, conversationId: string, folder: WidgetFileFolder, limits: UploadLimits): Promise<UploadResult> {
    const received = await readMultipart(req, limits, (id) => folder.prepare(conversationId, id));
    if (!received.ok) return received;
    const stored: StoredUpload[] = [];
    for (const file of received.files) {
        const checked = await checkDocument(`${file.path}.part`).catch(() => ({ ok: false as const }));
        if (!checked.ok) {
            await Promise.all(received.files.map((f) => rm(`${f.path}.part`, { force: true })));
            return { ok: false, status: 415 };
        }
        stored.push({ id: file.id, name: file.name, contentType: checked.contentType, size: file.size });
    }
    for (const file of received.files) await rename(`${file.path}.part`, file.path);
    return { ok: true, activity: received.activity, files: stored };
}

type Read = { ok: true; activity: unknown; files: Received[] } | { ok: false; status: Failure };

function readMultipart(req: IncomingMessage, limits: UploadLimits, place: (id: string) => Promise<string>): Promise<Read> {
    if (!/^multipart\/form-data\s*(;|$)/i.test(String(req.headers['content-type'] ?? ''))) return Promise.resolve({ ok: false, status: 415 });
    // A compressed body would be parsed as garbage; say so instead.
    const encoding = String(req.headers['content-encoding'] ?? 'identity').toLowerCase();
    if (encoding !== 'identity') return Promise.resolve({ ok: false, status: 415 });
    if (Number(req.headers['content-length']) > limits.maxRequestBytes) return Promise.resolve({ ok: false, status: 413 });
    let parser: busboy.Busboy;
    try {
        parser = busboy({
            headers: req.headers,
            limits: { fileSize: limits.maxFileBytes, files: limits.maxFiles + 1, fields: 4, fieldSize: activityPartBytes(limits), parts: limits.maxFiles + 5, headerPairs: 20 }
        });
    } catch {
        return Promise.resolve({ ok: false, status: 400 });
    }

    return new Promise<Read>((resolve) => {
        const files: Received[] = [];
        const writes: Promise<unknown>[] = [];
        let activity: unknown;
        let failure: Failure | undefined;
        let done = false;
        let total = 0;

        const settle = async () => {
            if (done) return;
            done = true;
            await Promise.allSettled(writes);
            if (failure) {
                await Promise.all(files.map((f) => (f.path ? rm(`${f.path}.part`, { force: true }) : undefined)));
                resolve({ ok: false, status: failure });
            } else {
                resolve({ ok: true, activity, files });
            }
        };
        const fail = (status: Failure) => {
            if (failure) return;
            failure = status;
            // Stops reading: the request is unpiped, and the parser (with the part being written)
            // destroyed once it has left the event it may be emitting from.
            req.unpipe(counter);
            counter.unpipe(parser);
            setImmediate(() => {
                parser.destroy();
                void settle();
            });
        };
        /** A part not taken: drained, and its end-of-form error (when the parser stops) expected. */
        const skip = (stream: Readable) => {
            stream.on('error', () => undefined);
            stream.resume();
        };

        const counter = new Transform({
            transform(chunk: Buffer, _encoding, next) {
                total += chunk.length;
                if (total > limits.maxRequestBytes) {
                    next();
                    fail(413);
                    return;
                }
                next(null, chunk);
            }
        });

        parser.on('file', (field: string, stream: Readable, info: busboy.FileInfo) => {
            if (failure) {
                skip(stream);
                return;
            }
            if (field === 'activity') {
                writes.push(readSmall(stream, activityPartBytes(limits)).then((text) => (activity = parseJson(text)), () => fail(413)));
                return;
            }
            if (files.length >= limits.maxFiles) {
                skip(stream);
                fail(413);
                return;
            }
            const file: Received = { id: randomId('att-'), name: cleanName(info.filename), path: '', size: 0 };
            files.push(file);
            stream.once('limit', () => fail(413));
            // The parser may fail the part before its folder exists and the pipeline listens.
            stream.on('error', () => fail(400));
            const sizer = new Transform({
                transform(chunk: Buffer, _encoding, next) {
                    file.size += chunk.length;
                    next(null, chunk);
                }
            });
            writes.push((async () => {
                file.path = await place(file.id);
                await pipeline(stream, sizer, createWriteStream(`${file.path}.part`, { flags: 'wx', mode: 0o600 }));
            })().catch(() => fail(400)));
        });
        parser.on('field', (field: string, value: string, info: busboy.FieldInfo) => {
            if (info.valueTruncated) fail(413);
            else if (field === 'activity') activity = parseJson(value);
        });
        for (const limit of ['filesLimit', 'fieldsLimit', 'partsLimit']) parser.on(limit, () => fail(413));
        parser.on('error', () => fail(400));
        parser.on('finish', () => void settle());
        req.on('error', () => fail(400));
        req.on('close', () => {
            if (!req.complete) fail(400);
        });
        req.pipe(counter).pipe(parser);
    });
}

async function readSmall(stream: Readable, maxBytes: number): Promise<string> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > maxBytes) throw new Error('readSmall(): activity part too large');
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string): unknown {
    try {
        return JSON.parse(text) as unknown;
    } catch {
        return undefined;
    }
}

/** The name as the parent chose it, without control characters; it is shown, never used as a path. */
function cleanName(filename: string | undefined): string {
    // eslint-disable-next-line no-control-regex
    const name = (filename ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
    return name || 'document';
}
