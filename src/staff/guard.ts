import type { Request, Response } from 'restify';
import { TakeoverError } from '../handoff/takeover.js';
import { CoordinationInputError } from './coordination.js';
import type { StaffRouteDeps } from './deps.js';
import { SESSION_COOKIE, field, newNonce, readCookie, redirect, sendHtml, sendJson } from './http.js';
import { StatusTransitionError } from './status.js';
import type { SessionRecord } from './store.js';
import { esc, page } from './views/layout.js';

export type Kind = 'page' | 'api';
export type SessionHandler = (req: Request, res: Response, session: SessionRecord) => Promise<void>;

/** HTTP status and stable error code for a refused operation; undefined for unexpected errors. */
export function httpError(err: unknown): { status: number; code: string } | undefined {
    if (err instanceof StatusTransitionError) return { status: err.code === 'unknown_status' ? 400 : 409, code: err.code };
    if (err instanceof CoordinationInputError) return { status: 400, code: err.code };
    if (err instanceof TakeoverError) {
        const status = err.code === 'not_found' ? 404 : err.code === 'delivery_failed' ? 502 : 409;
        return { status, code: err.code };
    }
    return undefined;
}

/** The staff-language text of a refused operation (pages); the API keeps the precise English message. */
export function localizedError(deps: StaffRouteDeps, err: unknown): string {
    const s = deps.st.s;
    if (err instanceof StatusTransitionError) {
        if (err.code === 'conflict') return s('inbox.status.conflict');
        return s('inbox.status.invalid', { from: s(`inbox.status.${err.from}`, { defaultValue: err.from }), to: s(`inbox.status.${err.to}`, { defaultValue: err.to }) });
    }
    if (err instanceof CoordinationInputError) return s(`inbox.coordination.errors.${err.code}`);
    if (err instanceof TakeoverError) {
        const key = { not_found: 'inbox.errors.notFound', invalid_transition: 'inbox.takeover.conflict', conflict: 'inbox.takeover.conflict', not_owner: 'inbox.takeover.notOwner', delivery_failed: 'inbox.takeover.deliveryFailed' }[err.code];
        return s(key);
    }
    return s('inbox.errors.generic');
}

export function apiError(res: Response, status: number, code: string, message: string): void {
    sendJson(res, status, { error: code, message });
}

export function errorPage(deps: StaffRouteDeps, res: Response, status: number, text: string, session?: SessionRecord): void {
    const nonce = newNonce();
    const body = `<section><p class="error" role="alert">${esc(text)}</p><p><a href="/staff">${esc(deps.st.s('inbox.detail.back'))}</a></p></section>`;
    sendHtml(res, status, page({ st: deps.st, nonce, ...(session ? { session } : {}) }, deps.st.s('inbox.title'), body), nonce);
}

/**
 * Authentication and CSRF for every /staff route but sign-in: pages redirect to the sign-in
 * form, the API answers 401; a POST needs the session's token (form field _csrf for pages,
 * header X-CSRF-Token for the API) or gets 403. Unexpected errors are logged by name only.
 */
export function guarded(deps: StaffRouteDeps, kind: Kind, handler: SessionHandler): (req: Request, res: Response) => Promise<void> {
    const s = deps.st.s;
    return async (req, res) => {
        const session = await deps.auth.session(readCookie(req, SESSION_COOKIE));
        if (!session) {
            if (kind === 'api') return apiError(res, 401, 'unauthorized', s('inbox.errors.unauthorized'));
            return redirect(res, `/staff/login?next=${encodeURIComponent(req.url ?? '/staff')}`);
        }
        if (req.method !== 'GET' && req.method !== 'HEAD') {
            const header = req.headers['x-csrf-token'];
            const token = kind === 'api' ? (typeof header === 'string' ? header : '') : field(req.body, '_csrf');
            if (!deps.auth.checkCsrf(session, token)) {
                deps.logger.warn({ event: 'staff.csrf_rejected', account: session.accountId }, 'request without a valid CSRF token');
                return kind === 'api' ? apiError(res, 403, 'csrf', s('inbox.errors.csrf')) : errorPage(deps, res, 403, s('inbox.errors.csrf'), session);
            }
        }
        try {
            await handler(req, res, session);
        } catch (err) {
            const known = httpError(err);
            if (!known) deps.logger.error({ event: 'staff.request_failed', err: { name: err instanceof Error ? err.name : 'unknown' }, account: session.accountId }, 'staff request failed');
            if (res.headersSent) return;
            const status = known?.status ?? 500;
            if (kind === 'api') apiError(res, status, known?.code ?? 'internal', known && err instanceof Error ? err.message : s('inbox.errors.generic'));
            else errorPage(deps, res, status, localizedError(deps, err), session);
        }
    };
}
