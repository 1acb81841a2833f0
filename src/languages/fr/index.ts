import { StemmerFr } from '@nlpjs/lang-fr';
import * as chrono from 'chrono-node';
import countryNames from 'i18n-iso-countries/langs/fr.json';
import type { LanguagePack } from '../types';
import { frenchDemonyms, inflectFrench } from './demonyms';
import { STOPWORDS } from './stopwords';

const stemmer = new StemmerFr();
const same = (text: string) => text;

/**
 * French elides articles and "de" before a vowel or mute h, and folding drops the apostrophe:
 * "l'Algérie" and "d'avril" are the keys "lalgerie" and "davril". Their forms with "l'", "d'".
 */
function elidedForms(keys: readonly string[]): string[][] {
    const [first, ...rest] = keys;
    const forms: string[][] = [[...keys]];
    if (first && /^[aeiouyh]/.test(first)) for (const glued of ['l', 'd']) forms.push([glued + first, ...rest]);
    return forms;
}

export const fr: LanguagePack = {
    englishName: 'French',
    intlLocale: 'fr-FR',
    direction: 'ltr',
    script: 'Latin',
    distinctiveLetters: /[èêëœùûàô]/,
    stem: (word) => stemmer.stemWord(word),
    stopwords: STOPWORDS,
    foldSpelling: (text) => text.replace(/œ/g, 'oe').replace(/æ/g, 'ae'),
    spokenForms: (keys) => [[...keys]],
    nounForms: elidedForms,
    wordCore: same,
    // "français" → "française", "anglaise": a language is named by its adjective.
    languageAdjectiveForms: (word) => (/^[a-zçéèêëîïôûù]+(ais|ois)$/u.test(word) ? [word, `${word}e`] : [word]),
    countryNames,
    demonymsOf: frenchDemonyms,
    inflectDemonym: inflectFrench,
    chrono: chrono.fr.casual,
    monthFirstSlashDates: false,
    alsoWrittenIn: ['en'],
    gluesClitics: false
};
