import { randomUUID } from 'node:crypto';
import { buildApplication } from '../domain/application';
import type { IntakeDraft } from '../domain/draft';
import type { Application } from '../domain/schema';
import type { ApplicationRepository } from '../handoff/application-repository';
import type { DeliveryChannel } from '../handoff/outbox';
import type { Texts } from '../i18n/i18n';
import type { Locale } from '../languages';

export interface SubmissionMeta {
    conversationId: string;
    channel: string;
    locale: Locale;
    now: Date;
}

/** Where a submitted application goes next (the outbox channels), and who to wake up. */
export interface HandoffTarget {
    deliveries: DeliveryChannel[];
    notify(): void;
}

export type SubmissionResult = { ok: true; reference: string; application: Application } | { ok: false; problems: string[] };

/** Validates the draft into an application and stores it under a fresh reference. */
export class SubmissionService {
    constructor(
        private readonly applications: ApplicationRepository,
        private readonly texts: Texts,
        private readonly staffLocale: Locale,
        private readonly handoff: HandoffTarget = { deliveries: [], notify: () => undefined }
    ) {}

    async submit(draft: IntakeDraft, meta: SubmissionMeta): Promise<SubmissionResult> {
        const staffT = this.texts.t(this.staffLocale);
        const flagMessage = (code: string) => staffT(`common:flags.${code}`);
        const base = { id: randomUUID(), submittedAt: meta.now, locale: meta.locale, channel: meta.channel };
        // Validate before taking a reference, so a broken draft never consumes one.
        const check = buildApplication(draft, { ...base, reference: 'AAA-AAA' }, flagMessage);
        if (!check.ok) return check;
        let application: Application | undefined;
        const stored = await this.applications.insertWithUniqueReference((reference) => {
            const built = buildApplication(draft, { ...base, reference }, flagMessage);
            if (!built.ok) throw new Error('SubmissionService.submit(): application became invalid');
            application = built.application;
            return {
                id: base.id,
                conversationId: meta.conversationId,
                channel: meta.channel,
                locale: meta.locale,
                submittedAt: base.submittedAt.toISOString(),
                data: built.application
            };
        }, { deliveries: this.handoff.deliveries });
        // The outbox rows were committed with the application: delivery survives a crash from here on.
        this.handoff.notify();
        if (!application) throw new Error('SubmissionService.submit(): nothing was built');
        return { ok: true, reference: stored.reference, application: { ...application, reference: stored.reference } };
    }
}
