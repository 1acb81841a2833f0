/**
 * Case forms of Russian names, so "из Казахстана", "в России", "Германии", "Южной Кореи" find
 * their country. Rules by word ending give, per case (nominative, genitive, dative, accusative,
 * instrumental, prepositional), the possible endings; a phrase is declined word by word in the
 * same case. Over-generation is harmless: the forms only ever point back to the same name.
 */
import { caseFormsByRules, combineCases, type Cases } from '../cyrillic';

const NOUN: readonly [RegExp, Cases][] = [
    [/ия$/, [['ия'], ['ии'], ['ии'], ['ию'], ['ией'], ['ии']]],
    [/([кгхжшчщ])а$/, [['а'], ['и'], ['е'], ['у'], ['ой'], ['е']]],
    [/а$/, [['а'], ['ы'], ['е'], ['у'], ['ой'], ['е']]],
    [/я$/, [['я'], ['и'], ['е'], ['ю'], ['ей'], ['е']]],
    [/й$/, [['й'], ['я'], ['ю'], ['й'], ['ем'], ['е']]],
    [/ь$/, [['ь'], ['я', 'и'], ['ю', 'и'], ['ь'], ['ем', 'ью'], ['е', 'и']]],
    [/ы$/, [['ы'], ['', 'ов'], ['ам'], ['ы'], ['ами'], ['ах']]],
    [/([бвгджзклмнпрстфхцчшщ])$/, [[''], ['а'], ['у'], [''], ['ом'], ['е']]]
];

const ADJECTIVE: readonly [RegExp, Cases][] = [
    [/ая$/, [['ая'], ['ой'], ['ой'], ['ую'], ['ой'], ['ой']]],
    [/яя$/, [['яя'], ['ей'], ['ей'], ['юю'], ['ей'], ['ей']]],
    [/ый$/, [['ый'], ['ого'], ['ому'], ['ый'], ['ым'], ['ом']]],
    [/ий$/, [['ий'], ['ого', 'его'], ['ому', 'ему'], ['ий'], ['им'], ['ом', 'ем']]],
    [/ой$/, [['ой'], ['ого'], ['ому'], ['ой'], ['ым'], ['ом']]],
    [/ое$/, [['ое'], ['ого'], ['ому'], ['ое'], ['ым'], ['ом']]],
    [/ее$/, [['ее'], ['его'], ['ему'], ['ее'], ['им'], ['ем']]],
    [/ые$/, [['ые'], ['ых'], ['ым'], ['ые'], ['ыми'], ['ых']]],
    [/ие$/, [['ие'], ['их'], ['им'], ['ие'], ['ими'], ['их']]]
];

const CASES = 6;

function wordCases(word: string, adjective: boolean): string[][] {
    const rules = adjective ? [...ADJECTIVE, ...NOUN] : NOUN;
    return caseFormsByRules(word, rules) ?? Array.from({ length: CASES }, () => [word]);
}

const isCyrillicWord = (w: string) => /^[\p{Script=Cyrillic}-]+$/u.test(w);

/** All case forms of a folded Cyrillic phrase (the phrase itself included). */
export function russianCaseForms(keys: readonly string[]): string[][] {
    if (keys.length === 0 || !keys.every(isCyrillicWord)) return [[...keys]];
    const multi = keys.length > 1;
    const perWord = keys.map((w) => wordCases(w, multi && ADJECTIVE.some(([p]) => p.test(w))));
    return combineCases(perWord, CASES);
}

/** Case forms of a Russian adjective used as a language name: "русский" → "русском", "по-русски"… */
export function russianAdjectiveForms(word: string): string[] {
    if (!/^\p{Script=Cyrillic}{3,}(ий|ый|ой)$/u.test(word)) return [word];
    const stem = word.slice(0, -2);
    const y = /[кгхжшчщ]$/.test(stem) ? 'и' : 'ы';
    const endings = ['ого', 'ому', 'ом', 'ая', 'ую', 'ой', `${y}й`, `${y}е`, `${y}х`, `${y}м`, `${y}ми`];
    return [word, ...endings.map((e) => stem + e), `по-${stem}и`, `по ${stem}и`];
}
