import { ActionTypes, ActivityTypes, type Activity, type CardAction } from 'botbuilder';
import { supportsSuggestedActions } from 'botbuilder-dialogs';
import { getAnswer, progress, type IntakeDraft } from '../domain/draft';
import { isRequired, type FieldSpec } from '../domain/fields';
import type { Translate } from '../i18n/i18n';
import type { Locale } from '../languages';
import type { ChoiceOption } from '../i18n/parsers/types';
import { isShownOption, shownFirst } from '../domain/choiceScope';
import { choiceOptions, fieldKey, optionalText, yesNoOptions } from './options';
import { fieldTextParams } from './phoneExample';

export interface QuestionContext {
    locale: Locale;
    t: Translate;
    draft: IntakeDraft;
    uploadMaxMb: number;
    /** The channel the question goes to: whether it shows buttons decides if a numbered list is needed. */
    channelId: string;
}

/** Metadata on every prompt (intake-spec.md): the widget renders pickers and progress from it. */
export interface IntakeChannelData {
    field: string;
    kind: FieldSpec['kind'];
    section: FieldSpec['section'] | 'review';
    progress: { index: number; total: number };
    choices?: { value: string; title: string }[];
}

const MAX_BUTTONS = 12;

export function childName(draft: IntakeDraft): string {
    const name = getAnswer(draft.answers, 'child.firstName');
    return typeof name === 'string' ? name : '';
}

/**
 * {{name}} and, when the child's sex is known, the i18next context `male`/`female` that picks the
 * agreeing form (Russian `prompt_female`: "Получала ли…"); without it the neutral base text is used.
 */
export function childParams(draft: IntakeDraft): { name: string; context?: 'male' | 'female' } {
    const sex = getAnswer(draft.answers, 'child.sex');
    const name = childName(draft);
    return sex === 'male' || sex === 'female' ? { name, context: sex } : { name };
}

export function promptParams(ctx: QuestionContext): Record<string, unknown> {
    return { ...childParams(ctx.draft), maxMb: ctx.uploadMaxMb };
}

/** promptParams plus what this field's texts quote (the phone example of the family's country). */
function fieldPromptParams(spec: FieldSpec, ctx: QuestionContext): Record<string, unknown> {
    return { ...promptParams(ctx), ...fieldTextParams(spec, ctx.draft, ctx.t) };
}

function optionsFor(spec: FieldSpec, t: Translate): ChoiceOption[] | undefined {
    if (spec.kind === 'choice' || spec.kind === 'multichoice') return choiceOptions(spec, t);
    if (spec.kind === 'yesno') return yesNoOptions(spec, t);
    return undefined;
}

const imBack = (title: string): CardAction => ({ type: ActionTypes.ImBack, title, value: title });

function buttonsFor(spec: FieldSpec, options: ChoiceOption[] | undefined, ctx: QuestionContext): CardAction[] {
    const { t } = ctx;
    const required = isRequired(spec, ctx.draft.answers);
    let titles: string[];
    if (spec.kind === 'multichoice') {
        // Several answers are typed or tapped one by one in the widget; buttons offer the one-word ones.
        titles = (options ?? []).filter((o) => (spec.exclusive ?? []).includes(o.value)).map((o) => o.title);
    } else if (options) {
        titles = options.map((o) => o.title);
    } else if (spec.kind === 'attachment') {
        titles = [t(fieldKey(spec.path, 'done'))];
    } else if (spec.path === 'child.citizenship') {
        titles = [t(fieldKey(spec.path, 'same'))];
    } else if (spec.kind === 'languages') {
        titles = [t('common:languageName')];
    } else {
        titles = [];
    }
    if (spec.unknownAllowed && !titles.includes(t('common:yesno.unknown')) && !options?.some((o) => o.value === 'unknown')) {
        titles.push(t('common:yesno.unknown'));
    }
    if (!required && spec.kind !== 'attachment') titles.push(t('common:yesno.skip'));
    return titles.slice(0, MAX_BUTTONS).map(imBack);
}

/** The "same as country of residence" button, described with the country it stands for. */
function sameCountry(spec: FieldSpec, ctx: QuestionContext): Pick<IntakeChannelData, 'choices'> {
    const residence = ctx.draft.answers.child?.countryOfResidence;
    if (spec.path !== 'child.citizenship' || typeof residence !== 'string') return {};
    return { choices: [{ value: residence, title: ctx.t(fieldKey(spec.path, 'same')) }] };
}

/** The question text for a field: the phone prompt changes once e-mail was skipped. */
export function promptText(spec: FieldSpec, ctx: QuestionContext): string {
    const params = fieldPromptParams(spec, ctx);
    if (spec.path === 'contact.phone' && isRequired(spec, ctx.draft.answers)) {
        return optionalText(ctx.t, fieldKey(spec.path, 'promptRequired'), params) ?? ctx.t(fieldKey(spec.path, 'prompt'), params);
    }
    return ctx.t(fieldKey(spec.path, 'prompt'), params);
}

/** One example answer for the field's kind, as a parent would write it (shown after a miss). */
export function exampleFor(spec: FieldSpec, t: Translate, params: Record<string, unknown> = {}): string | undefined {
    const kind = spec.kind === 'number' ? `number_${spec.unit ?? 'count'}` : spec.kind;
    return optionalText(t, `common:repair.example.${kind}`, params);
}

/**
 * A prompt activity for one field, with buttons and `channelData.intake`; extra buttons come last (e.g. a person).
 * The choices are listed with numbers in the text only where some cannot be tapped: on a channel
 * without buttons (the terminal chat), or when there are more than buttons (multichoice, long lists).
 */
export function buildQuestion(spec: FieldSpec, ctx: QuestionContext, prefix: string[] = [], extraButtons: string[] = []): Partial<Activity> {
    // Shown options are numbered 1, 2, 3 … without gaps; the answer is read in the same order.
    const all = optionsFor(spec, ctx.t);
    const numbered = all && shownFirst(spec.path, all, ctx.draft.answers).map((option, i) => ({ option, number: i + 1 }));
    const shown = numbered?.filter(({ option }) => isShownOption(spec.path, option.value, ctx.draft.answers));
    const options = shown?.map(({ option }) => option);
    const actions = [...buttonsFor(spec, options, ctx), ...extraButtons.map(imBack)];
    const tappable = supportsSuggestedActions(ctx.channelId, actions.length)
        && (options ?? []).every((o) => actions.some((a) => a.title === o.title));
    const lines = [...prefix, promptText(spec, ctx)];
    if (shown && options && (spec.kind === 'multichoice' || options.length > 4) && !tappable) {
        lines.push(shown.map(({ option, number }) => `${number}. ${option.title}`).join('\n'));
    }
    const intake: IntakeChannelData = {
        field: spec.path,
        kind: spec.kind,
        section: spec.section,
        progress: progress(ctx.draft, spec.path),
        ...(options ? { choices: options.map(({ value, title }) => ({ value, title })) } : sameCountry(spec, ctx))
    };
    return {
        type: ActivityTypes.Message,
        text: lines.join('\n\n'),
        locale: ctx.locale,
        inputHint: 'expectingInput',
        ...(actions.length > 0 ? { suggestedActions: { to: [], actions } } : {}),
        channelData: { intake }
    };
}
