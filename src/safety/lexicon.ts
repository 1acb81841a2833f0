import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { isLocale, LOCALES } from '../languages';
import { compileLiterals, PhraseMatcher } from './patterns';
import { RED_FLAG_SIGNS, type RedFlagSign } from './signs';

/** Where the phrase lists live: locales/<lang>/safety.json, one folder per language. */
export const SAFETY_LOCALES_DIR = path.resolve(__dirname, '../../locales');
export const SAFETY_FILE = 'safety.json';

const phrases = z.array(z.string().trim().min(1));

const signPhrases = z
    .object({
        /** A finite description of the child's state ("can't breathe", "bleeding won't stop"). */
        current: phrases,
        /** The sign named as a noun or term ("seizure", "nosebleed", "petechiae"). */
        mention: phrases,
        /**
         * The same words about something else: a match that overlaps one of these is not the
         * sign ("not responding to chemo" is the disease, not an unresponsive child).
         */
        notThis: phrases.optional()
    })
    .strict();

/** The phrase lists of one language; every language file has exactly these keys. */
export const SafetyLexiconSchema = z
    .object({
        $comment: z.string().optional(),
        signs: z.record(z.enum(RED_FLAG_SIGNS), signPhrases),
        /** "feels hot": fever only when the child is on treatment (option or words in the message). */
        feverIfTreatment: phrases,
        /** Words showing the child is on treatment: chemo, CAR-T, transplant, low counts. */
        treatmentContext: phrases,
        temperature: z
            .object({
                /** Words that make a number a temperature ("temperature 39", "Fieber 39", "حرارة ٣٩"). */
                words: phrases,
                /** Degree words after a number ("39 градусов", "39 درجة"); the ° sign is built in. */
                degrees: phrases,
                /** Units that make a number something else ("38 kg", "120 cm", "39 лет"). */
                otherUnits: phrases,
                /**
                 * Words right before a bare decimal that make it a reading ("he has 39.5", "у него 38,7",
                 * "عنده 39.5"); a decimal in the fever range also counts when the child is on treatment.
                 */
                possession: phrases,
                /** Words that make a number a threshold, not a reading ("above 38", "выше 38"). */
                threshold: phrases
            })
            .strict(),
        negation: z
            .object({
                /** Up to two words before a sign: "no fever", "kein Fieber", "без температуры", "ما في حرارة". */
                before: phrases,
                /** Up to three words after a sign: "fever is gone", "температуры нет", "الحرارة نزلت". */
                after: phrases,
                /** Right after a sign only: "температуры нет", "Fieber keins", "حرارة ما في". */
                adjacent: phrases,
                /** Words that cancel an `after` word ("hasn't stopped", "не прошла"): literal suffixes. */
                blockers: phrases
            })
            .strict(),
        time: z
            .object({
                /** Now or recently: "now", "since this morning", "только что", "من ساعة". */
                recent: phrases,
                /** "again": makes an old sign current again anywhere in the sentence. */
                again: phrases,
                /** Long ago: years, months, "2 years ago", "during induction", "в прошлом году". */
                distant: phrases,
                /** Past-tense verbs that make a mild sign history ("he had a fever"). */
                pastVerbs: phrases
            })
            .strict(),
        question: z
            .object({
                /** Words that open a general question at the start of a sentence or clause. */
                start: phrases,
                /** Markers of a general question anywhere ("ли", "هل", "in general"). */
                anywhere: phrases,
                /** Tag questions after a statement ("is that normal", "это нормально"). */
                tag: phrases,
                /** Greetings and fillers skipped before a question word. */
                fillers: phrases
            })
            .strict(),
        /** Conditionals that make what follows hypothetical ("if", "wenn", "если", "اذا"). */
        hypothetical: phrases,
        subjects: z
            .object({
                /** The parent describing their own child now ("he is", "у него", "ابني", "عنده"). */
                specific: phrases,
                /** A child described without a possessive ("the child has", "у ребенка"). */
                generic: phrases,
                /** Someone else right before a sign: "I have a fever", "у меня температура", "زوجي عنده حرارة". */
                others: phrases
            })
            .strict(),
        /** Pleas for help now ("what should I do", "помогите", "ساعدوني"). */
        urgency: phrases,
        /** Safety topics that make a question about them a red-flag question ("CRS", "ICANS"). */
        topics: phrases,
        /** Words that start a new clause ("but", "aber", "но", "لكن"). */
        clauseBreaks: phrases,
        /** The child is being looked after by a medical team right now ("in intensive care", "die Ärzte sind da", "в реанимации", "في العناية"). */
        underCare: phrases
    })
    .strict();

export type SafetyLexicon = z.infer<typeof SafetyLexiconSchema>;

type Json = unknown;

function readLexiconFile(dir: string, lang: string): Json {
    try {
        return JSON.parse(readFileSync(path.join(dir, lang, SAFETY_FILE), 'utf8'));
    } catch (error) {
        throw new Error(`safety: cannot read locales/${lang}/${SAFETY_FILE}: ${(error as Error).message}`);
    }
}

function parseLexicon(lang: string, json: Json): SafetyLexicon {
    const parsed = SafetyLexiconSchema.safeParse(json);
    if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
        throw new Error(`safety: locales/${lang}/${SAFETY_FILE} is invalid: ${issues}`);
    }
    return parsed.data;
}

const isObject = (value: Json): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The keys of a language file with every list empty. */
function blank(value: Json): Json {
    if (Array.isArray(value)) return [];
    return isObject(value) ? Object.fromEntries(Object.entries(value).filter(([k]) => k !== '$comment').map(([k, v]) => [k, blank(v)])) : value;
}

/** `over` with what it leaves out taken from `base` (unknown keys stay, so the schema still names them). */
function fillIn(base: Json, over: Json): Json {
    if (!isObject(base) || !isObject(over)) return over;
    const out: Record<string, Json> = { ...base };
    for (const [key, value] of Object.entries(over)) out[key] = key in base ? fillIn(base[key], value) : value;
    return out;
}

/**
 * Every language folder that has a safety.json. Each language the bot speaks must have one with
 * every list; a language it does not speak yet (uk, pl, es…) may hold only the few signs a parent
 * must never be missed in, its other lists empty: emergencies are caught in every language.
 */
export function loadSafetyLexicons(dir: string = SAFETY_LOCALES_DIR): Map<string, SafetyLexicon> {
    const folders = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, SAFETY_FILE))).map((d) => d.name).sort();
    const missing = LOCALES.filter((l) => !folders.includes(l));
    if (missing.length > 0) throw new Error(`safety: locales/<lang>/${SAFETY_FILE} missing for ${missing.join(', ')}`);
    const out = new Map<string, SafetyLexicon>();
    for (const lang of folders.filter(isLocale)) out.set(lang, parseLexicon(lang, readLexiconFile(dir, lang)));
    const skeleton = blank(out.get(LOCALES[0]));
    for (const lang of folders.filter((l) => !isLocale(l))) out.set(lang, parseLexicon(lang, fillIn(skeleton, readLexiconFile(dir, lang))));
    return out;
}

/** All languages' lists merged and compiled once; read-only afterwards. */
export interface SafetyMatchers {
    readonly signs: ReadonlyArray<{ sign: RedFlagSign; current: PhraseMatcher; mention: PhraseMatcher; notThis: PhraseMatcher }>;
    readonly feverIfTreatment: PhraseMatcher;
    readonly treatmentContext: PhraseMatcher;
    readonly temperatureWords: PhraseMatcher;
    readonly degrees: PhraseMatcher;
    readonly otherUnits: PhraseMatcher;
    readonly threshold: PhraseMatcher;
    readonly possession: PhraseMatcher;
    readonly negBefore: PhraseMatcher;
    readonly negAfter: PhraseMatcher;
    readonly negAdjacent: PhraseMatcher;
    /** A blocker word right before a position: "hasn't| stopped", "не |прошла". */
    readonly blockerBefore: RegExp;
    readonly recent: PhraseMatcher;
    readonly again: PhraseMatcher;
    readonly distant: PhraseMatcher;
    readonly pastVerbs: PhraseMatcher;
    readonly questionStart: PhraseMatcher;
    readonly questionFillers: PhraseMatcher;
    readonly questionAnywhere: PhraseMatcher;
    readonly questionTag: PhraseMatcher;
    readonly hypothetical: PhraseMatcher;
    readonly specific: PhraseMatcher;
    readonly generic: PhraseMatcher;
    readonly others: PhraseMatcher;
    readonly underCare: PhraseMatcher;
    readonly urgency: PhraseMatcher;
    readonly topics: PhraseMatcher;
    readonly clauseBreaks: PhraseMatcher;
}

type ListPicker = (lexicon: SafetyLexicon) => readonly string[];

export function compileMatchers(lexicons: Iterable<SafetyLexicon>): SafetyMatchers {
    const all = [...lexicons];
    const merged = (pick: ListPicker) => all.flatMap(pick);
    const matcher = (pick: ListPicker) => new PhraseMatcher(merged(pick));
    return {
        signs: RED_FLAG_SIGNS.map((sign) => ({
            sign,
            current: matcher((l) => l.signs[sign].current),
            mention: matcher((l) => l.signs[sign].mention),
            notThis: matcher((l) => l.signs[sign].notThis ?? [])
        })),
        feverIfTreatment: matcher((l) => l.feverIfTreatment),
        treatmentContext: matcher((l) => l.treatmentContext),
        temperatureWords: matcher((l) => l.temperature.words),
        degrees: matcher((l) => l.temperature.degrees),
        otherUnits: matcher((l) => l.temperature.otherUnits),
        threshold: matcher((l) => l.temperature.threshold),
        possession: matcher((l) => l.temperature.possession),
        negBefore: matcher((l) => l.negation.before),
        negAfter: matcher((l) => l.negation.after),
        negAdjacent: matcher((l) => l.negation.adjacent),
        // Suffixes, not words: "nt" covers hasnt, didnt, wont.
        blockerBefore: new RegExp(`${compileLiterals(merged((l) => l.negation.blockers))}\\s+$`),
        recent: matcher((l) => l.time.recent),
        again: matcher((l) => l.time.again),
        distant: matcher((l) => l.time.distant),
        pastVerbs: matcher((l) => l.time.pastVerbs),
        questionStart: matcher((l) => l.question.start),
        questionFillers: matcher((l) => [...l.question.fillers, ...l.clauseBreaks]),
        questionAnywhere: matcher((l) => l.question.anywhere),
        questionTag: matcher((l) => l.question.tag),
        hypothetical: matcher((l) => l.hypothetical),
        specific: matcher((l) => l.subjects.specific),
        generic: matcher((l) => l.subjects.generic),
        others: matcher((l) => l.subjects.others),
        underCare: matcher((l) => l.underCare),
        urgency: matcher((l) => l.urgency),
        topics: matcher((l) => l.topics),
        clauseBreaks: matcher((l) => l.clauseBreaks)
    };
}
