import type { Logger } from 'pino';
import { createTexts, type Texts } from '../../../src/i18n/i18n.js';
import type { Locale } from '../../../src/languages/index.js';
import type { OperatorNames } from '../../../src/i18n/operator.js';
import { TEST_OPERATOR } from '../../helpers/operator.js';
import { createHandoff, type Handoff, type WorkerTuning } from '../../../src/handoff/index.js';
import type { IntakeDatabase } from '../../../src/storage/database.js';
import type { SmtpPeer } from '../../helpers/peers/smtpServer.js';
import type { WebhookReceiver } from '../../helpers/peers/webhookReceiver.js';
import { captureLogger } from './fixtures.js';

let texts: Texts | undefined;
export const sharedTexts = (): Texts => (texts ??= createTexts());

export const STAFF_EMAIL = 'coordinators@example.org';

export interface TestHandoffOptions {
    webhook?: WebhookReceiver;
    smtp?: SmtpPeer;
    staffLocale?: Locale;
    logger?: Logger;
    clock?: () => Date;
    timeoutMs?: number;
    worker?: WorkerTuning;
    /** Also send parents' copies (as the app does when SMTP_URL is set). */
    parentCopies?: boolean;
    /** The sender of parents' copies; the test operator in every language unless given. */
    operatorNames?: OperatorNames;
}

/** createHandoff against real peers, without jitter so the schedule is exact. */
export function testHandoff(database: IntakeDatabase, options: TestHandoffOptions = {}): Handoff {
    return createHandoff({
        config: {
            HANDOFF_WEBHOOK_URL: options.webhook?.url,
            HANDOFF_WEBHOOK_SECRET: options.webhook?.secret,
            SMTP_URL: options.smtp?.url,
            STAFF_EMAIL: options.smtp ? STAFF_EMAIL : undefined,
            STAFF_LOCALE: options.staffLocale ?? 'en'
        },
        database,
        texts: sharedTexts(),
        logger: options.logger ?? captureLogger().logger,
        timeoutMs: options.timeoutMs ?? 2000,
        ...(options.clock ? { clock: options.clock } : {}),
        worker: { jitterRatio: 0, ...options.worker },
        ...(options.parentCopies ? { parentCopy: { operatorNames: options.operatorNames ?? TEST_OPERATOR, responseTime: () => 'within two working days', fallbackLocale: 'en' as const } } : {})
    });
}
