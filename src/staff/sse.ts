import type { Request, Response } from 'restify';
import type { TakeoverEvent } from '../handoff/takeover.js';
import type { StaffRouteDeps } from './deps.js';
import { securityHeaders } from './http.js';

/**
 * Server-Sent Events of one conversation (parent and staff messages, status changes) until the
 * client goes away. Resolves when the stream ends, so restify keeps the response open meanwhile.
 */
export function streamConversation(deps: StaffRouteDeps, req: Request, res: Response, conversationId: string): Promise<void> {
    res.writeHead(200, { ...securityHeaders(), 'content-type': 'text/event-stream; charset=utf-8', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    res.write('retry: 3000\n: connected\n\n');
    const send = (event: TakeoverEvent) => {
        const { type, ...data } = event;
        res.write(`event: ${type}\ndata: ${JSON.stringify(data)}\n\n`);
    };
    const unsubscribe = deps.takeover.subscribe(conversationId, send);
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
