import type { Translate } from '../i18n/i18n';
import type { Locale } from '../languages';
import type { RedFlagSign } from './signs';

/**
 * The first thing a parent should do, by sign (domain-facts.md, "Safety: red flags"):
 * - ambulance: seizures, unresponsiveness, breathing trouble and the other signs where the child
 *   may collapse on the way: call an ambulance, do not drive ("when in doubt, call an ambulance");
 * - bleeding: press on it, then go or call;
 * - fever: fever (or a low temperature, or shivering) during or after treatment: the treating team
 *   now or straight to the emergency department, antibiotics within an hour, whatever the counts;
 * - team: the other red flags: the treating team now, else the emergency department or the number.
 */
export type FirstStep = 'ambulance' | 'bleeding' | 'fever' | 'team';

export const FIRST_STEP: Readonly<Record<RedFlagSign, FirstStep>> = {
    breathing: 'ambulance',
    blue_lips: 'ambulance',
    seizure: 'ambulance',
    unresponsive: 'ambulance',
    confusion: 'ambulance',
    speech: 'ambulance',
    facial_droop: 'ambulance',
    fainting: 'ambulance',
    bleeding: 'bleeding',
    fever: 'fever',
    low_temperature: 'fever',
    shivering: 'fever',
    blood_in_urine_stool: 'team',
    black_vomit: 'team',
    petechiae: 'team',
    headache_vision: 'team',
    cannot_drink_or_keep_medicine: 'team',
    severe_pain: 'team',
    broken_line: 'team',
    infection_exposure: 'team'
};

/** Most urgent first: with several signs the message opens with the first of these that applies. */
const BY_URGENCY: readonly FirstStep[] = ['ambulance', 'bleeding', 'fever', 'team'];

/** The most urgent first step among the signs ('team' when there are none). */
export function firstStepFor(signs: readonly RedFlagSign[]): FirstStep {
    const steps = new Set(signs.map((s) => FIRST_STEP[s]));
    return BY_URGENCY.find((step) => steps.has(step)) ?? 'team';
}

/**
 * Which number the message gives. 'here': the family said they are in that country now;
 * 'residence': their home country from the application, which may not be where they are;
 * 'unknown': no country yet.
 */
export interface EmergencyPlace {
    basis: 'here' | 'residence' | 'unknown';
    country?: string;
    /** Undefined when the table has no checked number for the country. */
    number?: string;
}

/** The one question about the place, asked inside the emergency message. */
export type PlaceQuestion = { kind: 'confirm'; country: string } | { kind: 'country' };

export interface EmergencyAdvice {
    text: string;
    firstStep: FirstStep;
    question?: PlaceQuestion;
}

/** The country's name in the conversation language ("Kasachstan", "Казахстан", "كازاخستان"). */
export function countryName(code: string, locale: Locale): string {
    try {
        return new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }).of(code) ?? code;
    } catch {
        return code;
    }
}

/** "Call …": the number for the place when there is one, always with "or your local emergency number". */
export function callPhrase(place: EmergencyPlace, t: Translate, locale: Locale): string {
    if (!place.number) return t('common:emergency.call.local');
    if (place.basis === 'residence' && place.country) {
        return t('common:emergency.call.residence', { number: place.number, country: countryName(place.country, locale) });
    }
    return t('common:emergency.call.here', { number: place.number });
}

/** The question to ask, if it has not been asked yet: confirm the home country when it has a number, else ask for the country. */
export function placeQuestion(place: EmergencyPlace): PlaceQuestion | undefined {
    if (place.basis === 'here') return undefined;
    if (place.basis === 'residence' && place.country && place.number) return { kind: 'confirm', country: place.country };
    return { kind: 'country' };
}

const capitalise = (text: string, locale: Locale) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

/**
 * The emergency message: what the parent described, the most urgent first step with the number
 * for the place, one short line for each further kind of sign, and, once, the place question.
 * The fever lines appear only when a fever-type sign was described, never for bleeding alone.
 */
export function emergencyAdvice(
    signs: readonly RedFlagSign[],
    place: EmergencyPlace,
    options: { t: Translate; locale: Locale; ask: boolean }
): EmergencyAdvice {
    const { t, locale } = options;
    const described = signs;
    const firstStep = firstStepFor(described);
    const call = callPhrase(place, t, locale);
    const names = new Intl.ListFormat(locale, { type: 'conjunction' }).format(described.map((s) => t(`common:emergency.signs.${s}`)));
    const lines = [names ? t('common:emergency.headline', { signs: capitalise(names, locale) }) : t('common:emergency.headlineGeneral')];
    lines.push(t(`common:emergency.step.${firstStep}`, { call }));
    if (firstStep === 'fever' && described.includes('fever')) lines.push(t('common:emergency.noFeverMedicine'));
    const steps = new Set(described.map((s) => FIRST_STEP[s]));
    if (firstStep !== 'bleeding' && steps.has('bleeding')) lines.push(t('common:emergency.also.bleeding'));
    if (firstStep !== 'fever' && steps.has('fever')) lines.push(t(described.includes('fever') ? 'common:emergency.also.fever' : 'common:emergency.also.infection'));
    const question = options.ask ? placeQuestion(place) : undefined;
    if (question?.kind === 'confirm') lines.push(t('common:emergency.place.confirm', { country: countryName(question.country, locale) }));
    if (question?.kind === 'country') lines.push(t('common:emergency.place.which'));
    return { text: lines.join('\n\n'), firstStep, ...(question ? { question } : {}) };
}
