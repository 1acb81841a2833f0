import { lazy } from '../i18n/parsers/lazy';
import { allMonthNames } from '../i18n/parsers/monthNames';
import { keyOf } from '../i18n/parsers/tokenize';
import type { Locale } from '../languages';
import { compileMatchers, loadSafetyLexicons, type SafetyMatchers } from './lexicon';
import { medicineMatcher } from './medicines';
import { prepare, PreparedText, type PhraseMatcher, type Span } from './patterns';
import { EVENT_SIGNS, HISTORY_PRONE_SIGNS, RED_FLAG_SIGNS, STRONG_SIGNS, type RedFlagSign } from './signs';

export { RED_FLAG_SIGNS, type RedFlagSign };

export interface RedFlagOptions {
    /** Conversation language. Accepted for symmetry only: every language's phrases are always checked. */
    locale?: Locale;
    /** The child is known to be on treatment (chemo, transplant, CAR-T): "feels hot" then counts as fever. */
    inTreatment?: boolean;
    /**
     * The bot has just asked for a number (weight, height): a bare "38.5" is then the answer,
     * not a temperature. Readings with a temperature word or a degree sign still count.
     */
    expectsNumber?: boolean;
}

export type RedFlagKind = 'emergency' | 'question' | 'none';

export interface RedFlagResult {
    /** True only for kind 'emergency': interrupt everything and show emergency advice. */
    emergency: boolean;
    /**
     * For an emergency, the signs described as happening now; for a question, the signs asked
     * about (to pick an FAQ answer); empty otherwise. In order of appearance, no duplicates.
     */
    signs: RedFlagSign[];
    kind: RedFlagKind;
    /** The message says a medical team is with the child now (ICU, on the ward, "the doctors are here"). */
    underCare?: boolean;
}

type Grade = 'current' | 'mention';

interface Hit extends Span {
    readonly sign: RedFlagSign;
    readonly grade: Grade;
    /** Found from a number ("39,2", "temp 38.5°") rather than from a phrase. */
    readonly reading: boolean;
}

interface SentenceVerdict {
    readonly described: Hit[];
    readonly asked: Hit[];
    /** Negated or long-past signs: enough to make a question a safety question. */
    readonly dismissed: Hit[];
    readonly questionFramed: boolean;
}

const matchers = lazy(() => compileMatchers(loadSafetyLexicons().values()));

/** Compiles every locales/<lang>/safety.json now instead of on the first message (start-up check). */
export function warmUpRedFlags(): void {
    matchers();
}

// Sentence ends: ! ? ; and full stops that are not decimal points ("38.5" stays whole).
const SENTENCE_END = /[!?;]+|\.+(?!\d)|(?<!\d)\.+/g;
// Clause ends inside a sentence: commas that are not decimal commas ("39,2"), colons.
const CLAUSE_END = /,(?!\d)|(?<!\d),|:/g;
const NUMBER = /(?<![\d.,:])(\d{2,3})(?:[.,](\d{1,2}))?(?!\d|[.,]\d)/g;
const T_PREFIX = /(?:^|\s)[tт]\s*$/;
const THRESHOLD_SIGN = /[<>≤≥]\s*$/;
const DEGREE_SIGN = /^\s*°/;
const PERCENT = /^\s*%/;
const FAHRENHEIT_AFTER = /^\s*°?\s*f(?![a-z])/;
const CELSIUS_AFTER = /^\s*°?\s*c(?![a-z])/;
const BARE_READING = /^(?:[tт]\s*)?(\d{2,3})[.,](\d)\s*(?:°\s*[cf]?)?\s*[!.]*$/;
const NON_SPACE = /\S/;

/** Every match of a global expression (String.matchAll would clone it on every call). */
function allMatches(re: RegExp, text: string): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        if (m[0].length === 0) re.lastIndex++;
        else out.push(m);
    }
    re.lastIndex = 0;
    return out;
}

/** Segments of a text between the cut points (cut spans are dropped). */
function between(length: number, cuts: readonly Span[]): Span[] {
    const out: Span[] = [];
    let start = 0;
    for (const cut of [...cuts].sort((a, b) => a.start - b.start)) {
        if (cut.start < start) continue;
        out.push({ start, end: cut.start });
        start = cut.end;
    }
    out.push({ start, end: length });
    return out;
}

function spanAt(spans: readonly Span[], pos: number): Span {
    return spans.find((s) => pos >= s.start && pos < s.end) ?? spans[spans.length - 1] ?? { start: 0, end: 0 };
}

/** Offset of the first non-space character at or after `pos`, or -1. */
function nextNonSpace(text: string, pos: number, end: number): number {
    const m = NON_SPACE.exec(text.slice(pos, end));
    return m ? pos + m.index : -1;
}

type Reading = 'fever' | 'low' | 'normal' | undefined;

function classifyTemperature(value: number, unit: 'c' | 'f' | undefined): Reading {
    const fahrenheit = unit === 'f' || (unit === undefined && value >= 90);
    if (fahrenheit) {
        if (value >= 100.4 && value <= 110) return 'fever';
        if (value >= 90 && value < 96.8) return 'low';
        if (value >= 96.8 && value < 100.4) return 'normal';
        return undefined;
    }
    if (value >= 38 && value <= 44) return 'fever';
    if (value >= 30 && value < 36) return 'low';
    if (value >= 36 && value < 38) return 'normal';
    return undefined;
}

/** Start of a phrase of `list` that begins among the last `words` words of [from, to), or -1. */
function phraseInLastWords(t: PreparedText, list: PhraseMatcher, from: number, to: number, words: number): number {
    const starts = t.startsIn(from, to).slice(-words);
    for (const start of starts) if (list.matchAt(t, start) > start) return start;
    return -1;
}

/** First words of every language's month names: "30. November", "5 марта" are dates, not temperatures. */
const monthStarts = lazy(() => new Set(allMonthNames().flat(2).map((keys) => keys[0]).filter((k): k is string => k !== undefined && k.length >= 3)));

const opensWithMonth = (after: string): boolean => {
    const word = /^[\s.]*([\p{L}]+)/u.exec(after)?.[1];
    return word !== undefined && monthStarts().has(keyOf(word));
};

/** "am 30. November": the ordinal's dot ends no sentence, so the month after it is seen. */
const withoutDateDots = (line: string): string =>
    line.replace(/(?<![\d.,])(\d{1,2})\.(\s+)(\p{L}+)/gu, (whole, day: string, space: string, word: string) => (monthStarts().has(keyOf(word)) ? `${day}${space}${word}` : whole));

/** Temperatures written as numbers: "температура 39", "38.5°", "Fieber 39,2", "حرارة 39", "t 35,5". */
function findReadings(t: PreparedText, clauses: readonly Span[], treatment: boolean, m: SafetyMatchers): { hits: Hit[]; normal: boolean } {
    const s = t.text;
    const hits: Hit[] = [];
    let normal = false;
    for (const match of allMatches(NUMBER, s)) {
        const index = match.index;
        const end = index + match[0].length;
        const clause = spanAt(clauses, index);
        const after = s.slice(end, clause.end);
        const next = nextNonSpace(s, end, clause.end);
        if (PERCENT.test(after) || (next >= 0 && m.otherUnits.matchAt(t, next) > next) || opensWithMonth(s.slice(end))) continue;
        const wordBefore = phraseInLastWords(t, m.temperatureWords, clause.start, index, 3);
        const afterWords = t.startsIn(end, clause.end).slice(0, 2);
        const value = Number(`${match[1]}.${match[2] ?? '0'}`);
        // "he has 39.5", or "39.4" in a message about a child on treatment: a decimal in the fever range.
        const feverishDecimal =
            match[2] !== undefined &&
            value >= 38 &&
            value < 43 &&
            (treatment || phraseInLastWords(t, m.possession, clause.start, index, 3) >= 0);
        const context =
            feverishDecimal ||
            wordBefore >= 0 ||
            T_PREFIX.test(s.slice(clause.start, index)) ||
            DEGREE_SIGN.test(after) ||
            (next >= 0 && m.degrees.matchAt(t, next) > next) ||
            afterWords.some((w) => m.temperatureWords.matchAt(t, w) > w);
        if (!context) continue;
        const unit = FAHRENHEIT_AFTER.test(after) ? 'f' : CELSIUS_AFTER.test(after) ? 'c' : undefined;
        const reading = classifyTemperature(value, unit);
        if (reading === 'normal') normal = true;
        if (reading !== 'fever' && reading !== 'low') continue;
        const threshold =
            THRESHOLD_SIGN.test(s.slice(clause.start, index)) || phraseInLastWords(t, m.threshold, clause.start, index, 3) >= 0;
        hits.push({
            sign: reading === 'fever' ? 'fever' : 'low_temperature',
            grade: threshold ? 'mention' : 'current',
            start: wordBefore >= 0 ? wordBefore : index,
            end,
            reading: true
        });
    }
    return { hits, normal };
}

/** How many words after "not responding" a treatment still belongs to it ("to the new tablets"). */
const TREATMENT_AFTER = 3;

function treatmentFollows(t: PreparedText, hit: Span, clauses: readonly Span[], m: SafetyMatchers): boolean {
    const clause = clauses.find((c) => c.start <= hit.start && hit.end <= c.end);
    const starts = t.startsIn(hit.end, clause?.end ?? t.text.length).slice(0, TREATMENT_AFTER);
    return starts.some((at) => m.treatmentContext.matchAt(t, at) > at || medicineMatcher().matchAt(t, at) > at);
}

function findHits(t: PreparedText, clauses: readonly Span[], treatment: boolean, m: SafetyMatchers): Hit[] {
    let hits: Hit[] = [];
    const add = (sign: RedFlagSign, grade: Grade, phrases: PhraseMatcher) => {
        for (const span of phrases.matches(t)) hits.push({ sign, grade, start: span.start, end: span.end, reading: false });
    };
    for (const { sign, current, mention } of m.signs) {
        add(sign, 'current', current);
        add(sign, 'mention', mention);
    }
    if (treatment) add('fever', 'current', m.feverIfTreatment);
    // The same words about something else ("not responding to chemo", "не горит" = no rush).
    for (const { sign, notThis } of m.signs) {
        const elsewhere = notThis.matches(t);
        if (elsewhere.length > 0) hits = hits.filter((h) => h.sign !== sign || !elsewhere.some((e) => e.start < h.end && h.start < e.end));
    }
    // "not responding to imatinib", "nu răspunde la tratament": a treatment or medicine a few words
    // after "not responding" makes it the leukaemia's response, in every language.
    hits = hits.filter((h) => h.sign !== 'unresponsive' || !treatmentFollows(t, h, clauses, m));
    const readings = findReadings(t, clauses, treatment, m);
    // A normal reading ("температура 36,6", "temp 37.2") outweighs the word "temperature".
    if (readings.normal) hits = hits.filter((h) => h.sign !== 'fever');
    hits.push(...readings.hits);
    // A sign inside a longer phrase of another sign is that other sign ("низкая температура" is not fever).
    return hits.filter(
        (h) => !hits.some((o) => o.sign !== h.sign && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start)
    );
}

/** "no fever", "kein Fieber", "температуры нет", "the bleeding stopped", "الحرارة نزلت". */
function isNegated(t: PreparedText, hit: Span, clause: Span, m: SafetyMatchers): boolean {
    // A negation word starting before the sign and ending at most two words before it; it may
    // run into the sign's phrase ("ما عنده| حرارة" where the phrase is "عنده ~ حرارة").
    for (const neg of m.negBefore.matches(t, clause.start, clause.end)) {
        if (neg.start >= hit.start) break;
        if (neg.end >= hit.start || t.wordsIn(neg.end, hit.start) <= 2) return true;
    }
    const after = t.startsIn(hit.end, clause.end);
    const first = after[0];
    if (first !== undefined && m.negAdjacent.matchAt(t, first) > first) return true;
    // A resolution word among the next four words, unless a blocker precedes it ("hasn't stopped");
    // the blocker lies after the sign, so a sign ending like one ("krwawienie", "nie") blocks nothing.
    for (const start of after.slice(0, 4)) {
        const end = m.negAfter.matchAt(t, start);
        if (end > start && end <= clause.end && !m.blockerBefore.test(t.text.slice(Math.max(hit.end, start - 16), start))) return true;
    }
    return false;
}

/** A conditional ("if", "wenn", "если", "اذا") in the clause before `start`, at most four words before it. */
function isHypothetical(t: PreparedText, start: number, clause: Span, hyps: readonly Span[]): boolean {
    return hyps.some((h) => h.start >= clause.start && h.start < start && (h.end >= start || t.wordsIn(h.end, start) <= 4));
}

/** A clause that opens, after greetings and fillers, with a question word ("is", "бывает", "هل"). */
function opensWithQuestion(t: PreparedText, clause: Span, m: SafetyMatchers): boolean {
    let pos = t.startsIn(clause.start, clause.end)[0];
    while (pos !== undefined) {
        if (m.questionStart.matchAt(t, pos) > pos) return true;
        const filler = m.questionFillers.matchAt(t, pos);
        if (filler <= pos) return false;
        pos = t.startsIn(filler, clause.end)[0];
    }
    return false;
}

/** Pleas for help, unless a conditional follows ("what should I do if…" is a general question). */
function urgentSpans(t: PreparedText, m: SafetyMatchers): Span[] {
    return m.urgency.matches(t).filter((span) => {
        const next = t.startsIn(span.end, t.text.length)[0];
        return next === undefined || m.hypothetical.matchAt(t, next) < 0;
    });
}

/** The clause after `clause` opens with a resolution ("now better", "jetzt besser", "сейчас лучше", "الحين احسن"). */
function resolvedNext(t: PreparedText, clauses: readonly Span[], clause: Span, m: SafetyMatchers): boolean {
    const next = clauses.find((c) => c.start >= clause.end);
    const first = next === undefined ? undefined : t.startsIn(next.start, next.end)[0];
    return first !== undefined && m.negAfter.matchAt(t, first) > first;
}

function analyseSentence(s: string, endsWithQuestion: boolean, treatment: boolean, m: SafetyMatchers): SentenceVerdict {
    const t = new PreparedText(s);
    const clauses = between(s.length, allMatches(CLAUSE_END, s).map((x) => ({ start: x.index, end: x.index + x[0].length })));
    // Temporal clauses also break before "but", "aber", "но", "لكن" (the word stays in its clause).
    const breaks = m.clauseBreaks.matches(t).map((b) => b.start);
    const temporal = clauses.flatMap((c) => {
        const cuts = breaks.filter((b) => b > c.start && b < c.end);
        return [c.start, ...cuts].map((start, i) => ({ start, end: cuts[i] ?? c.end }));
    });
    const general = m.questionAnywhere.test(t) || temporal.some((c) => opensWithQuestion(t, c, m));
    const tag = endsWithQuestion || m.questionTag.test(t);
    const verdict: SentenceVerdict = { described: [], asked: [], dismissed: [], questionFramed: general || tag };

    const hits = findHits(t, clauses, treatment, m);
    if (hits.length === 0) return verdict;

    // Right after "I", "у меня", "زوجي": the sign belongs to someone else.
    const others = m.others.matches(t);
    const aboutSomeoneElse = (hit: Hit) => {
        // Measured from the start of the longest phrase for this sign ("I |have a fever|", not "fever").
        const start = Math.min(...hits.filter((h) => h.sign === hit.sign && h.start <= hit.start && h.end >= hit.start).map((h) => h.start));
        return others.some((o) => o.start < start && (o.end > start || s.slice(o.end, start).trim() === ''));
    };
    const hyps = m.hypothetical.matches(t);
    const again = m.again.test(t);
    const notHypothetical = (span: Span) => !isHypothetical(t, span.start, spanAt(clauses, span.start), hyps);
    const specific = m.specific.matches(t).filter(notHypothetical);
    const recent = m.recent.matches(t).filter(notHypothetical);

    const live: { hit: Hit; hypothetical: boolean }[] = [];
    for (const hit of hits) {
        const clause = spanAt(clauses, hit.start);
        const tc = spanAt(temporal, hit.start);
        const inClause = (spans: readonly Span[]) => spans.some((x) => x.start >= tc.start && x.start < tc.end);
        // Events ("fainted", "the line broke") and finite descriptions stay current in the past tense.
        const exempt = EVENT_SIGNS.has(hit.sign) || (hit.grade === 'current' && !HISTORY_PRONE_SIGNS.has(hit.sign));
        const past = m.pastVerbs.test(t, tc.start, tc.end);
        const historic =
            (!inClause(recent) && !again && (m.distant.test(t, tc.start, tc.end) || (past && !inClause(specific) && !exempt))) ||
            // "hat Luftnot gehabt, jetzt besser": told in the past, then resolved at the start of the next clause.
            (past && resolvedNext(t, clauses, clause, m));
        if (isNegated(t, hit, clause, m) || historic || aboutSomeoneElse(hit)) verdict.dismissed.push(hit);
        else live.push({ hit, hypothetical: isHypothetical(t, hit.start, clause, hyps) });
    }

    const strongCue =
        specific.length > 0 ||
        recent.length > 0 ||
        urgentSpans(t, m).length > 0 ||
        // A measured temperature, or a strong sign described with a finite verb ("can't breathe").
        live.some(({ hit, hypothetical }) => !hypothetical && hit.grade === 'current' && (hit.reading || STRONG_SIGNS.has(hit.sign)));
    const weakCue = m.generic.matches(t).some(notHypothetical);

    for (const { hit, hypothetical } of live) {
        let described: boolean;
        if (hypothetical) described = false;
        else if (general) described = strongCue || (weakCue && STRONG_SIGNS.has(hit.sign));
        else if (tag) described = strongCue || weakCue || STRONG_SIGNS.has(hit.sign);
        else described = true;
        (described ? verdict.described : verdict.asked).push(hit);
    }
    return verdict;
}

function sentencesOf(line: string): { text: string; question: boolean }[] {
    const out: { text: string; question: boolean }[] = [];
    let start = 0;
    for (const m of allMatches(SENTENCE_END, line)) {
        out.push({ text: line.slice(start, m.index), question: m[0].includes('?') });
        start = m.index + m[0].length;
    }
    out.push({ text: line.slice(start), question: false });
    return out.filter((s) => s.text.trim() !== '');
}

const distinctSigns = (hits: readonly Hit[]) => [...new Set([...hits].sort((a, b) => a.start - b.start).map((h) => h.sign))];

/**
 * Acute danger signs described as happening now, in any of the bot's languages at once.
 *
 * - 'emergency': a sign about the child now or just now ("he can't breathe", "Fieber 39",
 *   "у дочки кровь из носа не останавливается", "ابني ما يقدر يتنفس").
 * - 'question': a general question about such signs ("is fever normal after CAR-T?",
 *   "what does CRS mean", "бывает ли температура после химии"), for the FAQ.
 * - 'none': no sign, a negated one ("no fever", "the bleeding stopped"), or history
 *   ("he had a seizure in 2023").
 * Doubt between a question and an emergency with a strong sign (seizure, breathing, bleeding,
 * unresponsive, blue lips) resolves to an emergency.
 */
export function detectRedFlag(text: string, opts: RedFlagOptions = {}): RedFlagResult {
    const m = matchers();
    const lines = text.split(/\r?\n/).map((line) => prepare(withoutDateDots(line))).filter((l) => l !== '');
    if (lines.length === 0) return { emergency: false, signs: [], kind: 'none' };
    const whole = lines.join(' ');
    const treatment = opts.inTreatment === true || m.treatmentContext.test(new PreparedText(whole));

    if (!opts.expectsNumber && lines.length === 1) {
        const bare = BARE_READING.exec(whole);
        if (bare && classifyTemperature(Number(`${bare[1]}.${bare[2]}`), undefined) === 'fever') {
            return { emergency: true, signs: ['fever'], kind: 'emergency' };
        }
    }

    const described: Hit[] = [];
    const asked: Hit[] = [];
    let offset = 0;
    let safetyQuestion = false;
    for (const line of lines) {
        for (const sentence of sentencesOf(line)) {
            const v = analyseSentence(sentence.text, sentence.question, treatment, m);
            const shift = (h: Hit): Hit => ({ ...h, start: h.start + offset, end: h.end + offset });
            described.push(...v.described.map(shift));
            asked.push(...v.asked.map(shift));
            if (v.questionFramed && (v.dismissed.length > 0 || m.topics.test(new PreparedText(sentence.text)))) safetyQuestion = true;
            offset += sentence.text.length + 1;
        }
    }
    if (described.length > 0) return { emergency: true, signs: distinctSigns(described), kind: 'emergency', underCare: m.underCare.test(new PreparedText(whole)) };
    if (asked.length > 0) return { emergency: false, signs: distinctSigns(asked), kind: 'question' };
    return { emergency: false, signs: [], kind: safetyQuestion ? 'question' : 'none' };
}
