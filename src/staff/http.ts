import { randomBytes } from 'node:crypto';
import type { TLSSocket } from 'node:tls';
import type { Request, Response } from 'restify';
import type { CookieSecurity } from './env.js';

export const SESSION_COOKIE = 'staff_session';
export const STAFF_PATH = '/staff';

/**
 * Health data: never cached, never framed, no referrer beyond this origin, no sniffing. (With
 * no-referrer, Chromium posts the sign-in form with `Origin: null`, which the origin check refuses.)
 */
export function securityHeaders(nonce?: string): Record<string, string> {
    const scripts = nonce ? `'nonce-${nonce}'` : "'none'";
    const styles = nonce ? `'nonce-${nonce}'` : "'none'";
    return {
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'same-origin',
        'x-frame-options': 'DENY',
        'content-security-policy': `default-src 'none'; script-src ${scripts}; style-src ${styles}; connect-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`
    };
}

export const newNonce = (): string => randomBytes(16).toString('base64');

export function sendHtml(res: Response, status: number, html: string, nonce: string, extra: Record<string, string | string[]> = {}): void {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(Buffer.byteLength(html)), ...securityHeaders(nonce), ...extra });
    res.end(html);
}

export function sendJson(res: Response, status: number, body: unknown, extra: Record<string, string | string[]> = {}): void {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)), ...securityHeaders(), ...extra });
    res.end(text);
}

export function redirect(res: Response, location: string, extra: Record<string, string | string[]> = {}): void {
    res.writeHead(303, { location, 'content-length': '0', ...securityHeaders(), ...extra });
    res.end();
}

export function readCookie(req: Request, name: string): string | undefined {
    const header = req.headers.cookie;
    if (typeof header !== 'string') return undefined;
    for (const part of header.split(';')) {
        const eq = part.indexOf('=');
        if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
    }
    return undefined;
}

export function sessionCookie(value: string, maxAgeSeconds: number, secure: boolean): string {
    return [`${SESSION_COOKIE}=${value}`, `Path=${STAFF_PATH}`, `Max-Age=${maxAgeSeconds}`, 'HttpOnly', 'SameSite=Strict', ...(secure ? ['Secure'] : [])].join('; ');
}

export const clearedSessionCookie = (secure: boolean): string => sessionCookie('', 0, secure);

const LOCAL_HOST = /^(localhost|[^:]+\.localhost|127(\.\d{1,3}){3}|\[::1\])(:\d+)?$/i;

/** Whether the session cookie gets Secure: always, unless configured otherwise or reached at localhost over http. */
export function secureCookie(req: Request, setting: CookieSecurity): boolean {
    if (setting !== 'auto') return setting;
    const overTls = (req.socket as Partial<TLSSocket>).encrypted === true;
    return overTls || !LOCAL_HOST.test(String(req.headers.host ?? ''));
}

/** Query parameters of the request URL. */
export function queryOf(req: Request): URLSearchParams {
    return new URL(req.url ?? '/', 'http://localhost').searchParams;
}

/** A string field of a parsed JSON or form body ('' when absent or not a single string). */
export function field(body: unknown, name: string): string {
    if (typeof body !== 'object' || body === null || !(name in body)) return '';
    const value: unknown = (body as Record<string, unknown>)[name];
    return typeof value === 'string' ? value : '';
}

export function param(req: Request, name: string): string {
    const value: unknown = (req.params as Record<string, unknown> | undefined)?.[name];
    return typeof value === 'string' ? value : '';
}

/** Only our own pages as redirect targets (no open redirect). */
export function safeBack(target: string, fallback: string): string {
    return /^\/staff(\/[A-Za-z0-9._~%/-]*)?(\?[A-Za-z0-9._~%=&+-]*)?$/.test(target) && !target.includes('//') ? target : fallback;
}

/**
 * Same-origin check for the sign-in form (there is no session, hence no token, yet): Origin, or
 * without it Referer, must name this host. Neither, or an opaque `Origin: null`, is refused.
 */
export function sameOrigin(req: Request): boolean {
    const { origin, referer } = req.headers;
    const claimed = origin ?? referer;
    if (typeof claimed !== 'string' || claimed === 'null') return false;
    try {
        return new URL(claimed).host === req.headers.host;
    } catch {
        return false;
    }
}
