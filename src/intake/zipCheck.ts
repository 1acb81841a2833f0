import { open, type FileHandle } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInflateRaw } from 'node:zlib';

/**
 * Limits for a zipped DICOM folder. Lossless medical images compress a few times, never a
 * hundred: a higher ratio, more entries or nested archives are what zip bombs look like.
 */
export const ZIP_LIMITS = {
    maxEntries: 10_000,
    maxRatio: 50,
    maxTotalBytes: 1024 * 1024 * 1024
};

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** First bytes of archives and compressed files that must not hide inside the zip (42.zip and the like). */
const NESTED = [[0x50, 0x4b, 0x03, 0x04], [0x1f, 0x8b], [0x37, 0x7a, 0xbc, 0xaf], [0x52, 0x61, 0x72, 0x21], [0x42, 0x5a, 0x68], [0xfd, 0x37, 0x7a, 0x58]];

interface Entry {
    method: number;
    flags: number;
    compressedSize: number;
    size: number;
    localOffset: number;
}

/**
 * Whether a zip file is safe to hand on: one disk, no ZIP64, no encryption, only stored or
 * deflated entries that do not overlap, no archive inside, and the declared sizes proven by
 * inflating every entry (streamed, never held in memory) within the ratio and total limits.
 */
export async function isSafeZip(file: string, limits = ZIP_LIMITS): Promise<boolean> {
    const handle = await open(file, 'r');
    try {
        const { size: fileSize } = await handle.stat();
        const directory = await centralDirectory(handle, fileSize, limits);
        if (!directory) return false;
        const { entries, offset } = directory;
        const declared = entries.reduce((sum, e) => sum + e.size, 0);
        if (declared > limits.maxTotalBytes || declared > fileSize * limits.maxRatio) return false;
        const sorted = [...entries].sort((a, b) => a.localOffset - b.localOffset);
        for (const [i, entry] of sorted.entries()) {
            const dataStart = await localDataStart(handle, entry);
            const end = sorted[i + 1]?.localOffset ?? offset;
            if (dataStart === undefined || dataStart + entry.compressedSize > end) return false;
            if (!(await inflatesAsDeclared(handle, entry, dataStart))) return false;
        }
        return true;
    } catch {
        return false;
    } finally {
        await handle.close();
    }
}

async function read(handle: FileHandle, position: number, length: number): Promise<Buffer> {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, position);
    if (bytesRead !== length) throw new Error('isSafeZip(): truncated');
    return buffer;
}

async function centralDirectory(handle: FileHandle, fileSize: number, limits: typeof ZIP_LIMITS): Promise<{ entries: Entry[]; offset: number } | undefined> {
    if (fileSize < EOCD_SIZE) return undefined;
    const tailStart = Math.max(0, fileSize - EOCD_SIZE - MAX_COMMENT);
    const tail = await read(handle, tailStart, fileSize - tailStart);
    let at = -1;
    for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
        // The record must end exactly where its comment says, so trailing data cannot hide a second archive.
        if (tail.readUInt32LE(i) === EOCD && i + EOCD_SIZE + tail.readUInt16LE(i + 20) === tail.length) { at = i; break; }
    }
    if (at < 0) return undefined;
    const disk = tail.readUInt16LE(at + 4);
    const cdDisk = tail.readUInt16LE(at + 6);
    const onDisk = tail.readUInt16LE(at + 8);
    const count = tail.readUInt16LE(at + 10);
    const cdSize = tail.readUInt32LE(at + 12);
    const cdOffset = tail.readUInt32LE(at + 16);
    // 0xffff / 0xffffffff mean ZIP64, which a zipped folder of scans never needs.
    if (disk !== 0 || cdDisk !== 0 || onDisk !== count || count === 0 || count === 0xffff || cdOffset === 0xffffffff) return undefined;
    if (count > limits.maxEntries || cdOffset + cdSize !== tailStart + at) return undefined;
    const cd = await read(handle, cdOffset, cdSize);
    const entries: Entry[] = [];
    let p = 0;
    for (let n = 0; n < count; n++) {
        if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) return undefined;
        const entry = {
            flags: cd.readUInt16LE(p + 8),
            method: cd.readUInt16LE(p + 10),
            compressedSize: cd.readUInt32LE(p + 20),
            size: cd.readUInt32LE(p + 24),
            localOffset: cd.readUInt32LE(p + 42)
        };
        // Encrypted entries cannot be checked; other methods (bzip2, LZMA…) are not what zippers make by default.
        if ((entry.flags & 0x1) !== 0 || (entry.method !== 0 && entry.method !== 8)) return undefined;
        if (entry.method === 0 && entry.size !== entry.compressedSize) return undefined;
        if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff || entry.localOffset === 0xffffffff) return undefined;
        entries.push(entry);
        p += 46 + cd.readUInt16LE(p + 28) + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
    }
    return p === cd.length ? { entries, offset: cdOffset } : undefined;
}

async function localDataStart(handle: FileHandle, entry: Entry): Promise<number | undefined> {
    const header = await read(handle, entry.localOffset, 30);
    if (header.readUInt32LE(0) !== LOCAL) return undefined;
    return entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
}

/** Inflates one entry and counts: more bytes than declared, or an archive inside, fails. */
async function inflatesAsDeclared(handle: FileHandle, entry: Entry, dataStart: number): Promise<boolean> {
    if (entry.compressedSize === 0) return entry.size === 0;
    let produced = 0;
    let head: Buffer | undefined;
    const counter = new Writable({
        write(chunk: Buffer, _encoding, done) {
            head ??= chunk.subarray(0, 8);
            produced += chunk.length;
            done(produced > entry.size ? new Error('isSafeZip(): larger than declared') : undefined);
        }
    });
    const source = handle.createReadStream({ start: dataStart, end: dataStart + entry.compressedSize - 1, autoClose: false });
    try {
        if (entry.method === 0) await pipeline(source, counter);
        else await pipeline(source, createInflateRaw(), counter);
    } catch {
        return false;
    }
    const nested = head !== undefined && NESTED.some((magic) => magic.every((b, i) => head?.[i] === b));
    return produced === entry.size && !nested;
}
