import { StemmerEs } from '@nlpjs/lang-es';
import * as chrono from 'chrono-node';
import countryNames from 'i18n-iso-countries/langs/es.json';
import type { LanguagePack } from '../types';
import { inflectSpanish, spanishDemonyms } from './demonyms';
import { STOPWORDS } from './stopwords';

const stemmer = new StemmerEs();
const same = (text: string) => text;

/** "Español", "inglés": also "espanol", "ingles"; and the phrase parents use, "en español". */
function spanishLanguageForms(word: string): string[] {
    const forms = [word];
    if (/[^aeiou]$/u.test(word)) forms.push(`${word}a`, `${word}es`);
    else if (/o$/u.test(word)) forms.push(`${word.slice(0, -1)}a`);
    return forms;
}

export const es: LanguagePack = {
    englishName: 'Spanish',
    intlLocale: 'es-ES',
    direction: 'ltr',
    script: 'Latin',
    distinctiveLetters: /[ñ¿¡]/,
    stem: (word) => stemmer.stemWord(word),
    stopwords: STOPWORDS,
    foldSpelling: same,
    spokenForms: (keys) => [[...keys]],
    nounForms: (keys) => [[...keys]],
    wordCore: same,
    languageAdjectiveForms: spanishLanguageForms,
    countryNames,
    demonymsOf: spanishDemonyms,
    inflectDemonym: inflectSpanish,
    chrono: chrono.es.casual,
    monthFirstSlashDates: true,
    alsoWrittenIn: ['en'],
    gluesClitics: false
};
