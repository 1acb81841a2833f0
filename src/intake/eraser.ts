import type { ConversationState, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { ApplicationRepository } from '../handoff/application-repository';
import type { IntakeDatabase } from '../storage/database';
import { errorCode, type ManagedStorage } from '../storage/types';
import type { UploadService } from './uploads';

/** Anything that keeps data per conversation (transcripts, the widget log…). */
export interface ConversationDataOwner {
    deleteByConversation(conversationId: string): Promise<unknown>;
}

export interface DataEraserDeps {
    conversationState: ConversationState;
    storage: ManagedStorage;
    /** Removes the applications and queues the application.erased notices (same transaction). */
    applications: Pick<ApplicationRepository, 'eraseByConversation'>;
    owners: ConversationDataOwner[];
    uploads: UploadService;
    /** Removes what deleted rows leave behind (WAL copies, dead tuples). */
    database: Pick<IntakeDatabase, 'scrubDeleted'>;
    clock: () => Date;
    /** Called when erasure notices were queued (wakes the delivery worker). */
    notify?: () => void;
    logger?: Pick<Logger, 'warn'>;
}

/** Set on the turn after an erase, so nothing of it is written back (state, transcript, directory). */
const ERASED_THIS_TURN = Symbol('erasedThisTurn');

/** Whether "delete my data" ran in this turn: its later writes would recreate what was deleted. */
export function erasedThisTurn(context: TurnContext): boolean {
    return context.turnState.get(ERASED_THIS_TURN) === true;
}

/** "Delete my data": state, draft, stored applications, transcript, widget log and uploads of one conversation. */
export class DataEraser {
    constructor(private readonly deps: DataEraserDeps) {}

    async erase(context: TurnContext): Promise<void> {
        const { channelId, conversation } = context.activity;
        const { deps } = this;
        // Marked first: replies sent from here on must not be recorded again.
        context.turnState.set(ERASED_THIS_TURN, true);
        await deps.conversationState.delete(context);
        await deps.storage.deleteByPrefix(`${channelId}/conversations/${conversation.id}/`);
        const { notices } = await deps.applications.eraseByConversation(conversation.id, deps.clock());
        for (const owner of deps.owners) await owner.deleteByConversation(conversation.id);
        await deps.uploads.deleteConversation(conversation.id);
        await this.scrub();
        if (notices > 0) deps.notify?.();
    }

    /** The rows are gone already; a scrub that fails is logged (code only) and retried by the next erasure. */
    private async scrub(): Promise<void> {
        try {
            if (!(await this.deps.database.scrubDeleted())) this.deps.logger?.warn({ event: 'erasure.scrub_incomplete' }, 'deleted data not yet scrubbed: a reader held the database');
        } catch (err) {
            this.deps.logger?.warn({ event: 'erasure.scrub_failed', code: errorCode(err) ?? (err instanceof Error ? err.name : 'unknown') }, 'deleted data not scrubbed');
        }
    }
}
