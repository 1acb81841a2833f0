import * as chrono from 'chrono-node';
import countryNames from 'i18n-iso-countries/langs/tr.json';
import type { LanguagePack } from '../types';
import { inflectTurkish, turkishDemonyms } from './demonyms';
import { turkishCaseForms, turkishLanguageForms, turkishLightStem } from './morphology';
import { STOPWORDS } from './stopwords';

const same = (text: string) => text;

/** Turkish letters as folding writes them ("çocuğum" → "cocugum"), for words that reach the stemmer unfolded. */
const asciiTurkish = (word: string) => word.replace(/[ıöüşçğ]/g, (c) => ASCII[c] ?? c);
const ASCII: Readonly<Record<string, string>> = { ı: 'i', ö: 'o', ü: 'u', ş: 's', ç: 'c', ğ: 'g' };

export const tr: LanguagePack = {
    englishName: 'Turkish',
    intlLocale: 'tr-TR',
    direction: 'ltr',
    script: 'Latin',
    // ö and ü are German letters too: alone they decide nothing between the two.
    distinctiveLetters: /[çğışöü]/,
    // Keys reach the stemmer folded ("cocugumun"), which Snowball's Turkish stemmer misreads (it
    // needs ı, ğ, ş for vowel harmony and cuts "almanyada" to "alm"): a light stemmer that knows
    // the folded endings makes "çocuğumun", "cocugumun" and "çocuğum" meet.
    stem: (word) => turkishLightStem(asciiTurkish(word)),
    stopwords: STOPWORDS,
    foldSpelling: same,
    spokenForms: (keys) => [[...keys]],
    nounForms: turkishCaseForms,
    wordCore: same,
    languageAdjectiveForms: turkishLanguageForms,
    countryNames,
    demonymsOf: turkishDemonyms,
    inflectDemonym: (base) => (base.includes(' ') ? [base] : inflectTurkish(base)),
    // chrono-node has no Turkish: its British English reads the numeric dates ("03.05.2016").
    chrono: chrono.en.GB,
    monthFirstSlashDates: false,
    alsoWrittenIn: ['en'],
    gluesClitics: false
};
