import { ActionTypes, ActivityTypes, type Attachment, type TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import { clearAnswer, getAnswer, noteAsWritten, noteUnsure, progress, raiseFlag, recordAnswer } from '../src/domain/draft';
import { fieldSpec, isRequired, type FieldSpec } from '../src/domain/fields';
import type { FieldPath } from '../src/domain/schema';
import { ageInYears } from '../src/domain/validate';
import { parseYesNo } from '../src/i18n/parsers';
import { interpretAnswer, type Interpretation } from '../src/intake/interpret';
import { fieldKey, fieldLabel } from '../src/intake/options';
import type { ConfirmReason } from '../src/intake/state';
import { formatAnswer } from '../src/intake/summary';
import { buildQuestion, childParams, exampleFor } from '../src/intake/question';
import { fieldTextParams } from '../src/intake/phoneExample';
import { fileAttachments, receiveDocuments } from './documents';
import { ASK_FIELD_DIALOG } from './ids';
import type { Proposal } from '../src/understanding/llmCommands';
import { commandsOf, UNDERSTANDING, type Understanding, type UnderstoodCommand } from '../src/understanding/types';
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
    /** What the parent wrote that did not fit, kept for asWritten if the field is optional. */
    missed?: string[];
}

/** The open field's part of what a message was understood as, with the words it came from. */
interface Answered {
    result: Interpretation;
    words: string;
    detail?: string;
    /** Later fields the same message already answered. */
    others?: Extract<UnderstoodCommand, { kind: 'set' }>[];
}

const MAX_RETRIES_BEFORE_OFFERING_HELP = 2;

/** What comes before the question again when the parent says a confirmed value is not what they meant. */
const NOT_MEANT: Readonly<Record<ConfirmReason, readonly string[]>> = {
    guessed: ['common:understanding.chooseClosest'],
    llm: ['common:understanding.misunderstood'],
    implausible_weight: []
};

function othersOf(understanding: Understanding, open: FieldSpec): Extract<UnderstoodCommand, { kind: 'set' }>[] {
    return commandsOf(understanding, 'set').filter((c) => c.field !== open.path);
}

/** On the second date before the earlier answer it depends on: that earlier field, and the date given. */
function earlierToRecheck(spec: FieldSpec, result: Extract<Interpretation, { kind: 'invalid' }>, attempts: number): { earlier: FieldPath; given: unknown } | undefined {
    if (result.failure !== 'before_birth' && result.failure !== 'before_diagnosis') return undefined;
    const earlier = spec.notBefore;
    if (attempts < 2 || earlier === undefined || earlier === 'today' || result.params.given === undefined) return undefined;
    return { earlier, given: result.params.given };
}

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
        const confirming = session.profile.confirming;
        if (confirming?.field === spec.path) {
            const confirmed = parseYesNo(text, { locale: session.locale, today: session.now });
            delete session.profile.confirming;
            if (confirmed.ok && confirmed.value) {
                let draft = recordAnswer(session.draft, spec.path, confirming.value, session.now);
                if (confirming.reason === 'implausible_weight') draft = raiseFlag(draft, 'implausible_weight');
                await saveDraft(dc.context, this.services, draft);
                // A "Did you mean …?" is asking again, as the intake benchmark counts it.
                this.services.metrics?.fieldAnswered(spec.path, false);
                return dc.endDialog(confirming.value);
            }
            if (confirmed.ok) {
                // Not what they meant: the choices again, to tap the right one.
                await this.sendQuestion(dc.context, state, NOT_MEANT[confirming.reason].map((key) => session.t(key)));
                return Dialog.EndOfTurn;
            }
        }
        const answered = this.interpretation(dc.context, spec, session, text);
        const proposal = await this.proposal(spec, state, session, answered);
        if (proposal) {
            // Counted as a miss: after a "no" and one more, the parent is offered a person as usual.
            state.attempts += 1;
            state.missed = [...(state.missed ?? []), answered.words.trim()];
            return this.askToConfirm(dc, spec, session, proposal.value, proposal.reason);
        }
        return this.handleInterpretation(dc, spec, state, session, answered);
    }

    /**
     * With the optional LLM (INTAKE_LLM): a value for words the parsers could not place, checked
     * like a typed answer, to confirm. Asked until the parent is offered a person, not after.
     */
    private async proposal(spec: FieldSpec, state: AskFieldState, session: Session, answered: Answered): Promise<Proposal | undefined> {
        const generator = this.services.llmCommands;
        if (!generator || answered.result.kind !== 'invalid' || state.attempts >= MAX_RETRIES_BEFORE_OFFERING_HELP) return undefined;
        return generator.propose(answered.words, spec, answered.result.failure, {
            locale: session.locale, today: session.now, answers: session.draft.answers, t: session.t
        });
    }

    /** The open field's part of what the message was understood as (src/understanding), computed once per turn. */
    private interpretation(context: TurnContext, spec: FieldSpec, session: Session, text: string): Answered {
        const understanding = context.turnState.get(UNDERSTANDING) as Understanding | undefined;
        const command = understanding?.commands.find((c) => 'field' in c && c.field === spec.path && c.kind !== 'correct');
        switch (command?.kind) {
            case 'set': return { result: { kind: 'value', value: command.value, ...(command.hedged ? { hedged: true } : {}) }, words: command.words, ...(command.detail ? { detail: command.detail } : {}), others: othersOf(understanding!, spec) };
            case 'skip': return { result: { kind: 'skip' }, words: command.words, others: othersOf(understanding!, spec) };
            case 'confirm': return { result: { kind: 'confirm', value: command.value, reason: command.reason }, words: command.words };
            case 'invalid': return { result: { kind: 'invalid', failure: command.failure, params: command.params }, words: command.words };
            default: return { result: interpretAnswer(spec, text, { locale: session.locale, today: session.now, answers: session.draft.answers, t: session.t }), words: text };
        }
    }

    override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
        await this.sendQuestion(context, instance.state as AskFieldState, []);
    }

    private async handleInterpretation(
        dc: DialogContext, spec: FieldSpec, state: AskFieldState, session: Session, answered: Answered
    ): Promise<DialogTurnResult> {
        const { t } = session;
        const { result } = answered;
        switch (result.kind) {
            case 'value':
            case 'skip': {
                const value = result.kind === 'value' ? result.value : undefined;
                let draft = recordAnswer(session.draft, spec.path, value, session.now);
                // A code that leaves out part of what the parent said ("positive, 0.1 %"): staff read the words too.
                if (answered.detail) draft = noteAsWritten(draft, spec.path, answered.words, session.now);
                if (result.kind === 'value' && result.hedged) draft = noteUnsure(draft, spec.path, answered.words, session.now);
                this.services.metrics?.fieldAnswered(spec.path, state.attempts === 0);
                const others = answered.others ?? [];
                for (const other of others) draft = recordAnswer(draft, other.field, other.value, session.now);
                await saveDraft(dc.context, this.services, draft);
                // Facts given ahead of their question are not asked again; one line says what was noted.
                if (others.length > 0) {
                    const facts = others.map((o) => `${fieldLabel(o.field, t)}: ${formatAnswer(fieldSpec(o.field), o.value, session.locale, t)}`);
                    await dc.context.sendActivity(t('common:understanding.noted', { facts: facts.join('; ') }));
                }
                return dc.endDialog(value);
            }
            case 'confirm':
                return this.askToConfirm(dc, spec, session, result.value, result.reason);
            case 'invalid':
                return this.repair(dc, spec, state, session, result, answered.words);
        }
    }

    /** "Did you mean …?" or "… is unusual, is that correct?", with yes and no as buttons. */
    private async askToConfirm(dc: DialogContext, spec: FieldSpec, session: Session, value: unknown, reason: ConfirmReason): Promise<DialogTurnResult> {
        const { t } = session;
        session.profile.confirming = { field: spec.path, value, reason };
        const birthDate = getAnswer(session.draft.answers, 'child.birthDate');
        const age = typeof birthDate === 'string' ? ageInYears(birthDate, session.now) : 0;
        const text = reason === 'implausible_weight'
            ? t(fieldKey(spec.path, 'confirmImplausible'), { ...childParams(session.draft), weight: value, age })
            : t('common:understanding.didYouMean', { answer: formatAnswer(spec, value, session.locale, t) });
        const yes = t('common:yesno.yes');
        const no = t('common:yesno.no');
        await dc.context.sendActivity({
            type: ActivityTypes.Message,
            text,
            suggestedActions: { to: [], actions: [yes, no].map((title) => ({ type: ActionTypes.ImBack, title, value: title })) },
            channelData: {
                intake: {
                    field: spec.path, kind: 'yesno', section: spec.section, progress: progress(session.draft, spec.path),
                    choices: [{ value: 'true', title: yes }, { value: 'false', title: no }],
                    confirm: { value }
                }
            }
        });
        return Dialog.EndOfTurn;
    }

    /**
     * Nobody gets stuck. After one miss: the reason, the field's help and an example. After two, an
     * optional field keeps the parent's words for staff (asWritten) and the intake goes on; a
     * required one offers a person (and "I don't know" where that is an answer) as buttons.
     */
    private async repair(
        dc: DialogContext, spec: FieldSpec, state: AskFieldState, session: Session, result: Extract<Interpretation, { kind: 'invalid' }>, words: string
    ): Promise<DialogTurnResult> {
        const { t } = session;
        state.attempts += 1;
        if (result.failure !== 'empty' && words.trim() !== '') state.missed = [...(state.missed ?? []), words.trim()];
        const recheck = earlierToRecheck(spec, result, state.attempts);
        if (recheck) return this.recheckEarlier(dc, spec, session, recheck);
        const required = isRequired(spec, session.draft.answers);
        if (!required && state.attempts >= MAX_RETRIES_BEFORE_OFFERING_HELP && (state.missed ?? []).length > 0) {
            const draft = noteAsWritten(recordAnswer(session.draft, spec.path, undefined, session.now), spec.path, [...new Set(state.missed)].join(' / '), session.now);
            await saveDraft(dc.context, this.services, draft);
            await dc.context.sendActivity(t('common:repair.keptAsWritten'));
            return dc.endDialog(undefined);
        }
        const texts = fieldTextParams(spec, session.draft, t);
        const hint = result.failure === 'required' ? t('common:errors.required') : t(`common:errors.${result.failure}`, { ...result.params, ...childParams(session.draft), ...texts });
        const help = t(fieldKey(spec.path, 'help'), { maxMb: this.services.settings.uploadMaxMb, ...texts });
        const lines = [hint, help];
        // One example in the parent's style, unless the field's help already quotes one.
        const example = exampleFor(spec, t, texts);
        if (example && state.attempts === 1 && !/["«„“]/.test(help)) lines.push(example);
        const stuck = state.attempts >= MAX_RETRIES_BEFORE_OFFERING_HELP;
        if (stuck) lines.push(t('common:errors.stillStuck'));
        await this.sendQuestion(dc.context, state, [lines.join(' ')], stuck ? [t('common:faq.human')] : []);
        return Dialog.EndOfTurn;
    }

    /**
     * A date before the diagnosis (or birth) said a second time: the earlier date may be the one
     * misread or mistyped. This one is kept, and the earlier one asked again; no loop.
     */
    private async recheckEarlier(dc: DialogContext, spec: FieldSpec, session: Session, recheck: { earlier: FieldPath; given: unknown }): Promise<DialogTurnResult> {
        const { t } = session;
        const earlier = fieldSpec(recheck.earlier);
        const before = getAnswer(session.draft.answers, recheck.earlier);
        const draft = clearAnswer(recordAnswer(session.draft, spec.path, recheck.given, session.now), recheck.earlier, session.now);
        await saveDraft(dc.context, this.services, draft);
        const intro = t('common:repair.recheckEarlier', {
            given: formatAnswer(spec, recheck.given, session.locale, t),
            field: fieldLabel(recheck.earlier, t),
            earlier: formatAnswer(earlier, before, session.locale, t)
        });
        return dc.replaceDialog(ASK_FIELD_DIALOG, { path: recheck.earlier, intro });
    }

    private async continueUploads(dc: DialogContext, spec: FieldSpec, session: Session, text: string, files: Attachment[]): Promise<DialogTurnResult> {
        const state = dc.activeDialog!.state as AskFieldState;
        if (files.length > 0) {
            await receiveDocuments(dc.context, this.services, session, text, files);
            return Dialog.EndOfTurn;
        }
        const doneTitle = session.t(fieldKey(spec.path, 'done'));
        if (text.trim() === doneTitle || this.interpretation(dc.context, spec, session, text).result.kind === 'skip') {
            const draft = (await loadSession(dc.context, this.services)).draft;
            const received = getAnswer(draft.answers, spec.path);
            await saveDraft(dc.context, this.services, recordAnswer(draft, spec.path, received, session.now));
            return dc.endDialog(received);
        }
        return this.handleInterpretation(dc, spec, state, session, { result: { kind: 'invalid', failure: 'unrecognized', params: {} }, words: text });
    }

    private async sendQuestion(context: TurnContext, state: AskFieldState, prefix: string[], extraButtons: string[] = []): Promise<void> {
        const session = await loadSession(context, this.services);
        session.profile.currentField = state.path;
        const spec = fieldSpec(state.path);
        await context.sendActivity(buildQuestion(spec, {
            locale: session.locale, t: session.t, draft: session.draft, uploadMaxMb: this.services.settings.uploadMaxMb, channelId: context.activity.channelId
        }, prefix, extraButtons));
    }
}
