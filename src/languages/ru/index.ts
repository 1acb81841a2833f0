import { StemmerRu } from '@nlpjs/lang-ru';
import * as chrono from 'chrono-node';
import countryNames from 'i18n-iso-countries/langs/ru.json';
import type { LanguagePack } from '../types';
import { inflectRussian, russianDemonyms } from './demonyms';
import { russianAdjectiveForms, russianCaseForms } from './morphology';
import { STOPWORDS } from './stopwords';
import { cyrillicToLatin, latinToCyrillic } from './translit';

const stemmer = new StemmerRu();
const same = (text: string) => text;

export const ru: LanguagePack = {
    englishName: 'Russian',
    intlLocale: 'ru-RU',
    direction: 'ltr',
    script: 'Cyrillic',
    stem: (word) => stemmer.stemWord(word),
    stopwords: STOPWORDS,
    foldSpelling: same,
    spokenForms: (keys) => [[...keys]],
    nounForms: russianCaseForms,
    wordCore: same,
    languageAdjectiveForms: russianAdjectiveForms,
    countryNames,
    demonymsOf: russianDemonyms,
    inflectDemonym: inflectRussian,
    chrono: chrono.ru.casual,
    monthFirstSlashDates: false,
    latinTyping: { toLatin: cyrillicToLatin, fromLatin: latinToCyrillic },
    alsoWrittenIn: [],
    gluesClitics: false
};
