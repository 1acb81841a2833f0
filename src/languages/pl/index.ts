import { StemmerPl } from '@nlpjs/lang-pl';
import * as chrono from 'chrono-node';
import countryNames from 'i18n-iso-countries/langs/pl.json';
import type { LanguagePack } from '../types';
import { inflectPolish, polishDemonyms } from './demonyms';
import { polishAdjectiveForms, polishCaseForms } from './morphology';
import { STOPWORDS } from './stopwords';

const stemmer = new StemmerPl();
const same = (text: string) => text;

export const pl: LanguagePack = {
    englishName: 'Polish',
    intlLocale: 'pl-PL',
    direction: 'ltr',
    script: 'Latin',
    distinctiveLetters: /[ąćęłńśźż]/,
    stem: (word) => stemmer.stemWord(word),
    stopwords: STOPWORDS,
    // Diacritics are already dropped by folding ("białaczka" and "bialaczka" meet).
    foldSpelling: same,
    spokenForms: (keys) => [[...keys]],
    nounForms: polishCaseForms,
    wordCore: same,
    languageAdjectiveForms: polishAdjectiveForms,
    countryNames,
    demonymsOf: polishDemonyms,
    inflectDemonym: (base) => (/ki$/.test(base) ? inflectPolish(base) : [base]),
    // chrono-node has no Polish; day-first numeric dates as Poland writes them ("03.03.2016").
    chrono: chrono.en.GB,
    monthFirstSlashDates: false,
    alsoWrittenIn: ['en'],
    gluesClitics: false
};
