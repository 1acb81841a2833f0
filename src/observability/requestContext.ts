import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Next, Request, RequestHandler, Response } from 'restify';
import type { Logger } from '../logger';

/** Ids of one HTTP request, in OpenTelemetry's log field names (trace_id, span_id, trace_flags). */
export interface RequestContext {
    request_id: string;
    trace_id: string;
    span_id: string;
    trace_flags: string;
}

const storage = new AsyncLocalStorage<RequestContext>();
const CONTEXT = Symbol('requestContext');
const startedAt = new WeakMap<Request, number>();

/** The ids of the request being handled, for every log line written on its behalf (pino mixin). */
export function currentRequestContext(): RequestContext | undefined {
    return storage.getStore();
}

/** A caller's id is kept only when it cannot carry anything but an id (no spaces, @, quotes). */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;
// W3C Trace Context, version 00: version-traceid-parentid-flags, lowercase hex, ids not all zeros.
const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(?:-.*)?$/;

function header(req: Request, name: string): string | undefined {
    const value = req.headers[name];
    return typeof value === 'string' ? value.trim() : undefined;
}

/** The caller's trace (a new span in it), or a new trace when the header is absent or invalid. */
export function traceFrom(traceparent: string | undefined): Pick<RequestContext, 'trace_id' | 'span_id' | 'trace_flags'> {
    const match = traceparent ? TRACEPARENT.exec(traceparent) : null;
    const [, version, traceId, parentId, flags] = match ?? [];
    const valid = traceId !== undefined && parentId !== undefined && version !== 'ff' && !/^0+$/.test(traceId) && !/^0+$/.test(parentId)
        && (version !== '00' || traceparent?.length === 55);
    return {
        trace_id: valid ? traceId : randomBytes(16).toString('hex'),
        span_id: randomBytes(8).toString('hex'),
        trace_flags: valid && flags ? flags : '01'
    };
}

export function requestContextOf(req: Request): RequestContext {
    const given = header(req, 'x-request-id');
    return { request_id: given && SAFE_REQUEST_ID.test(given) ? given : randomUUID(), ...traceFrom(header(req, 'traceparent')) };
}

/**
 * server.pre: the request's ids, echoed in `x-request-id` and `traceparent` (with this server's
 * span) so a caller or proxy can find the log lines of its request.
 */
export function assignRequestContext(): RequestHandler {
    return (req: Request, res: Response, next: Next) => {
        startedAt.set(req, performance.now());
        const context = requestContextOf(req);
        (req as unknown as Record<symbol, RequestContext>)[CONTEXT] = context;
        res.setHeader('x-request-id', context.request_id);
        res.setHeader('traceparent', `00-${context.trace_id}-${context.span_id}-${context.trace_flags}`);
        next();
    };
}

/**
 * server.use, after the body is read: handlers and the bot's turn run inside the request's
 * context (stream events of body parsing would otherwise lose it).
 */
export function enterRequestContext(): RequestHandler {
    return (req: Request, _res: Response, next: Next) => {
        const context = (req as unknown as Record<symbol, RequestContext | undefined>)[CONTEXT];
        if (context) storage.run(context, next);
        else next();
    };
}

/** One line per request: the route's pattern, never its URL (ids and tokens live in paths). */
export function logRequests(server: { on(event: 'after', listener: (req: Request, res: Response) => void): unknown }, logger: Pick<Logger, 'debug' | 'info'>): void {
    server.on('after', (req: Request, res: Response) => {
        const context = (req as unknown as Record<symbol, RequestContext | undefined>)[CONTEXT];
        const entry = { ...context, method: req.method, route: String(req.getRoute()?.path ?? 'unrouted'), status: res.statusCode, ms: Math.round(performance.now() - (startedAt.get(req) ?? performance.now())) };
        // Polling and turns are many: successful requests at debug, refusals at info (5xx are logged as errors already).
        if (res.statusCode >= 400) logger.info(entry, 'request');
        else logger.debug(entry, 'request');
    });
}
