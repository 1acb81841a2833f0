import restify, { type Request, type Response, type Server } from 'restify';
import type { TurnContext } from 'botbuilder';
import type { IntakeAdapter } from '../adapter/createAdapter';
import { errorForLog, type Logger } from '../logger';
import { botMessagesHandler } from './botMessages';
import { WIDGET_UPLOAD_PATH } from '../directline/routes';
import { bodyParsing } from './bodyParsing';
import type { RequestLimits } from './rateLimits';
import type { Readiness } from '../storage/operations';
import { assignRequestContext, enterRequestContext, logRequests } from '../observability/requestContext';

export interface ServerDependencies {
    adapter: IntakeAdapter;
    runTurn: (context: TurnContext) => Promise<void>;
    logger: Logger;
    /** A Microsoft app id is configured: requests carry Bot Framework tokens. */
    authenticated: boolean;
    /** UNAUTHENTICATED_LOCAL_MODE: unauthenticated replies may go to a loopback serviceUrl. */
    localMode: boolean;
    /** Database reachable and migrations current; /readyz reports it. */
    checkReady: () => Promise<Readiness>;
    privacyPage?: (lang: string | undefined) => string;
    /** Rate limits (none when absent, e.g. in tests of other parts). */
    limits?: RequestLimits;
}

/** Builds the HTTP server without listening, so tests can start it on port 0. */
export function createServer(deps: ServerDependencies): Server {
    const server = restify.createServer({ name: 'leukemia-intake-bot', handleUncaughtExceptions: false });
    server.pre(assignRequestContext());
    logRequests(server, deps.logger);
    // Widget uploads stream their multipart body to their own route, with the upload size limit.
    server.use(bodyParsing({ skip: (path) => WIDGET_UPLOAD_PATH.test(path) }));
    server.use(enterRequestContext());
    // Per conversation only: a channel posts every conversation from its own few addresses.
    if (deps.limits) server.use(deps.limits.handler({ 'POST /api/messages': { kind: 'messages', byAddress: false, conversation: (req) => conversationIdOf(req.body) } }));

    server.post('/api/messages', botMessagesHandler(deps));

    server.get('/healthz', async (_req: Request, res: Response) => {
        res.send(200, { status: 'ok' });
    });

    server.get('/readyz', async (_req: Request, res: Response) => {
        const readiness: Readiness = await deps.checkReady().catch(() => ({ ready: false, reason: 'database_unreachable' }));
        if (readiness.ready) res.send(200, { status: 'ready' });
        else res.send(503, { status: 'unavailable', reason: readiness.reason });
    });

    if (deps.privacyPage) {
        const render = deps.privacyPage;
        server.get('/privacy', async (req: Request, res: Response) => {
            const lang = new URL(req.url ?? '/', 'http://localhost').searchParams.get('lang') ?? req.headers['accept-language']?.slice(0, 2);
            const html = render(lang);
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html) });
            res.end(html);
        });
    }

    server.on('restifyError', (req: Request, res: Response, error: Error & { statusCode?: number; toJSON?: () => unknown }, callback: () => void) => {
        if ((error.statusCode ?? 500) >= 500) {
            deps.logger.error({ err: errorForLog(error), route: String(req.getRoute()?.path ?? 'unrouted') }, 'request failed');
            // restify would answer with the error's own message, which may quote internals.
            error.toJSON = () => ({ code: 'Internal', message: 'internal error' });
        }
        callback();
    });
    return server;
}

function conversationIdOf(body: unknown): string | undefined {
    const conversation: unknown = typeof body === 'object' && body !== null ? (body as { conversation?: unknown }).conversation : undefined;
    const id: unknown = typeof conversation === 'object' && conversation !== null ? (conversation as { id?: unknown }).id : undefined;
    return typeof id === 'string' ? id : undefined;
}
