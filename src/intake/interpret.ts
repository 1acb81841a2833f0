import { getAnswer } from '../domain/draft';
import { shownFirst } from '../domain/choiceScope';
import { isRequired, type FieldSpec } from '../domain/fields';
import type { Answers, FieldPath } from '../domain/schema';
import { isImplausibleWeight, validateAnswer, type ValidationFailure } from '../domain/validate';
import { speaksOfField } from './fieldMatch';
import type { Translate } from '../i18n/i18n';
import {
    declinesContact, deniesAll, extractName, isBlank, isDoneAnswer, mentionsNoPreference, speaksOfSending, isHedged, isNotNowAnswer, isNoPreference, isNothingAnswer, isSameAnswer, isSkipAnswer, isUnknownAnswer, mentionsUnknown,
    namesACountry, normalizeText, parseAmountResult, parseChoice, parseCountries, parseCountry, parseDate, parseEmail, parseLanguages, parseMonth,
    parseMultiChoice, parseNumber, parsePhone, parseYesNo, withoutUnknown
} from '../i18n/parsers';
import { alsoWrittenIn, languagePack, type Locale } from '../languages';
import { keysOf, tokenize, type Token } from '../i18n/parsers/tokenize';
import { ok } from '../i18n/parsers/types';
import type { ChoiceOption, ParseContext, ParseFailure, ParseResult } from '../i18n/parsers/types';
import { clausesOf, isNegation, mentionsNegation, saysLater, saysUnknown, sentenceText, speaksOfPlan, wondersWhether } from '../i18n/parsers/sentence';
import { looksLikeQuestion } from '../i18n/question';
import { longestSpanMonths } from '../i18n/parsers/wait';
import { readLatinTyped } from './latinTyped';
import { deniedOptions } from './deniedOptions';
import { answerOptions, fieldKey, optionsIn, yesNoOptions } from './options';
import { deniesGiving, saysGiven, saysNoApart, saysUnavailable, treatmentReading } from './treatmentCue';
import type { ConfirmReason } from './state';

export type Interpretation =
    /** `hedged`: the parent is not sure; `detail`: their words that the value leaves out (see ParseResult). */
    | { kind: 'value'; value: unknown; hedged?: boolean; detail?: string; also?: { field: FieldPath; value: unknown }[] }
    /** Skipped an optional field: nothing stored, the field counts as asked. */
    | { kind: 'skip' }
    | { kind: 'invalid'; failure: ParseFailure | ValidationFailure['reason'] | 'required'; params: Record<string, unknown> }
    /** Understood, but unusual: ask the parent to confirm before storing. */
    | { kind: 'confirm'; value: unknown; reason: ConfirmReason };

export interface InterpretContext {
    locale: Locale;
    today: Date;
    answers: Answers;
    t: Translate;
}

const MAX_MESSAGE_LENGTH = 5000;
/** "Within a month" still holds five weeks. */
const MONTH_AND_A_BIT = 1.2;
/** Kinds whose answers are options, where "no" may itself be one ("none", "false"). */
const NAMED_OPTIONS = new Set<FieldSpec['kind']>(['yesno', 'confirm', 'choice', 'multichoice']);

const NAME_FIELDS: ReadonlySet<FieldPath> = new Set(['child.firstName', 'contact.name']);

function fromParse<T>(result: ParseResult<T>): Interpretation {
    if (!result.ok) return { kind: 'invalid', failure: result.reason, params: {} };
    const { hedged, detail } = result;
    return { kind: 'value', value: result.value, ...(hedged ? { hedged } : {}), ...(detail ? { detail } : {}) };
}

function parseYesNoField(spec: FieldSpec, text: string, ctx: InterpretContext, pctx: ParseContext): Interpretation {
    // "she never had a transplant", "Chemo hatte sie nicht": no; "the chemo did not work": it was given.
    const reading = isGivenOrNot(spec) ? treatmentReading(text, spec.path, ctx.locale, ctx.t) : undefined;
    if (reading === 'unknown' && spec.unknownAllowed) return { kind: 'value', value: 'unknown' };
    // "aquí eso no existe", "gibt es hier nicht": asked about a treatment, not offered, so not given.
    if (reading === undefined && isGivenOrNot(spec) && saysUnavailable(text, ctx.locale)) return { kind: 'value', value: false };
    if (reading === 'denied' || reading === 'effect') return { kind: 'value', value: reading === 'effect', ...(isHedged(text) ? { hedged: true } : {}) };
    const said = parseYesNo(text, pctx);
    // A treatment answered in yes/no words somewhere ("Trasplante, eso no, todavía no…"): those words, before
    // the treatment's name counts as a yes; a "no" inside a clause ("given, but did not work") is no answer.
    const noInClause = said.ok && !said.value && reading === 'given' && !saysNoApart(text, ctx.locale);
    if (reading !== undefined && said.ok && !noInClause) return fromParse(said);
    // Unclear ("لا ما سوينا زراعة" with a verb we do not know): its name is no "yes".
    const byOption = reading === 'unclear' ? undefined : parseChoice(text, yesNoOptions(spec, ctx.t), pctx);
    if (byOption?.ok) return fromParse({ ...byOption, value: byOption.value === 'unknown' ? 'unknown' : byOption.value === 'true' });
    if (reading === 'given' && (!said.ok || noInClause) && saysGiven(text, spec.path, ctx.locale, ctx.t)) return { kind: 'value', value: true, ...(isHedged(text) ? { hedged: true } : {}) };
    const echoed = !said.ok && said.reason === 'unrecognized' && spec.echoIsYes ? echoAnswer(spec, text, ctx) : undefined;
    if (echoed !== undefined) return { kind: 'value', value: echoed };
    return fromParse(said);
}

/**
 * A yes/no question answered by its own words ("для Германии нужна", "vize lazım": yes), or by them
 * denied ("we are in the EU, so no visa", "в Беларусь не нужно": no). Clauses that disagree, and
 * words of not knowing ("not sure we need a visa"), answer neither way.
 */
function echoAnswer(spec: FieldSpec, text: string, ctx: InterpretContext): boolean | undefined {
    const keys = tokenize(text).map((t) => t.key);
    if (looksLikeQuestion(text) || saysUnknown(keys, ctx.locale) || wondersWhether(keys, ctx.locale)) return undefined;
    const negated = clausesOf(text).filter((c) => speaksOfField(c.text, spec, ctx.t, ctx.locale)).map((c) => mentionsNegation(c.keys));
    if (negated.length === 0 || new Set(negated).size > 1) return undefined;
    return !negated[0];
}

/** A name, out of a sentence ("her name is Mia"); the contact's sentence may say the relationship too. */
function parseName(spec: FieldSpec, raw: string, pctx: ParseContext): Interpretation {
    const role = spec.path === 'contact.name' ? 'contact' : 'child';
    const found = extractName(raw, pctx, role);
    if (!found.ok) return { kind: 'invalid', failure: found.reason, params: {} };
    const { name, relationship } = found.value;
    return {
        kind: 'value', value: name,
        ...(found.detail ? { detail: found.detail } : {}),
        ...(relationship ? { also: [{ field: 'contact.relationship' as const, value: relationship }] } : {})
    };
}

function parseText(spec: FieldSpec, raw: string, pctx: ParseContext): Interpretation {
    if (NAME_FIELDS.has(spec.path)) return parseName(spec, raw, pctx);
    const value = raw.trim().replace(/\s+/g, ' ');
    if (isBlank(value)) return { kind: 'invalid', failure: 'empty', params: {} };
    if (spec.max !== undefined && value.length > spec.max) return { kind: 'invalid', failure: 'too_long', params: { max: spec.max } };
    return { kind: 'value', value };
}

/**
 * A place's own name after the first word, as parents name the hospital they are in: an acronym or
 * a name with capitals inside ("UKE", "НЦПиДХ", "Sainte-Justine"), or two capitalised words that
 * are no city or country ("Great Ormond Street", not "New York" or "UK"; "Grandma's" alone is none).
 */
function namesAPlace(raw: string, pctx: ParseContext): boolean {
    const tokens = tokenize(raw);
    const capitals = (t: Token) => [...t.raw].filter((c) => /\p{Lu}/u.test(c)).length;
    const capitalised = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(t.raw);
    const place = (words: string) => parseCountry(words, pctx).ok;
    return tokens.some((t, i) => i > 0 && ((capitals(t) >= 2 && !place(t.raw))
        || (capitalised(t) && capitalised(tokens[i + 1]) && !place(`${t.raw} ${tokens[i + 1]!.raw}`))));
}

/** "acele yok", "nic pilnego": a choice denied in every clause that names one, read as its opposite. */
function deniedChoice(raw: string, options: readonly ChoiceOption[], pctx: ParseContext, negatedMeans: Readonly<Record<string, string>>): ParseResult<string> | undefined {
    const opposites = clausesOf(raw).flatMap((clause) => {
        if (!mentionsNegation(clause.keys)) return [];
        const named = parseChoice(clause.keys.filter((key) => !isNegation(key)).join(' '), options, pctx);
        const opposite = named.ok ? negatedMeans[named.value] : undefined;
        return opposite === undefined ? [] : [opposite];
    });
    const [first] = opposites;
    return first !== undefined && opposites.every((o) => o === first) ? ok(first) : undefined;
}

/** The second reading when it found something, else the first one's failure. */
const orElse = <T>(second: ParseResult<T>, first: ParseResult<T>): ParseResult<T> => (second.ok ? second : first);

function parseByKind(spec: FieldSpec, raw: string, ctx: InterpretContext, pctx: ParseContext): Interpretation {
    switch (spec.kind) {
        case 'yesno':
        case 'confirm':
            return parseYesNoField(spec, raw, ctx, pctx);
        case 'choice': {
            const options = shownFirst(spec.path, answerOptions(spec, ctx.t, ctx.locale), ctx.answers);
            const related = spec.path === 'treatments.hsctDonor' ? relatedDonor(raw, options, pctx) : undefined;
            if (related) return fromParse(related);
            const settings = { severest: spec.severityOrdered === true, places: spec.places === true, ...(spec.prevailing ? { prevailing: spec.prevailing } : {}) };
            const own = parseChoice(raw, options, pctx, settings);
            // Another language the parent writes, only when their own words name nothing, and only as written.
            let named = own;
            for (const lng of alsoWrittenIn(ctx.locale)) {
                if (named.ok || named.reason !== 'unrecognized') break;
                named = orElse(parseChoice(raw, shownFirst(spec.path, optionsIn(spec, ctx.t, lng), ctx.answers), { ...pctx, locale: lng }, { ...settings, asWritten: true }), own);
            }
            const amount = !named.ok && spec.byAmount ? parseAmountResult(raw, spec.byAmount) : undefined;
            const unrecognized = !named.ok && named.reason === 'unrecognized';
            if (unrecognized && spec.namedPlaceIs && namesAPlace(raw, pctx)) return { kind: 'confirm', value: spec.namedPlaceIs, reason: 'guessed' };
            const opposite = unrecognized && spec.negatedMeans ? deniedChoice(raw, options, pctx, spec.negatedMeans) : undefined;
            return fromParse(amount ?? opposite ?? named);
        }
        case 'multichoice': {
            const options = shownFirst(spec.path, answerOptions(spec, ctx.t, ctx.locale), ctx.answers);
            // Treatments only: "planned" or "not given" says nothing of which papers a family has.
            const { denied, rest } = isGivenOrNot(spec) ? deniedOptions(raw, options, ctx.locale) : { denied: [], rest: undefined };
            return fromParse(parseMultiChoice(rest ?? raw, options, pctx, { exclusive: spec.exclusive ?? [], denied, otherEndings: spec.otherEndings ?? [] }));
        }
        case 'date':
            return fromParse(parseDate(raw, pctx));
        case 'month':
            return fromParse(parseMonth(raw, pctx));
        case 'number':
            return fromParse(parseNumber(raw, pctx, spec.unit ?? 'count'));
        case 'text':
            return parseText(spec, raw, pctx);
        case 'email':
            return fromParse(parseEmail(raw, pctx));
        case 'phone': {
            const residence = getAnswer(ctx.answers, 'child.countryOfResidence');
            return fromParse(parsePhone(raw, pctx, typeof residence === 'string' ? residence : undefined));
        }
        case 'country':
            if (spec.path === 'child.citizenship' && (isSameAnswer(raw, pctx) || raw.trim() === ctx.t(fieldKey(spec.path, 'same')))) {
                return { kind: 'value', value: getAnswer(ctx.answers, 'child.countryOfResidence') };
            }
            return fromParse(parseCountry(raw, pctx, spec.path === 'child.citizenship' ? 'citizenship' : 'residence'));
        case 'countries':
            return fromParse(parseCountries(raw, pctx));
        case 'languages':
            if (isSameAnswer(raw, pctx)) return { kind: 'value', value: [ctx.locale] };
            return fromParse(parseLanguages(raw, pctx));
        case 'attachment': {
            const no = parseYesNo(raw, pctx);
            // Files come as attachments; in words "later", "done", "skip", "no" or "not now": nothing (more) to send.
            // Papers spoken of as to be sent, scanned or photographed ("Ma fille les enverra") are still to come.
            return isDoneAnswer(raw, pctx) || isSkipAnswer(raw, pctx) || isNotNowAnswer(raw, pctx) || (no.ok && !no.value) || speaksOfSending(raw, pctx.locale)
                ? { kind: 'skip' }
                : { kind: 'invalid', failure: 'unrecognized', params: {} };
        }
    }
}

/** Donors related to the child: named, the relation decides. */
const RELATED_DONORS: readonly string[] = ['matched_sibling', 'haploidentical'];
/** A match score ("10/10", "9 / 10"), which the lists name under unrelated donors. */
const MATCH_SCORE = /(?<!\p{N})\p{N}{1,2}\s*\/\s*\p{N}{1,2}(?!\p{N})/gu;

/** "From her brother, 10/10 match": the brother decides, not the score listed under unrelated donors. */
function relatedDonor(raw: string, options: ReturnType<typeof answerOptions>, pctx: ParseContext): ParseResult<string> | undefined {
    const words = raw.replace(MATCH_SCORE, ' ');
    if (words === raw) return undefined;
    const named = parseChoice(words, options, pctx);
    if (named.ok) return RELATED_DONORS.includes(named.value) ? named : undefined;
    // By stems, since a relative is often inflected ("від старшого брата", "от сестры").
    const stem = languagePack(pctx.locale).stem;
    const said = ` ${keysOf(words).map(stem).join(' ')} `;
    const found = options.filter(
        (o) => RELATED_DONORS.includes(o.value) && [o.title, ...o.synonyms].some((n) => keysOf(n).length > 0 && said.includes(` ${keysOf(n).map(stem).join(' ')} `))
    );
    return found.length === 1 ? ok(found[0]!.value) : undefined;
}

/** "unknown", or a list of only it ("I don't know" is itself the doubt: not noted as unsure on top). */
export const isUnknownValue = (value: unknown): boolean => value === 'unknown' || (Array.isArray(value) && value.length === 1 && value[0] === 'unknown');

function unknownValue(spec: FieldSpec): unknown {
    return spec.kind === 'multichoice' ? ['unknown'] : 'unknown';
}

/** The value, or the value beside a "don't know" ("about 17 kg, not sure"): then read without that clause. */
function parseBeside(spec: FieldSpec, raw: string, ctx: InterpretContext, pctx: ParseContext): Interpretation {
    const parsed = parseByKind(spec, raw, ctx, pctx);
    if (parsed.kind !== 'invalid') return parsed;
    const rest = withoutUnknown(raw, pctx);
    if (rest === undefined) return parsed;
    const again = parseByKind(spec, rest, ctx, pctx);
    return again.kind === 'value' ? { ...again, hedged: true } : parsed;
}

/** Kinds whose answers are words of the parent's language, so a message typed in Latin letters may be that language. */
const ANSWERED_IN_WORDS = new Set<FieldSpec['kind']>(['yesno', 'choice', 'multichoice', 'number', 'date', 'month', 'attachment']);

/**
 * Turns a parent's message into a value for one field, or says precisely why it can't. A message
 * not understood that is in Latin letters is read again as the conversation's language typed in
 * Latin ("potom", "da", "ne znayu" in Russian; "la2 mafeesh", "walad" in Arabic).
 */
export function interpretAnswer(spec: FieldSpec, raw: string, ctx: InterpretContext): Interpretation {
    const first = interpretOnce(spec, raw, ctx);
    if (first.kind !== 'invalid' || !ANSWERED_IN_WORDS.has(spec.kind)) return first;
    const native = readLatinTyped(spec, raw, ctx.locale, ctx.t);
    const again = native === undefined ? first : interpretOnce(spec, native, ctx);
    if (again.kind === 'invalid') return namedOther(spec, raw, first, ctx) ?? first;
    // Digits typed as letters ("hala2", "3al") are no numbers to keep beside the value.
    if (again.kind === 'value') delete again.detail;
    return again;
}

/** Treatments asked as given or not, where one still to come is not given. */
const isGivenOrNot = (spec: FieldSpec) => spec.section === 'treatments' && (spec.kind === 'yesno' || spec.kind === 'multichoice');

/** The clauses about plans ("inotuzumab will come later"), and the rest of the message without them. */
function plansAside(message: string, locale: Locale): { rest: string; plans: string } | undefined {
    // "inotuzumab (Besponsa) was planned": a bracketed aside would part the plan from what it is about.
    const raw = message.replace(/\s*\([^()]*\)/gu, '');
    const clauses = clausesOf(raw);
    // "…talking about inotuzumab, but she hasn't had it yet": the "but" goes on about the plan.
    const plans = clauses.filter((c, i) => speaksOfPlan(c.keys) || (c.contrast && i > 0 && speaksOfPlan(clauses[i - 1]!.keys) && deniesGiving(c.text, locale)));
    if (plans.length === 0) return undefined;
    let rest = sentenceText(raw);
    const endOf = (c: (typeof clauses)[number] | undefined) => (c ? c.tokens[c.tokens.length - 1]!.end : 0);
    // Cut from the end of the clause before, so its "but" goes with it.
    for (const clause of [...plans].reverse()) rest = rest.slice(0, endOf(clauses[clauses.indexOf(clause) - 1])) + rest.slice(endOf(clause));
    return { rest: rest.replace(/(\s*[,.;:]+\s*)+/gu, ', ').replace(/^[\s,]+|[\s,]+$/gu, ''), plans: plans.map((c) => c.text).join(', ') };
}

/**
 * "in first treatment, we are waiting for a transplant": the wait is about something else; an
 * option named in the other clauses of a choice is the answer.
 */
function namedBesideUnknown(spec: FieldSpec, raw: string, ctx: InterpretContext, pctx: ParseContext): Interpretation | undefined {
    if (spec.kind !== 'choice') return undefined;
    const rest = withoutUnknown(raw, pctx);
    if (rest === undefined) return undefined;
    const named = parseByKind(spec, rest, ctx, pctx);
    return named.kind === 'value' && !isUnknownValue(named.value) ? named : undefined;
}

/** One clause that does not know whether: "not sure if she got blinatumomab", "no sé si le pusieron…". */
function wondersWhetherAlone(raw: string, locale: Locale): boolean {
    const clauses = clausesOf(raw);
    return clauses.length === 1 && wondersWhether(clauses[0]!.keys, locale);
}

/** Few words enough to put off an answer, and nothing else. */
const MAX_DEFERRAL_WORDS = 6;
/** A short message that puts the answer off: "later", "después le digo", "потом скажу". */
function defersOnly(raw: string): boolean {
    const keys = keysOf(raw);
    return keys.length <= MAX_DEFERRAL_WORDS && saysLater(keys);
}

/** The first clause alone is a "no" ("not yet", "ще ні", "no"). */
function opensWithNo(raw: string, pctx: ParseContext): boolean {
    const [first, ...rest] = clausesOf(raw);
    if (!first || rest.length === 0) return false;
    const said = parseYesNo(first.text, pctx);
    return said.ok && said.value === false;
}

/** The field's options hold "none" ("none of these"). */
const listsNone = (spec: FieldSpec, ctx: InterpretContext): boolean => answerOptions(spec, ctx.t, ctx.locale).some((o) => o.value === 'none');

/** The treatment named as given: yes, or some item of the list. */
const namesGiven = (value: unknown) => value === true || (Array.isArray(value) && value.some((v) => v !== 'none' && v !== 'unknown'));

/**
 * A treatment named only as still to come is not given: "not yet, the doctors say inotuzumab will
 * come later" (none), "no radiotherapy so far, but the doctor is talking about it" (no). The rest of
 * the message answers when it can.
 */
function interpretOnce(spec: FieldSpec, raw: string, ctx: InterpretContext): Interpretation {
    const aside = isGivenOrNot(spec) && raw.length <= MAX_MESSAGE_LENGTH ? plansAside(raw, ctx.locale) : undefined;
    if (!aside) return interpretPlain(spec, raw, ctx);
    const rest = isBlank(aside.rest) ? undefined : interpretPlain(spec, aside.rest, ctx);
    if (rest && rest.kind !== 'invalid') return rest;
    const planned = interpretPlain(spec, aside.plans, ctx);
    if (planned.kind === 'value' && namesGiven(planned.value)) {
        if (spec.kind === 'yesno') return { kind: 'value', value: false };
        if (listsNone(spec, ctx)) return { kind: 'value', value: ['none'] };
    }
    return interpretPlain(spec, raw, ctx);
}

/** A code or acronym ("MyeChild 01", "AIDA", "ICiCLe"), not Arabizi's digits for letters ("3aref"); or the field's own word ("the local protocol", "بروتوكول"). */
const CODE_LIKE = /(?:^|[\s(])(?:\p{Lu}[\p{L}-]*\p{Lu}|\p{L}+[-\s]?\d+(?![\p{L}\d]))/u;

/**
 * Not understood, not even as Latin-typed words, yet naming something the list does not hold:
 * the field's catch-all option (another protocol; the national one when a country is named).
 */
function namedOther(spec: FieldSpec, raw: string, failed: Interpretation, ctx: InterpretContext): Interpretation | undefined {
    if (spec.otherByName === undefined || failed.kind !== 'invalid' || failed.failure !== 'unrecognized') return undefined;
    if (!CODE_LIKE.test(raw) && !speaksOfField(raw, spec, ctx.t, ctx.locale)) return undefined;
    const national = spec.countryNamed !== undefined && namesACountry(raw, ctx.locale);
    return { kind: 'value', value: national ? spec.countryNamed : spec.otherByName, detail: raw.trim() };
}

const MARKS_ONLY = /^[\p{P}\s]+$/u;

function interpretPlain(spec: FieldSpec, raw: string, ctx: InterpretContext): Interpretation {
    const pctx: ParseContext = { locale: ctx.locale, today: ctx.today };
    if (raw.length > MAX_MESSAGE_LENGTH && spec.kind !== 'text') return { kind: 'invalid', failure: 'too_long', params: { max: MAX_MESSAGE_LENGTH } };
    const required = isRequired(spec, ctx.answers);
    // "-", "…", "/" where the question may be left open: the way people write "nothing" on a form.
    if (!required && raw.trim() !== '' && MARKS_ONLY.test(raw)) return { kind: 'skip' };
    if (isBlank(raw)) return { kind: 'invalid', failure: 'empty', params: {} };

    // "not yet, waiting for a donor": a treatment still awaited, said with a "no", is not given.
    if (isGivenOrNot(spec) && spec.kind === 'yesno' && opensWithNo(raw, pctx)) return { kind: 'value', value: false };
    // "no sé si le pusieron blinatumomab": whether any was given is what they don't know.
    if (isGivenOrNot(spec) && spec.kind === 'multichoice' && spec.unknownAllowed && wondersWhetherAlone(raw, ctx.locale)) return { kind: 'value', value: unknownValue(spec) };
    // "CAR-T aqui no se hace", "no se lo pusieron": a treatment denied, whatever "no se" may say elsewhere (read only then: the yes/no parse reads it again).
    let deniedOnce: boolean | undefined;
    const denied = () =>
        (deniedOnce ??=
            isGivenOrNot(spec) &&
            (spec.kind === 'yesno'
                ? treatmentReading(raw, spec.path, ctx.locale, ctx.t) === 'denied'
                : deniedOptions(raw, answerOptions(spec, ctx.t, ctx.locale), ctx.locale).denied.length > 0));
    if (spec.unknownAllowed && isUnknownAnswer(raw, pctx) && !denied()) return namedBesideUnknown(spec, raw, ctx, pctx) ?? { kind: 'value', value: unknownValue(spec) };
    if (spec.path === 'request.preferredCountries' && isNoPreference(raw, pctx)) return { kind: 'value', value: [] };
    if (spec.path === 'contact.languages' && isSkipAnswer(raw, pctx)) return { kind: 'value', value: [ctx.locale] };
    const none = required ? ({ kind: 'invalid', failure: 'required', params: {} } as const) : ({ kind: 'skip' } as const);
    // "non rien" where the list holds "none": that option, though the words also skip a question.
    if (required && spec.kind === 'multichoice' && listsNone(spec, ctx) && isNothingAnswer(raw, pctx)) {
        return { kind: 'value', value: ['none'] };
    }
    if (isSkipAnswer(raw, pctx) || (!spec.unknownAllowed && isUnknownAnswer(raw, pctx))) return none;
    // "No", "nothing else" at an optional open question: nothing to note ("нет" at preferred countries: no wish).
    // A list with no "none" of its own ("were any genetic changes found?" – "nein") is answered the same way.
    const noNoneOption = () => spec.kind === 'multichoice' && !listsNone(spec, ctx);
    if (!required && isNothingAnswer(raw, pctx) && (!NAMED_OPTIONS.has(spec.kind) || noNoneOption())) {
        return spec.path === 'request.preferredCountries' ? { kind: 'value', value: [] } : none;
    }

    const parsed = parseBeside(spec, raw, ctx, pctx);
    // "in a few months", "dos o tres meses": longer than a month, so no fixed time, not "within a month".
    if (spec.path === 'request.urgency' && (parsed.kind === 'invalid' || (parsed.kind === 'value' && parsed.value === 'within_month'))
        && (longestSpanMonths(raw) ?? 0) > MONTH_AND_A_BIT) return { kind: 'value', value: 'flexible' };
    if (parsed.kind === 'invalid') {
        if ((spec.kind === 'email' || spec.kind === 'phone') && declinesContact(raw, spec.kind, pctx)) return none;
        // "después le digo", "I'll tell you later" at a question that may stay open: nothing now.
        if (!required && spec.kind !== 'text' && defersOnly(raw)) return none;
        // "they didn't test much here, i don't know": no value, and a "don't know" somewhere.
        if (mentionsUnknown(raw, pctx)) return spec.unknownAllowed ? { kind: 'value', value: unknownValue(spec) } : none;
        // No country named, and "egal" somewhere ("Is mir egal wo, Hauptsache…"): no wish.
        if (spec.path === 'request.preferredCountries' && mentionsNoPreference(raw)) return { kind: 'value', value: [] };
        // "nix, nur Chemo", "لا مفيش": none of the list's items.
        if (spec.kind === 'multichoice' && !noNoneOption() && deniesAll(raw, pctx)) return { kind: 'value', value: ['none'] };
        return parsed;
    }
    if (parsed.kind !== 'value') return parsed;
    // "20 kg I think", "AML, not sure": noted as not sure, whichever parser found the value.
    if (isUnknownValue(parsed.value)) delete parsed.hedged;
    // "no se lo pusieron" denies a treatment: its "no se" is no "don't know".
    else if (spec.kind !== 'text' && (isHedged(raw) || (mentionsUnknown(raw, pctx) && !denied()))) parsed.hedged = true;
    return checkValue(spec, parsed, ctx);
}

/**
 * The rules an understood value must pass before it is stored, whether the parsers found it or the
 * optional LLM proposed it: the field's bounds and other answers (dates, ranges), and a weight
 * unusual for the age, which the parent confirms.
 */
export function checkValue(spec: FieldSpec, parsed: Extract<Interpretation, { kind: 'value' }>, ctx: InterpretContext): Interpretation {
    const problem = validateAnswer(spec, parsed.value, ctx.answers, ctx.today);
    if (problem) {
        const { reason, ...params } = problem;
        // The date said is kept with a conflict: said again, the earlier date may be the wrong one.
        const given = reason === 'before_birth' || reason === 'before_diagnosis' ? { given: parsed.value } : {};
        return { kind: 'invalid', failure: reason, params: { ...params, ...given } };
    }
    if (spec.path === 'child.weightKg') {
        const birthDate = getAnswer(ctx.answers, 'child.birthDate');
        const weight = parsed.value as number;
        if (isImplausibleWeight(weight, typeof birthDate === 'string' ? birthDate : undefined, ctx.today)) {
            return { kind: 'confirm', value: weight, reason: 'implausible_weight' };
        }
    }
    return parsed;
}

export { normalizeText };
