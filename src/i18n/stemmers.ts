import { stemArabic } from '../faq/text/arabic';
import { stemEnglish } from '../faq/text/english';
import { stemGerman } from '../faq/text/german';
import { stemRussian } from '../faq/text/russian';
import type { Locale } from './parsers/types';

const STEMMERS: Record<Locale, (word: string) => string> = { en: stemEnglish, de: stemGerman, ru: stemRussian, ar: stemArabic };

/** The language's stemmer: declined and inflected forms meet ("пересадки"/"пересадка", "وزنها"/"وزن"). */
export function stemFor(locale: Locale): (word: string) => string {
    return STEMMERS[locale];
}
