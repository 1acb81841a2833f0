import { StemmerRo } from '@nlpjs/lang-ro';
import * as chrono from 'chrono-node';
import countryNames from 'i18n-iso-countries/langs/ro.json';
import type { LanguagePack } from '../types';
import { inflectRomanian, romanianDemonyms } from './demonyms';
import { romanianCaseForms, romanianLanguageForms } from './morphology';
import { STOPWORDS } from './stopwords';

const stemmer = new StemmerRo();
const same = (text: string) => text;

/** ş and ţ (cedilla, old keyboards) and ș and ț (comma below) are the same letters: one spelling. */
const foldCedilla = (text: string) => text.replace(/ş/g, 'ș').replace(/ţ/g, 'ț').replace(/Ş/g, 'Ș').replace(/Ţ/g, 'Ț');

export const ro: LanguagePack = {
    englishName: 'Romanian',
    intlLocale: 'ro-RO',
    direction: 'ltr',
    script: 'Latin',
    // ă, ș and ț (and ţ with a cedilla) only Romanian writes here; â, î are also French and Turkish, ş Turkish.
    distinctiveLetters: /[ășțţ]/,
    stem: (word) => stemmer.stemWord(word),
    stopwords: STOPWORDS,
    foldSpelling: foldCedilla,
    spokenForms: (keys) => [[...keys]],
    nounForms: romanianCaseForms,
    wordCore: same,
    languageAdjectiveForms: romanianLanguageForms,
    countryNames,
    demonymsOf: romanianDemonyms,
    inflectDemonym: inflectRomanian,
    // chrono-node has no Romanian parser; the project's own date scanner reads Romanian month
    // names from CLDR and the lexicon. English casual catches ISO and numeric forms.
    chrono: chrono.en.GB,
    monthFirstSlashDates: false,
    alsoWrittenIn: ['en'],
    gluesClitics: false
};
