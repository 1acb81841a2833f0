import type { ConversationState, TurnContext } from 'botbuilder';
import type { ManagedStorage } from '../storage/types';
import type { UploadService } from './uploads';

/** Anything that keeps data per conversation (applications, transcripts…). */
export interface ConversationDataOwner {
    deleteByConversation(conversationId: string): Promise<unknown>;
}

/** Set on the turn after an erase, so the end-of-turn save does not write the state back. */
export const ERASED_THIS_TURN = Symbol('erasedThisTurn');

/** "Delete my data": state, draft, stored applications, transcript and uploads of one conversation. */
export class DataEraser {
    constructor(
        private readonly conversationState: ConversationState,
        private readonly storage: ManagedStorage,
        private readonly owners: ConversationDataOwner[],
        private readonly uploads: UploadService
    ) {}

    async erase(context: TurnContext): Promise<void> {
        const { channelId, conversation } = context.activity;
        await this.conversationState.delete(context);
        await this.storage.deleteByPrefix(`${channelId}/conversations/${conversation.id}/`);
        for (const owner of this.owners) await owner.deleteByConversation(conversation.id);
        await this.uploads.deleteConversation(conversation.id);
        context.turnState.set(ERASED_THIS_TURN, true);
    }
}
