import { createReadStream } from 'node:fs';
import { readdir, rm, rmdir, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { LocalAttachments } from '../intake/uploads';
import { conversationFolder, ensurePrivateFolder } from '../storage/conversation-folder';
import type { DirectLineLog } from './log';

/** Under DATA_DIR. */
export const WIDGET_FILES_DIR = 'directline-uploads';
/** Where the widget links a file (signed per conversation when a client reads it) and how the bot names it. */
export const ATTACHMENTS_PATH = '/v3/directline/attachments/';
const ID = /^att-[A-Za-z0-9_-]{16}$/;
const PRUNE_EVERY_MS = 3600 * 1000;

export const attachmentPath = (id: string): string => `${ATTACHMENTS_PATH}${id}`;

/** The id in a contentUrl that is exactly one of this server's attachment paths. */
export function attachmentIdOf(contentUrl: string): string | undefined {
    const id = contentUrl.startsWith(ATTACHMENTS_PATH) ? contentUrl.slice(ATTACHMENTS_PATH.length) : '';
    return ID.test(id) ? id : undefined;
}

/**
 * The widget's files on disk, DATA_DIR/directline-uploads/<hashed conversation>/<id>: folders
 * 0700, files 0600; the database keeps only their metadata.
 */
export class WidgetFileFolder {
    private lastPrune?: number;

    constructor(private readonly root: string | undefined) {}

    /** A path for a new file of the conversation (its folder created owner-only). */
    async prepare(conversationId: string, id: string): Promise<string> {
        const folder = conversationFolder(this.rootOrThrow('prepare'), conversationId);
        await ensurePrivateFolder(this.rootOrThrow('prepare'), folder);
        return this.pathOf(conversationId, id);
    }

    pathOf(conversationId: string, id: string): string {
        if (!ID.test(id)) throw new Error('WidgetFileFolder.pathOf(): not an attachment id');
        return path.join(conversationFolder(this.rootOrThrow('pathOf'), conversationId), id);
    }

    /** Gives the file the time of its row (the injected clock), so pruning by date treats both alike. */
    async date(conversationId: string, id: string, at: Date): Promise<void> {
        await utimes(this.pathOf(conversationId, id), at, at);
    }

    async remove(conversationId: string, id: string): Promise<void> {
        await rm(this.pathOf(conversationId, id), { force: true });
    }

    async removeConversation(conversationId: string): Promise<void> {
        if (this.root) await rm(conversationFolder(this.root, conversationId), { recursive: true, force: true });
    }

    /**
     * Removes files older than `before` (also leftovers of interrupted uploads) and empty folders.
     * It walks every folder, so it runs at most once an hour of the clock it is given.
     */
    async prune(before: Date): Promise<void> {
        const at = before.getTime();
        if (!this.root || (this.lastPrune !== undefined && at >= this.lastPrune && at - this.lastPrune < PRUNE_EVERY_MS)) return;
        this.lastPrune = at;
        const folders = await readdir(this.root).catch(() => [] as string[]);
        for (const name of folders) {
            const folder = path.join(this.root, name);
            const files = await readdir(folder).catch(() => [] as string[]);
            for (const file of files) {
                const info = await stat(path.join(folder, file)).catch(() => undefined);
                if (info && info.mtime < before) await rm(path.join(folder, file), { force: true });
            }
            // Fails harmlessly while an upload is writing into the folder.
            await rmdir(folder).catch(() => undefined);
        }
    }

    private rootOrThrow(where: string): string {
        if (!this.root) throw new Error(`WidgetFileFolder.${where}(): no data folder (openDatabase without dataDir)`);
        return this.root;
    }
}

/** The bot's way to the widget's files: by id, from this server's store, only within the same conversation. */
export class WidgetAttachments implements LocalAttachments {
    constructor(private readonly log: DirectLineLog) {}

    names(contentUrl: string): boolean {
        return contentUrl.startsWith(ATTACHMENTS_PATH);
    }

    async open(conversationId: string, contentUrl: string): Promise<Readable | undefined> {
        const id = attachmentIdOf(contentUrl);
        const file = id && (await this.log.getAttachment(id));
        if (!file || file.conversationId !== conversationId) return undefined;
        return createReadStream(this.log.files.pathOf(file.conversationId, file.id));
    }
}
