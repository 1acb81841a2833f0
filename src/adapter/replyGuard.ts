import type { Middleware, TurnContext } from 'botbuilder';
import { isLoopbackUrl } from '../server/botMessages';

export interface ReplyGuardOptions {
    /** With credentials, serviceUrl comes from a validated Bot Framework token: nothing to guard. */
    authenticated: boolean;
    localMode: boolean;
    /** This server's own Direct Line connector (the widget), always allowed. */
    ownServiceUrl: () => string;
}

export class ReplyRefusedError extends Error {
    constructor() {
        super('ReplyGuard.onSend(): replies to this serviceUrl are not allowed without credentials');
        this.name = 'ReplyRefusedError';
    }
}

/**
 * Without credentials, anyone can name a serviceUrl; the bot must not post there (replies,
 * proactive coordinator messages). Replies carried in the HTTP response (expectReplies) are not
 * posted anywhere and pass.
 */
export function replyGuard(options: ReplyGuardOptions): Middleware {
    const allowed = (context: TurnContext): boolean => {
        const { serviceUrl, deliveryMode } = context.activity;
        if (options.authenticated || deliveryMode === 'expectReplies') return true;
        if (serviceUrl && serviceUrl.startsWith(options.ownServiceUrl())) return true;
        return options.localMode && isLoopbackUrl(serviceUrl);
    };
    return {
        onTurn: async (context, next) => {
            context.onSendActivities(async (turn, activities, send) => {
                if (!allowed(turn)) throw new ReplyRefusedError();
                return send();
            });
            await next();
        }
    };
}
