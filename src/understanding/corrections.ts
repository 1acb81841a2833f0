import { isDeepStrictEqual } from 'node:util';
import { getAnswer, type IntakeDraft } from '../domain/draft';
import { fieldSpec } from '../domain/fields';
import type { FieldPath } from '../domain/schema';
import type { Translate } from '../i18n/i18n';
import { correctionContrastDict, correctionMarkerDict, stopwordKeys } from '../i18n/parsers/sentence';
import { normalizeKeepCase } from '../i18n/parsers/text';
import { keysOf, tokenize } from '../i18n/parsers/tokenize';
import type { Locale } from '../languages';
import { fieldsNamedIn, resolveField } from '../intake/fieldMatch';
import { interpretAnswer, isUnknownValue } from '../intake/interpret';
import type { UnderstoodCommand } from './types';

export interface CorrectionContext {
    locale: Locale;
    today: Date;
    t: Translate;
}


/** Kinds whose values can be told apart from other words in a sentence. */
const CORRECTABLE = new Set(['number', 'date', 'month', 'country', 'choice', 'email', 'phone']);

export interface Correction {
    command: Extract<UnderstoodCommand, { kind: 'correct' }>;
    /** Said as a correction ("sorry", "Korrektur", "ой"), not only by a contrast ("25, not 23"). */
    marked: boolean;
}

/**
 * "sorry, she is 24 kg not 23", "Korrektur zum Gewicht: 29,5 kg, nicht 28", "الزراعة كانت في
 * فبراير مو يناير": a correction marker (or a "not <old value>" contrast), an earlier answered
 * field named by its label or aliases, and a new valid value for it before the contrast. A
 * "change" command that brings its value ("change the weight to 25 kg") is one too (`saidAsChange`).
 */
export function correctionIn(text: string, draft: IntakeDraft, open: FieldPath | undefined, ctx: CorrectionContext, saidAsChange = false): Correction | undefined {
    const tokens = tokenize(text);
    const keys = tokens.map((t) => t.key);
    const normalized = normalizeKeepCase(text);
    // A marker opens or closes a clause ("sorry, …", "oh sorry the weight…", "…, falsch", "25 kg sorry");
    // further inside one, or after a small word ("hay lista de espera": a waiting list), it is an ordinary word
    // ("drum sagens nochmal", "está muy mal de ánimo").
    const breakBetween = (from: number, to: number) => /[\p{P}\n]/u.test(normalized.slice(from, to));
    const opensClause = (i: number) => i === 0 || breakBetween(tokens[i - 1]!.end, tokens[i]!.start);
    const closesClause = (end: number) => end === tokens.length || breakBetween(tokens[end - 1]!.end, tokens[end]!.start);
    const afterSmallWord = (i: number) => i > 0 && stopwordKeys(ctx.locale).has(keys[i - 1]!);
    const marked = saidAsChange || keys.some((_, i) => {
        const hit = correctionMarkerDict(ctx.locale).longestAt(keys, i);
        return hit !== undefined && (opensClause(i) || (i > 0 && opensClause(i - 1)) || (closesClause(hit.end) && !afterSmallWord(i)));
    });
    const contrastAt = keys.findIndex((_, i) => i > 0 && correctionContrastDict(ctx.locale).longestAt(keys, i));
    const answered = draft.asked.filter((path) => path !== open && getAnswer(draft.answers, path) !== undefined).map(fieldSpec).filter((f) => CORRECTABLE.has(f.kind));
    // An answer the parent did not know, named with its value later ("the paper says AML, so the type is AML"), is filled in.
    const unknownBefore = answered.filter((f) => isUnknownValue(getAnswer(draft.answers, f.path))).map((f) => f.path);
    if (!marked && contrastAt < 0 && unknownBefore.length === 0) return undefined;
    // The new value stands before "not …" (what follows is the old one); positions are in the normalised text.
    const before = contrastAt > 0 ? normalized.slice(0, tokens[contrastAt]!.start) : text;
    // Said as a correction, the whole message last: "…the 17th august not the 7th. 17 august 2017".
    const candidates = [before, ...before.split(/[:,،]/).map((s) => s.trim()).filter((s) => keysOf(s).length > 0).reverse(), ...(marked && before !== text ? [text] : [])];
    const valueOf = (field: FieldPath, words: string) => {
        const result = interpretAnswer(fieldSpec(field), words, { locale: ctx.locale, today: ctx.today, answers: draft.answers, t: ctx.t });
        return result.kind === 'value' || result.kind === 'confirm' ? result.value : undefined;
    };
    // What follows "not" is the old value: "…in April, not May" puts right the field that holds May.
    const after = contrastAt > 0 ? normalized.slice(tokens[contrastAt]!.end) : undefined;
    const holdsOld = (field: FieldPath) => after !== undefined && isDeepStrictEqual(valueOf(field, after), getAnswer(draft.answers, field));
    // Of the fields the words name ("the transplant": its date and donor too), the first whose value
    // this is; the one that holds the old value first. A bare contrast ("the chemo did not work") is
    // a correction only when what follows "not" is an earlier answer.
    // Said as a change, the field must be named by its words, not guessed by spelling ("height" is not "weight").
    const guessed = saidAsChange ? undefined : resolveField(text, answered, ctx.t, ctx.locale);
    const named = [guessed, ...fieldsNamedIn(text, answered, ctx.t, ctx.locale).map((f) => f.path)];
    // Said as a change, a choice's words name the field and the value alike ("change hospital"): asked again instead.
    const fields = [...new Set(named.filter((f): f is FieldPath => f !== undefined))].filter((f) => !saidAsChange || fieldSpec(f).kind !== 'choice');
    // "sorry, born 2020 not 2021", the field not named: the one date that holds the year said after "not".
    const holdingYear = answered.filter((f) => (f.kind === 'date' || f.kind === 'month') && oldYearAfter(f.path, after, draft)).map((f) => f.path);
    // Not when the words answer the open question ("May 2025, not 2024" at the relapse date).
    const answersOpen = () => open !== undefined && valueOf(open, before) !== undefined;
    if (fields.length === 0 && !saidAsChange && holdingYear.length === 1 && !answersOpen()) fields.push(holdingYear[0]!);
    const holding = fields.filter((f) => holdsOld(f) || holdingYear.includes(f));
    const filling = fields.filter((f) => unknownBefore.includes(f));
    for (const field of marked ? [...holding, ...fields] : [...holding, ...filling]) {
        for (const words of candidates) {
            const value = valueOf(field, words) ?? yearPutRight(field, words, after, draft, valueOf);
            // "Another type" read from a whole sentence is no correction anyone makes ("…no wait, wrong kid").
            if (value === OTHER) continue;
            if (value === undefined || isDeepStrictEqual(value, getAnswer(draft.answers, field))) continue;
            // Filling in what was not known is as sure as a marked correction, when the value is known now.
            // A catch-all ("a national protocol" from "ganze Behandlung") fills nothing in.
            const spec = fieldSpec(field);
            const fills = filling.includes(field) && !isUnknownValue(value) && value !== spec.otherByName && value !== spec.countryNamed;
            if (marked || holding.includes(field) || fills) return { command: { kind: 'correct', field, value, words: text }, marked: marked || fills };
        }
    }
    return undefined;
}

const OTHER = 'other';

const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

/** The year of an earlier date (or month) answer is said after "not". */
function oldYearAfter(field: FieldPath, after: string | undefined, draft: IntakeDraft): boolean {
    const old = getAnswer(draft.answers, field);
    return typeof old === 'string' && after !== undefined && (after.match(YEAR) ?? ([] as string[])).includes(old.slice(0, 4));
}

/**
 * "sorry, she was born in 2018 not 2017": only the year of a date (or month) is put right, the day
 * and month stay. The old year must be the one said after "not", and one new year said before it.
 */
function yearPutRight(field: FieldPath, words: string, after: string | undefined, draft: IntakeDraft, valueOf: (field: FieldPath, words: string) => unknown): unknown {
    const kind = fieldSpec(field).kind;
    const old = getAnswer(draft.answers, field);
    if ((kind !== 'date' && kind !== 'month') || typeof old !== 'string' || after === undefined) return undefined;
    const oldYear = old.slice(0, 4);
    const years = [...new Set(words.match(YEAR) ?? [])] as string[];
    const [year] = years;
    if (years.length !== 1 || year === undefined || year === oldYear || !oldYearAfter(field, after, draft)) return undefined;
    // The same checks as a typed date: not in the future, a child's age.
    return valueOf(field, `${year}${old.slice(4)}`);
}
