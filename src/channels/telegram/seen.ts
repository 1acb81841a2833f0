import { createHash } from 'node:crypto';
import type { Storage } from 'botbuilder';
import { EtagConflictError } from '../../storage/types';

/** Redeliveries come soon after the first try: the latest ids of each chat are enough. */
const KEPT = 100;
const ATTEMPTS = 3;

interface SeenItem {
    ids: number[];
    eTag?: string;
}

/**
 * Which updates were taken already, per chat, in the bot's storage (shared by every instance):
 * Telegram delivers an update again when an answer was slow or lost. The ids are kept rather than
 * the highest one, since after a quiet week Telegram starts again from a random id.
 */
export class SeenUpdates {
    constructor(private readonly storage: Storage) {}

    /** True for the first delivery of an update (now recorded), false for a redelivery. */
    async claim(chatId: string, updateId: number): Promise<boolean> {
        const key = `telegram-updates/${createHash('sha256').update(chatId).digest('hex').slice(0, 24)}`;
        for (let attempt = 1; ; attempt++) {
            const item = (await this.storage.read([key]))[key] as SeenItem | undefined;
            if (item?.ids.includes(updateId)) return false;
            try {
                // A new key's made-up eTag: a second writer racing for the same key then conflicts.
                await this.storage.write({ [key]: { ids: [...(item?.ids ?? []), updateId].slice(-KEPT), eTag: item?.eTag ?? 'new' } });
                return true;
            } catch (error) {
                if (!(error instanceof EtagConflictError) || attempt >= ATTEMPTS) throw error;
            }
        }
    }
}
