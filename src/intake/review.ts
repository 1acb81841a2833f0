import type { Translate } from '../i18n/i18n';
import { parseChoice, parseYesNo } from '../i18n/parsers';
import type { ChoiceOption, ParseContext } from '../i18n/parsers/types';
import type { Locale } from '../languages';
import { readLatinTypedAnswer } from './latinTyped';
import { stringList } from './options';

export type ReviewDecision = 'confirm' | 'change';

const SURE_CONSONANTS = 3;

const key = (k: string) => `intake:fields.review.confirm.${k}`;

/** "Send" and "change something", as buttons and words. */
export function reviewOptions(t: Translate): ChoiceOption[] {
    return (['confirm', 'change'] as const).map((value) => ({ value, title: t(key(`choices.${value}`)), synonyms: stringList(t, key(`synonyms.${value}`)) }));
}

function decide(text: string, options: readonly ChoiceOption[], pctx: ParseContext): ReviewDecision | undefined {
    const choice = parseChoice(text, options, pctx);
    if (choice.ok) return choice.value as ReviewDecision;
    const yesNo = parseYesNo(text, pctx);
    return yesNo.ok ? (yesNo.value ? 'confirm' : 'change') : undefined;
}

/**
 * What the parent says at the review: send ("yes", "send", "tamam keda") or change something
 * ("no", "change"); undefined when neither.
 */
export function reviewDecision(text: string, locale: Locale, today: Date, t: Translate): ReviewDecision | undefined {
    const pctx = { locale, today };
    const options = reviewOptions(t);
    const decision = decide(text, options, pctx);
    if (decision !== undefined) return decision;
    // Sending cannot be undone: a word typed in Latin letters counts only with three consonants ("tamam", not "bla").
    const native = readLatinTypedAnswer(text, locale, 'review.confirm', () => options, SURE_CONSONANTS);
    return native === undefined ? undefined : decide(native, options, pctx);
}
