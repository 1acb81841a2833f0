import type { CloudAdapter, TurnContext } from 'botbuilder';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { TLSSocket } from 'node:tls';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { Logger } from '../logger';
import { attachmentIdOf, attachmentPath } from './files';
import type { DirectLineLog, LoggedActivity } from './log';
import { randomId, type DirectLineGrant, type DirectLineTokens } from './tokens';
import { receiveUpload, type UploadLimits } from './upload';

/** An Authorization header value or a ready identity, as CloudAdapter.processActivityDirect takes it. */
export type DirectAuthentication = Parameters<CloudAdapter['processActivityDirect']>[0];

export const DIRECTLINE_BASE = '/v3/directline';
/** The widget's file upload (multipart), which bypasses the JSON body parser. */
export const WIDGET_UPLOAD_PATH = /^\/v3\/directline\/conversations\/[^/]+\/upload$/;
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
    upload: UploadLimits;
    /** The bot's "yes, delete" button in every language. */
    deleteButtons: ReadonlySet<string>;
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

const TokenRequest = z.object({
    locale: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/).optional(),
    /** The ticket of an earlier token response: a new token for that conversation. */
    resume: z.string().max(2000).optional()
}).optional();

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

    /**
     * The client's copy: this server's attachment paths become links with a short-lived signature
     * for the reader's conversation, absolute (Web Chat links only absolute URLs) on the origin the client used.
     */
    const withSignedLinks = (activity: LoggedActivity, conversationId: string, origin: string): LoggedActivity => {
        if (!Array.isArray(activity.attachments)) return activity;
        const attachments = (activity.attachments as unknown[]).map((a) => {
            const url = typeof a === 'object' && a !== null ? (a as { contentUrl?: unknown }).contentUrl : undefined;
            const id = typeof url === 'string' ? attachmentIdOf(url) : undefined;
            return id ? { ...(a as object), contentUrl: `${origin}${attachmentPath(id)}?${tokens.attachmentQuery(id, conversationId, clock())}` } : a;
        });
        return { ...activity, attachments };
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

    // The widget page asks for a token: for a new conversation and user, or with its resume ticket
    // for the conversation it had (another tab, or days later when the token has long expired).
    server.post('/api/directline/token', async (req: Request, res: Response) => {
        const body = TokenRequest.safeParse(req.body ?? undefined);
        if (!body.success) { res.send(400, { error: { code: 'BadArgument', message: 'locale must be a language tag' } }); return; }
        const { locale, resume } = body.data ?? {};
        const resumed = resume === undefined ? undefined : tokens.verifyResume(resume, clock());
        if (resume !== undefined && !resumed) { res.send(401, { error: { code: 'TokenInvalid', message: 'invalid or expired resume ticket' } }); return; }
        const chosen = locale ?? resumed?.locale;
        const grant = { conversationId: resumed?.conversationId ?? randomId('dl-'), userId: resumed?.userId ?? randomId('dl-user-'), ...(chosen ? { locale: chosen } : {}) };
        const { token, expiresIn } = tokens.issue(grant, clock());
        const ticket = tokens.issueResume(grant, clock());
        res.send(200, { token, conversationId: grant.conversationId, userId: grant.userId, expires_in: expiresIn, resume: ticket.resume, resume_expires_in: ticket.expiresIn });
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
        const origin = requestOrigin(req);
        res.send(200, { activities: page.activities.map((a) => withSignedLinks(forClient(a), grant.conversationId, origin)), watermark: String(page.watermark) });
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
        dispatch(activity)
            .then(() => keepEcho(grant.conversationId, activity))
            .catch((error: unknown) => deps.logger.error({ err: { name: (error as Error).name } }, 'directline: turn failed'));
    });

    /**
     * "Delete my data" empties the log during the turn, the parent's own "yes, delete" included;
     * Web Chat would then show that message as sending forever and offer to send it again. Its
     * echo comes back, stripped to what Web Chat matches it by, with its text only when that was
     * the bot's own "yes, delete" button (typed words may name the child).
     */
    const keepEcho = async (conversationId: string, activity: LoggedActivity): Promise<void> => {
        const [first] = (await log.since(conversationId, rowOf(activity) - 1, 1)).activities;
        if (first?.id === activity.id) return;
        const { type, text, from, channelData, timestamp } = activity;
        await log.append(conversationId, { type, from, channelData, timestamp, ...(typeof text === 'string' && deps.deleteButtons.has(text) ? { text } : {}) }, clock());
    };

    // Web Chat's upload: an "activity" part (JSON) and the files, as multipart/form-data.
    server.post(`${DIRECTLINE_BASE}/conversations/:conversationId/upload`, async (req: Request, res: Response) => {
        const grant = grantFor(req, res, String(req.params.conversationId));
        if (!grant) return;
        const upload = await receiveUpload(req, grant.conversationId, log.files, deps.upload);
        if (!upload.ok) {
            refuseUpload(req, res, upload.status);
            return;
        }
        const described = ClientActivity.safeParse(upload.activity ?? { type: 'message' });
        if (!described.success || upload.files.length === 0) {
            await Promise.all(upload.files.map((f) => log.files.remove(grant.conversationId, f.id)));
            res.send(400, { error: { code: 'BadArgument', message: 'expected an activity and at least one file' } });
            return;
        }
        for (const file of upload.files) {
            await log.files.date(grant.conversationId, file.id, clock());
            await log.putAttachment({ ...file, conversationId: grant.conversationId }, clock());
        }
        const { channelData, ...fields } = described.data;
        const base = fromParent(grant, { ...fields, type: 'message' }, channelData?.clientActivityID);
        // The page links the files by a path that is signed when the client reads the activity; the bot takes them from the store by the same path.
        const attachments = upload.files.map((f) => ({ name: f.name, contentType: f.contentType, contentUrl: attachmentPath(f.id) }));
        // Sizes as Web Chat puts them on its own copy (channelData.attachmentSizes), measured here, so the parent's bubble keeps them.
        const channel = { ...base.channelData, attachmentSizes: upload.files.map((f) => f.size) };
        const echo = await log.append(grant.conversationId, { ...base, attachments, channelData: channel }, clock());
        res.send(200, { id: echo.id });
        dispatch(echo).catch((error: unknown) => deps.logger.error({ err: { name: (error as Error).name } }, 'directline: upload turn failed'));
    });

    // A file as the browser loads it (a link or <img>, without Authorization): only with a signature for its conversation.
    server.get(`${DIRECTLINE_BASE}/attachments/:attachmentId`, async (req: Request, res: Response) => {
        const id = attachmentIdOf(attachmentPath(String(req.params.attachmentId)));
        const file = id ? await log.getAttachment(id) : undefined;
        if (!file) { res.send(404, { error: { code: 'NotFound', message: 'not found' } }); return; }
        if (!tokens.verifyAttachmentQuery(file.id, file.conversationId, new URL(req.url ?? '/', 'http://localhost').searchParams, clock())) {
            res.send(403, { error: { code: 'Forbidden', message: 'the link is not valid (anymore)' } });
            return;
        }
        const stream = createReadStream(log.files.pathOf(file.conversationId, file.id));
        const opened = await new Promise<boolean>((resolve) => stream.once('open', () => resolve(true)).once('error', () => resolve(false)));
        if (!opened) { res.send(404, { error: { code: 'NotFound', message: 'not found' } }); return; }
        res.writeHead(200, {
            'content-type': file.contentType,
            'content-length': file.size,
            'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
            // Whatever the bytes are, the browser neither runs nor sniffs them, nor lets another site embed them.
            'content-security-policy': "default-src 'none'; sandbox",
            'x-content-type-options': 'nosniff',
            'cross-origin-resource-policy': 'same-origin',
            'referrer-policy': 'no-referrer',
            'cache-control': 'private, no-store'
        });
        await pipeline(stream, res).catch(() => undefined);
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

/** The row id inside a logged activity's id (`<conversation>|<row id>`). */
function rowOf(activity: LoggedActivity): number {
    return Number(activity.id.slice(activity.id.lastIndexOf('|') + 1));
}

/** What the page may see of a logged activity: not serviceUrl, whose path is the bot's reply key. */
function forClient(activity: LoggedActivity): LoggedActivity {
    const { serviceUrl: _secret, ...visible } = activity;
    return visible;
}

/** The origin the client addressed ('' when the Host header is not a plain host, leaving links relative). */
function requestOrigin(req: Request): string {
    const host = String(req.headers.host ?? '');
    if (!/^([A-Za-z0-9-]+\.)*[A-Za-z0-9-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host)) return '';
    // Behind a proxy that ends TLS, the page was https although this hop is not.
    const forwarded = String(req.headers['x-forwarded-proto'] ?? '').split(',')[0]?.trim().toLowerCase();
    const scheme = forwarded === 'https' || forwarded === 'http' ? forwarded : (req.socket as TLSSocket).encrypted ? 'https' : 'http';
    return `${scheme}://${host}`;
}

/** 413 stops reading the rest of the body: the connection is closed once the answer is out. */
function refuseUpload(req: Request, res: Response, status: 400 | 413 | 415): void {
    const messages = { 400: 'expected multipart/form-data', 413: 'the files are too large or too many', 415: 'only PDF, JPEG, PNG, HEIC or a zipped DICOM folder' };
    const code = { 400: 'BadArgument', 413: 'MessageSizeTooBig', 415: 'UnsupportedMediaType' }[status];
    if (!req.complete) {
        res.setHeader('connection', 'close');
        res.once('finish', () => req.destroy());
    }
    res.send(status, { error: { code, message: messages[status] } });
}
