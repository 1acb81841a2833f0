import { isDeepStrictEqual } from 'node:util';
import { getAnswer, type IntakeDraft } from '../domain/draft';
import { fieldSpec } from '../domain/fields';
import type { FieldPath } from '../domain/schema';
import type { Translate } from '../i18n/i18n';
import { correctionContrastDict, correctionMarkerDict } from '../i18n/parsers/sentence';
import { normalizeKeepCase } from '../i18n/parsers/text';
import { keysOf, tokenize } from '../i18n/parsers/tokenize';
import type { Locale } from '../languages';
import { fieldsNamedIn, resolveField } from '../intake/fieldMatch';
import { interpretAnswer } from '../intake/interpret';
import type { UnderstoodCommand } from './types';

export interface CorrectionContext {
    locale: Locale;
    today: Date;
    t: Translate;
}


/** Kinds whose values can be told apart from other words in a sentence. */
const CORRECTABLE = new Set(['number', 'date', 'month', 'country', 'choice', 'email', 'phone']);

export interface Correction {
    command: Extract<UnderstoodCommand, { kind: 'correct' }>;
    /** Said as a correction ("sorry", "Korrektur", "ой"), not only by a contrast ("25, not 23"). */
    marked: boolean;
}

/**
 * "sorry, she is 24 kg not 23", "Korrektur zum Gewicht: 29,5 kg, nicht 28", "الزراعة كانت في
 * فبراير مو يناير": a correction marker (or a "not <old value>" contrast), an earlier answered
 * field named by its label or aliases, and a new valid value for it before the contrast.
 */
export function correctionIn(text: string, draft: IntakeDraft, open: FieldPath | undefined, ctx: CorrectionContext): Correction | undefined {
    const tokens = tokenize(text);
    const keys = tokens.map((t) => t.key);
    const marked = keys.some((_, i) => correctionMarkerDict().longestAt(keys, i));
    const contrastAt = keys.findIndex((_, i) => i > 0 && correctionContrastDict().longestAt(keys, i));
    if (!marked && contrastAt < 0) return undefined;
    const answered = draft.asked.filter((path) => path !== open && getAnswer(draft.answers, path) !== undefined).map(fieldSpec).filter((f) => CORRECTABLE.has(f.kind));
    // The new value stands before "not …" (what follows is the old one); positions are in the normalised text.
    const normalized = normalizeKeepCase(text);
    const before = contrastAt > 0 ? normalized.slice(0, tokens[contrastAt]!.start) : text;
    // Said as a correction, the whole message last: "…the 17th august not the 7th. 17 august 2017".
    const candidates = [before, ...before.split(/[:,،]/).map((s) => s.trim()).filter((s) => keysOf(s).length > 0).reverse(), ...(marked && before !== text ? [text] : [])];
    // Of the fields the words name ("the transplant": its date and donor too), the first whose value this is.
    const named = [resolveField(text, answered, ctx.t, ctx.locale), ...fieldsNamedIn(text, answered, ctx.t, ctx.locale).map((f) => f.path)];
    for (const field of new Set(named.filter((f): f is FieldPath => f !== undefined))) {
        for (const words of candidates) {
            const result = interpretAnswer(fieldSpec(field), words, { locale: ctx.locale, today: ctx.today, answers: draft.answers, t: ctx.t });
            const value = result.kind === 'value' || result.kind === 'confirm' ? result.value : undefined;
            if (value !== undefined && !isDeepStrictEqual(value, getAnswer(draft.answers, field))) return { command: { kind: 'correct', field, value, words: text }, marked };
        }
    }
    return undefined;
}
