import type { DemonymForm } from '../types';
import { apply, r, type Rule } from '../demonymRules';

const VOWEL_RU = 'аеиоуыэюяьй';

/** Russian adjectives: Ливия → ливийский, Испания → испанский, Польша → польский, Казахстан → казахстанский, Таджикистан → таджикский. */
const RUSSIAN: readonly Rule[] = [
    r(/ия$/, 2, 'ийский'),
    r(/ия$/, 2, 'ский'),
    r(/кия$/, 3, 'цкий'),
    r(/ея$/, 2, 'ейский'),
    r(/ша$/, 2, 'ский'),
    r(/[ая]$/, 1, 'ский'),
    r(/ь$/, 1, 'ский'),
    r(/ь$/, 0, 'ский'),
    r(/й$/, 0, 'ский'),
    r(/[оиуэе]$/, 0, 'йский'),
    r(/истан$/, 5, 'ский'),
    r(/[^и]стан$/, 4, 'ский'),
    r(/лия$/, 2, 'ьский'),
    r(/йка$/, 2, 'ский'),
    r(/ла$/, 1, 'ьский'),
    r(/[^и]а$/u, 1, 'ийский'),
    r(/а$/, 1, 'анский'),
    r(/о$/, 1, 'анский'),
    r(/у$/, 0, 'анский'),
    r(new RegExp(`[^${VOWEL_RU}]$`, 'u'), 0, 'ский'),
    r(new RegExp(`[^${VOWEL_RU}]$`, 'u'), 0, 'ьский')
];

/** Every gender, number and case of a Russian nationality adjective, and the people: казахстанский → казахстанское, казахстанец, казахстанка. */
export function inflectRussian(adjective: string): string[] {
    const m = /^(.+?)(ий|ый|ой)$/u.exec(adjective);
    const [, stem, ending] = m ?? [];
    if (stem === undefined || ending === undefined) return [adjective];
    const i = /[кгхжшчщц]$/u.test(stem) || ending === 'ий' ? 'и' : 'ы';
    const endings = [ending, 'ая', 'ое', `${i}е`, 'ого', 'ой', 'ому', 'ую', `${i}м`, 'ом', `${i}х`, `${i}ми`];
    const forms = endings.map((e) => stem + e);
    // ливийский → ливиец, ливийка; казахстанский → казахстанец, казахстанка.
    const soft = /^(.+[ие])йск$/u.exec(stem)?.[1];
    const hard = /^(.+)[сц]к$/u.exec(stem)?.[1];
    if (soft) forms.push(`${soft}ец`, `${soft}йка`);
    else if (hard) forms.push(`${hard}ец`, `${hard}ка`);
    return forms;
}

/** Nationality words made from a folded one-word country name. */
export function russianDemonyms(words: readonly string[]): DemonymForm[] {
    return words.length === 1 ? apply(words[0] ?? '', RUSSIAN) : [];
}
