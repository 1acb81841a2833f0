import type { Activity, TurnContext } from 'botbuilder';
import type { Request, Response } from 'restify';
import type { IntakeAdapter } from '../adapter/createAdapter';
import { repliesAllowed } from '../adapter/replyGuard';
import { IN_PROCESS_SCHEME } from '../adapter/createAdapter';
import type { Logger } from '../logger';
import { IncomingActivitySchema } from './activitySchema';

export interface BotMessagesDeps {
    adapter: IntakeAdapter;
    runTurn: (context: TurnContext) => Promise<void>;
    logger: Logger;
    /** False when no Microsoft app id is configured: requests are then not authenticated. */
    authenticated: boolean;
    /** UNAUTHENTICATED_LOCAL_MODE: replies may be posted to a loopback serviceUrl (the Emulator). */
    localMode: boolean;
}

/** As CloudAdapter.process() does: timestamps become Dates, the sent text is kept beside. */
function withDates(activity: Record<string, unknown>): Activity {
    const fixed: Record<string, unknown> = { ...activity };
    for (const [field, raw] of [['timestamp', 'rawTimestamp'], ['localTimestamp', 'rawLocalTimestamp']] as const) {
        if (typeof activity[field] === 'string') {
            fixed[raw] = activity[field];
            fixed[field] = new Date(activity[field]);
        }
    }
    return fixed as unknown as Activity;
}

/** POST /api/messages: the Bot Framework channel endpoint. */
export function botMessagesHandler(deps: BotMessagesDeps): (req: Request, res: Response) => Promise<void> {
    return async (req, res) => {
        const parsed = IncomingActivitySchema.safeParse(req.body);
        // An in-process channel's serviceUrl (Telegram) is this server's to set, never a request's.
        if (!parsed.success || req.contentType() !== 'application/json' || parsed.data.serviceUrl?.startsWith(IN_PROCESS_SCHEME)) {
            res.send(400, { error: 'BadRequest', message: 'expected a Bot Framework activity as JSON (type, channelId, conversation.id, from.id)' });
            return;
        }
        // The widget's own connector is not a serviceUrl a request may name: no ownServiceUrl here.
        if (!repliesAllowed(parsed.data, { authenticated: deps.authenticated, localMode: deps.localMode })) {
            res.send(403, { error: 'Forbidden', message: 'without credentials, use deliveryMode "expectReplies" (or UNAUTHENTICATED_LOCAL_MODE with a loopback serviceUrl)' });
            return;
        }
        const authorization = typeof req.headers.authorization === 'string' ? req.headers.authorization : '';
        try {
            const outcome = await deps.adapter.processIncoming(authorization, withDates(parsed.data), deps.runTurn);
            if (outcome.body === undefined) res.send(outcome.status);
            else res.send(outcome.status, outcome.body);
        } catch (error) {
            // The turn itself reports its errors to the parent (onTurnError); this is the adapter refusing the activity.
            deps.logger.warn({ err: { name: (error as Error).name } }, 'activity rejected');
            if (!res.headersSent) res.send(400, { error: 'BadRequest', message: 'malformed activity' });
        }
    };
}
