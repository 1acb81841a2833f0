import { getAnswer } from '../domain/draft';
import { isRequired, type FieldSpec } from '../domain/fields';
import type { Answers } from '../domain/schema';
import { isImplausibleWeight, validateAnswer, type ValidationFailure } from '../domain/validate';
import type { Translate } from '../i18n/i18n';
import {
    isBlank, isDoneAnswer, isNoPreference, isSameAnswer, isSkipAnswer, isUnknownAnswer, normalizeText, parseChoice, parseCountries,
    parseCountry, parseDate, parseEmail, parseLanguages, parseMonth, parseMultiChoice, parseNumber, parsePhone, parseYesNo
} from '../i18n/parsers';
import type { Locale, ParseContext, ParseFailure, ParseResult } from '../i18n/parsers/types';
import { choiceOptions, fieldKey, yesNoOptions } from './options';
import type { ConfirmReason } from './state';

export type Interpretation =
    | { kind: 'value'; value: unknown }
    /** Skipped an optional field: nothing stored, the field counts as asked. */
    | { kind: 'skip' }
    | { kind: 'invalid'; failure: ParseFailure | ValidationFailure['reason'] | 'required'; params: Record<string, unknown> }
    /** Understood, but unusual: ask the parent to confirm before storing. */
    | { kind: 'confirm'; value: unknown; reason: ConfirmReason };

export interface InterpretContext {
    locale: Locale;
    today: Date;
    answers: Answers;
    t: Translate;
}

const MAX_MESSAGE_LENGTH = 5000;

function fromParse<T>(result: ParseResult<T>): Interpretation {
    return result.ok ? { kind: 'value', value: result.value } : { kind: 'invalid', failure: result.reason, params: {} };
}

function parseYesNoField(spec: FieldSpec, text: string, ctx: InterpretContext, pctx: ParseContext): Interpretation {
    const byOption = parseChoice(text, yesNoOptions(spec, ctx.t), pctx);
    if (byOption.ok) return { kind: 'value', value: byOption.value === 'unknown' ? 'unknown' : byOption.value === 'true' };
    return fromParse(parseYesNo(text, pctx));
}

function parseText(spec: FieldSpec, raw: string): Interpretation {
    const value = raw.trim().replace(/\s+/g, ' ');
    if (isBlank(value)) return { kind: 'invalid', failure: 'empty', params: {} };
    if (spec.max !== undefined && value.length > spec.max) return { kind: 'invalid', failure: 'too_long', params: { max: spec.max } };
    return { kind: 'value', value };
}

function parseByKind(spec: FieldSpec, raw: string, ctx: InterpretContext, pctx: ParseContext): Interpretation {
    switch (spec.kind) {
        case 'yesno':
        case 'confirm':
            return parseYesNoField(spec, raw, ctx, pctx);
        case 'choice':
            return fromParse(parseChoice(raw, choiceOptions(spec, ctx.t), pctx));
        case 'multichoice':
            return fromParse(parseMultiChoice(raw, choiceOptions(spec, ctx.t), pctx, { exclusive: spec.exclusive ?? [] }));
        case 'date':
            return fromParse(parseDate(raw, pctx));
        case 'month':
            return fromParse(parseMonth(raw, pctx));
        case 'number':
            return fromParse(parseNumber(raw, pctx, spec.unit ?? 'count'));
        case 'text':
            return parseText(spec, raw);
        case 'email':
            return fromParse(parseEmail(raw, pctx));
        case 'phone': {
            const residence = getAnswer(ctx.answers, 'child.countryOfResidence');
            return fromParse(parsePhone(raw, pctx, typeof residence === 'string' ? residence : undefined));
        }
        case 'country':
            if (spec.path === 'child.citizenship' && (isSameAnswer(raw, pctx) || raw.trim() === ctx.t(fieldKey(spec.path, 'same')))) {
                return { kind: 'value', value: getAnswer(ctx.answers, 'child.countryOfResidence') };
            }
            return fromParse(parseCountry(raw, pctx));
        case 'countries':
            return fromParse(parseCountries(raw, pctx));
        case 'languages':
            if (isSameAnswer(raw, pctx)) return { kind: 'value', value: [ctx.locale] };
            return fromParse(parseLanguages(raw, pctx));
        case 'attachment':
            // Files come as attachments; in words only "later", "done" or "skip" (handled by the uploads step).
            return isDoneAnswer(raw, pctx) || isSkipAnswer(raw, pctx) ? { kind: 'skip' } : { kind: 'invalid', failure: 'unrecognized', params: {} };
    }
}

function unknownValue(spec: FieldSpec): unknown {
    return spec.kind === 'multichoice' ? ['unknown'] : 'unknown';
}

/** Turns a parent's message into a value for one field, or says precisely why it can't. */
export function interpretAnswer(spec: FieldSpec, raw: string, ctx: InterpretContext): Interpretation {
    const pctx: ParseContext = { locale: ctx.locale, today: ctx.today };
    if (raw.length > MAX_MESSAGE_LENGTH && spec.kind !== 'text') return { kind: 'invalid', failure: 'too_long', params: { max: MAX_MESSAGE_LENGTH } };
    if (isBlank(raw)) return { kind: 'invalid', failure: 'empty', params: {} };
    const required = isRequired(spec, ctx.answers);

    if (spec.unknownAllowed && isUnknownAnswer(raw, pctx)) return { kind: 'value', value: unknownValue(spec) };
    if (spec.path === 'request.preferredCountries' && isNoPreference(raw, pctx)) return { kind: 'value', value: [] };
    if (spec.path === 'contact.languages' && isSkipAnswer(raw, pctx)) return { kind: 'value', value: [ctx.locale] };
    if (isSkipAnswer(raw, pctx) || (!spec.unknownAllowed && isUnknownAnswer(raw, pctx))) {
        return required ? { kind: 'invalid', failure: 'required', params: {} } : { kind: 'skip' };
    }

    const parsed = parseByKind(spec, raw, ctx, pctx);
    if (parsed.kind !== 'value') return parsed;
    const problem = validateAnswer(spec, parsed.value, ctx.answers, ctx.today);
    if (problem) {
        const { reason, ...params } = problem;
        return { kind: 'invalid', failure: reason, params };
    }
    if (spec.path === 'child.weightKg') {
        const birthDate = getAnswer(ctx.answers, 'child.birthDate');
        const weight = parsed.value as number;
        if (isImplausibleWeight(weight, typeof birthDate === 'string' ? birthDate : undefined, ctx.today)) {
            return { kind: 'confirm', value: weight, reason: 'implausible_weight' };
        }
    }
    return parsed;
}

export { normalizeText };
