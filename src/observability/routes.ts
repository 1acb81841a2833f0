import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../logger';
import type { IntakeMetrics } from './metrics';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Constant time whatever the lengths: both sides are hashed first. */
function bearerMatches(authorization: unknown, token: string): boolean {
    const match = typeof authorization === 'string' ? /^Bearer\s+(\S+)$/i.exec(authorization.trim()) : null;
    return match?.[1] !== undefined && timingSafeEqual(digest(match[1]), digest(token));
}

/**
 * GET /metrics for Prometheus, only with `Authorization: Bearer <METRICS_TOKEN>`; without a
 * configured token the route does not exist (404), so nothing is exposed by default.
 */
export function mountMetrics(server: Server, metrics: IntakeMetrics, token: string | undefined, logger: Pick<Logger, 'warn'>): void {
    if (!token) return;
    server.get('/metrics', async (req: Request, res: Response) => {
        if (!bearerMatches(req.headers.authorization, token)) {
            res.setHeader('www-authenticate', 'Bearer realm="metrics"');
            res.send(401, { error: 'Unauthorized', message: 'metrics need Authorization: Bearer <METRICS_TOKEN>' });
            return;
        }
        let body: string;
        try {
            body = await metrics.registry.metrics();
        } catch (err) {
            logger.warn({ err: { name: (err as Error).name } }, 'metrics scrape failed');
            res.send(503, { error: 'Unavailable', message: 'metrics could not be read' });
            return;
        }
        res.writeHead(200, { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body) });
        res.end(body);
    });
}
