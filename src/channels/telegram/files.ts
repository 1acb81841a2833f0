import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Readable } from 'node:stream';
import { UploadTooLarge, type LocalAttachments } from '../../intake/uploads';
import type { TelegramApi, TelegramFile } from './api';

const PREFIX = 'telegram-file:';

/**
 * A parent's Telegram photo or document, named in the activity by a reference signed for its
 * conversation (`telegram-file:<signature>/<declared size>/<file_id>`), fetched only when the
 * documents step takes it: getFile, then the file path on the configured API host. A file declared
 * over the limit is refused as too large before anything is asked (getFile itself stops at 20 MB).
 */
export class TelegramFiles implements LocalAttachments {
    private readonly key: Buffer;

    constructor(private readonly api: TelegramApi, secret: string, private readonly maxBytes: number) {
        this.key = createHmac('sha256', secret).update('telegram-file').digest();
    }

    reference(conversationId: string, fileId: string, declaredBytes = 0): string {
        return `${PREFIX}${this.sign(conversationId, `${declaredBytes}/${fileId}`)}/${declaredBytes}/${fileId}`;
    }

    names(contentUrl: string): boolean {
        return contentUrl.startsWith(PREFIX);
    }

    async open(conversationId: string, contentUrl: string): Promise<Readable | undefined> {
        const [signature = '', declared = '', fileId = ''] = contentUrl.slice(PREFIX.length).split('/', 3);
        const expected = Buffer.from(this.sign(conversationId, `${declared}/${fileId}`));
        // Another conversation's file (or a made-up reference) is no file at all.
        if (!fileId || signature.length !== expected.length || !timingSafeEqual(Buffer.from(signature), expected)) return undefined;
        if (Number(declared) > this.maxBytes) throw new UploadTooLarge();
        const file = await this.api.call<TelegramFile>('getFile', { file_id: fileId });
        if ((file.file_size ?? 0) > this.maxBytes) throw new UploadTooLarge();
        return this.api.download(file);
    }

    private sign(conversationId: string, fileId: string): string {
        return createHmac('sha256', this.key).update(`${conversationId}\n${fileId}`).digest('base64url');
    }
}
