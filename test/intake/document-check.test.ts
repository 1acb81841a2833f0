import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/intake/documentCheck';
import { isSafeZip, ZIP_LIMITS } from '../../src/intake/zipCheck';
import { DOCUMENTS } from '../fixtures/documents';
import { makeZip, syntheticDicom } from '../helpers/zip';

const dir = mkdtempSync(path.join(tmpdir(), 'doc-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fileWith = (bytes: Buffer): string => {
    const file = path.join(dir, `f${n++}`);
    writeFileSync(file, bytes);
    return file;
};
const check = (bytes: Buffer) => checkDocument(fileWith(bytes));

const WORD_TYPES = '<?xml version="1.0"?><Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const dicomFolder = () => makeZip(Array.from({ length: 5 }, (_, i) => ({ name: `DICOM/IM${i}`, data: syntheticDicom(i) })));

describe('what the documents question accepts, by the bytes', () => {
    it.each([
        ['a PDF', DOCUMENTS.pdf, 'application/pdf'],
        ['a PNG', DOCUMENTS.png, 'image/png'],
        ['a JPEG', DOCUMENTS.jpeg, 'image/jpeg'],
        ['a HEIC photo', DOCUMENTS.heic, 'image/heic'],
        ['a zipped DICOM folder', dicomFolder(), 'application/zip']
    ])('accepts %s', async (_name, bytes, contentType) => {
        expect(await check(bytes)).toEqual({ ok: true, contentType });
    });

    it.each([
        ['a program', DOCUMENTS.exe],
        ['an HTML page (whatever its name)', DOCUMENTS.html],
        ['an SVG image with script', DOCUMENTS.svg],
        ['a PDF that is also a web page', DOCUMENTS.pdfHtmlPolyglot],
        ['a JPEG carrying a script tag', DOCUMENTS.jpegWithScript],
        ['an empty file', Buffer.alloc(0)],
        ['a Word document (a zip, but not a DICOM folder)', makeZip([{ name: '[Content_Types].xml', data: Buffer.from(WORD_TYPES) }, { name: 'word/document.xml', data: Buffer.from('<w:document/>') }])],
        ['a zip with a stored web page', makeZip([{ name: 'index.html', data: DOCUMENTS.html, store: true }])]
    ])('refuses %s', async (_name, bytes) => {
        expect(await check(bytes)).toEqual({ ok: false });
    });
});

describe('zip bombs and broken archives', () => {
    const safe = (bytes: Buffer, limits = ZIP_LIMITS) => isSafeZip(fileWith(bytes), limits);

    it('passes a zipped folder of scans, stored or deflated', async () => {
        expect(await safe(dicomFolder())).toBe(true);
        expect(await safe(makeZip([{ name: 'IM0', data: syntheticDicom(1), store: true }, { name: 'IM1', data: syntheticDicom(2) }]))).toBe(true);
    });

    it.each([
        ['one entry that inflates 1,000 times its size', () => makeZip([{ name: 'zeros', data: Buffer.alloc(20 * 1024 * 1024) }])],
        ['an entry larger than its declared size', () => makeZip([{ name: 'IM0', data: Buffer.alloc(200_000, 7), declaredSize: 4096 }, { name: 'IM1', data: syntheticDicom(3) }])],
        ['overlapping entries (one piece of data counted many times)', () => makeZip([{ name: 'a', data: syntheticDicom(1) }, ...Array.from({ length: 20 }, (_, i) => ({ name: `b${i}`, data: syntheticDicom(1), sameDataAs: 0 }))])],
        ['an archive inside the archive', () => makeZip([{ name: 'inner.zip', data: dicomFolder() }])],
        ['a gzip inside the archive', () => makeZip([{ name: 'x.gz', data: Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0]), syntheticDicom(4)]) }])],
        ['an encrypted entry', () => makeZip([{ name: 'IM0', data: syntheticDicom(1), flags: 1 }])],
        ['an empty archive', () => makeZip([])],
        ['a truncated archive', () => dicomFolder().subarray(0, 3000)],
        ['trailing data after the archive', () => Buffer.concat([dicomFolder(), Buffer.from('tail')])]
    ])('refuses %s', async (_name, build) => {
        expect(await safe(build())).toBe(false);
    });

    it('refuses more entries or more bytes than the limits', async () => {
        const folder = dicomFolder();
        expect(await safe(folder, { ...ZIP_LIMITS, maxEntries: 4 })).toBe(false);
        expect(await safe(folder, { ...ZIP_LIMITS, maxTotalBytes: 5 * 4096 - 1 })).toBe(false);
        expect(await safe(folder, { ...ZIP_LIMITS, maxEntries: 5, maxTotalBytes: 5 * 4096 })).toBe(true);
    });
});
