import type { Middleware } from 'botbuilder';
import { IN_PROCESS_SCHEME } from './createAdapter';

export interface ReplyPolicy {
    /** With credentials, serviceUrl comes from a validated Bot Framework token: nothing to guard. */
    authenticated: boolean;
    /** UNAUTHENTICATED_LOCAL_MODE: replies may be posted to a loopback serviceUrl (the Emulator). */
    localMode: boolean;
    /** This server's own Direct Line connector (the widget), always allowed. */
    ownServiceUrl?: () => string;
    /** Channel adapters of this process (IN_PROCESS_SCHEME serviceUrls), allowed in the bot's own turns. */
    inProcess?: boolean;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function isLoopbackUrl(url: string | undefined): boolean {
    if (!url) return false;
    try {
        const parsed = new URL(url);
        return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && LOOPBACK_HOSTS.has(parsed.hostname);
    } catch {
        return false;
    }
}

/**
 * Where replies to an activity may go. Without credentials anyone can name a serviceUrl, so:
 * in the HTTP response (expectReplies) always; to this server's own widget connector; to a
 * loopback address only in local mode. Nobody can make the bot post where they choose.
 */
export function repliesAllowed(activity: { deliveryMode?: string | undefined; serviceUrl?: string | undefined }, policy: ReplyPolicy): boolean {
    const { serviceUrl, deliveryMode } = activity;
    if (policy.authenticated || deliveryMode === 'expectReplies') return true;
    if (serviceUrl && policy.ownServiceUrl && serviceUrl.startsWith(policy.ownServiceUrl())) return true;
    // A channel adapter of this process (Telegram): such turns are built here, never taken from a request.
    if (serviceUrl?.startsWith(IN_PROCESS_SCHEME) && policy.inProcess) return true;
    return policy.localMode && isLoopbackUrl(serviceUrl);
}

export class ReplyRefusedError extends Error {
    constructor() {
        super('ReplyGuard.onSend(): replies to this serviceUrl are not allowed without credentials');
        this.name = 'ReplyRefusedError';
    }
}

/** Every send of every turn (replies, proactive coordinator messages) checked against the policy. */
export function replyGuard(policy: ReplyPolicy): Middleware {
    return {
        onTurn: async (context, next) => {
            context.onSendActivities(async (turn, _activities, send) => {
                if (!repliesAllowed(turn.activity, policy)) throw new ReplyRefusedError();
                return send();
            });
            await next();
        }
    };
}
