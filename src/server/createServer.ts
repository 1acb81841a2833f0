import restify, { type Request, type Response, type Server } from 'restify';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Logger } from '../logger';
import { IncomingActivitySchema } from './activitySchema';
import { WIDGET_UPLOAD_PATH } from '../directline/routes';
import type { RequestLimits } from './rateLimits';

export interface ServerDependencies {
    adapter: CloudAdapter;
    runTurn: (context: TurnContext) => Promise<void>;
    logger: Logger;
    /** Resolves when the database answers; /readyz reports it. */
    checkReady: () => Promise<boolean>;
    privacyPage?: (lang: string | undefined) => string;
    /** Rate limits (none when absent, e.g. in tests of other parts). */
    limits?: RequestLimits;
}

const MAX_BODY_BYTES = 256 * 1024;

/** Builds the HTTP server without listening, so tests can start it on port 0. */
export function createServer(deps: ServerDependencies): Server {
    const server = restify.createServer({ name: 'leukemia-intake-bot', handleUncaughtExceptions: false });
    // Widget uploads stream their multipart body to their own route, with the upload size limit.
    for (const handler of restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, rejectUnknown: false })) {
        server.use((req, res, next) => (WIDGET_UPLOAD_PATH.test(req.path()) ? next() : handler(req, res, next)));
    }
    // Per conversation only: a channel posts every conversation from its own few addresses.
    if (deps.limits) server.use(deps.limits.handler({ 'POST /api/messages': { kind: 'messages', byAddress: false, conversation: (req) => conversationIdOf(req.body) } }));

    server.post('/api/messages', async (req: Request, res: Response) => {
        const body: unknown = req.body;
        const parsed = IncomingActivitySchema.safeParse(body);
        if (!parsed.success || (req.contentType() !== 'application/json')) {
            res.send(400, { error: 'BadRequest', message: 'expected a Bot Framework activity as JSON (type, channelId, conversation.id, from.id)' });
            return;
        }
        try {
            await deps.adapter.process(req, res, deps.runTurn);
        } catch (error) {
            // The adapter's own schema rejected the activity (e.g. a field of the wrong type).
            deps.logger.warn({ err: { name: (error as Error).name } }, 'activity rejected');
            if (!res.headersSent) res.send(400, { error: 'BadRequest', message: 'malformed activity' });
        }
    });

    server.get('/healthz', async (_req: Request, res: Response) => {
        res.send(200, { status: 'ok' });
    });

    server.get('/readyz', async (_req: Request, res: Response) => {
        const ready = await deps.checkReady().catch(() => false);
        res.send(ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable' });
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

    server.on('restifyError', (req: Request, res: Response, error: Error & { statusCode?: number }, callback: () => void) => {
        if ((error.statusCode ?? 500) >= 500) deps.logger.error({ err: { name: error.name, stack: error.stack }, path: req.path() }, 'request failed');
        callback();
    });
    return server;
}

function conversationIdOf(body: unknown): string | undefined {
    const conversation: unknown = typeof body === 'object' && body !== null ? (body as { conversation?: unknown }).conversation : undefined;
    const id: unknown = typeof conversation === 'object' && conversation !== null ? (conversation as { id?: unknown }).id : undefined;
    return typeof id === 'string' ? id : undefined;
}
