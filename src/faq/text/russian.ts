/**
 * The Snowball Russian stemmer (endings removed inside RV, the part after the first vowel), so
 * "лечения", "лечение" and "лечением" meet. Input is lower case with ё already folded to е.
 */
const VOWELS = 'аеиоуыэюя';

const PERFECTIVE_GERUND_1 = ['вшись', 'вши', 'в'];
const PERFECTIVE_GERUND_2 = ['ившись', 'ывшись', 'ивши', 'ывши', 'ив', 'ыв'];
const ADJECTIVE = ['ими', 'ыми', 'его', 'ого', 'ему', 'ому', 'ее', 'ие', 'ые', 'ое', 'ей', 'ий', 'ый', 'ой', 'ем', 'им', 'ым', 'ом', 'их', 'ых', 'ую', 'юю', 'ая', 'яя', 'ою', 'ею'];
const PARTICIPLE_1 = ['ем', 'нн', 'вш', 'ющ', 'щ'];
const PARTICIPLE_2 = ['ивш', 'ывш', 'ующ'];
const REFLEXIVE = ['ся', 'сь'];
const VERB_1 = ['ла', 'на', 'ете', 'йте', 'ли', 'й', 'л', 'ем', 'н', 'ло', 'но', 'ет', 'ют', 'ны', 'ть', 'ешь', 'нно'];
const VERB_2 = ['ила', 'ыла', 'ена', 'ейте', 'уйте', 'ите', 'или', 'ыли', 'ей', 'уй', 'ил', 'ыл', 'им', 'ым', 'ен', 'ило', 'ыло', 'ено', 'ят', 'ует', 'уют', 'ит', 'ыт', 'ены', 'ить', 'ыть', 'ишь', 'ую', 'ю'];
const NOUN = ['иями', 'ями', 'ами', 'ией', 'иям', 'ием', 'иях', 'ев', 'ов', 'ие', 'ье', 'еи', 'ии', 'ей', 'ой', 'ий', 'ям', 'ем', 'ам', 'ом', 'ах', 'ях', 'ию', 'ью', 'ия', 'ья', 'а', 'е', 'и', 'й', 'о', 'у', 'ы', 'ь', 'ю', 'я'];

const byLength = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length);
const SORTED = {
    gerund1: byLength(PERFECTIVE_GERUND_1),
    gerund2: byLength(PERFECTIVE_GERUND_2),
    adjective: byLength(ADJECTIVE),
    participle1: byLength(PARTICIPLE_1),
    participle2: byLength(PARTICIPLE_2),
    reflexive: byLength(REFLEXIVE),
    verb1: byLength(VERB_1),
    verb2: byLength(VERB_2),
    noun: byLength(NOUN)
};

/** Length of the longest ending of `list` inside the region, or 0; group-1 endings need а/я before them. */
function ending(word: string, region: number, list: readonly string[], afterAYa = false): number {
    for (const suffix of list) {
        if (!word.endsWith(suffix) || word.length - suffix.length < region) continue;
        if (afterAYa) {
            const before = word[word.length - suffix.length - 1];
            if (before !== 'а' && before !== 'я') continue;
        }
        return suffix.length;
    }
    return 0;
}

function either(word: string, region: number, group1: readonly string[], group2: readonly string[]): number {
    return Math.max(ending(word, region, group1, true), ending(word, region, group2));
}

function adjectival(word: string, rv: number): number {
    const adj = ending(word, rv, SORTED.adjective);
    if (adj === 0) return 0;
    const rest = word.slice(0, -adj);
    return adj + either(rest, rv, SORTED.participle1, SORTED.participle2);
}

function regions(word: string): { rv: number; r2: number } {
    let rv = word.length;
    for (let i = 0; i < word.length; i++) {
        if (VOWELS.includes(word[i] ?? '')) {
            rv = i + 1;
            break;
        }
    }
    const after = (from: number) => {
        for (let i = from + 1; i < word.length; i++) if (!VOWELS.includes(word[i] ?? '') && VOWELS.includes(word[i - 1] ?? '')) return i + 1;
        return word.length;
    };
    const r1 = after(0);
    return { rv, r2: after(r1) };
}

export function stemRussian(input: string): string {
    let w = input;
    if (w.length <= 2 || !/^[а-я]+$/.test(w)) return w;
    const { rv, r2 } = regions(w);
    // Step 1.
    const gerund = either(w, rv, SORTED.gerund1, SORTED.gerund2);
    if (gerund > 0) w = w.slice(0, -gerund);
    else {
        const reflexive = ending(w, rv, SORTED.reflexive);
        if (reflexive > 0) w = w.slice(0, -reflexive);
        const cut = adjectival(w, rv) || either(w, rv, SORTED.verb1, SORTED.verb2) || ending(w, rv, SORTED.noun);
        if (cut > 0) w = w.slice(0, -cut);
    }
    // Step 2.
    if (w.endsWith('и') && w.length - 1 >= rv) w = w.slice(0, -1);
    // Step 3: derivational "ость" only inside R2.
    const derivational = ending(w, r2, ['ость', 'ост']);
    if (derivational > 0) w = w.slice(0, -derivational);
    // Step 4.
    if (w.endsWith('нн') && w.length - 2 >= rv) w = w.slice(0, -1);
    else {
        const superlative = ending(w, rv, ['ейше', 'ейш']);
        if (superlative > 0) {
            w = w.slice(0, -superlative);
            if (w.endsWith('нн')) w = w.slice(0, -1);
        } else if (w.endsWith('ь') && w.length - 1 >= rv) w = w.slice(0, -1);
    }
    return w;
}
