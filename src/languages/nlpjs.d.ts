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
declare module '@nlpjs/lang-uk' {
    export class StemmerUk implements NlpjsStemmer {
        stemWord(word: string): string;
    }
}
declare module '@nlpjs/lang-pl' {
    export class StemmerPl implements NlpjsStemmer {
        stemWord(word: string): string;
    }
}
declare module '@nlpjs/lang-ro' {
    export class StemmerRo implements NlpjsStemmer {
        stemWord(word: string): string;
    }
}
declare module '@nlpjs/lang-es' {
    export class StemmerEs implements NlpjsStemmer {
        stemWord(word: string): string;
    }
}
declare module '@nlpjs/lang-fr' {
    export class StemmerFr implements NlpjsStemmer {
        stemWord(word: string): string;
    }
}
declare module '@nlpjs/lang-tr' {
    export class StemmerTr implements NlpjsStemmer {
        stemWord(word: string): string;
    }
}
