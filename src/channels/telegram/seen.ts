import type { Storage } from 'botbuilder';
import { EtagConflictError } from '../../storage/types';
import { chatKey } from './keys';

/** Redeliveries come soon after the first try: the latest ids of each chat are enough. */
const KEPT = 100;
const ATTEMPTS = 3;

interface SeenItem {
    ids: number[];
    /** Messages whose buttons were tapped: a second tap (a double tap, a stale keyboard) is no answer. */
    tapped?: number[];
    eTag?: string;
}

/**
 * Which updates were taken already, per chat, in the bot's storage (shared by every instance):
 * Telegram delivers an update again when an answer was slow or lost. The ids are kept rather than
 * the highest one, since after a quiet week Telegram starts again from a random id.
 */
export class SeenUpdates {
    constructor(private readonly storage: Storage) {}

    /**
     * 'first' for the first delivery of an update (now recorded), 'again' for a redelivery;
     * 'tappedBefore' for a tap on a message whose buttons were tapped before (recorded too).
     */
    async claim(chatId: string, updateId: number, tappedMessageId?: number): Promise<'first' | 'again' | 'tappedBefore'> {
        const key = chatKey('telegram-updates', chatId);
        for (let attempt = 1; ; attempt++) {
            const item = (await this.storage.read([key]))[key] as SeenItem | undefined;
            const tapped = item?.tapped ?? [];
            if (item?.ids.includes(updateId)) return 'again';
            const tappedBefore = tappedMessageId !== undefined && tapped.includes(tappedMessageId);
            const next: SeenItem = {
                ids: [...(item?.ids ?? []), updateId].slice(-KEPT),
                tapped: tappedMessageId === undefined || tappedBefore ? tapped : [...tapped, tappedMessageId].slice(-KEPT),
                // A new key's made-up eTag: a second writer racing for the same key then conflicts.
                eTag: item?.eTag ?? 'new'
            };
            try {
                await this.storage.write({ [key]: next });
                return tappedBefore ? 'tappedBefore' : 'first';
            } catch (error) {
                if (!(error instanceof EtagConflictError) || attempt >= ATTEMPTS) throw error;
            }
        }
    }
}
