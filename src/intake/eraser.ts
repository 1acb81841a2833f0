import type { TurnContext } from 'botbuilder';
import type { ConversationState } from 'botbuilder';
import type { ApplicationRepository } from '../handoff/application-repository';
import type { ManagedStorage } from '../storage/types';
import type { UploadService } from './uploads';

/** "Delete my data": state, draft, stored applications and uploads of one conversation. */
export class DataEraser {
    constructor(
        private readonly conversationState: ConversationState,
        private readonly storage: ManagedStorage,
        private readonly applications: ApplicationRepository,
        private readonly uploads: UploadService
    ) {}

    async erase(context: TurnContext): Promise<void> {
        const { channelId, conversation } = context.activity;
        await this.conversationState.delete(context);
        await this.storage.deleteByPrefix(`${channelId}/conversations/${conversation.id}/`);
        await this.applications.deleteByConversation(conversation.id);
        await this.uploads.deleteConversation(conversation.id);
        context.turnState.set(ERASED_THIS_TURN, true);
    }
}

/** Set on the turn after an erase, so the end-of-turn save does not write the state back. */
export const ERASED_THIS_TURN = Symbol('erasedThisTurn');
