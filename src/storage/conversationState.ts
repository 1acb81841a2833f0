import { calculateChangeHash, ConversationState, type TurnContext } from 'botbuilder';
import type { ManagedStorage } from './types.js';

interface CachedState {
    state: Record<string, unknown> & { eTag?: string };
    hash: string;
}

/**
 * ConversationState that saves with the eTag it read. botbuilder's BotState writes with '*', so
 * two turns of one conversation that overlap (two instances, two processes on one SQLite file)
 * would silently overwrite each other; here the second write fails with EtagConflictError and
 * the parent is asked to send again. The turn lock normally keeps this from ever happening.
 */
export class EtagConversationState extends ConversationState {
    constructor(private readonly managed: ManagedStorage) {
        super(managed);
    }

    override async saveChanges(context: TurnContext, force = false): Promise<void> {
        const cached = context.turnState.get(this.cacheKey()) as CachedState | undefined;
        if (!cached || (!force && cached.hash === calculateChangeHash(cached.state))) return;
        const key = await this.storageKey(context);
        const etags = await this.managed.writeWithEtags({ [key]: cached.state });
        // The next save in this turn compares against what was just written.
        if (etags[key]) cached.state.eTag = etags[key];
        cached.hash = calculateChangeHash(cached.state);
    }

    /** BotState keeps its turn cache under a private symbol. */
    private cacheKey(): symbol {
        return (this as unknown as { stateKey: symbol }).stateKey;
    }
}
