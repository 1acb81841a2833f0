import { ActionTypes, ActivityTypes, CardFactory, type Activity, type CardAction } from 'botbuilder';
import type { Texts } from '../i18n/i18n';
import type { UnspokenMessage } from '../i18n/unspoken';
import { LOCALES, type Locale } from '../languages';

const imBack = (title: string): CardAction => ({ type: ActionTypes.ImBack, title, value: title });

/**
 * The answer to a message in a language the bot does not speak: in English (the language most
 * such parents can read) or, during an intake, in the conversation's language (the parent has
 * been reading it), then one line in theirs when there is one, with the bot's languages and
 * "Talk to a person" as buttons. The buttons sit on a card, so they stay when the open question
 * follows with buttons of its own.
 */
export function unspokenNotice(message: UnspokenMessage, texts: Texts, locale: Locale = LOCALES[0]): Partial<Activity> {
    const t = texts.t(locale);
    const names = texts.all('common:languageName');
    const person = t('common:faq.human');
    const buttons = [...LOCALES.map((l) => imBack(names[l])), imBack(person)];
    // The line names the button as shown: the bot would not understand the request in the parent's language.
    const line = message.line?.replaceAll('{{person}}', person);
    return {
        type: ActivityTypes.Message,
        locale,
        text: [t('common:unspoken.notice', { person }), line].filter(Boolean).join('\n\n'),
        attachments: [CardFactory.heroCard('', undefined, buttons)],
        channelData: { unspoken: { lang: message.lang } }
    };
}
