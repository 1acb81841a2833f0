import { allLexicons } from '../lexicon';
import { isUnknownAnswer, noDict, withoutPolite, yesDict } from './answers';
import { lazy } from './lazy';
import type { PhraseHit } from './phrases';
import { isBlank, normalizeText } from './text';
import { keysOf, tokenize } from './tokenize';
import { fail, ok, type ParseContext, type ParseResult } from './types';

/** Emoji answers ("👍", "❌"): list entries without any word in them. */
const symbols = lazy(() => {
    const of = (list: readonly string[]) => list.filter((p) => keysOf(p).length === 0).map(normalizeText);
    return {
        yes: allLexicons().flatMap((l) => of(l.answers.yes)),
        no: allLexicons().flatMap((l) => of(l.answers.no))
    };
});

type Polar = { value: boolean; hit: PhraseHit<true> };

/** The longer of a yes-phrase and a no-phrase found at one place: "да нет" is no, "no problem" is yes. */
function pick(yes: PhraseHit<true> | undefined, no: PhraseHit<true> | undefined): Polar | 'both' | undefined {
    const yesLen = yes ? yes.end - yes.start : 0;
    const noLen = no ? no.end - no.start : 0;
    if (yes && yesLen > noLen) return { value: true, hit: yes };
    if (no && noLen > yesLen) return { value: false, hit: no };
    return yes && no ? 'both' : undefined;
}

function bySymbol(text: string): boolean | undefined {
    const norm = normalizeText(text);
    const yes = symbols().yes.some((s) => norm.includes(s));
    const no = symbols().no.some((s) => norm.includes(s));
    return yes === no ? undefined : yes;
}

/**
 * Yes or no, in any of the four languages. The message's opening phrase decides ("yes he did",
 * "нет, не было"); failing that its closing one ("I think yes", "думаю да"). Opening and closing
 * phrases that disagree ("not sure, maybe yes") are ambiguous. "I don't know" is not a no.
 */
export function parseYesNo(text: string, _ctx: ParseContext): ParseResult<boolean> {
    const keys = withoutPolite(tokenize(text)).map((t) => t.key);
    if (keys.length === 0) {
        const symbol = bySymbol(text);
        if (symbol !== undefined) return ok(symbol);
        return fail(isBlank(text) ? 'empty' : 'unrecognized');
    }
    if (isUnknownAnswer(text)) return fail('unrecognized');

    const lead = pick(yesDict().longestAt(keys, 0), noDict().longestAt(keys, 0));
    const trail = pick(yesDict().longestBefore(keys, keys.length), noDict().longestBefore(keys, keys.length));
    if (lead === 'both' || trail === 'both') return fail('ambiguous');
    if (lead && trail && lead.value !== trail.value && trail.hit.start >= lead.hit.end) return fail('ambiguous');
    const found = lead ?? trail;
    if (found) return ok(found.value);
    const symbol = bySymbol(text);
    return symbol === undefined ? fail('unrecognized') : ok(symbol);
}
