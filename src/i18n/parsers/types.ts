/** Languages the bot speaks. Adding one: a folder under locales/ and an entry here. */
export const LOCALES = ['en', 'de', 'ru', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
    return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Why an answer could not be used; each has a hint in locales/<lang>/common.json under `errors.<reason>`. */
export type ParseFailure =
    | 'empty'          // nothing usable (blank, emoji only)
    | 'unrecognized'   // could not understand
    | 'ambiguous'      // several options match equally well
    | 'too_long'
    | 'too_short'
    | 'out_of_range'   // a number outside the field's bounds
    | 'future'         // a date after today
    | 'need_day'       // a date field got only a month/year
    | 'invalid_email'
    | 'invalid_phone'
    | 'unknown_country'
    | 'unknown_language';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: ParseFailure };

export const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });
export const fail = <T = never>(reason: ParseFailure): ParseResult<T> => ({ ok: false, reason });

/** One option of a choice field, in the conversation language. */
export interface ChoiceOption {
    value: string;
    title: string;
    synonyms: readonly string[];
}

export interface ParseContext {
    locale: Locale;
    /** "today" for relative dates; injected so tests are deterministic. */
    today: Date;
}
