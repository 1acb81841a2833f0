import { ActivityTypes } from 'botbuilder';
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStep, type WaterfallStepContext } from 'botbuilder-dialogs';
import { clearAnswer, emptyDraft, missingRequired, recordAnswer } from '../src/domain/draft';
import { adultAtSubmission } from '../src/domain/validate';
import { SECTION_ORDER, type SectionId } from '../src/domain/schema';
import { nextStepsText } from '../src/intake/parentCopy';
import { sendCopyOffer } from './copyOffer';
import { INTAKE_DIALOG, INTAKE_WATERFALL, REVIEW_DIALOG, sectionDialogId } from './ids';
import { ReviewDialog } from './reviewDialog';
import { ChildSectionDialog } from './sections/childDialog';
import { ConsentSectionDialog } from './sections/consentDialog';
import { ContactSectionDialog } from './sections/contactDialog';
import { DiagnosisSectionDialog } from './sections/diagnosisDialog';
import { DocumentsSectionDialog } from './sections/documentsDialog';
import { RequestSectionDialog } from './sections/requestDialog';
import { StatusSectionDialog } from './sections/statusDialog';
import { TreatmentsSectionDialog } from './sections/treatmentsDialog';
import { loadSession, saveDraft, type IntakeServices } from './services';

export type IntakeOutcome = { outcome: 'declined' } | { outcome: 'submitted'; reference: string };

/** Consent, the sections in order, review, submission. Each step skips itself when its answers are complete. */
export class IntakeDialog extends ComponentDialog {
    constructor(private readonly services: IntakeServices) {
        super(INTAKE_DIALOG);
        for (const section of [
            new ConsentSectionDialog(services), new ChildSectionDialog(services), new DiagnosisSectionDialog(services),
            new StatusSectionDialog(services), new TreatmentsSectionDialog(services), new DocumentsSectionDialog(services),
            new RequestSectionDialog(services), new ContactSectionDialog(services)
        ]) this.addDialog(section);
        this.addDialog(new ReviewDialog(services));
        const sectionSteps = SECTION_ORDER.filter((s) => s !== 'consent').map((s) => this.runSection(s));
        this.addDialog(new WaterfallDialog(INTAKE_WATERFALL, [
            this.runSection('consent'),
            this.checkConsent.bind(this),
            ...sectionSteps,
            this.review.bind(this),
            this.submit.bind(this)
        ]));
        this.initialDialogId = INTAKE_WATERFALL;
    }

    private runSection(section: SectionId): WaterfallStep {
        return async (step) => step.beginDialog(sectionDialogId(section));
    }

    private async checkConsent(step: WaterfallStepContext): Promise<DialogTurnResult> {
        const session = await loadSession(step.context, this.services);
        if (session.draft.answers.consent?.dataProcessing === true) return step.next();
        // No consent: nothing about the child is kept, and "start" asks again.
        await saveDraft(step.context, this.services, emptyDraft(session.now));
        await step.context.sendActivity(session.t('common:consent.declined'));
        return step.endDialog({ outcome: 'declined' } satisfies IntakeOutcome);
    }

    private async review(step: WaterfallStepContext): Promise<DialogTurnResult> {
        return step.beginDialog(REVIEW_DIALOG);
    }

    private async submit(step: WaterfallStepContext): Promise<DialogTurnResult> {
        const session = await loadSession(step.context, this.services);
        const { t } = session;
        if (adultAtSubmission(session.draft.answers, session.now)) {
            // Asked again: a wrong date can be corrected, a right one gets the note to talk to a person.
            await saveDraft(step.context, this.services, clearAnswer(session.draft, 'child.birthDate', session.now));
            await step.context.sendActivity(t('common:errors.adult'));
            return step.replaceDialog(INTAKE_WATERFALL);
        }
        if (missingRequired(session.draft).length > 0) {
            await step.context.sendActivity(t('common:submit.incomplete'));
            return step.replaceDialog(INTAKE_WATERFALL);
        }
        const { activity } = step.context;
        const result = await this.services.submissions
            .submit(session.draft, { conversationId: activity.conversation.id, channel: activity.channelId, locale: session.locale, now: session.now })
            .catch(() => undefined);
        if (!result?.ok) {
            await step.context.sendActivity(t('common:submit.failed'));
            return step.replaceDialog(INTAKE_WATERFALL);
        }
        session.profile.submittedReference = result.reference;
        delete session.profile.currentField;
        await saveDraft(step.context, this.services, recordAnswer(emptyDraft(session.now), 'consent.dataProcessing', true, session.now));
        const { contact } = result.application;
        await step.context.sendActivity({
            type: ActivityTypes.Message,
            text: [t('common:submit.done', { reference: result.reference }), nextStepsText(t, this.services.settings.responseTime[session.locale], contact.preferredChannel)].join('\n\n'),
            locale: session.locale,
            channelData: { intake: { field: null, submitted: { reference: result.reference } } }
        });
        await sendCopyOffer(step.context, this.services, session, result.reference);
        return step.endDialog({ outcome: 'submitted', reference: result.reference } satisfies IntakeOutcome);
    }
}
