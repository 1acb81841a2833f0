import { StemmerAr } from '@nlpjs/lang-ar';
import * as chrono from 'chrono-node';
import countryNames from 'i18n-iso-countries/langs/ar.json';
import type { LanguagePack } from '../types';
import { arabicSkeleton, arabiziSkeletons, isTypedArticle } from './arabizi';
import { arabicDemonyms, inflectArabic } from './demonyms';
import { arabicCore, arabicNameStem, arabicVariants } from './morphology';
import { STOPWORDS } from './stopwords';

const stemmer = new StemmerAr();

/**
 * Borrowed treatment names whose last letters are no Arabic suffix: the stemmer cuts "كارتي" (CAR-T)
 * to "كارت", the stem of "كارتون" (cartoon) and "الكارت" (the card), and "بلينا" to that of "بلية".
 */
const BORROWED = new Set(['كارتي', 'بلينا']);
/** Conjunctions, prepositions and the article glued before a word: "بالكارتي", "للكارتي", "والكارتي". */
const GLUED_BEFORE = /^(?:[وفبلك]?ال|لل|[وفبلك])(?=\p{Script=Arabic}{3})/u;

function stem(word: string): string {
    // The word as it is first: "كارتي" itself starts with a letter that may be glued (ك).
    if (BORROWED.has(word)) return word;
    const bare = word.replace(GLUED_BEFORE, '');
    return BORROWED.has(bare) ? bare : stemmer.stemWord(word);
}

/** "العربية" → "عربي", "عربية", "العربي": a language is named by its nisba. */
function languageAdjectiveForms(word: string): string[] {
    const stem = /^(?:ال)?(\p{Script=Arabic}+)ية$/u.exec(word)?.[1];
    return stem ? [word, `${stem}ي`, `ال${stem}ي`, `${stem}ية`, `ال${stem}ية`] : [word];
}

/** Levantine and Egyptian speech says ت for ث: "كانون التاني", "تشرين التاني". */
const spokenForms = (keys: readonly string[]): string[][] => (keys.some((k) => k.includes('ث')) ? [[...keys], keys.map((k) => k.replaceAll('ث', 'ت'))] : [[...keys]]);

export const ar: LanguagePack = {
    englishName: 'Arabic',
    intlLocale: 'ar-u-nu-latn',
    direction: 'rtl',
    script: 'Arabic',
    stem,
    stopwords: STOPWORDS,
    foldSpelling: (text) => text,
    spokenForms,
    nounForms: arabicVariants,
    wordCore: arabicCore,
    nameStem: arabicNameStem,
    languageAdjectiveForms,
    countryNames,
    demonymsOf: arabicDemonyms,
    inflectDemonym: (base) => (base.includes(' ') ? [base] : inflectArabic(base)),
    chrono: chrono.ar.casual,
    monthFirstSlashDates: false,
    alsoWrittenIn: ['fr'],
    gluesClitics: true,
    latinConsonants: { native: arabicSkeleton, typed: arabiziSkeletons, isArticle: isTypedArticle }
};
