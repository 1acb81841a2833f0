import { createHash } from 'node:crypto';
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Next, Request, RequestHandler, Response } from 'restify';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { addressKey, clientAddress } from './clientAddress';

export type LimitKind = 'tokens' | 'messages' | 'uploads';
type Scope = 'address' | 'conversation';

export interface RateLimitSettings {
    windowSeconds: number;
    /** Requests per window; 0 = no limit. */
    perAddress: Record<LimitKind, number>;
    perConversation: Record<LimitKind, number>;
    trustedProxies: number;
}

export function rateLimitSettings(config: Config): RateLimitSettings {
    return {
        windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS,
        perAddress: { tokens: config.RATE_LIMIT_TOKENS_PER_ADDRESS, messages: config.RATE_LIMIT_MESSAGES_PER_ADDRESS, uploads: config.RATE_LIMIT_UPLOADS_PER_ADDRESS },
        perConversation: { tokens: config.RATE_LIMIT_TOKENS_PER_CONVERSATION, messages: config.RATE_LIMIT_MESSAGES_PER_CONVERSATION, uploads: config.RATE_LIMIT_UPLOADS_PER_CONVERSATION },
        trustedProxies: config.TRUST_PROXY
    };
}

/** What a route counts against, and where its conversation is (the route's own check still decides access). */
export interface LimitedRoute {
    kind: LimitKind;
    /** false: not counted per address (e.g. a channel posting every conversation from its own servers). */
    byAddress?: boolean;
    conversation?: (req: Request) => string | undefined;
}

/** One counter per kind and scope; in process memory by default, or any rate-limiter-flexible store. */
export type LimiterFactory = (options: { keyPrefix: string; points: number; duration: number }) => RateLimiterAbstract;

const inMemory: LimiterFactory = (options) => new RateLimiterMemory(options);
const MAX_PLAIN_KEY = 128;

/**
 * Rate limits per client address and per conversation, checked before a route's handler runs
 * (after routing, so rules name restify route patterns). Over the limit: 429 with Retry-After.
 */
export class RequestLimits {
    private readonly limiters = new Map<string, RateLimiterAbstract | undefined>();

    constructor(
        private readonly settings: RateLimitSettings,
        private readonly logger: Pick<Logger, 'warn'>,
        private readonly newLimiter: LimiterFactory = inMemory
    ) {}

    /** A `server.use` handler for routes keyed "METHOD /route/:pattern"; other routes pass untouched. */
    handler(routes: Record<string, LimitedRoute>): RequestHandler {
        return (req: Request, res: Response, next: Next) => {
            const route = req.getRoute();
            const rule = route ? routes[`${route.method} ${String(route.path)}`] : undefined;
            if (!rule) return next();
            this.retryAfter(req, rule).then(
                (seconds) => {
                    if (seconds === undefined) return next();
                    res.header('retry-after', String(seconds));
                    res.send(429, { error: { code: 'TooManyRequests', message: `too many requests; retry after ${seconds} s` } });
                    return next(false);
                },
                (error: unknown) => next(error as Error)
            );
        };
    }

    /** Seconds until the request would be accepted, or undefined when it is within every limit. */
    private async retryAfter(req: Request, rule: LimitedRoute): Promise<number | undefined> {
        const counted: [Scope, string][] = [];
        if (rule.byAddress !== false) counted.push(['address', addressKey(clientAddress(req, this.settings.trustedProxies))]);
        const conversation = rule.conversation?.(req);
        if (conversation) counted.push(['conversation', conversation.length > MAX_PLAIN_KEY ? createHash('sha256').update(conversation).digest('base64url') : conversation]);
        for (const [scope, key] of counted) {
            const limiter = this.limiter(rule.kind, scope);
            if (!limiter) continue;
            try {
                await limiter.consume(key);
            } catch (rejection) {
                if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
                // A shared store that does not answer must not take the service down with it.
                this.logger.warn({ err: { name: (rejection as Error).name }, kind: rule.kind, scope }, 'rate limit store failed; request let through');
            }
        }
        return undefined;
    }

    private limiter(kind: LimitKind, scope: Scope): RateLimiterAbstract | undefined {
        const name = `${kind}:${scope}`;
        if (!this.limiters.has(name)) {
            const points = (scope === 'address' ? this.settings.perAddress : this.settings.perConversation)[kind];
            this.limiters.set(name, points > 0 ? this.newLimiter({ keyPrefix: `rl:${name}`, points, duration: this.settings.windowSeconds }) : undefined);
        }
        return this.limiters.get(name);
    }
}
