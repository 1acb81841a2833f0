import { withAnswer, type IntakeDraft } from '../domain/draft';
import { FIELDS, isApplicable, type FieldSpec } from '../domain/fields';
import type { FaqAnswer } from '../faq/answerer';
import { detectCommand, saysChange, type Command } from '../i18n/commands';
import { isGreeting, isUnknownAnswer, localNoDict, localYesDict, noDict, withoutPolite } from '../i18n/parsers/answers';
import { aroundLastCorrection, clausesOf, saysUnknown } from '../i18n/parsers/sentence';
import { tokenize } from '../i18n/parsers/tokenize';
import { opensWithYesOrNo } from '../i18n/parsers/yesno';
import type { Translate } from '../i18n/i18n';
import type { Locale } from '../languages';
import { resolveField, speaksOfField } from '../intake/fieldMatch';
import { interpretAnswer, type Interpretation } from '../intake/interpret';
import { asksMeaning, looksLikeQuestion } from '../i18n/question';
import { splitClauses } from './clauses';
import { correctionIn } from './corrections';
import { followedDenied } from './followed';
import { yesOfAnotherTreatment } from './otherTreatment';
import { describable, describedOption, severity } from './describe';
import { mentionedFields } from './mentions';
import type { Understanding, UnderstoodCommand } from './types';

export interface UnderstandContext {
    /** The question the bot asked last; undefined outside the intake (idle, review). */
    field: FieldSpec | undefined;
    draft: IntakeDraft;
    locale: Locale;
    today: Date;
    t: Translate;
    /** The knowledge base's best answer to a text (for questions asked without a question mark). */
    faq: (text: string) => FaqAnswer;
}

const QUESTION_MARKS = /[?؟]/g;
/** "Germany?", "B-cell?", "21 kg?": a value this short is answered, not asked. */
const MAX_TENTATIVE_WORDS = 2;
/** "not sure, maybe 105?": a value said with doubt is an answer with its doubt noted, up to this length. */
const MAX_HEDGED_WORDS = 6;

/** Without a question mark or question word, only a clear knowledge-base match counts as a question. */
const CONFIDENT_WITHOUT_QUESTION_MARK = 0.6;

/**
 * A valid answer wins over a command in the same words: a bare "deutsch" at citizenship is DE,
 * "English" at the family's languages is en. A command said as one ("in German please", "auf
 * Deutsch bitte") stays a command, and in free text, where anything is valid, commands win.
 */
function answerWins(field: FieldSpec, interpretation: Interpretation | undefined, text: string, control: Command, ctx: UnderstandContext): boolean {
    if (interpretation === undefined || interpretation.kind === 'invalid' || field.kind === 'text') return false;
    // "andere: BPDCN" is "other", not "ändere" (change) of an answer it cannot name.
    const namesNoAnswer = control.kind === 'change' && control.target !== '' && resolveField(control.target, FIELDS, ctx.t, ctx.locale) === undefined;
    return namesNoAnswer || field.kind === 'languages' || withoutPolite(tokenize(text)).length <= 1;
}

/**
 * The comma-separated start of a question that is a statement answering the field ("will send later"
 * in "will send later, pdf is ok?"). Not in free text or names, where any words would do.
 */
function answeringLead(question: string, field: FieldSpec, interpret: (words: string) => Interpretation): string | undefined {
    // Only before a question mark: "мам, а что такое МОБ положительная, я не поняла" asks throughout.
    if (field.kind === 'text' || !/[?؟]\s*$/u.test(question)) return undefined;
    const parts = question.split(/(?<=[,،])/u);
    if (parts.length < 2) return undefined;
    const lead = parts.slice(0, -1).join('').replace(/[\s,،]+$/u, '');
    // Short, and the answer is all it says: "he turns 18 in march, can you…?" is no answer about his sex.
    if (asksMeaning(lead) || withoutPolite(tokenize(lead)).length > MAX_HEDGED_WORDS) return undefined;
    const reading = interpret(lead);
    return (reading.kind === 'value' && reading.detail === undefined) || reading.kind === 'skip' ? lead : undefined;
}

/** A description is not a name ("plays a little, gets tired fast"): the option it points to, to confirm. */
const MIN_DESCRIPTION_WORDS = 3;

function described(field: FieldSpec, stated: string | undefined, interpretation: Interpretation | undefined, ctx: UnderstandContext): UnderstoodCommand | undefined {
    if (stated === undefined || field.kind !== 'choice' || withoutPolite(tokenize(stated)).length < MIN_DESCRIPTION_WORDS || !describable(field, ctx.locale, ctx.t)) return undefined;
    // Off a scale, where a description points to several options, the one said by what did not
    // happen ("two blocks, the chemo did not help") is the guess.
    const denied = field.severityOrdered ? undefined : describedOption(field, stated, ctx.locale, ctx.t, true);
    const guess = describedOption(field, stated, ctx.locale, ctx.t) ?? denied;
    // Named and described alike ("plays quietly most of the day"), or named as at least as limited
    // as described ("liegt viel, malt im Bett"): no need to ask.
    const named = interpretation?.kind === 'value' ? interpretation.value : undefined;
    // Off a scale a named option is the answer, unless the description says what did not happen ("two
    // inductions, the chemo did not work"): then the parent is asked about it.
    const overrides = named !== undefined && denied !== undefined && denied === guess;
    if (guess === undefined || named === guess || (named !== undefined && !overrides && (!field.severityOrdered || severity(field, named) >= severity(field, guess)))) return undefined;
    return { kind: 'confirm', field: field.path, value: guess, reason: 'guessed', words: stated };
}

/** The knowledge base's answer to words asked without a question mark, when it is clear enough to be a question. */
function confidentAnswer(text: string, ctx: UnderstandContext): FaqAnswer | undefined {
    const faq = ctx.faq(text);
    return faq.topic !== null && faq.confidence >= CONFIDENT_WITHOUT_QUESTION_MARK ? faq : undefined;
}

/** Yes or no in the conversation's language or English: Latin "ne" is no in Ukrainian, "what" in Turkish "ne kadar". */
const saysYesOrNo = (text: string, locale: Locale) => {
    const keys = tokenize(text).map((t) => t.key);
    return localYesDict(locale).scan(keys).length > 0 || localNoDict(locale).scan(keys).length > 0;
};

/**
 * A yes/no question answered by naming what only a "yes" leads to: "AIEOP-BFM 2017" when asked
 * about chemotherapy, "from her brother" about a transplant. Yes, with the details noted.
 */
function impliedYes(field: FieldSpec, stated: string, ctx: UnderstandContext): UnderstoodCommand[] | undefined {
    // "Not yet, they are searching for a donor": a no-word anywhere means it is not a yes.
    if (field.kind !== 'yesno' || noDict().scan(tokenize(stated).map((t) => t.key)).length > 0) return undefined;
    const ifYes = withAnswer(ctx.draft.answers, field.path, true);
    const ifNo = withAnswer(ctx.draft.answers, field.path, false);
    const followUps = new Set(FIELDS.filter((f) => isApplicable(f, ifYes) && !isApplicable(f, ifNo)).map((f) => f.path));
    if (followUps.size === 0) return undefined;
    const details = mentionedFields(stated, field.path, ifYes, ctx).filter((c) => c.kind === 'set' && followUps.has(c.field));
    return details.length > 0 ? [{ kind: 'set', field: field.path, value: true, words: stated }, ...details] : undefined;
}

function fromInterpretation(field: FieldSpec, interpretation: Interpretation, words: string): UnderstoodCommand {
    switch (interpretation.kind) {
        case 'value':
            return {
                kind: 'set', field: field.path, value: interpretation.value, words,
                ...(interpretation.hedged ? { hedged: true } : {}), ...(interpretation.detail ? { detail: interpretation.detail } : {})
            };
        case 'skip':
            return { kind: 'skip', field: field.path, words };
        case 'confirm':
            return { kind: 'confirm', field: field.path, value: interpretation.value, reason: interpretation.reason, words };
        case 'invalid':
            return { kind: 'invalid', field: field.path, failure: interpretation.failure, params: interpretation.params, words };
    }
}

/**
 * One message → ranked commands. The rules, in order:
 * 1. A command ("help", "auf Deutsch") wins, unless the same words are a valid answer to the open
 *    field ("deutsch" at citizenship is DE; "English" at the family's languages is en).
 * 2. A question (question mark, question word, the shape of a question) is never a value: it is
 *    answered. The statements of the same message may still answer the field ("B-cell; can she
 *    get CAR-T?": stored, answered, on to the next question).
 * 3. Without a question, what does not fit the field may still be a clear question for the
 *    knowledge base, unless it speaks of what the field asks; otherwise it is an invalid answer,
 *    with its reason.
 */
export function understand(text: string, ctx: UnderstandContext): Understanding {
    const control = detectCommand(text, ctx.locale);
    const { field } = ctx;
    const { marked, openers, plain } = splitClauses(text);
    // "change the weight to 25 kg", "Kilosunu 52 olarak düzeltin, bugün tartıldı": the change (in the
    // message or its first clause) and its new value at once.
    const changeSaid = control?.kind === 'change' || saysChange(clausesOf(text)[0]?.text ?? '', ctx.locale);
    const changed = changeSaid ? correctionIn(text, ctx.draft, field?.path, ctx, true) : undefined;
    if (changed) return { commands: [changed.command] };
    if (!field) {
        if (control) return { commands: [{ kind: 'control', command: control, words: text }] };
        if (marked.length + openers.length > 0) return { commands: [{ kind: 'question', words: text }] };
        const correction = correctionIn(text, ctx.draft, undefined, ctx);
        return { commands: correction ? [correction.command] : [] };
    }
    const interpret = (words: string) => interpretAnswer(field, words, { locale: ctx.locale, today: ctx.today, answers: ctx.draft.answers, t: ctx.t });
    // "hallo" at the consent question is a greeting, not an answer it failed to understand, and at a
    // name or free text it is no name or note.
    if (!control && isGreeting(text) && (field.kind === 'text' || interpret(text).kind === 'invalid')) return { commands: [{ kind: 'greeting', words: text }] };
    // The whole message when nothing in it is asked; otherwise what it states. A sentence that only
    // opens like a question ("ما بعرف…" is "I don't know…") is asked when it does not answer the
    // field; in free text, where anything is an answer, it is always asked.
    // "Germany?", "maybe 105?": a bare value with a doubtful question mark is an answer; a sentence
    // with a question mark ("how well does CAR-T work?") stays a question.
    const tentative = marked.filter((clause) => {
        const bare = clause.replace(QUESTION_MARKS, ' ').trim();
        const words = withoutPolite(tokenize(bare)).length;
        // "CAR-T ne kadar tutuyor yaklaşık?" at the CAR-T question asks the price; a yes/no is said in yes/no words.
        if (words > MAX_HEDGED_WORDS || looksLikeQuestion(bare) || (field.kind === 'yesno' && !saysYesOrNo(bare, ctx.locale))) return false;
        const reading = interpret(bare);
        return reading.kind !== 'invalid' && (words <= MAX_TENTATIVE_WORDS || (reading.kind === 'value' && reading.hedged === true));
    });
    // "will send later, pdf is ok?": what comes before the asking part of a sentence may answer the field.
    const leads: string[] = [];
    const questions = marked.filter((clause) => !tentative.includes(clause)).map((question) => {
        const lead = answeringLead(question, field, interpret);
        if (lead === undefined) return question;
        leads.push(lead);
        return question.slice(lead.length).replace(/^[\s,،]+/u, '');
    });
    const answerable = [...openers, ...plain, ...leads, ...tentative.map((c) => c.replace(QUESTION_MARKS, ' ').trim())];
    let stated: string | undefined = marked.length === 0 ? text : answerable.join(' ') || undefined;
    let interpretation = stated === undefined ? undefined : interpret(stated);
    // In free text an opener the knowledge base cannot answer is a statement that starts like a
    // question ("ما في دواء هنا" is "there is no medicine here"): staff read it in the notes.
    const asking = field.kind === 'text' ? openers.filter((clause) => confidentAnswer(clause, ctx) !== undefined) : openers;
    // At a yes/no question an opener that names the treatment ("wie lange dauert das mit CAR-T…") asks; a yes is said in yes/no words.
    const namedOnly = field.kind === 'yesno' && interpretation?.kind === 'value' && interpretation.value === true && !saysYesOrNo(stated ?? '', ctx.locale);
    if (asking.length > 0 && (field.kind === 'text' || interpretation?.kind === 'invalid' || namedOnly)) {
        questions.push(...asking);
        const rest = answerable.filter((clause) => !asking.includes(clause));
        stated = rest.length > 0 ? rest.join(' ') : undefined;
        interpretation = stated === undefined ? undefined : interpret(stated);
    }
    // "KMT2A… no wait, that's wrong… just hyperdiploid": an answer put right in the same message; what
    // follows the last correction marker is the answer when both parts are one (not in free text,
    // where "wait" may be the parent's own word; "sorry, her weight is 25 kg" corrects another field).
    const around = stated === undefined || field.kind === 'text' ? undefined : aroundLastCorrection(stated, ctx.locale);
    const revisedReading = around === undefined ? undefined : interpret(around.after);
    if (around !== undefined && revisedReading?.kind === 'value' && interpret(around.before).kind === 'value') {
        stated = around.after;
        interpretation = revisedReading;
    }
    // Beside a question, a yes/no field is answered only by a clause opening with yes or no, or by not
    // knowing before the question ("keine Ahnung, braucht man das für Amerika?"; after it, "…? I don't
    // know" is about the question): "Is CAR-T possible for T-ALL? I read about CD7 CAR-T", "…als Spender?
    // Er hat eine Schwester" and "¿se puede CAR-T después del trasplante? acá nos dijeron que sí" tell no
    // treatment given.
    const beforeQuestions = text.slice(0, Math.min(...questions.map((q) => text.indexOf(q)).filter((at) => at >= 0)));
    const answersBesideQuestion = (words: string) => opensWithYesOrNo(words, ctx.locale) || saysUnknown(tokenize(beforeQuestions).map((t) => t.key), ctx.locale);
    if (field.kind === 'yesno' && questions.length > 0 && stated !== undefined && !answersBesideQuestion(stated)) {
        stated = undefined;
        interpretation = undefined;
    }
    // In free text, what follows a question is its context ("…? I've read about VOD") and is not
    // stored; what comes before it answers ("He has a central line. Can…?").
    if (field.kind === 'text' && questions.length > 0) {
        const firstQuestion = Math.min(...questions.map((q) => text.indexOf(q)));
        const before = plain.filter((clause) => text.indexOf(clause) < firstQuestion);
        stated = before.length > 0 ? before.join(' ') : undefined;
        interpretation = stated === undefined ? undefined : interpret(stated);
    }
    if (control && !answerWins(field, interpretation, text, control, ctx)) {
        return { commands: [{ kind: 'control', command: control, words: text }] };
    }
    const asked: UnderstoodCommand[] = questions.length > 0 ? [{ kind: 'question', words: questions.join(' ') }] : [];
    // An earlier answer put right ("sorry, her weight is 24 kg, not 23"): said as a correction it wins
    // over the open field ("not" is no answer to it); told only by a contrast, when nothing else fits.
    // Inside a question only a correction said as one counts ("sorry, 24 kg not 23. is that ok?"): "¿se
    // puede CAR-T si ya tuvo trasplante?" is no new transplant date.
    const told = stated ?? (asked.length > 0 ? undefined : text);
    const correction = correctionIn(stated ?? text, ctx.draft, field.path, ctx);
    const unread = interpretation === undefined || interpretation.kind === 'invalid';
    if (correction && (correction.marked || (told !== undefined && unread))) return { commands: [correction.command, ...asked] };
    // "no, he never had CAR-T" at the CAR-T date: that yes is put right, and the date not asked.
    const undone = told !== undefined && unread ? followedDenied(field, told, ctx) : undefined;
    if (undone) return { commands: [undone, ...asked] };
    if (!interpretation) return { commands: asked };
    const read = described(field, stated, interpretation, ctx) ?? fromInterpretation(field, interpretation, stated ?? text);
    // "he had a transplant" at the CAR-T question: a yes said of another treatment does not answer this one.
    const otherYes = read.kind === 'set' && read.value === true && yesOfAnotherTreatment(field, stated ?? text, ctx.locale, ctx.t);
    const answer: UnderstoodCommand = otherYes ? { kind: 'invalid', field: field.path, failure: 'unrecognized', params: {}, words: read.words } : read;
    const implied = answer.kind === 'invalid' && stated !== undefined ? impliedYes(field, stated, ctx) : undefined;
    if (implied) return { commands: [...implied, ...asked] };
    // A later field's value ("t(12;21), ETV6-RUNX1" when asked the date) is an answer given early, not a question.
    const answersLater = () => mentionedFields(stated ?? text, field.path, ctx.draft.answers, ctx).length > 0;
    // "no idea" at a date that must be given is a miss to help with, not a question for the knowledge base.
    const saysUnknownOnly = () => isUnknownAnswer(text, { locale: ctx.locale, today: ctx.today });
    if (answer.kind === 'invalid' && !otherYes && asked.length === 0 && field.kind !== 'attachment' && !speaksOfField(text, field, ctx.t, ctx.locale) && !answersLater() && !saysUnknownOnly()) {
        // One word without a question mark is a miss, not a question ("orange" matched some language's FAQ wording).
        const faq = withoutPolite(tokenize(text)).length > 1 ? confidentAnswer(text, ctx) : undefined;
        if (faq) return { commands: [{ kind: 'question', words: text, answer: faq }] };
    }
    if (answer.kind === 'invalid' && asked.length > 0) return { commands: asked };
    // What the parser read beside the value ("I am her mother, …": the relationship), then what cue words give.
    const also: UnderstoodCommand[] = interpretation.kind === 'value'
        ? (interpretation.also ?? []).map((a) => ({ kind: 'set', field: a.field, value: a.value, words: stated ?? text }))
        : [];
    const others = answer.kind === 'set' || answer.kind === 'skip'
        ? [...also, ...mentionedFields(stated ?? text, field.path, withAnswer(ctx.draft.answers, field.path, answer.kind === 'set' ? answer.value : undefined), ctx)]
        : [];
    return { commands: [answer, ...others, ...asked] };
}
