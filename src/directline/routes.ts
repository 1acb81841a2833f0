import type { CloudAdapter, TurnContext } from 'botbuilder';
import { Readable } from 'node:stream';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { Logger } from '../logger';
import type { DirectLineLog, LoggedActivity } from './log';
import { randomId, type DirectLineGrant, type DirectLineTokens } from './tokens';

/** An Authorization header value or a ready identity, as CloudAdapter.processActivityDirect takes it. */
export type DirectAuthentication = Parameters<CloudAdapter['processActivityDirect']>[0];

export const DIRECTLINE_BASE = '/v3/directline';
/** The widget's file upload (multipart), which bypasses the JSON body parser. */
export const WIDGET_UPLOAD_PATH = /^\/v3\/directline\/conversations\/[^/]+\/upload$/;
const MULTIPART_OVERHEAD = 64 * 1024;
export const WIDGET_CHANNEL_ID = 'webchat';

export interface DirectLineDeps {
    log: DirectLineLog;
    tokens: DirectLineTokens;
    adapter: CloudAdapter;
    runTurn: (context: TurnContext) => Promise<void>;
    /** Where the bot's replies to a conversation go: this server's connector endpoint, reachable from the bot itself. */
    serviceUrl: (conversationId: string) => string;
    /** '' when running unauthenticated; otherwise an identity for the in-process call. */
    authentication: () => DirectAuthentication;
    botId: string;
    /** Where the bot fetches a widget file from (this server, like serviceUrl). */
    attachmentUrl: (id: string) => string;
    upload: { maxBytes: number; maxFiles: number };
    clock: () => Date;
    logger: Logger;
}

/** What the widget may send; everything else (from, conversation, attachments…) is set here. */
const ClientActivity = z.object({
    type: z.enum(['message', 'event']),
    text: z.string().max(20_000).optional(),
    locale: z.string().max(20).optional(),
    name: z.string().max(100).optional(),
    value: z.unknown().optional(),
    channelData: z.object({ clientActivityID: z.string().max(100).optional() }).loose().optional()
});

const TokenRequest = z.object({ locale: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/).optional() }).optional();

export function bearer(req: Request): string | undefined {
    const header = req.headers.authorization ?? '';
    return header.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
}

/**
 * A self-hosted Direct Line 3.0 (REST with polling) for the website widget, so that
 * `npm start` serves the widget without an Azure account. Web Chat (botframework-directlinejs)
 * talks to `/v3/directline`; the bot's replies come back through the Bot Connector API under a
 * secret path, and every activity is kept in the database log.
 */
export function mountDirectLine(server: Server, deps: DirectLineDeps): void {
    const { tokens, log, clock } = deps;

    const grantFor = (req: Request, res: Response, conversationId?: string): DirectLineGrant | undefined => {
        const grant = tokens.verify(bearer(req), clock());
        if (!grant) {
            res.send(401, { error: { code: 'TokenInvalid', message: 'missing, invalid or expired token' } });
            return undefined;
        }
        if (conversationId !== undefined && conversationId !== grant.conversationId) {
            res.send(403, { error: { code: 'BadArgument', message: 'the token is for another conversation' } });
            return undefined;
        }
        return grant;
    };

    const dispatch = async (activity: Record<string, unknown>): Promise<void> => {
        await deps.adapter.processActivityDirect(deps.authentication(), activity as never, deps.runTurn);
    };

    /** An activity from the token's user to the bot, whatever the client claimed about sender and address. */
    const fromParent = (grant: DirectLineGrant, fields: Record<string, unknown> & { locale?: string | undefined }, clientActivityID?: string) => ({
        ...fields,
        timestamp: clock().toISOString(),
        channelId: WIDGET_CHANNEL_ID,
        serviceUrl: deps.serviceUrl(grant.conversationId),
        conversation: { id: grant.conversationId },
        recipient: { id: deps.botId, role: 'bot' },
        from: { id: grant.userId, role: 'user' },
        ...(fields.locale || grant.locale ? { locale: fields.locale ?? grant.locale } : {}),
        ...(clientActivityID ? { channelData: { clientActivityID } } : {})
    });

    // The widget page asks for a token; it names a new conversation and user.
    server.post('/api/directline/token', async (req: Request, res: Response) => {
        const body = TokenRequest.safeParse(req.body ?? undefined);
        if (!body.success) { res.send(400, { error: { code: 'BadArgument', message: 'locale must be a language tag' } }); return; }
        const grant = { conversationId: randomId('dl-'), userId: randomId('dl-user-'), ...(body.data?.locale ? { locale: body.data.locale } : {}) };
        const { token, expiresIn } = tokens.issue(grant, clock());
        res.send(200, { token, conversationId: grant.conversationId, userId: grant.userId, expires_in: expiresIn });
    });

    server.post(`${DIRECTLINE_BASE}/tokens/refresh`, async (req: Request, res: Response) => {
        const grant = grantFor(req, res);
        if (!grant) return;
        const { token, expiresIn } = tokens.issue({ conversationId: grant.conversationId, userId: grant.userId, ...(grant.locale ? { locale: grant.locale } : {}) }, clock());
        res.send(200, { conversationId: grant.conversationId, token, expires_in: expiresIn });
    });

    const startOrResume = async (req: Request, res: Response, conversationId?: string) => {
        const grant = grantFor(req, res, conversationId);
        if (!grant) return;
        if (!(await log.exists(grant.conversationId))) {
            // As Azure's Direct Line does: the bot hears that the user joined and says welcome.
            const joined = fromParent(grant, { type: 'conversationUpdate', id: randomId('cu-'), membersAdded: [{ id: grant.userId }] });
            await log.prune(new Date(clock().getTime() - 24 * 3600 * 1000)).catch(() => 0);
            try {
                await dispatch(joined);
            } catch (error) {
                deps.logger.error({ err: { name: (error as Error).name } }, 'directline: welcome turn failed');
                res.send(502, { error: { code: 'BotError', message: 'the bot could not start the conversation' } });
                return;
            }
        }
        res.send(conversationId ? 200 : 201, { conversationId: grant.conversationId, token: bearer(req), expires_in: Math.max(0, grant.expiresAt - Math.floor(clock().getTime() / 1000)) });
    };
    server.post(`${DIRECTLINE_BASE}/conversations`, async (req: Request, res: Response) => startOrResume(req, res));
    server.get(`${DIRECTLINE_BASE}/conversations/:conversationId`, async (req: Request, res: Response) => startOrResume(req, res, String(req.params.conversationId)));

    server.get(`${DIRECTLINE_BASE}/conversations/:conversationId/activities`, async (req: Request, res: Response) => {
        const grant = grantFor(req, res, String(req.params.conversationId));
        if (!grant) return;
        const raw = new URL(req.url ?? '/', 'http://localhost').searchParams.get('watermark');
        const watermark = raw && /^\d{1,15}$/.test(raw) ? Number(raw) : 0;
        const page = await log.since(grant.conversationId, watermark);
        res.send(200, { activities: page.activities.map(forClient), watermark: String(page.watermark) });
    });

    server.post(`${DIRECTLINE_BASE}/conversations/:conversationId/activities`, async (req: Request, res: Response) => {
        const grant = grantFor(req, res, String(req.params.conversationId));
        if (!grant) return;
        const parsed = ClientActivity.safeParse(req.body);
        if (!parsed.success) { res.send(400, { error: { code: 'BadArgument', message: 'expected a message or event activity' } }); return; }
        const { channelData, ...fields } = parsed.data;
        // Attachments come only through /upload: a client's contentUrl would make the bot fetch any address.
        const activity = await log.append(grant.conversationId, fromParent(grant, fields, channelData?.clientActivityID), clock());
        res.send(200, { id: activity.id });
        // Replies reach the log through the connector route while the turn runs.
        dispatch(activity).catch((error: unknown) => deps.logger.error({ err: { name: (error as Error).name } }, 'directline: turn failed'));
    });

    // Web Chat's upload: an "activity" part (JSON) and the files, as multipart/form-data.
    server.post(`${DIRECTLINE_BASE}/conversations/:conversationId/upload`, async (req: Request, res: Response) => {
        const grant = grantFor(req, res, String(req.params.conversationId));
        if (!grant) return;
        const length = Number(req.headers['content-length']);
        if (!Number.isFinite(length)) { res.send(411, { error: { code: 'BadArgument', message: 'content-length required' } }); return; }
        if (length > deps.upload.maxBytes * deps.upload.maxFiles + MULTIPART_OVERHEAD) {
            res.send(413, { error: { code: 'MessageSizeTooBig', message: 'the files are too large' } });
            return;
        }
        const form = await readForm(req).catch(() => undefined);
        if (!form) { res.send(400, { error: { code: 'BadArgument', message: 'expected multipart/form-data' } }); return; }
        const activityPart = form.get('activity');
        const described = ClientActivity.safeParse(typeof activityPart === 'string' || !activityPart ? { type: 'message' } : await jsonOf(activityPart));
        const files = [...form.entries()].filter(([name, value]) => name !== 'activity' && typeof value !== 'string').map(([, value]) => value as File).slice(0, deps.upload.maxFiles);
        if (!described.success || files.length === 0) { res.send(400, { error: { code: 'BadArgument', message: 'expected an activity and at least one file' } }); return; }
        const stored: { id: string; name: string; contentType: string }[] = [];
        for (const file of files) {
            const id = randomId('att-');
            const contentType = file.type || 'application/octet-stream';
            const name = (file.name || 'document').slice(0, 200);
            await log.putAttachment({ id, conversationId: grant.conversationId, name, contentType, data: Buffer.from(await file.arrayBuffer()) }, clock());
            stored.push({ id, name, contentType });
        }
        const { channelData, ...fields } = described.data;
        const base = fromParent(grant, { ...fields, type: 'message' }, channelData?.clientActivityID);
        // The page shows the files by a link on this origin; the bot fetches them from serviceUrl's host.
        const echo = await log.append(grant.conversationId, { ...base, attachments: stored.map((f) => ({ name: f.name, contentType: f.contentType, contentUrl: `${DIRECTLINE_BASE}/attachments/${f.id}` })) }, clock());
        res.send(200, { id: echo.id });
        const forBot: LoggedActivity = { ...echo, attachments: stored.map((f) => ({ name: f.name, contentType: f.contentType, contentUrl: deps.attachmentUrl(f.id) })) };
        dispatch(forBot).catch((error: unknown) => deps.logger.error({ err: { name: (error as Error).name } }, 'directline: upload turn failed'));
    });

    server.get(`${DIRECTLINE_BASE}/attachments/:attachmentId`, async (req: Request, res: Response) => {
        // The id is random and unguessable; files are pruned with the conversation log.
        const file = await log.getAttachment(String(req.params.attachmentId));
        if (!file) { res.send(404, { error: { code: 'NotFound', message: 'not found' } }); return; }
        res.writeHead(200, {
            'content-type': file.contentType,
            'content-length': file.data.length,
            'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
            'x-content-type-options': 'nosniff',
            'cache-control': 'private, no-store'
        });
        res.end(file.data);
    });

    // The Bot Connector API as the bot calls it at `serviceUrl` (replies and proactive messages).
    const connector = `${DIRECTLINE_BASE}/bot/:key/v3/conversations/:conversationId/activities`;
    const receiveFromBot = async (req: Request, res: Response) => {
        if (!tokens.checkConnectorKey(String(req.params.conversationId), String(req.params.key))) { res.send(404, { error: { code: 'NotFound', message: 'not found' } }); return; }
        const body = req.body as Record<string, unknown> | undefined;
        if (!body || typeof body !== 'object' || typeof body.type !== 'string') { res.send(400, { error: { code: 'BadArgument', message: 'expected an activity' } }); return; }
        if (body.type === 'trace') { res.send(200, { id: randomId('trace-') }); return; }
        const { id: _ignored, ...activity } = body;
        // Proactive messages carry no role; Web Chat needs it to draw the bubble on the bot's side.
        const from = { ...(typeof activity.from === 'object' && activity.from ? activity.from : { id: deps.botId }), role: 'bot' };
        const stored = await log.append(String(req.params.conversationId), { ...activity, from, timestamp: clock().toISOString() }, clock());
        res.send(200, { id: stored.id });
    };
    server.post(connector, receiveFromBot);
    server.post(`${connector}/:replyToId`, receiveFromBot);
}

/** What the page may see of a logged activity: not serviceUrl, whose path is the bot's reply key. */
function forClient(activity: LoggedActivity): LoggedActivity {
    const { serviceUrl: _secret, ...visible } = activity;
    return visible;
}

/** The multipart body of a request, parsed by the platform's own FormData. */
async function readForm(req: Request): Promise<FormData> {
    const request = new globalThis.Request('http://upload.invalid/', {
        method: 'POST',
        headers: { 'content-type': String(req.headers['content-type'] ?? '') },
        body: Readable.toWeb(req) as ReadableStream<Uint8Array>,
        duplex: 'half'
    } as RequestInit & { duplex: 'half' });
    return request.formData();
}

async function jsonOf(part: Blob): Promise<unknown> {
    try {
        return JSON.parse(await part.text()) as unknown;
    } catch {
        return undefined;
    }
}
