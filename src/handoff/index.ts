import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Texts } from '../i18n/i18n.js';
import type { OperatorNames } from '../i18n/operator.js';
import type { IntakeDatabase } from '../storage/database.js';
import type { DeliveryChannelHandler } from './channel.js';
import { EmailChannel } from './email-channel.js';
import { isDeliveryChannel, PARENT_COPY_CHANNEL, type DeliveryChannel, type DeliveryInfo } from './outbox.js';
import { buildParentCopyBody, ParentCopyChannel } from './parent-copy-channel.js';
import type { Locale } from '../languages/index.js';
import { buildHandoffBody } from './payload.js';
import { createStaffTexts } from './staff-texts.js';
import type { TranscriptStore } from './transcript.js';
import { TranscriptRecorder } from './transcript-recorder.js';
import { renderTranscriptHtml, renderTranscriptText, transcriptLabels, type TranscriptFileLink } from './transcript-render.js';
import { WebhookChannel } from './webhook-channel.js';
import { OutboxWorker, type OutboxWorkerOptions } from './worker.js';

export type { DeliveryChannel, DeliveryInfo } from './outbox.js';
export type { TranscriptEntry } from './transcript.js';
export { OutboxWorker } from './worker.js';
export { TranscriptRecorder } from './transcript-recorder.js';

export type WorkerTuning = Partial<
    Pick<OutboxWorkerOptions, 'pollIntervalMs' | 'retryWindowMs' | 'schedule' | 'jitterRatio' | 'random' | 'batchSize' | 'leaseMs'>
>;

export interface HandoffDependencies {
    config: Pick<Config, 'HANDOFF_WEBHOOK_URL' | 'HANDOFF_WEBHOOK_SECRET' | 'SMTP_URL' | 'STAFF_EMAIL' | 'STAFF_LOCALE'>;
    database: Pick<IntakeDatabase, 'applications'>;
    texts: Texts;
    logger: Logger;
    fetch?: typeof fetch;
    /** Wall clock for the worker and the transcript (tests inject one). */
    clock?: () => Date;
    /** Per-attempt timeout of both channels (default 15 s). */
    timeoutMs?: number;
    /** Sender address of staff e-mail (default STAFF_EMAIL, as the config has no sender of its own). */
    emailFrom?: string;
    worker?: WorkerTuning;
    /** Parents' own copies by e-mail (with SMTP_URL): sender name and the next-steps text of each language. */
    parentCopy?: { operatorNames: OperatorNames; responseTime: (locale: Locale) => string; fallbackLocale: Locale };
}

export interface HandoffTranscripts extends TranscriptStore {
    /** Readable text in the staff language, times in UTC. */
    renderText(conversationId: string): Promise<string>;
    /** The same as escaped HTML; with `fileLink`, attachments staff can open become download links. */
    renderHtml(conversationId: string, fileLink?: TranscriptFileLink): Promise<string>;
}

export interface Handoff {
    worker: OutboxWorker;
    transcripts: HandoffTranscripts;
    /** botbuilder middleware: adapter.use(handoff.recorder). */
    recorder: TranscriptRecorder;
    deliveriesFor(applicationId: string): Promise<DeliveryInfo[]>;
    /** Makes a failed (or waiting) delivery due now; false if delivered, in flight or unknown. */
    retryNow(deliveryId: string): Promise<boolean>;
    /** Pass as `{ deliveries }` to insertWithUniqueReference. */
    channelsConfigured: DeliveryChannel[];
    /** Parents can be sent a copy of their application by e-mail. */
    parentEmail: boolean;
}

/** Wires the outbox worker, its channels and the transcript store from the configuration. */
export function createHandoff(deps: HandoffDependencies): Handoff {
    const { config, logger } = deps;
    const applications = deps.database.applications;
    const clock = deps.clock ?? (() => new Date());
    const staff = createStaffTexts(deps.texts, config.STAFF_LOCALE);
    const channels: DeliveryChannelHandler[] = [];
    if (config.HANDOFF_WEBHOOK_URL && config.HANDOFF_WEBHOOK_SECRET) {
        channels.push(
            new WebhookChannel({
                url: config.HANDOFF_WEBHOOK_URL,
                secret: config.HANDOFF_WEBHOOK_SECRET,
                ...(deps.timeoutMs !== undefined ? { timeoutMs: deps.timeoutMs } : {}),
                ...(deps.fetch ? { fetch: deps.fetch } : {})
            })
        );
    }
    if (config.SMTP_URL && config.STAFF_EMAIL) {
        channels.push(
            new EmailChannel({
                smtpUrl: config.SMTP_URL,
                to: config.STAFF_EMAIL,
                from: deps.emailFrom ?? config.STAFF_EMAIL,
                staff,
                ...(deps.timeoutMs !== undefined ? { timeoutMs: deps.timeoutMs } : {})
            })
        );
    }
    if (config.SMTP_URL && config.STAFF_EMAIL && deps.parentCopy) {
        channels.push(
            new ParentCopyChannel({
                smtpUrl: config.SMTP_URL,
                from: deps.emailFrom ?? config.STAFF_EMAIL,
                texts: deps.texts,
                ...deps.parentCopy,
                ...(deps.timeoutMs !== undefined ? { timeoutMs: deps.timeoutMs } : {})
            })
        );
    }
    const transcriptStore = applications.transcripts;
    const worker = new OutboxWorker({
        ...deps.worker,
        store: applications.outbox,
        applications,
        channels,
        buildBody: async (application, channel) =>
            channel === PARENT_COPY_CHANNEL
                ? buildParentCopyBody(application)
                : buildHandoffBody(application, await transcriptStore.transcriptFor(application.conversationId), staff),
        logger,
        clock,
        ...(deps.timeoutMs !== undefined ? { timeoutMs: deps.timeoutMs } : {})
    });
    const labels = transcriptLabels(staff);
    const transcripts: HandoffTranscripts = {
        append: (entry) => transcriptStore.append(entry),
        transcriptFor: (conversationId) => transcriptStore.transcriptFor(conversationId),
        deleteByConversation: (conversationId) => transcriptStore.deleteByConversation(conversationId),
        renderText: async (conversationId) => renderTranscriptText(await transcriptStore.transcriptFor(conversationId), labels),
        renderHtml: async (conversationId, fileLink) => renderTranscriptHtml(await transcriptStore.transcriptFor(conversationId), labels, fileLink)
    };
    return {
        worker,
        transcripts,
        recorder: new TranscriptRecorder(transcriptStore, { clock, logger }),
        deliveriesFor: (applicationId) => applications.outbox.deliveriesFor(applicationId),
        retryNow: (deliveryId) => applications.outbox.retryNow(deliveryId, clock()),
        channelsConfigured: channels.map((c) => c.channel).filter(isDeliveryChannel),
        parentEmail: channels.some((c) => c.channel === PARENT_COPY_CHANNEL)
    };
}
