import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity } from 'botframework-connector';
import type { Request, Response, Server } from 'restify';
import { botFrameworkAuthentication } from '../adapter/createAdapter';
import type { Config } from '../config';
import type { Texts } from '../i18n/i18n';
import type { Logger } from '../logger';
import type { RequestLimits } from '../server/rateLimits';
import type { DirectLineLog } from './log';
import { bearer, DIRECTLINE_BASE, mountDirectLine, type DirectAuthentication } from './routes';
import { directLineSecret, DirectLineTokens } from './tokens';
import { renderWidgetPage, widgetHeaders, widgetLocale } from './widgetPage';

const MB = 1024 * 1024;

export interface WidgetDeps {
    config: Config;
    log: DirectLineLog;
    adapter: CloudAdapter;
    runTurn: (context: TurnContext) => Promise<void>;
    texts: Texts;
    clock: () => Date;
    logger: Logger;
    /** Rate limits for tokens, messages and uploads (none when absent). */
    limits?: RequestLimits;
}

/**
 * The website widget: the chat page at `/`, Web Chat's bundle at `/webchat.js`, the page's
 * script at `/widget.js` and the self-hosted Direct Line it talks to.
 */
export function mountWidget(server: Server, deps: WidgetDeps): void {
    const { config } = deps;
    const tokens = new DirectLineTokens(directLineSecret(config.DIRECTLINE_SECRET, config.DATA_DIR));
    const botId = config.MicrosoftAppId ?? 'intake-bot';
    mountDirectLine(server, {
        log: deps.log,
        tokens,
        adapter: deps.adapter,
        runTurn: deps.runTurn,
        serviceUrl: (conversationId) => `${connectorBase(config, server)()}${tokens.connectorKey(conversationId)}`,
        upload: { maxFileBytes: config.UPLOAD_MAX_MB * MB, maxFiles: config.UPLOAD_MAX_FILES, maxRequestBytes: config.UPLOAD_MAX_REQUEST_MB * MB },
        authentication: inProcessAuthentication(config),
        deleteButtons: new Set(Object.values(deps.texts.all('common:commands.deleteYes'))),
        botId,
        clock: deps.clock,
        logger: deps.logger
    });

    if (deps.limits) {
        // Counted per conversation only with a valid token, so nobody can use up another's budget.
        const conversation = (req: Request) => tokens.verify(bearer(req), deps.clock())?.conversationId;
        server.use(deps.limits.handler({
            'POST /api/directline/token': { kind: 'tokens' },
            [`POST ${DIRECTLINE_BASE}/tokens/refresh`]: { kind: 'tokens', conversation },
            [`POST ${DIRECTLINE_BASE}/conversations`]: { kind: 'tokens', conversation },
            [`GET ${DIRECTLINE_BASE}/conversations/:conversationId`]: { kind: 'tokens', conversation },
            [`POST ${DIRECTLINE_BASE}/conversations/:conversationId/activities`]: { kind: 'messages', conversation },
            [`POST ${DIRECTLINE_BASE}/conversations/:conversationId/upload`]: { kind: 'uploads', conversation }
        }));
    }

    server.get('/', async (req: Request, res: Response) => {
        const query = new URL(req.url ?? '/', 'http://localhost').searchParams.get('lang');
        const nonce = randomBytes(16).toString('base64');
        const html = renderWidgetPage(deps.texts, config.OPERATOR_NAMES, widgetLocale(query, req.headers['accept-language'], config.DEFAULT_LOCALE), config.PRIVACY_NOTICE_URL, nonce, config.UPLOAD_MAX_MB);
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html), ...widgetHeaders(nonce, config.WIDGET_FRAME_ANCESTORS) });
        res.end(html);
    });

    // Web Chat's bundle changes only with the installed package; the page's own scripts with a deploy.
    serveScript(server, '/webchat.js', webChatBundlePath, 'public, max-age=86400');
    serveScript(server, '/widget.js', () => path.join(PUBLIC_DIR, 'widget.js'), 'no-cache');
    // The operator's chat button: its texts in every language go into the file once.
    const launcherTexts = { default: config.DEFAULT_LOCALE, ...launcherTextsByLocale(deps.texts) };
    serveScript(server, '/launcher.js', () => path.join(PUBLIC_DIR, 'launcher.js'), 'no-cache',
        (source) => source.replace('/*TEXTS*/ null', JSON.stringify(launcherTexts).replace(/</g, '\\u003c')));
}

/** { en: { open, close, title }, de: … } for the launcher. */
function launcherTextsByLocale(texts: Texts): Record<string, Record<'open' | 'close' | 'title', string>> {
    const keys = ['open', 'close', 'title'] as const;
    const byKey = Object.fromEntries(keys.map((key) => [key, texts.all(`common:launcher.${key}`)])) as Record<(typeof keys)[number], Record<string, string>>;
    return Object.fromEntries(Object.keys(byKey.open).map((locale) => [locale, { open: byKey.open[locale]!, close: byKey.close[locale]!, title: byKey.title[locale]! }]));
}

/** The browser-side scripts of this repository (plain JavaScript, no build step). */
const PUBLIC_DIR = path.resolve(__dirname, '../../public');

/** A script file, read and compressed once on first use (Web Chat: 3.9 MB → about 1 MB). */
function serveScript(server: Server, route: string, file: () => string, cacheControl: string, transform?: (source: string) => string): void {
    let script: { plain: Buffer; gzip: Buffer } | undefined;
    server.get(route, async (req: Request, res: Response) => {
        if (!script) {
            const plain = transform ? Buffer.from(transform(readFileSync(file(), 'utf8'))) : readFileSync(file());
            script = { plain, gzip: gzipSync(plain) };
        }
        const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
        const body = gzip ? script.gzip : script.plain;
        res.writeHead(200, {
            'content-type': 'application/javascript; charset=utf-8',
            'content-length': body.length,
            'cache-control': cacheControl,
            'x-content-type-options': 'nosniff',
            ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {})
        });
        res.end(body);
    });
}

/** Where this server is reachable from the bot itself (DIRECTLINE_SERVICE_URL behind a load balancer). */
function selfBaseUrl(config: Config, server: Server): () => string {
    return () => (config.DIRECTLINE_SERVICE_URL ?? `http://127.0.0.1:${(server.address() as AddressInfo | null)?.port ?? config.PORT}`).replace(/\/+$/, '');
}

/** The prefix of every widget conversation's serviceUrl (the bot connector API of this server). */
export function connectorBase(config: Config, server: Server): () => string {
    const selfBase = selfBaseUrl(config, server);
    return () => `${selfBase()}${DIRECTLINE_BASE}/bot/`;
}

/** dist/webchat.js of the installed botframework-webchat (its "exports" hide the path from require.resolve). */
function webChatBundlePath(): string {
    let dir = path.dirname(require.resolve('botframework-webchat'));
    while (!existsSync(path.join(dir, 'package.json'))) {
        const parent = path.dirname(dir);
        if (parent === dir) throw new Error('mountWidget(): botframework-webchat is not installed');
        dir = parent;
    }
    return path.join(dir, 'dist', 'webchat.js');
}

/**
 * How a widget activity enters CloudAdapter without an HTTP hop: unauthenticated locally; with
 * credentials, as the bot's own identity, so replies to serviceUrl carry the bot's token.
 */
function inProcessAuthentication(config: Config): () => DirectAuthentication {
    const appId = config.MicrosoftAppId;
    if (!appId) return () => '';
    const auth = botFrameworkAuthentication(config);
    return () => {
        const claimsIdentity = new ClaimsIdentity([{ type: AuthenticationConstants.AudienceClaim, value: appId }, { type: AuthenticationConstants.AppIdClaim, value: appId }], true);
        return { claimsIdentity, audience: AuthenticationConstants.ToChannelFromBotOAuthScope, connectorFactory: auth.createConnectorFactory(claimsIdentity) };
    };
}
