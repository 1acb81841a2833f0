import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { cardinalDict } from './numberWords';
import { distinct } from './phrases';
import { isBlank, normalizeKeepCase } from './text';
import { tokenize } from './tokenize';
import { fail, ok, type ParseContext, type ParseResult } from './types';

// A run of digits with the usual separators, optionally starting with + or a bracket.
const CANDIDATE = /\+?\(?\d[\d\s().\-/]*\d/g;

function toCountry(code: string | undefined): CountryCode | undefined {
    const upper = code?.toUpperCase();
    return upper && isSupportedCountry(upper) ? upper : undefined;
}

/**
 * A phone number → E.164, in international ("+49 …", "0049 …") or national form (with the
 * country of residence as default, e.g. "8 (912) 345-67-89" for RU), digits in any script, with
 * words around it. Validated against libphonenumber's full metadata ('invalid_phone').
 */
export function parsePhone(text: string, _ctx: ParseContext, defaultCountry?: string): ParseResult<string> {
    if (isBlank(text)) return fail('empty');
    const found = phoneIn(text, defaultCountry);
    if (found.ok) return found;
    // "four one six, five five five…": a number read out digit by digit.
    const spelled = spelledDigits(text);
    return spelled === undefined ? found : phoneIn(spelled, defaultCountry);
}

/** Words that are one digit ("four", "vier", "четыре", "أربعة"), as digits, when seven or more are said. */
const MIN_SPELLED_DIGITS = 7;
function spelledDigits(text: string): string | undefined {
    const words = tokenize(text);
    const digits = words.map((w) => {
        const [value] = cardinalDict().get([w.key]);
        return value !== undefined && Number.isInteger(value) && value >= 0 && value <= 9 ? String(value) : undefined;
    });
    if (digits.filter((d) => d !== undefined).length < MIN_SPELLED_DIGITS) return undefined;
    return words.map((w, i) => digits[i] ?? w.raw).join(' ').replace(/(\d) (?=\d)/g, '$1');
}

function phoneIn(text: string, defaultCountry: string | undefined): ParseResult<string> {
    const country = toCountry(defaultCountry);
    const numbers: string[] = [];
    for (const [candidate] of normalizeKeepCase(text).matchAll(CANDIDATE)) {
        let digits = candidate.replace(/[^\d+]/g, '');
        if (digits.replace(/\D/g, '').length < 7) continue;
        if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
        const phone = parsePhoneNumberFromString(digits, country);
        // A number in a range newer than the metadata fails the full check: one of possible length
        // is kept for the coordinator to dial; one digit repeated ("000 000 00 00") is no number.
        if (phone?.isValid() || (phone?.isPossible() && !/^(\d)\1+$/.test(phone.nationalNumber))) numbers.push(phone.number);
    }
    const found = distinct(numbers);
    const [only] = found;
    if (only === undefined) return fail('invalid_phone');
    return found.length === 1 ? ok(only) : fail('ambiguous');
}
