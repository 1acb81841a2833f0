import { ActionTypes, ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { normalizeText, parseChoice } from '../src/i18n/parsers';
import { operatorName } from '../src/i18n/operator';
import { buildFaqReply } from '../src/intake/faqReply';
import { stringList } from '../src/intake/options';
import { answerCopyAgain, answerCopyRequest, answerThanks } from './copyOffer';
import { IDLE_DIALOG } from './ids';
import { loadSession, type IntakeServices, type Session } from './services';

/**
 * Outside an application (declined, paused, sent, after an emergency): answers questions from the
 * knowledge base and waits for "start" or "continue".
 */
export class IdleDialog extends Dialog {
    constructor(private readonly services: IntakeServices) {
        super(IDLE_DIALOG);
    }

    override async beginDialog(): Promise<DialogTurnResult> {
        return Dialog.EndOfTurn;
    }

    override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
        if (dc.context.activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
        const session = await loadSession(dc.context, this.services);
        const { t } = session;
        const text = dc.context.activity.text ?? '';
        if (this.isStart(text, session)) return dc.endDialog({ start: true });
        const handled = (await answerCopyRequest(dc.context, this.services, session))
            || (await answerCopyAgain(dc.context, this.services, session))
            || (await answerThanks(dc.context, session));
        if (handled) return Dialog.EndOfTurn;
        const exact = (key: string) => normalizeText(text) === normalizeText(t(key));
        const options = { lang: session.locale, country: this.country(session), operatorName: operatorName(this.services.settings.operatorNames, session.locale) };
        const last = session.profile.lastFaqTopic;
        if (last && (exact('common:faq.helpfulYes') || exact('common:faq.helpfulNo'))) {
            await this.services.feedback.record({ topic: last, helpful: exact('common:faq.helpfulYes'), locale: session.locale, at: session.now });
            await dc.context.sendActivity(this.withOffer({ type: ActivityTypes.Message, text: t('common:faq.thanks') }, session));
            return Dialog.EndOfTurn;
        }
        const more = last && exact('common:faq.more') ? this.services.faq.topic(last, options) : undefined;
        if (more?.more) {
            await dc.context.sendActivity(this.withOffer(buildFaqReply(more, session.locale, t, { buttons: true, text: more.more }), session));
            return Dialog.EndOfTurn;
        }
        if (normalizeText(text) === '') {
            await this.sendIdlePrompt(dc.context);
            return Dialog.EndOfTurn;
        }
        const answer = this.services.faq.answer(text, options);
        if (answer.topic) session.profile.lastFaqTopic = answer.topic;
        await dc.context.sendActivity(this.withOffer(buildFaqReply(answer, session.locale, t, { buttons: true }), session));
        return Dialog.EndOfTurn;
    }

    override async repromptDialog(context: TurnContext): Promise<void> {
        await this.sendIdlePrompt(context);
    }

    private isStart(text: string, session: Session): boolean {
        const { t } = session;
        const start = parseChoice(text, [{
            value: 'start',
            title: t('common:idle.start'),
            synonyms: [...stringList(t, 'common:idle.startWords'), t('common:resume.continue'), t('common:resume.startOver')]
        }], { locale: session.locale, today: session.now });
        return (start.ok && normalizeText(text).split(' ').length <= 3) || normalizeText(text) === '/start';
    }

    private country(session: Session): string | undefined {
        const country = session.draft.answers.child?.countryOfResidence;
        return typeof country === 'string' ? country : undefined;
    }

    /** Every idle answer ends with the way back into the application. */
    private withOffer(reply: Partial<Activity>, session: Session): Partial<Activity> {
        const { t } = session;
        const started = session.draft.asked.length > 1;
        const title = started ? t('common:resume.continue') : t('common:idle.start');
        const offer = started ? t('common:faq.offerContinue') : t('common:faq.offerStart');
        const actions = [...(reply.suggestedActions?.actions ?? []), { type: ActionTypes.ImBack, title, value: title }];
        return { ...reply, text: `${reply.text ?? ''}\n\n${offer}`, suggestedActions: { to: [], actions } };
    }

    private async sendIdlePrompt(context: TurnContext): Promise<void> {
        const session = await loadSession(context, this.services);
        await context.sendActivity(this.withOffer({ type: ActivityTypes.Message, text: session.t('common:idle.prompt') }, session));
    }
}
