import { ShowTypingMiddleware, type Middleware, type TurnContext } from 'botbuilder';

/**
 * Web Chat shows "typing…" while a slow turn runs (an LLM answer, a file being checked): botbuilder's
 * ShowTypingMiddleware, only for turns from this server's own widget (their serviceUrl is its
 * connector) and never with expectReplies, whose replies are the HTTP response and have no use for it.
 */
export function widgetTyping(widgetConnector: () => string, delayMs = 500, periodMs = 2000): Middleware {
    const typing = new ShowTypingMiddleware(delayMs, periodMs);
    const fromWidget = (context: TurnContext) =>
        context.activity.deliveryMode !== 'expectReplies' && (context.activity.serviceUrl ?? '').startsWith(widgetConnector());
    return { onTurn: (context, next) => (fromWidget(context) ? typing.onTurn(context, next) : next()) };
}
