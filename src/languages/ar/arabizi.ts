/**
 * Arabic typed in Latin letters and digits ("el urdon", "3amman", "yanayer", "lmaghrib"). Vowels
 * are written in many ways or not at all, so words are compared by their consonants: the Arabic
 * word's letters and the typed word's, each folded to one class per sound (ع and "3", خ and "kh"
 * or "5", ش and "sh" or "ch"), long vowels and the article left out.
 */
const LETTERS: Readonly<Record<string, string>> = {
    ب: 'b', ت: 't', ث: 't', ج: 'j', ح: '7', خ: '5', د: 'd', ذ: 'd', ر: 'r', ز: 'z', س: 's', ش: 'x', ص: 's', ض: 'd',
    ط: 't', ظ: 'z', ع: '3', غ: 'g', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', و: 'w', ي: 'y', پ: 'b', گ: 'g', ڤ: 'f'
};

/** Consonant classes of an Arabic word without its article: "الأردن" → "rdn", "يناير" → "ynr". */
export function arabicSkeleton(word: string): string {
    // Folded words write ة as ه: a final one after three letters is a vowel ("السعوديه"), not in "ايه".
    const bare = word.replace(/^ال(?=\p{Script=Arabic}{2})/u, '').replace(/ة$|(?<=\p{Script=Arabic}{3})ه$/u, '');
    // A word opening on a vowel keeps a mark of it: "ألبانيا" is not "لبنان".
    let out = /^[اأإآ]/u.test(bare) ? '_' : '';
    [...bare].forEach((ch, i) => {
        const sound = LETTERS[ch];
        // و and ي inside a word are mostly long vowels, typed as "ou", "oo", "i", "ee".
        if (sound === undefined || ((sound === 'w' || sound === 'y') && i > 0)) return;
        // A letter written twice in a row is one sound ("عمّان" has one م; "تمام" keeps both).
        if (!out.endsWith(sound) || /[اوي]/u.test(bare[i - 1] ?? '')) out += sound;
    });
    return out;
}

const DIGRAPHS: readonly [RegExp, string][] = [
    [/sh|ch/g, 'x'],
    [/kh/g, '5'],
    [/gh/g, 'g'],
    [/th/g, 't'],
    [/dh/g, 'd'],
    [/dj/g, 'j']
];

/** The typed word's consonant classes; "2" is a glottal stop or, in Egypt and the Levant, ق. */
function latinSounds(word: string, two: '' | 'q'): string {
    // "3amman", "tounes": a letter typed twice is one sound; "tamam" keeps both m.
    let w = word.toLowerCase().replace(/['’`]/g, '').replace(/(.)\1+/g, '$1');
    for (const [pattern, sound] of DIGRAPHS) w = w.replace(pattern, sound);
    w = w.replace(/9|8/g, 'q').replace(/6/g, 't').replace(/2/g, two).replace(/c/g, 'k').replace(/p/g, 'b').replace(/v/g, 'f');
    let out = /^[aeiou]/.test(w) ? '_' : '';
    [...w].forEach((ch, i) => {
        if ('aeiou'.includes(ch)) return;
        if ((ch === 'w' || ch === 'y') && i > 0) return;
        if (/[a-z357]/.test(ch)) out += ch;
    });
    return out;
}

/** Consonant classes of a typed word, with and without a glued article ("lmaghrib", "elurdon"). */
export function arabiziSkeletons(word: string): string[] {
    if (!/^[a-z0-9'’`]+$/i.test(word) || !/[a-z]/i.test(word)) return [];
    const article = /^(?:el|al|il|l)(?=[^aeiou])/i.exec(word);
    const forms = article ? [word, word.slice(article[0].length)] : [word];
    return [...new Set(forms.flatMap((form) => [latinSounds(form, ''), latinSounds(form, 'q')]))];
}

/** Articles, alone or after a preposition, typed as their own word: "el urdon", "fel beit", "bel mustashfa", "3al bet", "3ala nafa2tna". */
export const isTypedArticle = (word: string) => /^(?:[bfwlk]?(?:el|al|il)|l|3al?|3a?la|lal|mel)$/i.test(word);
