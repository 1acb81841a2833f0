import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
    name: string;
    data: Buffer;
    /** Stored instead of deflated. */
    store?: boolean;
    /** Lie about the uncompressed size in the central directory. */
    declaredSize?: number;
    /** Point this entry's central record at another entry's data (overlapping entries). */
    sameDataAs?: number;
    /** General purpose flags (bit 0: encrypted). */
    flags?: number;
}

/** A minimal zip writer for synthetic test archives, including broken and hostile ones. */
export function makeZip(entries: ZipEntry[]): Buffer {
    const locals: Buffer[] = [];
    const records: Buffer[] = [];
    const offsets: number[] = [];
    let offset = 0;
    for (const entry of entries) {
        const name = Buffer.from(entry.name, 'utf8');
        const body = entry.store ? entry.data : deflateRawSync(entry.data);
        const method = entry.store ? 0 : 8;
        const size = entry.declaredSize ?? entry.data.length;
        const local = Buffer.alloc(30);
        local.writeUInt32LE(0x04034b50, 0);
        local.writeUInt16LE(20, 4);
        local.writeUInt16LE(entry.flags ?? 0, 6);
        local.writeUInt16LE(method, 8);
        local.writeUInt32LE(crc32(entry.data), 14);
        local.writeUInt32LE(body.length, 18);
        local.writeUInt32LE(size, 22);
        local.writeUInt16LE(name.length, 26);
        const own = offset;
        offsets.push(own);
        if (entry.sameDataAs === undefined) {
            locals.push(local, name, body);
            offset += local.length + name.length + body.length;
        }
        const record = Buffer.alloc(46);
        record.writeUInt32LE(0x02014b50, 0);
        record.writeUInt16LE(20, 4);
        record.writeUInt16LE(20, 6);
        record.writeUInt16LE(entry.flags ?? 0, 8);
        record.writeUInt16LE(method, 10);
        record.writeUInt32LE(crc32(entry.data), 16);
        record.writeUInt32LE(body.length, 20);
        record.writeUInt32LE(size, 24);
        record.writeUInt16LE(name.length, 28);
        record.writeUInt32LE(entry.sameDataAs === undefined ? own : (offsets[entry.sameDataAs] ?? 0), 42);
        records.push(record, name);
    }
    const directory = Buffer.concat(records);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, directory, end]);
}

/** A synthetic DICOM file: 128-byte preamble, "DICM", then filler that compresses like pixel data would not. */
export function syntheticDicom(seed: number, bytes = 4096): Buffer {
    const body = Buffer.alloc(bytes);
    let x = seed * 2654435761;
    for (let i = 132; i < bytes; i++) {
        x = (x * 1103515245 + 12345) >>> 0;
        body[i] = x >>> 24;
    }
    body.write('DICM', 128, 'latin1');
    return body;
}
