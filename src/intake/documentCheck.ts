import { open } from 'node:fs/promises';
import { isSafeZip } from './zipCheck';

/**
 * What the documents question accepts (PDF, photos, a zipped DICOM folder), by what file-type
 * finds in the bytes; the declared type and the name are never trusted. HEIF variants count as HEIC.
 */
const ACCEPTED: Record<string, string> = {
    'application/pdf': 'application/pdf',
    'image/jpeg': 'image/jpeg',
    'image/png': 'image/png',
    'image/heic': 'image/heic',
    'image/heic-sequence': 'image/heic',
    'image/heif': 'image/heic',
    'image/heif-sequence': 'image/heic',
    'application/zip': 'application/zip'
};

/** For the widget's file picker (a hint to the browser; the bytes are checked here): the accepted types and their usual endings. */
export const PICKER_ACCEPT = [...Object.keys(ACCEPTED), '.pdf', '.jpg', '.jpeg', '.png', '.heic', '.heif', '.zip'].join(',');

/** Browsers sniff at most 1,445 bytes and PDF readers find `%PDF` within the first 1,024; this looks further. */
const MARKUP_WINDOW = 64 * 1024;
/**
 * Active web markup: a document that also parses as a page (a PDF/HTML polyglot, an SVG or HTML
 * file named .pdf) could run script where it is opened. Each token is long enough not to occur by
 * chance in compressed image data; XMP metadata (`<x:xmpmeta`, `<rdf:`) does not match.
 */
const MARKUP = /<(script|html|body|head|iframe|frameset|svg|object|embed|meta|link|style|form|base|img|math)[\s/>]|<a\s+href|<!doctype\s+html|<\?xml-stylesheet|javascript:/i;

export type DocumentCheck = { ok: true; contentType: string } | { ok: false };

/** The accepted content type of a stored file, or `ok: false` for anything else (the file is left as it is). */
export async function checkDocument(file: string): Promise<DocumentCheck> {
    const { fileTypeFromFile } = await import('file-type');
    const detected = await fileTypeFromFile(file);
    const contentType = detected && ACCEPTED[detected.mime];
    if (!contentType || (await hasMarkup(file))) return { ok: false };
    if (contentType === 'application/zip' && !(await isSafeZip(file))) return { ok: false };
    return { ok: true, contentType };
}

async function hasMarkup(file: string): Promise<boolean> {
    const handle = await open(file, 'r');
    try {
        const buffer = Buffer.alloc(MARKUP_WINDOW);
        const { bytesRead } = await handle.read(buffer, 0, MARKUP_WINDOW, 0);
        return MARKUP.test(buffer.subarray(0, bytesRead).toString('latin1'));
    } finally {
        await handle.close();
    }
}
