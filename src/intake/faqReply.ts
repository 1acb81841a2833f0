import { ActionTypes, ActivityTypes, type Activity, type CardAction } from 'botbuilder';
import type { Translate } from '../i18n/i18n';
import type { FaqAnswer, FaqAnswerOptions } from '../faq/answerer';
import { isolate, type Locale } from '../languages';
import type { RedFlagSign } from '../safety/signs';

export type { FaqAnswer, FaqAnswerOptions };

export interface FaqAnswering {
    answer(question: string, options: FaqAnswerOptions): FaqAnswer;
    /** The answer of a known topic (for "tell me more"), or undefined for an unknown id. */
    topic(id: string, options: FaqAnswerOptions): FaqAnswer | undefined;
}

/** Analytics for "was this helpful?"; no conversation content is stored with it. */
export interface FaqFeedbackStore {
    record(entry: { topic: string; helpful: boolean; locale: Locale; at: Date }): Promise<void>;
}

/** Acute danger signs described as happening now (src/safety). */
export type RedFlagCheck = (text: string, options: { locale: Locale; inTreatment: boolean; expectsNumber: boolean }) => { emergency: boolean; signs: readonly RedFlagSign[]; underCare?: boolean };

const imBack = (title: string): CardAction => ({ type: ActionTypes.ImBack, title, value: title });
function formatReviewed(date: string, locale: Locale): string {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** The answer with its sources and reviewed date; `channelData.faq` tells analytics which topic it was. */
export function buildFaqReply(answer: FaqAnswer, locale: Locale, t: Translate, options: { buttons: boolean; text?: string }): Partial<Activity> {
    const lines = [options.text ?? answer.answer];
    // Buttons to tap where there are buttons; during the intake, where answers come without them, the titles.
    const suggested = answer.suggestions.map((s) => s.title);
    if (suggested.length > 0) lines.push(options.buttons ? t('common:faq.suggest') : `${t('common:faq.suggestText')}\n${suggested.map((title) => `- ${title}`).join('\n')}`);
    if (answer.topic && answer.sources.length > 0) {
        // A markdown list: Web Chat would run lines joined by a single line break into one paragraph.
        lines.push(`${t('common:faq.sources')}\n${answer.sources.map((s) => `- ${s.title}: ${isolate(locale, s.url)}`).join('\n')}`);
    }
    if (answer.topic && answer.reviewed) lines.push(t('common:faq.reviewed', { date: formatReviewed(answer.reviewed, locale) }));
    const actions: CardAction[] = [];
    if (options.buttons) {
        for (const title of suggested) actions.push(imBack(title));
        if (answer.topic === null) actions.push(imBack(t('common:faq.human')));
        if (answer.more && options.text === undefined) actions.push(imBack(t('common:faq.more')));
        for (const related of answer.related.slice(0, 2)) actions.push(imBack(related.title));
        if (answer.topic) actions.push(imBack(t('common:faq.helpfulYes')), imBack(t('common:faq.helpfulNo')));
    }
    return {
        type: ActivityTypes.Message,
        text: lines.join('\n\n'),
        locale,
        ...(actions.length > 0 ? { suggestedActions: { to: [], actions } } : {}),
        channelData: { faq: { topic: answer.topic, confidence: Math.round(answer.confidence * 1000) / 1000 } }
    };
}
