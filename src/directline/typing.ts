import { ActivityTypes, TurnContext, type Middleware } from 'botbuilder';

/**
 * Web Chat shows "typing…" while a slow turn runs (an LLM answer, a file being checked): one typing
 * activity when a message's first reply takes longer than `delayMs`. Only for turns from this
 * server's own widget (their serviceUrl is its connector), never with expectReplies, whose replies
 * are the HTTP response. Unlike botbuilder's ShowTypingMiddleware, a reply waits for a typing
 * still on its way, so "typing" never arrives after the answer and lingers under it.
 */
export function widgetTyping(widgetConnector: () => string, delayMs = 500): Middleware {
    const fromWidget = (context: TurnContext) =>
        context.activity.type === ActivityTypes.Message
        && context.activity.deliveryMode !== 'expectReplies'
        && (context.activity.serviceUrl ?? '').startsWith(widgetConnector());
    return {
        onTurn: async (context, next) => {
            if (!fromWidget(context)) return next();
            let replied = false;
            let typing: Promise<unknown> | undefined;
            const timer = setTimeout(() => {
                if (replied) return;
                const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Typing }, TurnContext.getConversationReference(context.activity));
                // Straight to the adapter, as ShowTypingMiddleware does: not a reply of the turn.
                typing = context.adapter.sendActivities(context, [activity]).catch(() => undefined);
            }, delayMs);
            context.onSendActivities(async (_context, _activities, send) => {
                replied = true;
                clearTimeout(timer);
                await typing;
                return send();
            });
            try {
                await next();
            } finally {
                clearTimeout(timer);
                await typing;
            }
        }
    };
}
