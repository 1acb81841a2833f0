import type { Translate } from '../i18n/i18n';
import { parseChoice, parseYesNo } from '../i18n/parsers';
import { keysOf } from '../i18n/parsers/tokenize';
import type { ChoiceOption, ParseContext } from '../i18n/parsers/types';
import { LOCALES, type Locale } from '../languages';
import { readLatinTypedAnswer } from './latinTyped';
import { stringList } from './options';

export type ReviewDecision = 'confirm' | 'change';

const SURE_CONSONANTS = 3;

const key = (k: string) => `intake:fields.review.confirm.${k}`;

/** "Send" and "change something", as buttons and words (`lng`: another language's). */
export function reviewOptions(t: Translate, lng?: Locale): ChoiceOption[] {
    return (['confirm', 'change'] as const).map((value) => ({
        value, title: t(key(`choices.${value}`), lng ? { lng } : {}), synonyms: stringList(t, key(`synonyms.${value}`), lng)
    }));
}

let anyLanguage: ChoiceOption[] | undefined;

/**
 * The words of every language the bot speaks, those that mean the same in all: parents write
 * another language they know ("valider" in a Maghrebi Arabic chat, "send" in a Russian one).
 */
function reviewOptionsAnyLanguage(t: Translate): ChoiceOption[] {
    if (anyLanguage) return anyLanguage;
    const words = (value: string) => new Set(LOCALES.flatMap((lng) => reviewOptions(t, lng).filter((o) => o.value === value).flatMap((o) => [o.title, ...o.synonyms])).map((w) => keysOf(w).join(' ')));
    const confirm = words('confirm');
    const change = words('change');
    const only = (mine: Set<string>, theirs: Set<string>) => [...mine].filter((w) => w !== '' && !theirs.has(w));
    anyLanguage = [
        { value: 'confirm', title: t(key('choices.confirm'), { lng: LOCALES[0] }), synonyms: only(confirm, change) },
        { value: 'change', title: t(key('choices.change'), { lng: LOCALES[0] }), synonyms: only(change, confirm) }
    ];
    return anyLanguage;
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
    const read = native === undefined ? undefined : decide(native, options, pctx);
    if (read !== undefined) return read;
    const said = parseChoice(text, reviewOptionsAnyLanguage(t), pctx);
    return said.ok ? (said.value as ReviewDecision) : undefined;
}
