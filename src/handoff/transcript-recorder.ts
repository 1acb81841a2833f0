import { ActivityTypes, type Activity, type Middleware, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { erasedThisTurn } from '../intake/eraser.js';
import { errorCode } from '../storage/types.js';
import { readableAttachments } from './transcript-cards.js';
import type { TranscriptRole, TranscriptStore } from './transcript.js';

export interface TranscriptRecorderOptions {
    clock?: () => Date;
    logger?: Pick<Logger, 'warn'>;
}

/**
 * Records every message of a conversation, both directions, in the order it happened: the
 * incoming one before the bot runs, outgoing ones after they were sent. Written by hand instead
 * of botbuilder's TranscriptLoggerMiddleware, which writes only at the end of the turn and does
 * not await the writes (so concurrent inserts could land out of order).
 *
 * Recorded: text, a card's text and button titles, files as "name (type)" and suggested-action
 * titles; never URLs, file content or card JSON.
 * Non-message activities (typing, conversationUpdate, events) carry nothing a reader needs.
 * Outgoing activities with `channelData.staff === true` are recorded as the coordinator's.
 * Nothing is recorded after "delete my data" in the same turn.
 * A failed write is logged (code only) and never breaks the conversation.
 */
export class TranscriptRecorder implements Middleware {
    private readonly clock: () => Date;

    constructor(
        private readonly store: TranscriptStore,
        private readonly options: TranscriptRecorderOptions = {}
    ) {
        this.clock = options.clock ?? (() => new Date());
    }

    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
        await this.record(context.activity, 'parent');
        context.onSendActivities(async (ctx, activities, sendNext) => {
            const responses = await sendNext();
            // After "delete my data" the turn's replies (the confirmation) must not start a new record.
            if (erasedThisTurn(ctx)) return responses;
            for (const activity of activities) await this.record(activity, isStaff(activity) ? 'staff' : 'bot');
            return responses;
        });
        await next();
    }

    private async record(activity: Partial<Activity> | undefined, role: TranscriptRole): Promise<void> {
        const conversationId = activity?.conversation?.id;
        if (!activity || !conversationId || (activity.type ?? ActivityTypes.Message) !== ActivityTypes.Message) return;
        const { lines, buttons, files: attachments } = readableAttachments(activity.attachments);
        const actions = (activity.suggestedActions?.actions ?? [])
            .map((a) => (typeof a.title === 'string' && a.title !== '' ? a.title : typeof a.value === 'string' ? a.value : ''))
            .filter((title) => title !== '')
            .concat(buttons);
        const text = [typeof activity.text === 'string' ? activity.text : '', ...lines].filter((part) => part !== '').join('\n');
        if (text === '' && attachments.length === 0 && actions.length === 0) return;
        try {
            await this.store.append({ conversationId, role, at: this.clock(), text, attachments, actions });
        } catch (err) {
            this.options.logger?.warn({ event: 'transcript.record_failed', code: errorCode(err) ?? (err instanceof Error ? err.name : 'unknown') }, 'transcript entry not recorded');
        }
    }
}

function isStaff(activity: Partial<Activity>): boolean {
    const data: unknown = activity.channelData;
    return typeof data === 'object' && data !== null && 'staff' in data && data.staff === true;
}
