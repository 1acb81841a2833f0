import { StemmerDe } from '@nlpjs/lang-de';
import * as chrono from 'chrono-node';
import countryNames from 'i18n-iso-countries/langs/de.json';
import type { LanguagePack } from '../types';
import { germanDemonyms, inflectGerman } from './demonyms';
import { STOPWORDS } from './stopwords';

const stemmer = new StemmerDe();
const same = (text: string) => text;

/** Umlauts as parents without a German keyboard write them: "Leukämie" and "Leukaemie" meet. */
const foldUmlauts = (text: string) => text.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');

export const de: LanguagePack = {
    englishName: 'German',
    intlLocale: 'de-DE',
    direction: 'ltr',
    script: 'Latin',
    distinctiveLetters: /[äöüß]/,
    stem: (word) => stemmer.stemWord(word),
    stopwords: STOPWORDS,
    foldSpelling: foldUmlauts,
    spokenForms: (keys) => [[...keys]],
    nounForms: (keys) => [[...keys]],
    wordCore: same,
    // "Deutsch" → "deutsche", "deutschen", "deutscher".
    languageAdjectiveForms: (word) => (/^[a-zäöüß]+sch$/u.test(word) ? [word, ...['e', 'en', 'er'].map((e) => word + e)] : [word]),
    countryNames,
    demonymsOf: germanDemonyms,
    inflectDemonym: (base) => (base.endsWith('isch') ? inflectGerman(base) : [base]),
    chrono: chrono.de.casual,
    monthFirstSlashDates: false,
    alsoWrittenIn: ['en'],
    gluesClitics: false
};
