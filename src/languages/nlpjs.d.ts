// @nlpjs/lang-* ship without type declarations; only the stemmers are used.
interface NlpjsStemmer {
    stemWord(word: string): string;
}
declare module '@nlpjs/lang-en' {
    export class StemmerEn implements NlpjsStemmer {
        stemWord(word: string): string;
    }
}
declare module '@nlpjs/lang-de' {
    export class StemmerDe implements NlpjsStemmer {
        stemWord(word: string): string;
    }
}
declare module '@nlpjs/lang-ru' {
    export class StemmerRu implements NlpjsStemmer {
        stemWord(word: string): string;
    }
}
declare module '@nlpjs/lang-ar' {
    export class StemmerAr implements NlpjsStemmer {
        stemWord(word: string): string;
    }
}
