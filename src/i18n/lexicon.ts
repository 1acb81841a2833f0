import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { LOCALES, type Locale } from '../languages';
import { lazyPerLocale } from './parsers/lazy';

/**
 * Per-language word lists behind the parsers (locales/<lang>/lexicon.json). Every list is
 * matched whole-word after normalisation and folding, so entries are written naturally
 * ("weiß nicht", "don't know") and spelling variants without diacritics need no extra entry.
 * Lists keyed by something language-specific (codes, phrases) are arrays of objects, so that
 * every locale file has the same key structure as English.
 */
const phrases = z.array(z.string().min(1));
const byNumber = z.record(z.string().regex(/^\d+$/), phrases);
const unitLists = z.object({ day: phrases, week: phrases, month: phrases, year: phrases });

export const LexiconSchema = z.object({
    answers: z.object({
        yes: phrases,
        no: phrases,
        unknown: phrases,
        skip: phrases,
        same: phrases,
        noPreference: phrases,
        done: phrases
    }),
    /** "sorry, 24 kg not 23": words that mark a correction, and the words before the value it replaces. */
    corrections: z.object({ markers: phrases, contrast: phrases }),
    /** A greeting said on its own ("hallo", "привет"): greeted back, and the question asked again. */
    greetings: phrases,
    /** Politeness and filler ignored around short answers and commands ("please", "bitte"). */
    polite: phrases,
    /** Words that shape the meaning of a sentence around a value (see parsers/sentence.ts). */
    sentence: z.object({
        /** The language glues nouns into compounds: a word ending in an option's word names it ("Ganzkörperbestrahlung"). */
        compounds: z.boolean(),
        /** The parent is not sure: "I think", "vielleicht", "вроде", "أظن". */
        hedges: phrases,
        /** Negate the words that follow: "no", "kein", "без", "ما". */
        negations: phrases,
        /** Negate the words just before: "FLT3 negativ", "почты нет". */
        negationsAfter: phrases,
        /** Open a clause that overrides the one before: "but", "aber", "но", "بس". */
        contrast: phrases,
        /** Mark a clause as about an earlier time: "before", "vorher", "раньше", "سابقا". */
        earlier: phrases,
        /** Mark a clause as about the present: "now", "seitdem", "сейчас", "هلأ"; of states said in turn, its one counts. */
        now: phrases,
        /** Verbs that with a negation on either side say "don't know": "weiß ich nicht", "не знаю". */
        knowVerbs: phrases,
        /** Words that with a negation before them say "don't know": "not sure", "keine Ahnung". */
        sureWords: phrases,
        /** After "don't know", a guess follows: "I don't know if it was ALL", "ob", "ли", "إذا". */
        whether: phrases,
        /** Tests and results, which with a negation on either side mean not known: "not tested", "результата ещё нет" (not "done": "transplant not done" is no). */
        testWords: phrases,
        /** Results not in yet: "still waiting", "ausstehend", "ждём", "لسا ما طلعت". */
        pending: phrases,
        /** Before a one-letter name, they make it one: "type B", "тип B", "نوع بي". */
        kindWords: phrases,
        /** "Most of the time", "meistens", "большую часть дня", "أغلب الوقت": `{mostly}` in a field's signals stands for each. */
        mostly: phrases,
        /** Make a limitation small: "a bit weak", "bisschen schlapp", "немного слабый", "ضعيف شوية". */
        diminishers: phrases,
        /** "Later", "später", "позже", "بعدين": a deferral. */
        later: phrases,
        /** Verbs that a treatment was given ("received", "bekommen", "получала"): a negation beside them denies it, beside another verb ("work") only its effect. */
        given: phrases,
        /** A treatment is not offered where the family is ("not available", "gibt es nicht", "no lo hacen"): after its name, it was not given. */
        unavailable: phrases,
        /** Verbs of sending, uploading, scanning or photographing papers ("send", "einscannen", "перешлю"): at the documents question, files still to come. */
        send: phrases,
        /** A treatment still to come, not given: "planned", "kommt", "предстоит", "رح". */
        planned: phrases,
        /** Going somewhere or going there again and again ("we go to", "every", "fährt ins", "ездим"): a place gone to is not where one is. */
        visits: phrases,
        /** Before a treatment, it is still ahead: "until the transplant", "bis zur Transplantation", "вплоть до пересадки" (not "before": "chemo before the transplant" may tell a past one). */
        until: phrases,
        /** The same after it, where the language puts it there: "nakle kadar". */
        untilAfter: phrases,
        /** What follows says what the answer is about, not another answer: "a second opinion, especially about the transplant". */
        especially: phrases,
        /** Between two kinship words, the second is someone the first belongs to: "the mother of his father", "la maman de son papa", "мама его папы". */
        ofTheirs: phrases,
        /** With negations only, a message that says there is nothing (more): "nothing else", "нечего добавить". */
        more: phrases,
        /** "Only", "lieber", "лучше", "بس": the other contact channel is preferred. */
        only: phrases,
        /** Nouns of fields a parent may have none of ("no email") or no wish for ("no preference"). */
        nouns: z.object({ email: phrases, phone: phrases, preference: phrases })
    }),
    /** Names written in sentences (parsers/name.ts). */
    names: z.object({
        /** Before a name: "her name is", "heißt", "зовут", "اسمها", "I am". */
        before: phrases,
        /** After a name: "is her name", "heißt sie", "её зовут". */
        after: phrases,
        /** Before a nickname, which is kept apart from the name: "we call her", "дома". */
        nicknames: phrases,
        /** Words after a name that end it: "and", "years", "лет", "عمرها". */
        stops: phrases,
        /** Lower-case parts of names: "von", "de", "binti". */
        particles: phrases,
        /** Who the contact person is, by the spec's relationship codes. */
        relationships: z.object({ mother: phrases, father: phrases, legal_guardian: phrases, other: phrases })
    }),
    /** Words that join list items ("and", "und", "и", "و"). */
    listSeparators: phrases,
    numbers: z.object({
        /** 0–19, the tens, the hundreds and 2000: larger numbers are composed from them (see compounds). */
        cardinals: byNumber,
        /**
         * How this language composes numbers, as templates: "{tens} {unit}" (forty two),
         * "{unit}und{tens}" (zweiundzwanzig), "{unit} و{tens}" (تسعة وعشرين); "{hundreds} {rest}".
         */
        compounds: z.object({
            tensUnits: z.array(z.string().includes('{tens}').includes('{unit}')),
            hundreds: z.array(z.string().includes('{hundreds}').includes('{rest}')),
            /** A year in words after the listed "2000": "{thousands} {rest}" (dos mil veintiuno), "{thousands}{rest}" (zweitausendeinundzwanzig). */
            thousands: z.array(z.string().includes('{thousands}').includes('{rest}')),
            /** Ordinals past the listed ones: "{tens} {nth}" (twenty-first, двадцать первое), "{unit}und{tens}ste" (einundzwanzigste). */
            ordinalTensUnits: z.array(z.string().includes('{tens}')),
            /** Forms of 1–9 used only inside a compound ("ein" in "einundzwanzig"), besides the cardinals. */
            unitForms: byNumber
        }),
        /** A half after a number or its unit: "and a half", "с половиной", "ونص"; `glued` to the number word: "zweieinhalb". */
        half: z.object({ after: phrases, glued: phrases }),
        ordinals: byNumber,
        /** "once", "twice", "дважды", "مرتين". */
        multiplicatives: byNumber,
        /** Words around a number picked from a list: "number", "option", "вариант", "رقم". */
        choicePrefixes: phrases,
        negative: phrases
    }),
    /**
     * Twelve lists, January first: month names CLDR does not give (abbreviations, colloquial
     * forms). CLDR's names, Russian case forms and Arabic prefixes are added by monthNames.ts.
     */
    months: z.array(phrases).length(12),
    /** Regions whose CLDR month names differ from the language's own: SY (أيلول), MA (غشت), AT (Jänner). */
    monthRegions: z.array(z.string().regex(/^[A-Z]{2}$/)),
    dates: z.object({
        today: phrases,
        yesterday: phrases,
        dayBeforeYesterday: phrases,
        /** "ago", "vor", "назад", "قبل": marks a span counted back from today. */
        ago: phrases,
        /** Before or after a month name: "last March", "في مارس الماضي". */
        last: phrases,
        this: phrases,
        lastYear: phrases,
        thisYear: phrases,
        yearBeforeLast: phrases,
        lastMonth: phrases,
        thisMonth: phrases,
        lastWeek: phrases,
        /** Articles meaning one in "a year ago", "vor einem Jahr". */
        one: phrases,
        /** Holidays on a fixed day, by month: "Christmas 2024" is December 2024 (movable feasts are left out). */
        holidays: z.array(z.object({ phrase: z.string().min(1), month: z.number().int().min(1).max(12) }))
    }),
    durations: unitLists.extend({
        /** Arabic dual forms that carry the number two: "سنتين", "شهرين". */
        dual: unitLists,
        /** "A few", "ein paar", "несколько": more than one of the unit that follows ("in a few months"). */
        several: phrases,
        /** Fixed spans in months: "полгода" → 6, "anderthalb Jahren" → 18. */
        spans: z.array(z.object({ phrase: z.string().min(1), months: z.number().int().positive() }))
    }),
    units: z.object({
        kg: phrases,
        g: phrases,
        lb: phrases,
        /** Stones of 14 pounds, as weights are said in Britain and Ireland ("7 stone 4"). */
        st: phrases,
        cm: phrases,
        m: phrases,
        mm: phrases,
        ft: phrases,
        in: phrases,
        /** "3 times", "dreimal", "3 раза", "3 مرات". */
        times: phrases
    }),
    countries: z.object({
        /** Extra names by ISO alpha-2 code, besides the official and alias names of i18n-iso-countries. */
        aliases: z.array(z.object({ code: z.string().regex(/^[A-Z]{2}$/), names: phrases })),
        /**
         * Nationality words the language's rule does not make (see demonyms.ts), by code: "British",
         * "deutsch", "немецкий", "أمريكي". Adjectives are listed once: their endings are added.
         */
        demonyms: z.array(z.object({ code: z.string().regex(/^[A-Z]{2}$/), names: phrases })),
        /** Big cities, by their country's code: "Lagos", "München", "Алматы", "عمّان". A country named beside one wins. */
        cities: z.array(z.object({ code: z.string().regex(/^[A-Z]{2}$/), names: phrases })),
        /** Country names that are also ordinary words ("Chad", "того"): matched only as the whole answer. */
        wholeAnswerOnly: phrases,
        /** Regions and other words close to a country name ("أوروبا" ~ "أروبا"): never typo-matched. */
        notCountries: phrases,
        /** A clause with one tells where the family lives now: "live", "in", "wohnen", "живём", "في". */
        residence: phrases,
        /** A clause with one tells a place left behind: "fled", "came from", "geflüchtet", "نزحنا". */
        left: phrases
    }),
    /** Extra names and forms of languages by ISO 639-1 code, besides Intl.DisplayNames. */
    languages: z.array(z.object({ code: z.string().regex(/^[a-z]{2}$/), names: phrases })),
    languageSwitch: z.object({
        /** Ways to name each bot language in this language: "по-русски", "auf Deutsch". */
        names: z.object(Object.fromEntries(LOCALES.map((l) => [l, phrases])) as Record<Locale, typeof phrases>),
        /** Words allowed around the name in a switch request: "please", "speak", "in". */
        fillers: phrases
    }),
    commands: z.object({
        help: phrases,
        back: phrases,
        restart: phrases,
        cancel: phrases,
        human: phrases,
        delete: phrases,
        languageMenu: phrases,
        /** Verbs of "change <field>": before the field ("change weight") or after it ("Gewicht ändern"). */
        change: z.object({ before: phrases, after: phrases }),
        /** Words dropped from the front of a change target: "the", "my", "die", "мой". */
        changeArticles: phrases,
        /** Lead-ins allowed before a command: "I want to", "ich möchte", "хочу", "أريد". */
        leadIns: phrases
    }),
    /** Words that announce a question ("I wanted to ask", "quería preguntar", "у меня вопрос"): a message with one is asked. */
    askLeads: phrases,
    /** Words that open a question ("how", "можно ли"): a message starting with one is asked, not answered. */
    questionWords: phrases,
    /** Words that close a question where the language asks at the end (Turkish "mi", "mı", "nedir"): a message ending with one is asked. */
    questionEnds: phrases.optional(),
    /** A question word and a word of meaning in one sentence ask what something means, wherever they stand: "а что значит ремиссия". */
    meaningQuestions: z.array(z.tuple([z.string(), z.string()])),
    /** Frequent words that tell this language apart from the others written in the same script. */
    stopwords: phrases
});

export type Lexicon = z.infer<typeof LexiconSchema>;

const LOCALES_DIR = path.resolve(__dirname, '../../locales');

function deepFreeze<T>(value: T): T {
    if (value && typeof value === 'object') {
        for (const child of Object.values(value)) deepFreeze(child);
        Object.freeze(value);
    }
    return value;
}

function load(locale: Locale): Lexicon {
    const file = path.join(LOCALES_DIR, locale, 'lexicon.json');
    const parsed = LexiconSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) throw new Error(`${file} is invalid: ${z.prettifyError(parsed.error)}`);
    return deepFreeze(parsed.data);
}

/** The word lists of one language, read and validated on first use. */
export const getLexicon: (locale: Locale) => Lexicon = lazyPerLocale(load);

/** All languages' lists: parents mix languages, so most matching looks at every list. */
export function allLexicons(): readonly Lexicon[] {
    return LOCALES.map(getLexicon);
}
