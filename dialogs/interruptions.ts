import { ActionTypes, ActivityTypes, type CardAction } from 'botbuilder';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { applicableFields, clearAnswer, emptyDraft, previousField, raiseFlag, recordAnswer, setAnswer, type IntakeDraft } from '../src/domain/draft';
import { fieldSpec, isApplicable } from '../src/domain/fields';
import { detectCommand, type Command } from '../src/i18n/commands';
import { commandsOf, UNDERSTANDING, type Understanding, type UnderstoodCommand } from '../src/understanding/types';
import { understand } from '../src/understanding/understand';
import { parseChoice, parseYesNo } from '../src/i18n/parsers';
import { operatorName } from '../src/i18n/operator';
import { LOCALES } from '../src/languages';
import { type ChoiceOption } from '../src/i18n/parsers/types';
import { buildFaqReply } from '../src/intake/faqReply';
import { resolveField } from '../src/intake/fieldMatch';
import { fieldKey, fieldLabel, optionalText } from '../src/intake/options';
import { formatAnswer } from '../src/intake/summary';
import { fieldTextParams } from '../src/intake/phoneExample';
import { unspokenNotice } from '../src/intake/unspokenNotice';
import { detectUnspokenLanguage } from '../src/i18n/unspoken';
import { IDLE_DIALOG } from './ids';
import { loadSession, saveDraft, type IntakeServices, type Session } from './services';

/** How the root dialog moves when an interruption changes course. */
export interface Navigation {
    restartIntake(innerDc: DialogContext): Promise<DialogTurnResult>;
    goIdle(innerDc: DialogContext): Promise<DialogTurnResult>;
}

const imBack = (title: string): CardAction => ({ type: ActionTypes.ImBack, title, value: title });

/** Commands that work at any prompt, and the bot's own follow-up questions about them. */
export class Interruptions {
    constructor(private readonly services: IntakeServices) {}

    async handle(innerDc: DialogContext, nav: Navigation): Promise<DialogTurnResult | undefined> {
        const { activity } = innerDc.context;
        if (activity.type !== ActivityTypes.Message || typeof activity.text !== 'string') return undefined;
        const session = await loadSession(innerDc.context, this.services);
        const text = activity.text;
        switch (session.profile.pending) {
            case 'deleteConfirm':
                return this.finishDelete(innerDc, session, text, nav);
            case 'changeTarget':
                delete session.profile.pending;
                return this.change(innerDc, session, text, nav, true);
            case 'resume':
                return this.finishResume(innerDc, session, text, nav);
            default:
                break;
        }
        if (this.isReturningAfterBreak(session)) return this.offerResume(innerDc, session);
        if (session.profile.confirming) {
            // A yes or no is expected ("Did you mean …?"): only a command interrupts it.
            const command = detectCommand(text, session.locale);
            return command ? this.run(command, innerDc, session, nav) : undefined;
        }
        const idle = innerDc.activeDialog?.id === IDLE_DIALOG;
        const understanding = understand(text, {
            field: !idle && session.profile.currentField ? fieldSpec(session.profile.currentField) : undefined,
            draft: session.draft, locale: session.locale, today: session.now, t: session.t,
            faq: (question) => this.faqAnswer(session, question)
        });
        innerDc.context.turnState.set(UNDERSTANDING, understanding);
        const [first] = understanding.commands;
        if (first?.kind === 'control') return this.run(first.command, innerDc, session, nav);
        if (first?.kind === 'greeting') {
            await innerDc.context.sendActivity(session.t('common:understanding.greeting'));
            return this.reprompt(innerDc);
        }
        const unspoken = await this.answerUnspoken(innerDc, session, text, understanding);
        if (unspoken) return unspoken;
        // Idle answers questions itself, with more options.
        if (idle) return undefined;
        const [correction] = commandsOf(understanding, 'correct');
        if (correction) await this.applyCorrection(innerDc, session, correction);
        const answered = await this.answerQuestions(innerDc, session, understanding);
        return correction && !answered ? this.openQuestionAgain(innerDc, nav) : answered;
    }

    /** The open question again, unless the correction made it moot ("no CAR-T" at its date): then the intake goes on. */
    private async openQuestionAgain(innerDc: DialogContext, nav: Navigation): Promise<DialogTurnResult> {
        const { profile, draft } = await loadSession(innerDc.context, this.services);
        const open = profile.currentField;
        return open && !isApplicable(fieldSpec(open), draft.answers) ? nav.restartIntake(innerDc) : this.reprompt(innerDc);
    }

    /**
     * A message in a language the bot does not speak, that answers nothing (an understood answer
     * wins): the languages it speaks and the offer of a person, once per conversation unless the
     * parent asks about languages again; then the open question again.
     */
    private async answerUnspoken(innerDc: DialogContext, session: Session, text: string, understanding: Understanding): Promise<DialogTurnResult | undefined> {
        if (understanding.commands.some((c) => c.kind === 'set' || c.kind === 'skip' || c.kind === 'confirm' || c.kind === 'correct')) return undefined;
        const unspoken = detectUnspokenLanguage(text);
        if (!unspoken || (session.profile.unspokenNoticed && !unspoken.asksLanguages)) return undefined;
        session.profile.unspokenNoticed = unspoken.lang;
        await innerDc.context.sendActivity(unspokenNotice(unspoken, this.services.texts, session.locale));
        return this.reprompt(innerDc);
    }

    /** "sorry, 24 kg not 23": the earlier answer changes, and the parent hears what is stored now. */
    private async applyCorrection(innerDc: DialogContext, session: Session, correction: Extract<UnderstoodCommand, { kind: 'correct' }>): Promise<void> {
        const { t } = session;
        await this.save(innerDc, setAnswer(session.draft, correction.field, correction.value, session.now));
        const value = formatAnswer(fieldSpec(correction.field), correction.value, session.locale, t);
        await innerDc.context.sendActivity(t('common:understanding.corrected', { field: fieldLabel(correction.field, t), value }));
    }

    /**
     * A question is answered from the knowledge base. When the same message also answered the open
     * field, the field takes it and the intake goes on; otherwise the same question comes back.
     */
    private async answerQuestions(innerDc: DialogContext, session: Session, understanding: Understanding): Promise<DialogTurnResult | undefined> {
        const [question] = commandsOf(understanding, 'question');
        if (!question) return undefined;
        const answer = question.answer ?? this.faqAnswer(session, question.words);
        if (answer.topic) session.profile.lastFaqTopic = answer.topic;
        await innerDc.context.sendActivity(buildFaqReply(answer, session.locale, session.t, { buttons: false }));
        const answered = understanding.commands.some((c) => c.kind === 'set' || c.kind === 'skip' || c.kind === 'confirm');
        return answered || commandsOf(understanding, 'correct').length > 0 ? undefined : this.reprompt(innerDc);
    }

    private faqAnswer(session: Session, question: string) {
        return this.services.faq.answer(question, { lang: session.locale, country: this.country(session), operatorName: operatorName(this.services.settings.operatorNames, session.locale) });
    }

    private country(session: Session): string | undefined {
        const country = session.draft.answers.child?.countryOfResidence;
        return typeof country === 'string' ? country : undefined;
    }

    private async run(command: Command, innerDc: DialogContext, session: Session, nav: Navigation): Promise<DialogTurnResult> {
        const { t, profile } = session;
        const say = (text: string) => innerDc.context.sendActivity(text);
        switch (command.kind) {
            case 'help': {
                const field = profile.currentField;
                const fieldHelp = field ? optionalText(t, fieldKey(field, 'help'), { maxMb: this.services.settings.uploadMaxMb, ...fieldTextParams(fieldSpec(field), session.draft, t) }) : undefined;
                await say([fieldHelp, t('common:commands.help')].filter(Boolean).join('\n\n'));
                return this.reprompt(innerDc);
            }
            case 'back': {
                const previous = previousField(session.draft);
                if (!previous) {
                    await say(t('common:commands.backNothing'));
                    return this.reprompt(innerDc);
                }
                await this.save(innerDc, clearAnswer(session.draft, previous, session.now));
                return nav.restartIntake(innerDc);
            }
            case 'change':
                return this.change(innerDc, session, command.target, nav, false);
            case 'restart':
                await this.save(innerDc, this.freshDraft(session));
                await say(t('common:commands.restarted'));
                return nav.restartIntake(innerDc);
            case 'cancel':
                delete profile.currentField;
                await say(t('common:commands.cancelled'));
                return nav.goIdle(innerDc);
            case 'human': {
                profile.humanRequestedAt = session.now.toISOString();
                await this.save(innerDc, raiseFlag(session.draft, 'human_requested'));
                const takeover = this.services.takeover;
                if (!takeover) {
                    await say(t('common:commands.human'));
                    return this.reprompt(innerDc);
                }
                // From here the bot is quiet until a coordinator hands the conversation back.
                const { message } = await takeover.request(innerDc.context.activity.conversation.id, session.locale);
                await say(message);
                return Dialog.EndOfTurn;
            }
            case 'delete':
                profile.pending = 'deleteConfirm';
                await innerDc.context.sendActivity({
                    type: ActivityTypes.Message,
                    text: t('common:commands.deleteConfirm'),
                    suggestedActions: { to: [], actions: [imBack(t('common:commands.deleteYes')), imBack(t('common:commands.deleteNo'))] }
                });
                return Dialog.EndOfTurn;
            case 'language': {
                profile.locale = command.locale;
                profile.localeSource = 'explicit';
                await say(this.services.texts.t(command.locale)('common:commands.languageSwitched'));
                return this.reprompt(innerDc);
            }
            case 'languageMenu': {
                const names = this.services.texts.all('common:languageName');
                await innerDc.context.sendActivity({
                    type: ActivityTypes.Message,
                    text: t('common:commands.languageMenu'),
                    suggestedActions: { to: [], actions: LOCALES.map((l) => imBack(names[l])) }
                });
                return Dialog.EndOfTurn;
            }
        }
    }

    private async change(innerDc: DialogContext, session: Session, target: string, nav: Navigation, secondTry: boolean): Promise<DialogTurnResult> {
        const { t } = session;
        const candidates = applicableFields(session.draft.answers).filter((f) => f.section !== 'consent');
        const path = resolveField(target, candidates, t, session.locale);
        if (!path) {
            if (secondTry) return this.reprompt(innerDc);
            session.profile.pending = 'changeTarget';
            await innerDc.context.sendActivity(t('common:commands.changeWhich'));
            return Dialog.EndOfTurn;
        }
        if (!session.draft.asked.includes(path)) {
            await innerDc.context.sendActivity(t('common:commands.changeNotYet'));
            return this.reprompt(innerDc);
        }
        await this.save(innerDc, clearAnswer(session.draft, path, session.now));
        return nav.restartIntake(innerDc);
    }

    private async finishDelete(innerDc: DialogContext, session: Session, text: string, nav: Navigation): Promise<DialogTurnResult> {
        const { t } = session;
        delete session.profile.pending;
        const options: ChoiceOption[] = [
            { value: 'yes', title: t('common:commands.deleteYes'), synonyms: [] },
            { value: 'no', title: t('common:commands.deleteNo'), synonyms: [] }
        ];
        const pctx = { locale: session.locale, today: session.now };
        const choice = parseChoice(text, options, pctx);
        const yesNo = parseYesNo(text, pctx);
        const confirmed = choice.ok ? choice.value === 'yes' : yesNo.ok && yesNo.value;
        if (!confirmed) {
            await innerDc.context.sendActivity(t('common:commands.deleteKept'));
            return this.reprompt(innerDc);
        }
        await this.services.eraser.erase(innerDc.context);
        // channelData.erased: the widget forgets this conversation on the device too.
        await innerDc.context.sendActivity({ type: ActivityTypes.Message, text: t('common:commands.deleted'), channelData: { erased: true } });
        await innerDc.cancelAllDialogs();
        return nav.goIdle(innerDc);
    }

    private isReturningAfterBreak(session: Session): boolean {
        const last = session.profile.lastActiveAt;
        if (!last || !session.profile.currentField) return false;
        const hours = (session.now.getTime() - new Date(last).getTime()) / 3_600_000;
        return hours >= this.services.settings.resumeAfterHours;
    }

    private resumeOptions(t: Session['t']): ChoiceOption[] {
        return [
            { value: 'continue', title: t('common:resume.continue'), synonyms: [] },
            { value: 'startOver', title: t('common:resume.startOver'), synonyms: [] }
        ];
    }

    private async offerResume(innerDc: DialogContext, session: Session): Promise<DialogTurnResult> {
        const { t } = session;
        const field = session.profile.currentField;
        session.profile.pending = 'resume';
        await innerDc.context.sendActivity({
            type: ActivityTypes.Message,
            text: t('common:resume.welcomeBack', { section: field ? t(`intake:sections.${fieldSpec(field).section}`) : '' }),
            suggestedActions: { to: [], actions: this.resumeOptions(t).map((o) => imBack(o.title)) }
        });
        return Dialog.EndOfTurn;
    }

    private async finishResume(innerDc: DialogContext, session: Session, text: string, nav: Navigation): Promise<DialogTurnResult> {
        delete session.profile.pending;
        const choice = parseChoice(text, this.resumeOptions(session.t), { locale: session.locale, today: session.now });
        const command = detectCommand(text, session.locale);
        if ((choice.ok && choice.value === 'startOver') || command?.kind === 'restart') {
            await this.save(innerDc, this.freshDraft(session));
            return nav.restartIntake(innerDc);
        }
        return this.reprompt(innerDc);
    }

    /** Start over keeps the consent already given; everything else is forgotten. */
    private freshDraft(session: Session): IntakeDraft {
        const draft = emptyDraft(session.now);
        return session.draft.answers.consent?.dataProcessing === true
            ? recordAnswer(draft, 'consent.dataProcessing', true, session.now)
            : draft;
    }

    private async reprompt(innerDc: DialogContext): Promise<DialogTurnResult> {
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
    }

    private async save(innerDc: DialogContext, draft: IntakeDraft): Promise<void> {
        await saveDraft(innerDc.context, this.services, draft);
    }
}
