import { withAnswer } from '../domain/draft';
import { FIELDS, isApplicable, type FieldSpec } from '../domain/fields';
import type { Answers, FieldPath } from '../domain/schema';
import { validateAnswer } from '../domain/validate';
import type { Translate } from '../i18n/i18n';
import { parseMonth } from '../i18n/parsers';
import { lexiconDict } from '../i18n/parsers/lexiconDict';
import { isAhead, isHedged, speaksOfPlan } from '../i18n/parsers/sentence';
import { keysOf, tokenize } from '../i18n/parsers/tokenize';
import type { Locale } from '../languages';
import { languagePack } from '../languages';
import { choiceOptions } from '../intake/options';
import { findCue, statementSegments } from '../intake/treatmentCue';
import type { UnderstoodCommand } from './types';

export interface MentionContext {
    locale: Locale;
    today: Date;
    t: Translate;
}

/** How another field's value is found in a message: by cue words, or by its options' own names. */
type Rule =
    /** A yes/no field named by its cue words ("transplant", "Chemo"): yes, or no when denied (see treatmentCue.ts). */
    | { field: FieldPath; kind: 'named' }
    /** A month told next to another field's cue words ("a transplant in May 2025"). */
    | { field: FieldPath; kind: 'monthOf'; cuesOf: FieldPath }
    /** A choice named by a distinctive synonym ("B-ALL", "from her brother"). */
    | { field: FieldPath; kind: 'option' };

/**
 * The facts parents give ahead of the question, in intake order. A rule only fills a field that
 * applies by then and is still empty, so "her brother" names a donor only after a transplant.
 */
const RULES: readonly Rule[] = [
    { field: 'diagnosis.leukemiaType', kind: 'option' },
    { field: 'diagnosis.allLineage', kind: 'option' },
    { field: 'diagnosis.diagnosisDate', kind: 'monthOf', cuesOf: 'diagnosis.diagnosisDate' },
    { field: 'diagnosis.geneticMarkers', kind: 'option' },
    { field: 'treatments.chemotherapy', kind: 'named' },
    { field: 'treatments.chemoProtocol', kind: 'option' },
    { field: 'treatments.hsct', kind: 'named' },
    { field: 'treatments.hsctDate', kind: 'monthOf', cuesOf: 'treatments.hsct' },
    { field: 'treatments.hsctDonor', kind: 'option' },
    { field: 'treatments.carT', kind: 'named' },
    { field: 'treatments.carTDate', kind: 'monthOf', cuesOf: 'treatments.carT' },
    { field: 'treatments.antibodies', kind: 'option' }
];

/** Option values that a passing word must never set: they are answers only when asked. */
const NOT_BY_MENTION = new Set(['unknown', 'other', 'none', 'national']);
/** A synonym this short ("ALL", "go", "b") is a common word; only the question can give it that meaning. */
const MIN_MENTION_LENGTH = 4;

const kindWordDict = lexiconDict((l) => l.sentence.kindWords, true as const);

interface OptionNames {
    value: string;
    names: string[];
    stems: string[];
    /** Names too short to count alone ("b"): only after a kind word ("type B"). */
    short: string[];
}
const optionNames = new Map<string, OptionNames[]>();

const stemmed = (keys: readonly string[], locale: Locale) => keys.map(languagePack(locale).stem).join(' ');

/** Each option's distinctive names as folded keys ("b-all", "from her brother"), without the ones a passing word must not set. */
function namesOf(spec: FieldSpec, locale: Locale, t: Translate): OptionNames[] {
    const key = `${locale}|${spec.path}`;
    let entries = optionNames.get(key);
    if (!entries) {
        entries = choiceOptions(spec, t)
            .filter((option) => !NOT_BY_MENTION.has(option.value))
            .map((option) => {
                const all = [option.title, ...option.synonyms];
                const keys = all.filter((n) => n.length >= MIN_MENTION_LENGTH || /[-\d]/.test(n)).map((n) => keysOf(n)).filter((k) => k.length > 0);
                const short = all.filter((n) => n.length < MIN_MENTION_LENGTH && !/[-\d\s]/.test(n)).map((n) => keysOf(n).join(' ')).filter((k) => k.length > 0);
                return { value: option.value, names: keys.map((k) => k.join(' ')), stems: keys.map((k) => stemmed(k, locale)), short };
            });
        optionNames.set(key, entries);
    }
    return entries;
}

/** "type B", "نوع بي": a one-letter name right after a word saying it is a kind. */
function shortNamed(options: readonly OptionNames[], keys: readonly string[]): string[] {
    const named = new Set<string>();
    kindWordDict().scan(keys).forEach((hit) => {
        const next = keys[hit.end];
        for (const o of options) if (next !== undefined && o.short.includes(next)) named.add(o.value);
    });
    return [...named];
}

function optionValues(spec: FieldSpec, segment: string, ctx: MentionContext): string[] {
    const options = namesOf(spec, ctx.locale, ctx.t);
    const found = (names: 'names' | 'stems', keys: string) => options.filter((o) => o[names].some((n) => keys.includes(` ${n} `))).map((o) => o.value);
    // Names as written first; their stems only when none is ("B-Zellen" is "b-zell"); a letter after "type" last.
    const exact = found('names', ` ${keysOf(segment).join(' ')} `);
    if (exact.length > 0) return exact;
    const stems = found('stems', ` ${stemmed(keysOf(segment), ctx.locale)} `);
    return stems.length > 0 ? stems : shortNamed(options, keysOf(segment));
}

function valueFor(rule: Rule, spec: FieldSpec, segment: string, ctx: MentionContext): unknown {
    switch (rule.kind) {
        case 'named': {
            // "Transplantation kommt", "пересадка предстоит": still to come, so neither yes nor no; its
            // effect denied ("the chemo did not work") or not known: left to its own question.
            const cue = findCue(segment, rule.field, ctx.locale, ctx.t);
            // "Doktor sagt vielleicht Azacitidin vor Transplantation": a maybe is no treatment given.
            if (!cue || (cue.reading !== 'given' && cue.reading !== 'denied') || speaksOfPlan(keysOf(segment)) || isHedged(segment)) return undefined;
            // "kriegt Azacitidin bis zur Transplantation": still ahead.
            if (isAhead(keysOf(segment), cue.at, cue.end, ctx.locale)) return undefined;
            return cue.reading === 'given';
        }
        case 'monthOf': {
            const cue = findCue(segment, rule.cuesOf, ctx.locale, ctx.t);
            if (!cue || cue.reading !== 'given' || isAhead(keysOf(segment), cue.at, cue.end, ctx.locale)) return undefined;
            const after = tokenize(segment).slice(cue.at).map((token) => token.raw).join(' ');
            const month = parseMonth(after, { locale: ctx.locale, today: ctx.today });
            return month.ok ? month.value : undefined;
        }
        case 'option': {
            // "blinatumomab comes later": a treatment still to come is none given.
            if (spec.section === 'treatments' && speaksOfPlan(keysOf(segment))) return undefined;
            const values = optionValues(spec, segment, ctx);
            if (spec.kind === 'multichoice') return values.length > 0 ? values : undefined;
            return values.length === 1 ? values[0] : undefined;
        }
    }
}

/**
 * Values for fields after the open one that the same message already gives ("B-ALL, diagnosed
 * March 2023" at the type: lineage B and diagnosis 2023-03). `answers` includes what the message
 * gave the open field. Each value passes the field's own validation.
 */
export function mentionedFields(text: string, open: FieldPath, answers: Answers, ctx: MentionContext): UnderstoodCommand[] {
    const openIndex = FIELDS.findIndex((f) => f.path === open);
    let known = answers;
    const found: UnderstoodCommand[] = [];
    for (const rule of RULES) {
        const spec = FIELDS.find((f) => f.path === rule.field)!;
        if (FIELDS.indexOf(spec) <= openIndex || !isApplicable(spec, known)) continue;
        const section = known[spec.section] as Record<string, unknown> | undefined;
        if (section && spec.path.split('.')[1]! in section) continue;
        for (const segment of statementSegments(text)) {
            const value = valueFor(rule, spec, segment, ctx);
            if (value === undefined || validateAnswer(spec, value, known, ctx.today)) continue;
            found.push({ kind: 'set', field: spec.path, value, words: segment });
            known = withAnswer(known, spec.path, value);
            break;
        }
    }
    return found;
}
