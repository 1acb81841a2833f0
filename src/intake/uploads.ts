import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { UploadedFile } from '../domain/schema';
import { conversationFolder, ensurePrivateFolder } from '../storage/conversation-folder';
import type { AttachmentFetcher } from './attachmentFetch';
import { checkDocument } from './documentCheck';

export interface IncomingAttachment {
    name?: string;
    contentType: string;
    contentUrl?: string;
}

/** `failed` is the one answer for every source that could not be read, whatever the reason. */
export type UploadOutcome =
    | { ok: true; file: UploadedFile }
    | { ok: false; reason: 'rejectedType' | 'rejectedSize' | 'failed'; name: string };

/** Files this server already holds (the widget's uploads): taken by reference, never over HTTP. */
export interface LocalAttachments {
    /** Whether the URL is one of this server's references (then it is never fetched). */
    names(contentUrl: string): boolean;
    /** The file's bytes when it exists and belongs to the conversation. */
    open(conversationId: string, contentUrl: string): Promise<Readable | undefined>;
}

export interface UploadSources {
    maxBytes: number;
    /** Channels' attachment hosts (ATTACHMENT_HOSTS). */
    fetcher: AttachmentFetcher;
    /** This server's own files: the widget's, Telegram's (by reference). */
    local?: LocalAttachments | readonly LocalAttachments[];
}

/** A source may throw it when it knows the file is over the limit before reading it. */
export class UploadTooLarge extends Error {
    constructor() {
        super('UploadService.receive(): the file is over UPLOAD_MAX_MB');
        this.name = 'UploadTooLarge';
    }
}

/** Receives parents' medical documents into DATA_DIR/uploads, one folder (0700) per conversation, files 0600. */
export class UploadService {
    constructor(private readonly root: string, private readonly sources: UploadSources) {}

    async receive(conversationId: string, attachment: IncomingAttachment): Promise<UploadOutcome> {
        const name = (attachment.name ?? 'document').slice(0, 200);
        const id = randomUUID();
        const folder = conversationFolder(this.root, conversationId);
        const partial = path.join(folder, `${id}.part`);
        try {
            const source = attachment.contentUrl ? await this.open(conversationId, attachment.contentUrl) : undefined;
            if (!source) return { ok: false, reason: 'failed', name };
            await ensurePrivateFolder(this.root, folder);
            const size = await this.write(source, partial);
            const checked = await checkDocument(partial);
            if (!checked.ok) {
                await rm(partial, { force: true });
                return { ok: false, reason: 'rejectedType', name };
            }
            await rename(partial, path.join(folder, id));
            return { ok: true, file: { id, name, contentType: checked.contentType, size } };
        } catch (error) {
            await rm(partial, { force: true });
            return { ok: false, reason: error instanceof UploadTooLarge ? 'rejectedSize' : 'failed', name };
        }
    }

    async deleteConversation(conversationId: string): Promise<void> {
        await rm(conversationFolder(this.root, conversationId), { recursive: true, force: true });
    }

    /** The bytes behind a contentUrl: this server's own file, a bounded data: URL, or an allowed host. */
    private async open(conversationId: string, url: string): Promise<Readable | undefined> {
        const { local, fetcher, maxBytes } = this.sources;
        const own = (Array.isArray(local) ? local : local ? [local] : []).find((source: LocalAttachments) => source.names(url));
        if (own) return own.open(conversationId, url);
        if (url.startsWith('data:')) {
            const comma = url.indexOf(',');
            const base64 = url.slice(0, comma).endsWith(';base64');
            // Checked before decoding: base64 takes 4 characters for 3 bytes.
            if (comma < 0 || (url.length - comma - 1) * (base64 ? 0.75 : 1) > maxBytes + 3) throw new UploadTooLarge();
            return Readable.from([Buffer.from(url.slice(comma + 1), base64 ? 'base64' : 'utf8')]);
        }
        const fetched = await fetcher.open(url);
        if ((fetched.declaredBytes ?? 0) > maxBytes) {
            fetched.body.destroy();
            throw new UploadTooLarge();
        }
        return fetched.body;
    }

    /** Streams to a new owner-only file; more than maxBytes stops the transfer. */
    private async write(source: Readable, file: string): Promise<number> {
        let total = 0;
        const { maxBytes } = this.sources;
        const counter = new Transform({
            transform(chunk: Buffer, _encoding, done) {
                total += chunk.length;
                done(total > maxBytes ? new UploadTooLarge() : undefined, chunk);
            }
        });
        await pipeline(source, counter, createWriteStream(file, { flags: 'wx', mode: 0o600 }));
        return total;
    }
}
