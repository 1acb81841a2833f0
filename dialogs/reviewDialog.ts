import { ActionTypes, ActivityTypes, type TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { applicableFields } from '../src/domain/draft';
import { reviewDecision, reviewOptions } from '../src/intake/review';
import { renderSummary } from '../src/intake/summary';
import { fileAttachments, receiveDocuments } from './documents';
import { REVIEW_DIALOG } from './ids';
import { loadSession, type IntakeServices, type Session } from './services';

export interface ReviewResult {
    confirmed: true;
}

const key = (k: string) => `intake:fields.review.confirm.${k}`;

/** Shows the summary in the parent's language; ends when the parent confirms. Changes go through the interruptions. */
export class ReviewDialog extends Dialog {
    constructor(private readonly services: IntakeServices) {
        super(REVIEW_DIALOG);
    }

    override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
        await this.sendReview(dc.context);
        return Dialog.EndOfTurn;
    }

    override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
        if (dc.context.activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
        const session = await loadSession(dc.context, this.services);
        const text = dc.context.activity.text ?? '';
        const files = fileAttachments(dc.context.activity);
        if (files.length > 0) {
            // A document sent at the last moment joins the application; the summary shows it.
            await receiveDocuments(dc.context, this.services, session, text, files);
            await this.sendReview(dc.context);
            return Dialog.EndOfTurn;
        }
        const decision = reviewDecision(text, session.locale, session.now, session.t);
        if (decision === 'confirm') return dc.endDialog({ confirmed: true } satisfies ReviewResult);
        if (decision === 'change') {
            session.profile.pending = 'changeTarget';
            await dc.context.sendActivity(session.t('common:commands.changeWhich'));
            return Dialog.EndOfTurn;
        }
        await this.sendQuestion(dc.context, session, [session.t('common:errors.unrecognized'), session.t(key('help'))]);
        return Dialog.EndOfTurn;
    }

    override async repromptDialog(context: TurnContext): Promise<void> {
        await this.sendReview(context);
    }

    private async sendReview(context: TurnContext): Promise<void> {
        const session = await loadSession(context, this.services);
        await context.sendActivity({ type: ActivityTypes.Message, text: renderSummary(session.draft.answers, session.locale, session.t), locale: session.locale });
        await this.sendQuestion(context, session, []);
    }

    private async sendQuestion(context: TurnContext, session: Session, prefix: string[]): Promise<void> {
        delete session.profile.currentField;
        const options = reviewOptions(session.t);
        const total = applicableFields(session.draft.answers).length + 1;
        await context.sendActivity({
            type: ActivityTypes.Message,
            text: [...prefix, session.t(key('prompt'))].join('\n\n'),
            locale: session.locale,
            inputHint: 'expectingInput',
            suggestedActions: { to: [], actions: options.map((o) => ({ type: ActionTypes.ImBack, title: o.title, value: o.title })) },
            channelData: {
                intake: { field: 'review.confirm', kind: 'confirm', section: 'review', progress: { index: total, total }, choices: options.map(({ value, title }) => ({ value, title })) }
            }
        });
    }
}
