import { ActionTypes, ActivityTypes, type Activity, type CardAction } from 'botbuilder';
import type { IntakeServices, Session } from '../../dialogs/services';
import { normalizeText, parseCountry, parseYesNo } from '../i18n/parsers';
import type { ConversationProfile } from '../intake/state';
import { callPhrase, countryName, emergencyAdvice, type EmergencyPlace } from '../safety/advice';
import type { RedFlagSign } from '../safety/signs';

/**
 * The number for where the family is now: the country they named in answer to the emergency
 * message, else the child's country of residence from the application (which may not be where
 * they are), else none.
 */
export function emergencyPlace(session: Session, numberFor: IntakeServices['emergencyNumber']): EmergencyPlace {
    const here = session.profile.emergencyPlace?.country;
    if (here) return withNumber({ basis: 'here', country: here }, numberFor);
    const residence = session.draft.answers.child?.countryOfResidence;
    if (typeof residence === 'string') return withNumber({ basis: 'residence', country: residence }, numberFor);
    return { basis: 'unknown' };
}

function withNumber(place: EmergencyPlace, numberFor: IntakeServices['emergencyNumber']): EmergencyPlace {
    const number = numberFor(place.country);
    return number ? { ...place, number } : place;
}

const imBack = (title: string): CardAction => ({ type: ActionTypes.ImBack, title, value: title });

/** The emergency message for the signs, with the place question (and yes/no buttons) the first time only. */
export function emergencyReply(signs: readonly RedFlagSign[], session: Session, services: IntakeServices, note?: string): Partial<Activity> {
    const { profile, t, locale } = session;
    const place = emergencyPlace(session, services.emergencyNumber);
    const advice = emergencyAdvice(signs, place, { t, locale, ask: !profile.emergencyPlace?.asked });
    // One message: a second one after it would take the place question's buttons away in Web Chat.
    const paragraphs = advice.text.split('\n\n');
    if (note) paragraphs.splice(advice.question ? paragraphs.length - 1 : paragraphs.length, 0, note);
    if (advice.question) profile.emergencyPlace = { ...profile.emergencyPlace, asked: true, awaiting: advice.question };
    const buttons = advice.question?.kind === 'confirm' ? [imBack(t('common:yesno.yes')), imBack(t('common:yesno.no'))] : [];
    return {
        type: ActivityTypes.Message,
        text: paragraphs.join('\n\n'),
        locale,
        ...(buttons.length > 0 ? { suggestedActions: { to: [], actions: buttons } } : {}),
        channelData: {
            emergency: { signs, firstStep: advice.firstStep, place: { basis: place.basis, country: place.country ?? null, number: place.number ?? null } },
            faq: { topic: 'safety.emergency', confidence: 1 }
        }
    };
}

/** "Thank you. Kazakhstan: dial 103 / 112 or your local emergency number." */
function numberReply(country: string, session: Session, services: IntakeServices): string {
    const { t, locale } = session;
    const place = withNumber({ basis: 'here', country }, services.emergencyNumber);
    const name = countryName(country, locale);
    return place.number ? t('common:emergency.place.number', { country: name, call: callPhrase(place, t, locale) }) : t('common:emergency.place.noNumber', { country: name });
}

/**
 * The answer to the place question, if this message is one: "yes" (in the home country), "no"
 * (then which country), or a country's name. Anything else drops the question and goes on as usual.
 */
export function answerPlaceQuestion(text: string, session: Session, services: IntakeServices): string | undefined {
    const state: ConversationProfile['emergencyPlace'] = session.profile.emergencyPlace;
    const awaiting = state?.awaiting;
    if (!state || !awaiting) return undefined;
    delete state.awaiting;
    const ctx = { locale: session.locale, today: session.now };
    const named = parseCountry(text, ctx);
    if (awaiting.kind === 'confirm') {
        const answer = parseYesNo(text, ctx);
        // The button's own title is only an answer ("NO" is also Norway's code).
        const button = [session.t('common:yesno.yes'), session.t('common:yesno.no')].some((title) => normalizeText(title) === normalizeText(text));
        if (answer.ok && answer.value) {
            state.country = awaiting.country;
            return numberReply(awaiting.country, session, services);
        }
        // "No, we are in Germany" names the place at once.
        if (!button && named.ok && named.value !== awaiting.country) {
            state.country = named.value;
            return numberReply(named.value, session, services);
        }
        if (answer.ok) {
            state.awaiting = { kind: 'country' };
            return session.t('common:emergency.place.askCountry');
        }
        return undefined;
    }
    if (!named.ok) return undefined;
    state.country = named.value;
    return numberReply(named.value, session, services);
}
