import type { Transporter } from 'nodemailer';
import type { Texts } from '../i18n/i18n.js';
import { operatorParams, type OperatorNames } from '../i18n/operator.js';
import type { Locale } from '../languages/index.js';
import { copyLocale, renderParentCopy } from '../intake/parentCopy.js';
import type { StoredApplication } from './application-repository.js';
import { DEFAULT_TIMEOUT_MS, type DeliveryAttempt, type DeliveryChannelHandler, type DeliveryResult } from './channel.js';
import { domainOf, sendMailWithin, smtpTransport } from './email-channel.js';
import { PARENT_COPY_CHANNEL } from './outbox.js';
import { PermanentDeliveryError, validApplication } from './payload.js';

const COPY_EVENT = 'application.copy';

/** The frozen body of a parent's copy: the application as stored, nothing of the staff's. */
export function buildParentCopyBody(stored: StoredApplication): string {
    validApplication('buildParentCopyBody()', stored.data);
    return JSON.stringify({ type: COPY_EVENT, timestamp: stored.submittedAt, data: { application: stored.data } });
}

export interface ParentCopyChannelOptions {
    smtpUrl: string;
    from: string;
    /** The sender's display name is the operator's, or the language's unnamed wording. */
    operatorNames: OperatorNames;
    texts: Texts;
    responseTime: (locale: Locale) => string;
    fallbackLocale: Locale;
    timeoutMs?: number;
    transport?: Pick<Transporter, 'sendMail'>;
}

/** "Send me a copy by e-mail": the parent's summary in their language, to the address they gave. */
export class ParentCopyChannel implements DeliveryChannelHandler {
    readonly channel = PARENT_COPY_CHANNEL;
    private readonly transport: Pick<Transporter, 'sendMail'>;
    private readonly timeoutMs: number;

    constructor(private readonly options: ParentCopyChannelOptions) {
        this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        this.transport = options.transport ?? smtpTransport(options.smtpUrl, this.timeoutMs);
    }

    async deliver({ deliveryId, body }: DeliveryAttempt): Promise<DeliveryResult> {
        const app = parseCopyBody(body);
        if (!app.contact.email) return { ok: false, error: 'no_address', permanent: true };
        const locale = copyLocale(app, this.options.fallbackLocale);
        const t = this.options.texts.t(locale);
        const copy = renderParentCopy(app, { t, locale, responseTime: this.options.responseTime(locale) });
        return sendMailWithin(this.transport, {
            from: { name: t('common:copy.sender', operatorParams(this.options.operatorNames, locale)), address: this.options.from },
            to: app.contact.email,
            subject: copy.subject,
            text: copy.text,
            html: copy.html,
            messageId: `<${deliveryId}@${domainOf(this.options.from)}>`
        }, this.timeoutMs * 3);
    }
}

function parseCopyBody(body: string) {
    let event: { type?: unknown; data?: { application?: unknown } };
    try {
        event = JSON.parse(body) as typeof event;
    } catch {
        throw new PermanentDeliveryError('ParentCopyChannel.deliver()', 'invalid_payload');
    }
    if (event?.type !== COPY_EVENT) throw new PermanentDeliveryError('ParentCopyChannel.deliver()', 'invalid_payload');
    return validApplication('ParentCopyChannel.deliver()', event.data?.application);
}
