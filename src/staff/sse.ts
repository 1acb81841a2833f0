import type { Request, Response } from 'restify';
import type { TakeoverEvent } from '../handoff/takeover.js';
import type { StaffRouteDeps } from './deps.js';
import { securityHeaders } from './http.js';

type Send = (type: string, data: unknown) => void;

/**
 * A Server-Sent Events response fed by `subscribe` until the client goes away. Resolves when the
 * stream ends, so restify keeps the response open meanwhile.
 */
function openStream(deps: StaffRouteDeps, req: Request, res: Response, subscribe: (send: Send) => () => void): Promise<void> {
    res.writeHead(200, { ...securityHeaders(), 'content-type': 'text/event-stream; charset=utf-8', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    res.write('retry: 3000\n: connected\n\n');
    const unsubscribe = subscribe((type, data) => res.write(`event: ${type}\ndata: ${JSON.stringify(data)}\n\n`));
    const keepAlive = setInterval(() => res.write(': ping\n\n'), deps.sseKeepAliveMs ?? 25_000);
    keepAlive.unref();
    return new Promise((resolve) => {
        const end = () => {
            clearInterval(keepAlive);
            unsubscribe();
            resolve();
        };
        req.once('close', end);
        res.once('close', end);
    });
}

/** Parent and staff messages and status changes of one conversation. */
export function streamConversation(deps: StaffRouteDeps, req: Request, res: Response, conversationId: string): Promise<void> {
    return openStream(deps, req, res, (send) =>
        deps.takeover.subscribe(conversationId, (event: TakeoverEvent) => {
            const { type, ...data } = event;
            send(type, data);
        })
    );
}

/** "The inbox changed, and why": a person asked for, a takeover, an emergency, a new application. */
export function streamInbox(deps: StaffRouteDeps, req: Request, res: Response): Promise<void> {
    return openStream(deps, req, res, (send) => deps.inboxEvents.subscribe((change) => send('inbox', { change })));
}
