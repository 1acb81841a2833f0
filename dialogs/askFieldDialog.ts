import { ActionTypes, ActivityTypes, type Attachment, type TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import { getAnswer, progress, raiseFlag, recordAnswer } from '../src/domain/draft';
import { fieldSpec, isRequired, type FieldSpec } from '../src/domain/fields';
import type { FieldPath } from '../src/domain/schema';
import { ageInYears } from '../src/domain/validate';
import { isDoneAnswer, isSkipAnswer, parseYesNo } from '../src/i18n/parsers';
import { interpretAnswer, type Interpretation } from '../src/intake/interpret';
import { fieldKey } from '../src/intake/options';
import { buildQuestion, childName } from '../src/intake/question';
import { fileAttachments, receiveDocuments } from './documents';
import { ASK_FIELD_DIALOG } from './ids';
import { loadSession, saveDraft, type IntakeServices, type Session } from './services';

export interface AskFieldOptions {
    path: FieldPath;
    /** A line shown before the first question of a section. */
    intro?: string;
}

interface AskFieldState {
    path: FieldPath;
    intro?: string;
    attempts: number;
    /** An unusual weight waiting for the parent's "yes, that's right". */
    pendingWeight?: number;
}

const MAX_RETRIES_BEFORE_OFFERING_HELP = 2;

/** Asks one field, understands the answer, and re-asks with a specific hint until it can store it. */
export class AskFieldDialog extends Dialog<AskFieldOptions> {
    constructor(private readonly services: IntakeServices) {
        super(ASK_FIELD_DIALOG);
    }

    override async beginDialog(dc: DialogContext, options?: AskFieldOptions): Promise<DialogTurnResult> {
        if (!options) throw new Error('AskFieldDialog.beginDialog(): options.path is required');
        const state = dc.activeDialog!.state as AskFieldState;
        Object.assign(state, { path: options.path, intro: options.intro, attempts: 0 });
        await this.sendQuestion(dc.context, state, options.intro ? [options.intro] : []);
        return Dialog.EndOfTurn;
    }

    override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
        const { activity } = dc.context;
        if (activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
        const state = dc.activeDialog!.state as AskFieldState;
        const session = await loadSession(dc.context, this.services);
        const spec = fieldSpec(state.path);
        const text = typeof activity.text === 'string' ? activity.text : '';
        const files = fileAttachments(activity);

        if (spec.kind === 'attachment') return this.continueUploads(dc, spec, session, text, files);
        if (files.length > 0) {
            // Documents are welcome at any question; the question itself stays open.
            await receiveDocuments(dc.context, this.services, session, text, files);
            await this.sendQuestion(dc.context, state, []);
            return Dialog.EndOfTurn;
        }
        if (state.pendingWeight !== undefined) {
            const confirmed = parseYesNo(text, { locale: session.locale, today: session.now });
            const weight = state.pendingWeight;
            delete state.pendingWeight;
            if (confirmed.ok && confirmed.value) {
                const draft = raiseFlag(recordAnswer(session.draft, spec.path, weight, session.now), 'implausible_weight');
                await saveDraft(dc.context, this.services, draft);
                return dc.endDialog(weight);
            }
            if (confirmed.ok) {
                await this.sendQuestion(dc.context, state, []);
                return Dialog.EndOfTurn;
            }
        }
        const result = interpretAnswer(spec, text, { locale: session.locale, today: session.now, answers: session.draft.answers, t: session.t });
        return this.handleInterpretation(dc, spec, state, session, result);
    }

    override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
        await this.sendQuestion(context, instance.state as AskFieldState, []);
    }

    private async handleInterpretation(
        dc: DialogContext, spec: FieldSpec, state: AskFieldState, session: Session, result: Interpretation
    ): Promise<DialogTurnResult> {
        const { t } = session;
        switch (result.kind) {
            case 'value':
            case 'skip': {
                const value = result.kind === 'value' ? result.value : undefined;
                await saveDraft(dc.context, this.services, recordAnswer(session.draft, spec.path, value, session.now));
                return dc.endDialog(value);
            }
            case 'confirm': {
                state.pendingWeight = result.value;
                const birthDate = getAnswer(session.draft.answers, 'child.birthDate');
                const age = typeof birthDate === 'string' ? ageInYears(birthDate, session.now) : 0;
                const yes = t('common:yesno.yes');
                const no = t('common:yesno.no');
                await dc.context.sendActivity({
                    type: ActivityTypes.Message,
                    text: t(fieldKey(spec.path, 'confirmImplausible'), { weight: result.value, age, name: childName(session.draft) }),
                    suggestedActions: { to: [], actions: [yes, no].map((title) => ({ type: ActionTypes.ImBack, title, value: title })) },
                    channelData: {
                        intake: {
                            field: spec.path, kind: 'yesno', section: spec.section, progress: progress(session.draft, spec.path),
                            choices: [{ value: 'true', title: yes }, { value: 'false', title: no }]
                        }
                    }
                });
                return Dialog.EndOfTurn;
            }
            case 'invalid': {
                state.attempts += 1;
                const hint = result.failure === 'required' ? t('common:errors.required') : t(`common:errors.${result.failure}`, { ...result.params, name: childName(session.draft) });
                const lines = [hint, t(fieldKey(spec.path, 'help'), { maxMb: this.services.settings.uploadMaxMb })];
                if (state.attempts >= MAX_RETRIES_BEFORE_OFFERING_HELP && isRequired(spec, session.draft.answers)) lines.push(t('common:errors.stillStuck'));
                await this.sendQuestion(dc.context, state, [lines.join(' ')]);
                return Dialog.EndOfTurn;
            }
        }
    }

    private async continueUploads(dc: DialogContext, spec: FieldSpec, session: Session, text: string, files: Attachment[]): Promise<DialogTurnResult> {
        const state = dc.activeDialog!.state as AskFieldState;
        if (files.length > 0) {
            await receiveDocuments(dc.context, this.services, session, text, files);
            return Dialog.EndOfTurn;
        }
        const pctx = { locale: session.locale, today: session.now };
        const doneTitle = session.t(fieldKey(spec.path, 'done'));
        const noMore = parseYesNo(text, pctx);
        if (isDoneAnswer(text, pctx) || isSkipAnswer(text, pctx) || text.trim() === doneTitle || (noMore.ok && !noMore.value)) {
            const draft = (await loadSession(dc.context, this.services)).draft;
            const received = getAnswer(draft.answers, spec.path);
            await saveDraft(dc.context, this.services, recordAnswer(draft, spec.path, received, session.now));
            return dc.endDialog(received);
        }
        return this.handleInterpretation(dc, spec, state, session, { kind: 'invalid', failure: 'unrecognized', params: {} });
    }

    private async sendQuestion(context: TurnContext, state: AskFieldState, prefix: string[]): Promise<void> {
        const session = await loadSession(context, this.services);
        session.profile.currentField = state.path;
        const spec = fieldSpec(state.path);
        await context.sendActivity(buildQuestion(spec, {
            locale: session.locale, t: session.t, draft: session.draft, uploadMaxMb: this.services.settings.uploadMaxMb
        }, prefix));
    }
}
