/**
 * Turkish glues case endings to names, after an apostrophe or not: "Almanya'da", "Almanyada",
 * "Türkiye'den", "Mart'ta", "Ocakta". The apostrophe is dropped by folding, so a name's written
 * forms are its last word with each ending. Keys are folded (ı→i, ö→o, ü→u, ş→s, ç→c, ğ→g), so
 * vowel harmony can no longer be told apart: both harmonies are made. Over-generation is
 * harmless: the forms only ever point back to the same name.
 */
const AFTER_VOWEL = ['da', 'de', 'dan', 'den', 'ya', 'ye', 'yi', 'yu', 'nin', 'nun', 'yla', 'yle', 'daki', 'deki', 'dir', 'dur', 'ydi', 'ydu'];
const AFTER_CONSONANT = ['da', 'de', 'ta', 'te', 'dan', 'den', 'tan', 'ten', 'a', 'e', 'i', 'u', 'in', 'un', 'la', 'le', 'daki', 'deki', 'taki', 'teki', 'dir', 'dur', 'tir', 'tur', 'di', 'du', 'ti', 'tu'];
/** After a possessive -i ("Birleşik Devletleri'nde", "Kongo Cumhuriyeti'ne"). */
const AFTER_POSSESSIVE = ['nde', 'nda', 'nden', 'ndan', 'ne', 'na', 'ni', 'nu', 'nin', 'nun', 'ndeki', 'ndaki'];

const VOWEL = /[aeiou]$/;

/** Forms of one folded word with the case endings glued on. */
export function turkishWordForms(word: string): string[] {
    if (!/^[a-z]{2,}$/.test(word)) return [word];
    const forms = new Set<string>([word]);
    if (VOWEL.test(word)) {
        for (const e of AFTER_VOWEL) forms.add(word + e);
        if (/[iu]$/.test(word)) for (const e of AFTER_POSSESSIVE) forms.add(word + e);
    } else {
        for (const e of AFTER_CONSONANT) forms.add(word + e);
        // Common nouns soften a final k before a vowel: "aralık" → "aralığında", "ocak" → "ocağında".
        if (word.endsWith('k')) for (const e of ['i', 'u', 'a', 'e', 'inda', 'unda', 'indan', 'undan', 'in', 'un']) forms.add(word.slice(0, -1) + 'g' + e);
        // A possessive names "the March of 2016": "mart ayında", "martında".
        for (const e of ['inda', 'unda', 'inde', 'unde']) forms.add(word + e);
    }
    return [...forms];
}

const isLatinKey = (w: string) => /^[a-z-]+$/.test(w);

/** Written forms of a folded phrase: the last word takes the case ending ("Güney Kore'de"). */
export function turkishCaseForms(keys: readonly string[]): string[][] {
    const last = keys[keys.length - 1];
    if (last === undefined || !keys.every(isLatinKey)) return [[...keys]];
    const head = keys.slice(0, -1);
    return turkishWordForms(last).map((form) => [...head, form]);
}

/** "Türkçe" → "Türkçe'yi", "türkçesi": a language named with its case endings. */
export function turkishLanguageForms(word: string): string[] {
    if (!/^[a-z]+c[ea]$/.test(word)) return [word];
    return [word, ...['yi', 'ye', 'ya', 'de', 'da', 'den', 'dan', 'si', 'm', 'niz', 'n'].map((e) => word + e)];
}

// Endings stripped by the light stemmer, longest first; folded spelling.
const SUFFIXES = [
    'larimizdan', 'lerimizden', 'larimizda', 'lerimizde', 'larimiz', 'lerimiz', 'lariniz', 'leriniz', 'larindan', 'lerinden',
    'larinda', 'lerinde', 'lardan', 'lerden', 'larda', 'lerde', 'larin', 'lerin', 'lari', 'leri', 'lara', 'lere', 'lar', 'ler',
    'imizden', 'imizde', 'umuzdan', 'umuzda', 'imiz', 'umuz', 'iniz', 'unuz', 'miz', 'muz', 'niz', 'nuz',
    'sindan', 'sinden', 'sundan', 'sunden', 'sinda', 'sinde', 'sunda', 'sunde', 'sina', 'sine', 'suna', 'sune', 'sini', 'sunu', 'sinin', 'sunun',
    'indan', 'inden', 'undan', 'unden', 'inda', 'inde', 'unda', 'unde', 'ndan', 'nden', 'nda', 'nde',
    'daki', 'deki', 'taki', 'teki', 'dan', 'den', 'tan', 'ten', 'nin', 'nun', 'yla', 'yle', 'yi', 'yu', 'ya', 'ye',
    'da', 'de', 'ta', 'te', 'si', 'su', 'in', 'un', 'im', 'um', 'la', 'le', 'ki'
];
/** Verb endings (present, future, aorist, infinitive): "sürüyor", "sürer", "sürecek" meet at "sur". */
const VERB_ENDINGS = [
    'iyorlar', 'uyorlar', 'iyoruz', 'uyoruz', 'iyorum', 'uyorum', 'iyor', 'uyor', 'yor', 'acaklar', 'ecekler', 'acak', 'ecek',
    'abilir', 'ebilir', 'mak', 'mek', 'meli', 'mali', 'ar', 'er', 'ir', 'ur'
];
/**
 * The copula glued to a noun or a verb: "I am" "-yım/-yim" ("annesiyim", "hastayım"), past
 * "-ydi/-di/-ti" ("negatifti", "temizdi", "hastaydı",
 * "yatıyordu"), reported "-ymiş/-miş" ("pozitifmiş"), assertive "-dir/-tir" ("negatiftir"). "-ti/-tu"
 * only after a voiceless consonant other than t, as Turkish writes it: after t or a vowel it is a
 * possessive ("ücreti", "hizmeti" keep their t).
 */
const COPULA = ['ymis', 'ymus', 'ydi', 'ydu', 'yim', 'yum', 'mis', 'mus', 'dir', 'dur', 'tir', 'tur', 'di', 'du', 'ti', 'tu'];
const VOICELESS_BEFORE_T = /[fpcksh]$/;

function withoutCopula(word: string): string {
    const ending = COPULA.find((e) => word.length - e.length >= 4 && word.endsWith(e) && (e[0] !== 't' || VOICELESS_BEFORE_T.test(word.slice(0, -e.length))));
    return ending ? word.slice(0, -ending.length) : word;
}

/** One-letter endings (accusative, possessive): at most two come off, so "hasta" and "hastane" stay apart. */
const LETTERS = ['a', 'e', 'i', 'u', 'm', 'n'];

/**
 * Turkish says "not" inside the verb ("yapılmıyor", "almadı", "ödemez", "gelmeyecek"): cut off with
 * the tense, it would leave the stem of the verb said ("yapıldı"), so the stem keeps a mark.
 */
const NEGATIVE_VERB = /(?:m[iu]yor[a-z]*|m[ae](?:d[iu][a-z]*|z[a-z]*|y[ae]c[ae]k[a-z]*|m[iu]s[a-z]*|d[ae]n))$/;
const NOT_MARK = '¬';
/** Letters a verb root keeps before its negation ("al-madı"). */
const MIN_NEGATED_ROOT = 2;

/**
 * A folded Turkish word without its endings: "losemiler", "lösemisi", "çocuğumun" →
 * "losem", "cocuk". The copula comes off first ("negatifti" → "negatif"), then up to two endings
 * while 4 letters stay, then one letter; a final g, b, d made soft by an ending ("çocuğu",
 * "kitabı") is written hard again. Applied to both sides of a match, so a word that merely ends
 * like an ending still meets itself.
 */
export function turkishLightStem(word: string): string {
    const negative = NEGATIVE_VERB.exec(word);
    if (negative && negative.index >= MIN_NEGATED_ROOT) return turkishLightStem(word.slice(0, negative.index)) + NOT_MARK;
    // "-ar/-er" after an "l" is the plural ("hastalar"), not the aorist.
    const bare = withoutCopula(word);
    const verb = VERB_ENDINGS.find((e) => bare.length - e.length >= 3 && bare.endsWith(e) && !(e.length === 2 && bare.at(-3) === 'l'));
    let w = verb ? bare.slice(0, -verb.length) : bare;
    for (let i = 0; i < 2; i++) {
        const suffix = SUFFIXES.find((s) => w.length - s.length >= 4 && w.endsWith(s));
        if (!suffix) break;
        w = w.slice(0, -suffix.length);
    }
    if (w.length > 4 && LETTERS.some((l) => w.endsWith(l))) w = w.slice(0, -1);
    return w.replace(/g$/, 'k').replace(/b$/, 'p');
}
