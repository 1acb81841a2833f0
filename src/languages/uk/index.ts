import { StemmerUk } from '@nlpjs/lang-uk';
import * as chrono from 'chrono-node';
import countryNames from 'i18n-iso-countries/langs/uk.json';
import type { LanguagePack } from '../types';
import { inflectUkrainian, ukrainianDemonyms } from './demonyms';
import { ukrainianAdjectiveForms, ukrainianNounForms } from './morphology';
import { STOPWORDS } from './stopwords';
import { cyrillicToLatin, latinToCyrillic } from './translit';

const stemmer = new StemmerUk();
const same = (text: string) => text;

/**
 * Snowball leaves a final vowel of some case endings ("лейкемії" → "лейкемі", "лейкемія" →
 * "лейкем"): a trailing vowel or soft sign is cut so the forms of one word meet.
 */
const stem = (word: string): string => {
    const s = stemmer.stemWord(word);
    return s.length > 3 ? s.replace(/[аеиіїоуюяєь]+$/u, '') : s;
};

/** "ґ" is often typed as "г" on keyboards without it: both meet. */
const foldGhe = (text: string) => text.replace(/ґ/g, 'г');

export const uk: LanguagePack = {
    englishName: 'Ukrainian',
    intlLocale: 'uk-UA',
    direction: 'ltr',
    script: 'Cyrillic',
    distinctiveLetters: /[іїєґ]/,
    stem,
    stopwords: STOPWORDS,
    foldSpelling: foldGhe,
    spokenForms: (keys) => [[...keys]],
    nounForms: ukrainianNounForms,
    wordCore: same,
    languageAdjectiveForms: ukrainianAdjectiveForms,
    countryNames,
    demonymsOf: ukrainianDemonyms,
    inflectDemonym: inflectUkrainian,
    chrono: chrono.uk.casual,
    monthFirstSlashDates: false,
    latinTyping: { toLatin: cyrillicToLatin, fromLatin: latinToCyrillic },
    alsoWrittenIn: [],
    gluesClitics: false
};
