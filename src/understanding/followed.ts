import { getAnswer, type IntakeDraft } from '../domain/draft';
import type { FieldSpec } from '../domain/fields';
import type { Translate } from '../i18n/i18n';
import { parseYesNo } from '../i18n/parsers';
import type { Locale } from '../languages';
import { findCue } from '../intake/treatmentCue';
import type { UnderstoodCommand } from './types';

export interface FollowedContext {
    draft: IntakeDraft;
    locale: Locale;
    today: Date;
    t: Translate;
}

/**
 * "no, he never had CAR-T" when asked the CAR-T date: the yes this question follows was wrong (a
 * fact noted in passing, a mistaken tap). The denial puts it right, so the question goes away. A
 * plain "no" does it at a date; at other follow-ups (the donor) the treatment must be denied by name.
 */
export function followedDenied(field: FieldSpec, text: string, ctx: FollowedContext): UnderstoodCommand | undefined {
    const parent = field.follows;
    if (!parent || getAnswer(ctx.draft.answers, parent) !== true) return undefined;
    const denied = findCue(text, parent, ctx.locale, ctx.t)?.reading === 'denied';
    const saidNo = () => {
        const answer = parseYesNo(text, { locale: ctx.locale, today: ctx.today });
        return answer.ok && !answer.value;
    };
    return denied || (field.kind === 'month' && saidNo()) ? { kind: 'correct', field: parent, value: false, words: text } : undefined;
}
