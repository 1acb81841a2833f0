import { createHash, randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { UploadedFile } from '../domain/schema';

export interface IncomingAttachment {
    name?: string;
    contentType: string;
    contentUrl?: string;
}

export type UploadOutcome =
    | { ok: true; file: UploadedFile }
    | { ok: false; reason: 'rejectedType' | 'rejectedSize' | 'failed'; name: string };

/** What a file really is, from its first bytes; the declared content type is not trusted. */
export function sniffContentType(bytes: Uint8Array): string | undefined {
    const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
    if (starts(0x25, 0x50, 0x44, 0x46)) return 'application/pdf';
    if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
    if (starts(0x89, 0x50, 0x4e, 0x47)) return 'image/png';
    if (starts(0x50, 0x4b, 0x03, 0x04)) return 'application/zip';
    const brand = Buffer.from(bytes.slice(4, 12)).toString('latin1');
    if (/^ftyp(heic|heix|mif1|msf1|hevc)/.test(brand)) return 'image/heic';
    return undefined;
}

export interface UploadLimits {
    maxBytes: number;
    timeoutMs: number;
}

/** Receives parents' medical documents into DATA_DIR/uploads, one folder per conversation. */
export class UploadService {
    constructor(private readonly root: string, private readonly limits: UploadLimits) {}

    private folder(conversationId: string): string {
        // Hashed so a conversation id never becomes a path.
        return path.join(this.root, createHash('sha256').update(conversationId).digest('hex').slice(0, 32));
    }

    private async download(url: string): Promise<Uint8Array | 'too_large'> {
        if (url.startsWith('data:')) {
            const comma = url.indexOf(',');
            const bytes = Buffer.from(url.slice(comma + 1), url.slice(0, comma).endsWith(';base64') ? 'base64' : 'utf8');
            return bytes.length > this.limits.maxBytes ? 'too_large' : bytes;
        }
        if (!/^https?:\/\//.test(url)) throw new Error('UploadService.download(): unsupported URL scheme');
        const response = await fetch(url, { signal: AbortSignal.timeout(this.limits.timeoutMs), redirect: 'error' });
        if (!response.ok || !response.body) throw new Error(`UploadService.download(): status ${response.status}`);
        const declared = Number(response.headers.get('content-length') ?? '0');
        if (declared > this.limits.maxBytes) return 'too_large';
        const chunks: Uint8Array[] = [];
        let total = 0;
        for await (const chunk of response.body) {
            total += chunk.length;
            if (total > this.limits.maxBytes) return 'too_large';
            chunks.push(chunk);
        }
        return Buffer.concat(chunks);
    }

    async receive(conversationId: string, attachment: IncomingAttachment): Promise<UploadOutcome> {
        const name = (attachment.name ?? 'document').slice(0, 200);
        if (!attachment.contentUrl) return { ok: false, reason: 'failed', name };
        let bytes: Uint8Array | 'too_large';
        try {
            bytes = await this.download(attachment.contentUrl);
        } catch {
            return { ok: false, reason: 'failed', name };
        }
        if (bytes === 'too_large') return { ok: false, reason: 'rejectedSize', name };
        const contentType = sniffContentType(bytes);
        if (!contentType) return { ok: false, reason: 'rejectedType', name };
        const id = randomUUID();
        const folder = this.folder(conversationId);
        await mkdir(folder, { recursive: true });
        await writeFile(path.join(folder, id), bytes, { mode: 0o600 });
        return { ok: true, file: { id, name, contentType, size: bytes.length } };
    }

    async deleteConversation(conversationId: string): Promise<void> {
        await rm(this.folder(conversationId), { recursive: true, force: true });
    }
}
