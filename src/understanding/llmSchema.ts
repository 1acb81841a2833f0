import * as countries from 'i18n-iso-countries/index';
import { z } from 'zod';
import type { FieldSpec } from '../domain/fields';
import { isValidYmd } from '../i18n/parsers/calendar';
import { parseEmail, parsePhone } from '../i18n/parsers';
import type { ParseContext } from '../i18n/parsers/types';

// The shapes of the application (src/domain/schema.ts), written so that they translate to JSON Schema.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-\d{2}$/;
const COUNTRY = /^[A-Z]{2}$/;
const LANGUAGE = /^[a-z]{2}$/;
const E164 = /^\+[1-9]\d{6,14}$/;

type Codes = [string, ...string[]];

function codes(spec: FieldSpec): Codes {
    const [first, ...rest] = spec.choices ?? [];
    if (first === undefined) throw new Error(`llmSchema.codes(): ${spec.path} has no choices`);
    return [first, ...rest];
}

const yesNoCodes = (spec: FieldSpec): Codes => (spec.unknownAllowed ? ['yes', 'no', 'unknown'] : ['yes', 'no']);

/** The open field's value as the model must write it; undefined for files, which come as attachments. */
function valueSchema(spec: FieldSpec): z.ZodType | undefined {
    switch (spec.kind) {
        case 'yesno':
        case 'confirm':
            return z.enum(yesNoCodes(spec));
        case 'choice':
            return z.enum(codes(spec));
        case 'multichoice':
            return z.array(z.enum(codes(spec))).min(1);
        case 'date':
            return z.string().regex(ISO_DATE);
        case 'month':
            return z.string().regex(ISO_MONTH);
        case 'number':
            return z.number();
        case 'text':
        case 'email':
            return z.string().min(1);
        case 'phone':
            return z.string().regex(E164);
        case 'country':
            return z.string().regex(COUNTRY);
        case 'countries':
            return z.array(z.string().regex(COUNTRY)).min(1);
        case 'languages':
            return z.array(z.string().regex(LANGUAGE)).min(1);
        case 'attachment':
            return undefined;
    }
}

/** What the model may say about the message: the open field's value (`set`), or that it holds none. */
export function commandSchema(spec: FieldSpec) {
    const value = valueSchema(spec);
    if (!value) return undefined;
    return z.object({
        kind: z.enum(['set', 'none']).describe('"set" when the message clearly answers the question, otherwise "none"'),
        value: value.nullable().describe('the answer when kind is "set", otherwise null')
    });
}

/** How the value is written, for the prompt. */
export function formatOf(spec: FieldSpec): string {
    switch (spec.kind) {
        case 'yesno':
        case 'confirm':
            return `one of ${yesNoCodes(spec).map((c) => `"${c}"`).join(', ')}`;
        case 'choice':
            return 'exactly one of the codes listed below';
        case 'multichoice':
            return `a list of the codes listed below${spec.exclusive?.length ? `; ${spec.exclusive.map((c) => `"${c}"`).join(' or ')} only alone` : ''}`;
        case 'date':
            return 'a date as YYYY-MM-DD';
        case 'month':
            return 'a month as YYYY-MM';
        case 'number':
            return `a number${spec.unit && spec.unit !== 'count' ? ` in ${spec.unit}` : ''}${spec.integer ? ', a whole number' : ''}, between ${spec.min ?? 0} and ${spec.max ?? 'any'}`;
        case 'text':
            return 'the text of the answer, in the words of the message';
        case 'email':
            return 'an e-mail address';
        case 'phone':
            return 'a phone number in international form, "+" then digits only';
        case 'country':
            return 'an ISO 3166-1 alpha-2 country code, e.g. "DE"';
        case 'countries':
            return 'a list of ISO 3166-1 alpha-2 country codes';
        case 'languages':
            return 'a list of ISO 639-1 language codes, e.g. "en"';
        case 'attachment':
            return 'files';
    }
}

const isCountry = (code: string) => countries.isValid(code);
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const isLanguage = (code: string) => languageNames.of(code) !== undefined;
const distinct = <T>(values: readonly T[]): T[] => [...new Set(values)];

/**
 * The value to store, from a value that already has the schema's shape, or undefined when it is
 * not a real one: a day that does not exist, an unknown country, an exclusive option with others,
 * an e-mail address or phone number the parent's own typing would not pass.
 */
export function storedValue(spec: FieldSpec, value: unknown, pctx: ParseContext): { value: unknown } | undefined {
    switch (spec.kind) {
        case 'yesno':
        case 'confirm':
            return { value: value === 'unknown' ? 'unknown' : value === 'yes' };
        case 'choice':
            return { value };
        case 'multichoice': {
            const list = distinct(value as string[]);
            return list.length > 1 && list.some((v) => spec.exclusive?.includes(v)) ? undefined : { value: list };
        }
        case 'date': {
            const [y, m, d] = (value as string).split('-').map(Number) as [number, number, number];
            return isValidYmd({ y, m, d }) ? { value } : undefined;
        }
        case 'month': {
            const [y, m] = (value as string).split('-').map(Number) as [number, number];
            return isValidYmd({ y, m, d: 1 }) ? { value } : undefined;
        }
        case 'number':
            return { value };
        case 'text': {
            const text = (value as string).trim().replace(/\s+/g, ' ');
            return text === '' ? undefined : { value: text };
        }
        case 'email': {
            const parsed = parseEmail(value as string, pctx);
            return parsed.ok ? { value: parsed.value } : undefined;
        }
        case 'phone': {
            const parsed = parsePhone(value as string, pctx);
            return parsed.ok ? { value: parsed.value } : undefined;
        }
        case 'country':
            return isCountry(value as string) ? { value } : undefined;
        case 'countries': {
            const list = distinct(value as string[]);
            return list.every(isCountry) ? { value: list } : undefined;
        }
        case 'languages': {
            const list = distinct(value as string[]);
            return list.every(isLanguage) ? { value: list } : undefined;
        }
        case 'attachment':
            return undefined;
    }
}
