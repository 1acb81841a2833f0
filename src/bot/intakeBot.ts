import { ActionTypes, ActivityHandler, ActivityTypes, CardFactory, type ConversationState, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type Dialog } from 'botbuilder-dialogs';
import { loadSession, type IntakeServices } from '../../dialogs/services';
import { raiseFlag } from '../domain/draft';
import { fieldSpec, type FieldSpec } from '../domain/fields';
import type { Translate } from '../i18n/i18n';
import { normalizeText } from '../i18n/parsers';
import { choiceOptions, yesNoOptions } from '../intake/options';
import { detectCommand } from '../i18n/commands';
import { looksLikeQuestion } from '../i18n/question';
import { buildFaqReply } from '../intake/faqReply';
import { answerPlaceQuestion, emergencyReply } from './emergency';
import { detectLanguage } from '../i18n/detect';
import { detectUnspokenLanguage } from '../i18n/unspoken';
import { unspokenNotice } from '../intake/unspokenNotice';
import { operatorName, operatorParams } from '../i18n/operator';
import { isLocale, LOCALES, type Locale } from '../languages';
import { erasedThisTurn } from '../intake/eraser';
import type { ConversationProfile } from '../intake/state';

/** "de-DE" → "de" when the bot speaks it. */
export function channelLocale(locale: string | undefined): Locale | undefined {
    const base = locale?.toLowerCase().split(/[-_]/)[0];
    return isLocale(base) ? base : undefined;
}

/**
 * The turn language: the parent's explicit choice, else the channel's locale, else the language
 * of the first free-text message, else the default.
 */
export function resolveLocale(profile: ConversationProfile, activityLocale: string | undefined, text: string | undefined, fallback: Locale): void {
    if (profile.localeSource === 'explicit' || profile.localeSource === 'detected') return;
    const fromChannel = channelLocale(activityLocale);
    if (fromChannel) {
        profile.locale = fromChannel;
        profile.localeSource = 'channel';
        return;
    }
    if (profile.localeSource === 'channel') return;
    // Turkish is not German, nor Ukrainian Russian: a language the bot does not speak sets nothing.
    const detected = text && !detectUnspokenLanguage(text) ? detectLanguage(text) : undefined;
    if (detected) {
        profile.locale = detected;
        profile.localeSource = 'detected';
    } else if (!profile.locale) {
        profile.locale = fallback;
        profile.localeSource = 'default';
    }
}

/** The message is exactly the title of one of the field's options, as its button sends it. */
function isOptionTitle(spec: FieldSpec, text: string, t: Translate): boolean {
    const options = spec.kind === 'choice' || spec.kind === 'multichoice' ? choiceOptions(spec, t) : spec.kind === 'yesno' ? yesNoOptions(spec, t) : [];
    const sent = normalizeText(text);
    return options.some((o) => normalizeText(o.title) === sent);
}

/** Longer messages are not read (a pasted letter, or someone probing): the parent is asked to shorten them. */
export const MAX_MESSAGE_CHARS = 4000;

/** Routes every turn to the root dialog and saves state once at the end. */
export class IntakeBot extends ActivityHandler {
    private readonly dialogs: DialogSet;

    constructor(private readonly conversationState: ConversationState, private readonly root: Dialog, private readonly services: IntakeServices) {
        super();
        this.dialogs = new DialogSet(services.state.dialogState);
        this.dialogs.add(root);
        this.onMembersAdded(async (context, next) => {
            const joined = (context.activity.membersAdded ?? []).some((m) => m.id !== context.activity.recipient?.id);
            if (joined) await this.converse(context);
            await next();
        });
        this.onMessage(async (context, next) => {
            await this.converse(context);
            await next();
        });
    }

    override async run(context: TurnContext): Promise<void> {
        await super.run(context);
        if (!erasedThisTurn(context)) await this.conversationState.saveChanges(context, false);
    }

    private async converse(context: TurnContext): Promise<void> {
        const { activity } = context;
        const profile = await this.services.state.profile.get(context, {});
        const isMessage = activity.type === ActivityTypes.Message;
        resolveLocale(profile, activity.locale, isMessage ? activity.text : undefined, this.services.settings.defaultLocale);
        const dc = await this.dialogs.createContext(context);
        if (isMessage && (await this.handleEmergency(context, profile))) {
            // Emergency advice replaces whatever was going on; "continue" returns to the application.
            profile.welcomed = true;
            delete profile.pending;
            delete profile.currentField;
            await dc.cancelAllDialogs();
            await dc.beginDialog(this.root.id, { idle: true });
        } else if (isMessage && (await this.handlePlaceAnswer(context))) {
            // The family said where they are: the number for that place was sent.
        } else if (isMessage && (await this.isWithCoordinator(context))) {
            // A coordinator has the conversation: the message is in the transcript and the live inbox.
            this.services.takeover?.notifyParentMessage(activity.conversation.id, activity.text ?? '');
        } else if (!profile.welcomed) {
            profile.welcomed = true;
            const text = isMessage && typeof activity.text === 'string' && activity.text.length <= MAX_MESSAGE_CHARS ? activity.text : undefined;
            const unspoken = text === undefined ? undefined : detectUnspokenLanguage(text);
            if (unspoken) {
                // A first message in a language the bot does not speak: which ones it does, then the welcome.
                profile.unspokenNoticed = unspoken.lang;
                await context.sendActivity(unspokenNotice(unspoken, this.services.texts));
            }
            await this.sendWelcome(context, !unspoken);
            // A parent who opens with a question gets its answer before the consent question.
            if (text !== undefined && !unspoken && looksLikeQuestion(text)) await this.answerFirstQuestion(context, text);
            await dc.cancelAllDialogs();
            await dc.beginDialog(this.root.id);
        } else if (isMessage && (activity.text?.length ?? 0) > MAX_MESSAGE_CHARS) {
            const { t } = await loadSession(context, this.services);
            await context.sendActivity(t('common:errors.too_long', { max: MAX_MESSAGE_CHARS }));
            if (dc.activeDialog) await dc.repromptDialog();
        } else if (isMessage) {
            const result = await dc.continueDialog();
            if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.root.id);
        }
        if (!erasedThisTurn(context)) profile.lastActiveAt = this.services.clock().toISOString();
    }

    private async answerFirstQuestion(context: TurnContext, text: string): Promise<void> {
        const session = await loadSession(context, this.services);
        const answer = this.services.faq.answer(text, { lang: session.locale, operatorName: operatorName(this.services.settings.operatorNames, session.locale) });
        if (answer.topic) session.profile.lastFaqTopic = answer.topic;
        await context.sendActivity(buildFaqReply(answer, session.locale, session.t, { buttons: false }));
    }

    /** "Delete my data" always reaches the bot, even while a coordinator has the conversation. */
    private async isWithCoordinator(context: TurnContext): Promise<boolean> {
        const takeover = this.services.takeover;
        if (!takeover || !(await takeover.isTakenOver(context.activity.conversation.id))) return false;
        const session = await loadSession(context, this.services);
        const command = detectCommand(context.activity.text ?? '', session.locale);
        return command?.kind !== 'delete' && session.profile.pending !== 'deleteConfirm';
    }

    /** After a coordinator hands back: the open question again, in a proactive turn. */
    async resumeAfterHandBack(context: TurnContext): Promise<void> {
        const dc = await this.dialogs.createContext(context);
        if (dc.activeDialog) await dc.repromptDialog();
        await this.conversationState.saveChanges(context, false);
    }

    /** Checked before anything else on every message, in every state. */
    private async handleEmergency(context: TurnContext, profile: ConversationProfile): Promise<boolean> {
        const text = context.activity.text?.slice(0, MAX_MESSAGE_CHARS);
        if (typeof text !== 'string' || text.trim() === '') return false;
        const session = await loadSession(context, this.services);
        const { answers } = session.draft;
        const inTreatment = answers.treatments?.chemotherapy === true || answers.treatments?.hsct === true || answers.treatments?.carT === true
            || ['first_line_treatment', 'relapse', 'refractory'].includes(answers.status?.diseaseState ?? '');
        // One of the open question's own buttons ("Not responding to treatment") is an answer.
        if (profile.currentField && isOptionTitle(fieldSpec(profile.currentField), text, session.t)) return false;
        // "38.5" is a weight when the bot just asked for one, not a temperature.
        const expectsNumber = profile.currentField !== undefined && fieldSpec(profile.currentField).kind === 'number';
        const check = this.services.redFlags(text, { locale: session.locale, inTreatment, expectsNumber });
        if (!check.emergency) return false;
        // Health details are kept only with consent; the flag tells staff to look at the transcript.
        if (answers.consent?.dataProcessing === true) await this.services.state.draft.set(context, raiseFlag(session.draft, 'red_flag_reported'));
        if (check.underCare) {
            // The medical team is with the child (ICU, on the ward): no alarm, no pause; the message
            // still answers the open question ("auf der Intensiv" is where the child is).
            await context.sendActivity({ type: ActivityTypes.Message, text: session.t('common:emergency.underCare'), locale: session.locale, channelData: { emergency: { signs: check.signs, underCare: true } } });
            return false;
        }
        const paused = profile.currentField !== undefined || session.draft.asked.length > 1;
        await context.sendActivity(emergencyReply(check.signs, session, this.services, paused ? session.t('common:emergency.after') : undefined));
        return true;
    }

    /** The answer to "Are you in … right now?" asked in the emergency message. */
    private async handlePlaceAnswer(context: TurnContext): Promise<boolean> {
        const text = context.activity.text;
        if (typeof text !== 'string' || text.length > MAX_MESSAGE_CHARS) return false;
        const session = await loadSession(context, this.services);
        const reply = answerPlaceQuestion(text, session, this.services);
        if (reply === undefined) return false;
        await context.sendActivity({ type: ActivityTypes.Message, text: reply, locale: session.locale });
        return true;
    }

    /** `languageCard`: false when the languages were just offered (to a message in another language). */
    private async sendWelcome(context: TurnContext, languageCard: boolean): Promise<void> {
        const { t, locale } = await loadSession(context, this.services);
        const { operatorNames, privacyUrl } = this.services.settings;
        const names = this.services.texts.all('common:languageName');
        const text = [t('common:welcome.greeting', operatorParams(operatorNames, locale)), t('common:welcome.purpose'), t('common:welcome.privacy', { url: privacyUrl })].join('\n\n');
        await context.sendActivity({ type: ActivityTypes.Message, text });
        if (!languageCard) return;
        const languages = CardFactory.heroCard('', t('common:welcome.language'), undefined,
            LOCALES.map((l) => ({ type: ActionTypes.ImBack, title: names[l], value: names[l] })));
        await context.sendActivity({ type: ActivityTypes.Message, attachments: [languages] });
    }
}
