import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export type FloodVerdict = 'ok' | 'warn' | 'drop';

/**
 * A simple per-chat flood limit (in this process): over `perMinute` updates a minute, the first
 * extra one gets a polite "slow down", the rest are dropped until the minute is over.
 */
export class FloodLimit {
    private readonly limiter: RateLimiterMemory | undefined;

    constructor(private readonly perMinute: number) {
        this.limiter = perMinute > 0 ? new RateLimiterMemory({ keyPrefix: 'telegram-flood', points: perMinute, duration: 60 }) : undefined;
    }

    async check(chatId: string): Promise<FloodVerdict> {
        if (!this.limiter) return 'ok';
        try {
            await this.limiter.consume(chatId);
            return 'ok';
        } catch (rejection) {
            if (!(rejection instanceof RateLimiterRes)) return 'ok';
            return rejection.consumedPoints === this.perMinute + 1 ? 'warn' : 'drop';
        }
    }
}
