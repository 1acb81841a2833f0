import { ActionTypes, ActivityTypes, CardFactory, type CardAction, type TurnContext } from 'botbuilder';
import { COPY_LINK_HOURS } from '../src/handoff/parent-copies';
import { normalizeText } from '../src/i18n/parsers';
import { stringList } from '../src/intake/options';
import type { IntakeServices, Session } from './services';

/** Letters and spaces only: "Спасибо большое!!" and "спасибо большое" are the same thanks. */
const words = (text: string) => normalizeText(text).replace(/[^\p{L}\p{M}\s]/gu, ' ').replace(/\s+/g, ' ').trim();

/**
 * After submission: a card offering the parent their copy by e-mail (when they gave an address and
 * e-mail can be sent) and as downloads. The links are buttons, so they stay out of the transcript.
 */
export async function sendCopyOffer(context: TurnContext, services: IntakeServices, session: Session, reference: string): Promise<void> {
    const { copies } = services;
    if (!copies) return;
    const { t } = session;
    const { links, email } = await copies.offer(context.activity.conversation.id, reference, session.locale);
    const buttons: CardAction[] = [];
    if (email) buttons.push({ type: ActionTypes.ImBack, title: t('common:copy.emailButton'), value: t('common:copy.emailButton') });
    buttons.push(
        { type: ActionTypes.OpenUrl, title: t('common:copy.downloadButton'), value: links.application },
        { type: ActionTypes.OpenUrl, title: t('common:copy.transcriptButton'), value: links.transcript }
    );
    await context.sendActivity({
        type: ActivityTypes.Message,
        locale: session.locale,
        attachments: [CardFactory.heroCard('', t('common:copy.offer', { hours: COPY_LINK_HOURS }), undefined, buttons)]
    });
}

/** "Copy" after submission (an expired link says to write it): the card again, with fresh links. */
export async function answerCopyAgain(context: TurnContext, services: IntakeServices, session: Session): Promise<boolean> {
    const reference = session.profile.submittedReference;
    if (!reference || !services.copies || !stringList(session.t, 'common:copy.again').map(words).includes(words(context.activity.text ?? ''))) return false;
    await sendCopyOffer(context, services, session, reference);
    return true;
}

/** Handles the e-mail button after submission; false when the message is something else. */
export async function answerCopyRequest(context: TurnContext, services: IntakeServices, session: Session): Promise<boolean> {
    const reference = session.profile.submittedReference;
    const { t } = session;
    if (!reference || !services.copies || normalizeText(context.activity.text ?? '') !== normalizeText(t('common:copy.emailButton'))) return false;
    const outcome = await services.copies.sendByEmail(context.activity.conversation.id, reference);
    const key = outcome === 'queued' ? 'emailQueued' : outcome === 'already' ? 'emailAlready' : 'emailUnavailable';
    await context.sendActivity({ type: ActivityTypes.Message, text: t(`common:copy.${key}`), locale: session.locale });
    return true;
}

/** "Thank you" after submission gets a short kind reply, not the menu; a question with thanks still goes to the FAQ. */
export async function answerThanks(context: TurnContext, session: Session): Promise<boolean> {
    const text = context.activity.text ?? '';
    if (!session.profile.submittedReference || text.includes('?') || text.includes('\u061F')) return false;
    const said = words(text);
    // A thanks phrase with at most two more words ("danke für alles"); more words may be a question without "?".
    const thanked = stringList(session.t, 'common:copy.thanksWords').map(words)
        .some((w) => said === w || (said.startsWith(`${w} `) && said.slice(w.length).trim().split(' ').length <= 2));
    if (!thanked) return false;
    await context.sendActivity({ type: ActivityTypes.Message, text: session.t('common:copy.thanks'), locale: session.locale });
    return true;
}
