import type { Locale } from '../../languages';

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

/**
 * A value found in a message. `hedged`: the parent said they are not sure ("I think", "вроде",
 * "glaube ich"), so the value is noted with low confidence. `detail`: words of the message that
 * the value leaves out and staff should read ("0.1 %" after "positive", a marker no code
 * names); they go to the application's `asWritten`.
 */
export type ParseResult<T> = { ok: true; value: T; hedged?: boolean; detail?: string } | { ok: false; reason: ParseFailure };

export const ok = <T>(value: T, extra: { hedged?: boolean; detail?: string } = {}): ParseResult<T> => ({ ok: true, value, ...extra });
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
