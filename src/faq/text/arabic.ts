/**
 * A light Arabic stemmer in the spirit of Larkey's Light10: letter variants are already unified
 * by fold() (أ/إ/آ→ا, ى→ي, ة→ه); here the article and glued conjunctions/prepositions
 * (ال، وال، بال، لل، و، ب، ل، ف، ك) and common suffixes are removed while at least three letters stay.
 */
const PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال', 'ول', 'وب', 'و', 'ب', 'ل', 'ف', 'ك'];
const SUFFIXES = ['هما', 'كما', 'تين', 'ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'يا', 'هم', 'هن', 'كم', 'كن', 'نا', 'ني', 'ه', 'ي', 'ك'];

export function stemArabic(input: string): string {
    let w = input;
    if (!/^\p{Script=Arabic}+$/u.test(w)) return w;
    for (const prefix of PREFIXES) {
        // At least three letters stay: "وقت" (time) is not "و" + "قت".
        if (w.startsWith(prefix) && w.length - prefix.length >= 3) {
            w = w.slice(prefix.length);
            break;
        }
    }
    for (const suffix of SUFFIXES) {
        if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
            w = w.slice(0, -suffix.length);
            break;
        }
    }
    return w;
}
