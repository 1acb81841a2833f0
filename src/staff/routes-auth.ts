import type { Request, Response, Server } from 'restify';
import { addressKey, clientAddress } from '../server/clientAddress.js';
import type { StaffRouteDeps } from './deps.js';
import { apiError, guarded } from './guard.js';
import {
    SESSION_COOKIE, clearedSessionCookie, field, newNonce, queryOf, readCookie, redirect, safeBack, sameOrigin, secureCookie, sendHtml, sendJson, sessionCookie
} from './http.js';
import { loginPage } from './views/login.js';

const secondsUntil = (until: Date, now: Date) => Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));

/** Sign-in and sign-out, as a form and as JSON. */
export function mountAuthRoutes(server: Server, deps: StaffRouteDeps): void {
    const s = deps.st.s;
    const secure = (req: Request) => secureCookie(req, deps.cookieSecure);
    const cookieFor = (req: Request, sessionId: string) => sessionCookie(sessionId, Math.floor(deps.sessionHours * 3600), secure(req));
    const login = (req: Request) => deps.auth.login(field(req.body, 'username'), field(req.body, 'password'), addressKey(clientAddress(req, deps.trustProxy)));
    /** The wait in seconds (Retry-After) and the message saying it in minutes. */
    const throttled = (retryAt: Date) => {
        const seconds = secondsUntil(retryAt, deps.clock());
        return { seconds, message: s('inbox.login.throttled', { minutes: Math.ceil(seconds / 60) }) };
    };
    const render = (res: Response, status: number, opts: Parameters<typeof loginPage>[1] = {}, headers: Record<string, string> = {}) => {
        const nonce = newNonce();
        sendHtml(res, status, loginPage({ st: deps.st, nonce }, opts), nonce, headers);
    };

    server.get('/staff/login', async (req: Request, res: Response) => {
        const next = safeBack(queryOf(req).get('next') ?? '/staff', '/staff');
        if (await deps.auth.session(readCookie(req, SESSION_COOKIE))) return redirect(res, next);
        render(res, 200, { next });
    });

    server.post('/staff/login', async (req: Request, res: Response) => {
        if (!sameOrigin(req)) return render(res, 403, { error: s('inbox.errors.csrf') });
        const next = safeBack(field(req.body, 'next'), '/staff');
        const username = field(req.body, 'username');
        const result = await login(req);
        if (result.ok) return redirect(res, next, { 'set-cookie': cookieFor(req, result.sessionId) });
        if (result.reason === 'throttled') {
            const wait = throttled(result.retryAt);
            return render(res, 429, { error: wait.message, next, username }, { 'retry-after': String(wait.seconds) });
        }
        render(res, 401, { error: s('inbox.login.failed'), next, username });
    });

    server.post('/staff/logout', guarded(deps, 'page', async (req, res, session) => {
        await deps.auth.logout(session);
        redirect(res, '/staff/login', { 'set-cookie': clearedSessionCookie(secure(req)) });
    }));

    server.post('/staff/api/login', async (req: Request, res: Response) => {
        // JSON only: a cross-site form cannot send it without a CORS preflight we never answer.
        if (req.contentType() !== 'application/json') return apiError(res, 415, 'unsupported_media_type', 'send {"username","password"} as application/json');
        const result = await login(req);
        if (result.ok) {
            const { session } = result;
            return sendJson(res, 200, { username: session.username, csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString() }, { 'set-cookie': cookieFor(req, result.sessionId) });
        }
        if (result.reason === 'throttled') {
            const wait = throttled(result.retryAt);
            return sendJson(res, 429, { error: 'too_many_attempts', message: wait.message, retryAt: result.retryAt.toISOString() }, { 'retry-after': String(wait.seconds) });
        }
        apiError(res, 401, 'invalid_credentials', s('inbox.login.failed'));
    });

    server.get('/staff/api/session', guarded(deps, 'api', async (_req, res, session) => {
        sendJson(res, 200, { username: session.username, csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString() });
    }));

    server.post('/staff/api/logout', guarded(deps, 'api', async (req, res, session) => {
        await deps.auth.logout(session);
        sendJson(res, 200, { ok: true }, { 'set-cookie': clearedSessionCookie(secure(req)) });
    }));
}
