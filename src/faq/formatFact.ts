import { isolate as isolateRun, languagePack, type Locale } from '../languages';
import type { Fact, SIGNED_UNITS, WORD_UNITS } from './facts';

type NumberFact = Extract<Fact, { unit: (typeof SIGNED_UNITS)[number] | (typeof WORD_UNITS)[number] }>;

/** Per-language words around a figure that Intl does not provide (locales/<lang>/faq.json `formats`). */
export interface FactFormats {
    /** e.g. "{{part}} in {{whole}}" */
    readonly ratio: string;
}

// Left-to-right runs inside Arabic text are isolated so "40–50%" is not shown reversed; Intl's own direction marks then add nothing.
const BIDI_MARKS = /[\u200e\u200f\u061c]/g;
const isolate = (lang: Locale, text: string) => isolateRun(lang, languagePack(lang).direction === 'rtl' ? text.replace(BIDI_MARKS, '') : text);

function numberFormat(lang: Locale, fact: NumberFact): { format: (n: number) => string; range: (a: number, b: number) => string } {
    const locale = languagePack(lang).intlLocale;
    let options: Intl.NumberFormatOptions = { maximumFractionDigits: 2 };
    let scale = 1;
    switch (fact.unit) {
        case 'percent':
            options = { style: 'percent', maximumFractionDigits: 2 };
            scale = 0.01;
            break;
        case 'celsius':
            options = { style: 'unit', unit: 'celsius' };
            break;
        case 'eur':
            options = { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 };
            break;
        case 'feet':
            options = { style: 'unit', unit: 'foot', unitDisplay: 'long' };
            break;
        default:
            if (fact.notation === 'compact') options = { notation: 'compact', compactDisplay: 'long' };
    }
    const nf = new Intl.NumberFormat(locale, options);
    return { format: (n) => nf.format(n * scale), range: (a, b) => nf.formatRange(a * scale, b * scale) };
}

const DATE_PARTS: Record<'day' | 'month' | 'year', Intl.DateTimeFormatOptions> = {
    day: { day: 'numeric', month: 'long', year: 'numeric' },
    month: { month: 'long', year: 'numeric' },
    year: { year: 'numeric' }
};

/** The fact as a parent reads it in `lang`: "48.9%" / "48,9 %", "June 2024" / "Juni 2024", "9 in 10" / "9 von 10". */
export function formatFact(fact: Fact, lang: Locale, formats: FactFormats): string {
    switch (fact.unit) {
        case 'notation':
            return isolate(lang, fact.value);
        case 'ratio': {
            const nf = new Intl.NumberFormat(languagePack(lang).intlLocale);
            return isolate(lang, formats.ratio.replace('{{part}}', nf.format(fact.value.part)).replace('{{whole}}', nf.format(fact.value.whole)));
        }
        case 'date': {
            const df = new Intl.DateTimeFormat(languagePack(lang).intlLocale, { ...DATE_PARTS[fact.precision], timeZone: 'UTC' });
            // Both ends written out and joined by an en dash, as the texts write ranges ("1996–2014", not "1996 – 2014").
            const text = typeof fact.value === 'string' ? df.format(new Date(fact.value)) : `${df.format(new Date(fact.value.min))}–${df.format(new Date(fact.value.max))}`;
            return isolate(lang, text);
        }
        default: {
            const nf = numberFormat(lang, fact);
            return isolate(lang, typeof fact.value === 'number' ? nf.format(fact.value) : nf.range(fact.value.min, fact.value.max));
        }
    }
}
