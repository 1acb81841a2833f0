import type { DemonymForm } from '../types';
import { apply, r, type Rule } from '../demonymRules';

const VOWEL_UK = 'аеиіїоуюяєьй';

/** Ukrainian adjectives: Італія → італійський, Іспанія → іспанський, Польща → польський, Україна → український, Казахстан → казахстанський. */
const UKRAINIAN: readonly Rule[] = [
    r(/ія$/, 2, 'ійський'),
    r(/лія$/, 2, 'ьський'),
    r(/ія$/, 2, 'ський'),
    r(/ея$/, 2, 'ейський'),
    r(/ща$/, 2, 'ський'),
    r(/[ая]$/, 1, 'ський'),
    r(/ь$/, 1, 'ський'),
    r(/ь$/, 0, 'ський'),
    r(/й$/, 0, 'ський'),
    r(/[оиуеі]$/, 0, 'йський'),
    r(/істан$/, 5, 'ський'),
    r(/ла$/, 1, 'ьський'),
    r(/[^і]а$/u, 1, 'ійський'),
    r(/а$/, 1, 'анський'),
    r(/у$/, 0, 'анський'),
    r(/о$/, 1, 'анський'),
    r(new RegExp(`[^${VOWEL_UK}]$`, 'u'), 0, 'ський'),
    r(new RegExp(`[^${VOWEL_UK}]$`, 'u'), 0, 'ьський')
];

/** Every gender, number and case of a Ukrainian nationality adjective, and the people: український → українське, українець, українка. */
export function inflectUkrainian(adjective: string): string[] {
    const m = /^(.+?)(ий|ій)$/u.exec(adjective);
    const [, stem] = m ?? [];
    if (stem === undefined) return [adjective];
    const endings = ['ий', 'а', 'е', 'і', 'ого', 'ої', 'ому', 'ій', 'у', 'им', 'ім', 'их', 'ими', 'ою'];
    const forms = endings.map((e) => stem + e);
    // італійський → італієць, італійка; український → українець, українка.
    const soft = /^(.+[іе])йськ$/u.exec(stem)?.[1];
    const hard = /^(.+?)[сц]ьк$/u.exec(stem)?.[1];
    if (soft) forms.push(`${soft}єць`, `${soft}йка`, `${soft}йці`);
    else if (hard) forms.push(`${hard}ець`, `${hard}ка`, `${hard}ці`);
    return forms;
}

/** Nationality words made from a folded one-word country name. */
export function ukrainianDemonyms(words: readonly string[]): DemonymForm[] {
    return words.length === 1 ? apply(words[0] ?? '', UKRAINIAN) : [];
}
