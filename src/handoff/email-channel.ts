import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import { DEFAULT_TIMEOUT_MS, type DeliveryAttempt, type DeliveryChannelHandler, type DeliveryResult } from './channel.js';
import { renderErasureEmail, renderStaffEmail, type StaffEmail } from './email-render.js';
import { PermanentDeliveryError, parseDeliveryBody } from './payload.js';
import type { StaffTexts } from './staff-texts.js';

export interface EmailChannelOptions {
    /** smtp://… or smtps://… (credentials in the URL, as nodemailer reads it). */
    smtpUrl: string;
    to: string;
    from: string;
    staff: StaffTexts;
    /** Connection, greeting and socket-inactivity timeout; the whole send is bounded by 3× this. */
    timeoutMs?: number;
    /** Injectable for tests of transport failures; defaults to nodemailer's SMTP transport. */
    transport?: Pick<Transporter, 'sendMail'>;
}

/** The staff e-mail (a new application, or an erasure notice) over SMTP. A refusal becomes `smtp_<code>` and is retried like any failure. */
export class EmailChannel implements DeliveryChannelHandler {
    readonly channel = 'email' as const;
    private readonly transport: Pick<Transporter, 'sendMail'>;
    private readonly timeoutMs: number;

    constructor(private readonly options: EmailChannelOptions) {
        if (!/^smtps?:\/\//i.test(options.smtpUrl)) throw new Error('EmailChannel(): smtpUrl must start with smtp:// or smtps://');
        this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        this.transport = options.transport ?? smtpTransport(options.smtpUrl, this.timeoutMs);
    }

    async deliver({ deliveryId, body }: DeliveryAttempt): Promise<DeliveryResult> {
        let mail: StaffEmail;
        try {
            const parsed = parseDeliveryBody('EmailChannel.deliver()', body);
            mail = parsed.application ? renderStaffEmail(parsed.event, parsed.application, this.options.staff) : renderErasureEmail(parsed.event, this.options.staff);
        } catch (err) {
            if (err instanceof PermanentDeliveryError) return { ok: false, error: err.code, permanent: true };
            throw err;
        }
        return sendMailWithin(this.transport, {
            from: { name: this.options.staff.s('email.fromName'), address: this.options.from },
            to: this.options.to,
            subject: mail.subject,
            text: mail.text,
            html: mail.html,
            attachments: mail.attachments,
            // Stable across retries, so a mail client can fold a duplicate after a lost acknowledgement.
            messageId: `<${deliveryId}@${domainOf(this.options.from)}>`
        }, this.timeoutMs * 3);
    }
}

/** Sends one message, giving up after `timeoutMs`; a refusal becomes a short code, never the server's text. */
export async function sendMailWithin(transport: Pick<Transporter, 'sendMail'>, mail: SendMailOptions, timeoutMs: number): Promise<DeliveryResult> {
    const send = transport.sendMail(mail);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    try {
        const outcome = await Promise.race([send.then(() => 'sent' as const), timeout]);
        return outcome === 'sent' ? { ok: true } : { ok: false, error: 'timeout' };
    } catch (err) {
        return { ok: false, error: smtpErrorCode(err) };
    } finally {
        clearTimeout(timer);
        send.catch(() => undefined); // a send that lost the race must not become an unhandled rejection
    }
}

/** An SMTP transport with the same timeouts for connection, greeting and an idle socket. */
export function smtpTransport(smtpUrl: string, timeoutMs: number): Transporter {
    return nodemailer.createTransport(smtpUrl, { connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: timeoutMs });
}

/** `smtp_<reply code>` for a refusal; otherwise a short code for the transport failure. */
export function smtpErrorCode(err: unknown): string {
    if (typeof err !== 'object' || err === null) return 'smtp_error';
    if ('responseCode' in err && typeof err.responseCode === 'number') return `smtp_${err.responseCode}`;
    const code = 'code' in err && typeof err.code === 'string' ? err.code : undefined;
    switch (code) {
        case 'ETIMEDOUT':
            return 'timeout';
        case 'ECONNECTION':
        case 'ESOCKET':
            return 'smtp_connection';
        case 'EAUTH':
        case 'ENOAUTH':
            return 'smtp_auth';
        case 'ETLS':
            return 'tls';
        case 'EDNS':
            return 'dns';
        case 'EENVELOPE':
            return 'smtp_envelope';
        default:
            return 'smtp_error';
    }
}

export function domainOf(address: string): string {
    const domain = address.split('@')[1]?.trim();
    return domain && /^[A-Za-z0-9.-]+$/.test(domain) ? domain : 'localhost';
}
