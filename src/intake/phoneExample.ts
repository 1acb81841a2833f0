import { getCountryCallingCode, getExampleNumber, isSupportedCountry, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { getAnswer, type IntakeDraft } from '../domain/draft';
import type { FieldSpec } from '../domain/fields';
import type { Translate } from '../i18n/i18n';

export interface PhoneExample {
    /** A fictional mobile number of the country, written internationally ("+49 1512 3456789"). */
    example: string;
    /** Its calling code ("+49"). */
    code: string;
}

function exampleOf(country: string | undefined): PhoneExample | undefined {
    const upper = country?.toUpperCase();
    if (!upper || !isSupportedCountry(upper)) return undefined;
    const number = getExampleNumber(upper as CountryCode, examples);
    return number ? { example: number.formatInternational(), code: `+${getCountryCallingCode(upper as CountryCode)}` } : undefined;
}

/**
 * The example a phone question shows: libphonenumber's fictional mobile number for the family's
 * country of residence, else for the country the language names as its usual one
 * (`common:phoneExampleCountry`), so a family in Kazakhstan is not shown a German number.
 */
export function phoneExample(draft: IntakeDraft, t: Translate): PhoneExample {
    const residence = getAnswer(draft.answers, 'child.countryOfResidence');
    const fallback = t('common:phoneExampleCountry');
    return exampleOf(typeof residence === 'string' ? residence : undefined) ?? exampleOf(fallback) ?? { example: '+49 1512 3456789', code: '+49' };
}

/** Interpolation values a field's texts may use beyond the child's name: the phone example for phone fields. */
export function fieldTextParams(spec: FieldSpec, draft: IntakeDraft, t: Translate): Partial<PhoneExample> {
    return spec.kind === 'phone' ? phoneExample(draft, t) : {};
}
