import { StemmerEn } from '@nlpjs/lang-en';
import * as chrono from 'chrono-node';
import countryNames from 'i18n-iso-countries/langs/en.json';
import type { LanguagePack } from '../types';
import { englishDemonyms } from './demonyms';
import { STOPWORDS } from './stopwords';

const stemmer = new StemmerEn();
const same = (text: string) => text;

export const en: LanguagePack = {
    englishName: 'English',
    intlLocale: 'en-GB',
    direction: 'ltr',
    script: 'Latin',
    stem: (word) => stemmer.stemWord(word),
    stopwords: STOPWORDS,
    foldSpelling: same,
    spokenForms: (keys) => [[...keys]],
    nounForms: (keys) => [[...keys]],
    wordCore: same,
    languageAdjectiveForms: (word) => [word],
    countryNames,
    demonymsOf: englishDemonyms,
    inflectDemonym: (base) => [base],
    chrono: chrono.en.GB,
    monthFirstSlashDates: true,
    alsoWrittenIn: [],
    gluesClitics: false
};
