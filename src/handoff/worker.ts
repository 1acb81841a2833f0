import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { errorCode } from '../storage/types.js';
import type { ApplicationRepository, StoredApplication } from './application-repository.js';
import { DEFAULT_RETRY_WINDOW_MS, DEFAULT_SCHEDULE_MS, nextAttemptAt, type BackoffPolicy } from './backoff.js';
import { DEFAULT_TIMEOUT_MS, type DeliveryChannelHandler, type DeliveryResult } from './channel.js';
import type { ClaimedDelivery, DeliveryOutcome, OutboxStore } from './outbox.js';
import { PermanentDeliveryError } from './payload.js';

export interface OutboxWorkerOptions {
    store: OutboxStore;
    applications: Pick<ApplicationRepository, 'findById'>;
    channels: readonly DeliveryChannelHandler[];
    /** Builds the body on a delivery's first attempt (it is then frozen in the row); the channel says for whom. */
    buildBody: (application: StoredApplication, channel: string) => Promise<string>;
    logger: Pick<Logger, 'info' | 'warn' | 'error'>;
    /** Wall clock: polling and the webhook-timestamp. runOnce(now) may be given another time. */
    clock?: () => Date;
    pollIntervalMs?: number;
    retryWindowMs?: number;
    schedule?: readonly number[];
    jitterRatio?: number;
    random?: () => number;
    batchSize?: number;
    /** How long a claim lasts before another worker may take the row over (must exceed one attempt). */
    leaseMs?: number;
    /** Channels' own timeout, used to derive the default lease. */
    timeoutMs?: number;
}

export interface RunSummary {
    claimed: number;
    delivered: number;
    retried: number;
    failed: number;
    /** Claims lost to another worker after the lease expired (or rows deleted meanwhile). */
    lost: number;
}

export const DEFAULT_POLL_INTERVAL_MS = 5000;
export const DEFAULT_BATCH_SIZE = 10;

/**
 * Delivers outbox rows: claims due rows with a lease, sends each once per claim, and records the
 * outcome. All state lives in the outbox table, so restarts and several instances are safe: a
 * claim is exclusive, and a claim whose worker died expires and is retried.
 */
export class OutboxWorker {
    private readonly clock: () => Date;
    private readonly policy: BackoffPolicy;
    private readonly channels: Map<string, DeliveryChannelHandler>;
    private readonly pollIntervalMs: number;
    private readonly batchSize: number;
    private readonly leaseMs: number;
    private timer: NodeJS.Timeout | undefined;
    private running: Promise<void> | undefined;
    private started = false;
    private again = false;

    constructor(private readonly options: OutboxWorkerOptions) {
        this.clock = options.clock ?? (() => new Date());
        this.policy = {
            schedule: options.schedule ?? DEFAULT_SCHEDULE_MS,
            windowMs: options.retryWindowMs ?? DEFAULT_RETRY_WINDOW_MS,
            jitterRatio: options.jitterRatio ?? 0.1,
            random: options.random ?? Math.random
        };
        this.channels = new Map(options.channels.map((c) => [c.channel, c]));
        this.pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
        this.batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
        this.leaseMs = options.leaseMs ?? Math.max(5 * (options.timeoutMs ?? DEFAULT_TIMEOUT_MS), 120_000);
        if (this.policy.schedule.length === 0) throw new Error('OutboxWorker(): schedule must not be empty');
    }

    /** Polls every pollIntervalMs until stop(). Errors are logged and the loop continues. */
    start(): void {
        if (this.started) return;
        this.started = true;
        this.schedule(0);
    }

    /** Stops polling and waits for a running pass to finish (its outcomes are recorded). */
    async stop(): Promise<void> {
        this.started = false;
        clearTimeout(this.timer);
        this.timer = undefined;
        await this.running;
    }

    /** Runs a pass now (e.g. right after a submission) instead of at the next poll. */
    wake(): void {
        if (!this.started) return;
        if (this.running) {
            this.again = true;
        } else {
            clearTimeout(this.timer); // replace the pending poll, never run two loops
            this.schedule(0);
        }
    }

    /** One pass: claims due rows (at most batchSize) and attempts each. `now` decides what is due. */
    async runOnce(now: Date = this.clock()): Promise<RunSummary> {
        const summary: RunSummary = { claimed: 0, delivered: 0, retried: 0, failed: 0, lost: 0 };
        const claimed = await this.options.store.claimDue({
            now,
            limit: this.batchSize,
            leaseUntil: new Date(now.getTime() + this.leaseMs),
            token: randomUUID()
        });
        summary.claimed = claimed.length;
        const outcomes = await Promise.all(claimed.map((row) => this.process(row, now)));
        for (const outcome of outcomes) summary[outcome] += 1;
        return summary;
    }

    private schedule(delayMs: number): void {
        if (!this.started) return;
        this.timer = setTimeout(() => {
            this.timer = undefined;
            this.running = this.loop().finally(() => {
                this.running = undefined;
                const immediate = this.again;
                this.again = false;
                this.schedule(immediate ? 0 : this.pollIntervalMs);
            });
        }, delayMs);
        // Polling alone must not keep the process alive (the server does).
        this.timer.unref();
    }

    private async loop(): Promise<void> {
        try {
            // A full batch means more may be due: keep going until a pass comes back short.
            while (this.started && (await this.runOnce(this.clock())).claimed === this.batchSize);
        } catch (err) {
            this.options.logger.error({ event: 'handoff.worker_error', code: codeOf(err) }, 'outbox pass failed');
        }
    }

    private async process(row: ClaimedDelivery, now: Date): Promise<'delivered' | 'retried' | 'failed' | 'lost'> {
        const result = await this.attempt(row);
        const outcome = this.outcomeOf(row, result, now);
        const ids = { deliveryId: row.id, deliveryEvent: row.event, applicationId: row.applicationId, channel: row.channel, attempts: row.attempts };
        const log = this.options.logger;
        let recorded: boolean;
        try {
            recorded = await this.options.store.recordOutcome(row.id, row.claimToken, outcome);
        } catch (err) {
            // The lease expires and the row is attempted again: at-least-once, deduplicated on webhook-id.
            log.error({ event: 'handoff.record_failed', ...ids, code: codeOf(err) }, 'delivery outcome not recorded');
            return 'lost';
        }
        if (!recorded) {
            log.warn({ event: 'handoff.claim_lost', ...ids }, 'delivery outcome not recorded: claim lost');
            return 'lost';
        }
        switch (outcome.kind) {
            case 'delivered':
                log.info({ event: 'handoff.delivered', ...ids }, 'application delivered');
                return 'delivered';
            case 'retry':
                log.warn({ event: 'handoff.retry', ...ids, error: outcome.error, nextAttemptAt: outcome.nextAttemptAt.toISOString() }, 'delivery attempt failed, will retry');
                return 'retried';
            case 'failed':
                // The alert: operators watch for this event; staff see the row as failed in the inbox.
                log.error({ event: 'handoff.delivery_failed', alert: true, ...ids, error: outcome.error }, 'application delivery failed permanently');
                return 'failed';
        }
    }

    private async attempt(row: ClaimedDelivery): Promise<DeliveryResult> {
        const channel = this.channels.get(row.channel);
        if (!channel) return { ok: false, error: 'channel_not_configured' };
        try {
            const body = row.payload ?? (await this.freeze(row));
            return await channel.deliver({ deliveryId: row.id, body, sentAt: this.clock() });
        } catch (err) {
            if (err instanceof PermanentDeliveryError) return { ok: false, error: err.code, permanent: true };
            this.options.logger.error({ event: 'handoff.attempt_error', deliveryId: row.id, code: codeOf(err) }, 'delivery attempt raised');
            return { ok: false, error: 'internal_error' };
        }
    }

    private async freeze(row: ClaimedDelivery): Promise<string> {
        // An erasure notice is written with its body; without one there is nothing to send.
        if (row.applicationId === null) throw new PermanentDeliveryError('OutboxWorker.freeze()', 'payload_missing');
        const application = await this.options.applications.findById(row.applicationId);
        if (!application) throw new PermanentDeliveryError('OutboxWorker.freeze()', 'application_missing');
        const body = await this.options.buildBody(application, row.channel);
        const stored = await this.options.store.freezePayload(row.id, row.claimToken, body);
        return stored ?? body;
    }

    private outcomeOf(row: ClaimedDelivery, result: DeliveryResult, now: Date): DeliveryOutcome {
        if (result.ok) return { kind: 'delivered', at: now };
        if (result.permanent) return { kind: 'failed', at: now, error: result.error };
        const next = nextAttemptAt(this.policy, { attempts: row.attempts, now, createdAt: row.createdAt, retryAfterMs: result.retryAfterMs });
        return next ? { kind: 'retry', at: now, error: result.error, nextAttemptAt: next } : { kind: 'failed', at: now, error: result.error };
    }
}

function codeOf(err: unknown): string {
    return errorCode(err) ?? (err instanceof Error ? err.name : 'unknown');
}
