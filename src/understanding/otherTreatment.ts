import { FIELDS, type FieldSpec } from '../domain/fields';
import type { Translate } from '../i18n/i18n';
import { localYesDict, yesDict } from '../i18n/parsers/answers';
import { keysOf } from '../i18n/parsers/tokenize';
import { givenWords } from '../i18n/parsers/yesno';
import type { Locale } from '../languages';
import { findCue } from '../intake/treatmentCue';

/** How many words may stand between a yes ("had", "была") and the treatment it is said of. */
const BOUND_WITHIN = 2;

const treatmentQuestions = FIELDS.filter((f) => f.section === 'treatments' && f.kind === 'yesno');

/** A yes within BOUND_WITHIN words of a treatment's name, either side. */
function saidOf(yes: { start: number; end: number }, cue: { at: number; end: number }): boolean {
    const words = cue.at >= yes.end ? cue.at - yes.end : yes.start >= cue.end ? yes.start - cue.end : 0;
    return words <= BOUND_WITHIN;
}

/** A one-word yes that is no verb of giving ("yes", "да", "ja"): the parent's own answer, said of nothing else. */
const isInterjection = (keys: readonly string[], yes: { start: number; end: number }) =>
    yes.end - yes.start === 1 && !givenWords().has(keys[yes.start]!);

/**
 * "he had a transplant", "была пересадка" when asked about CAR-T: the asked treatment is not
 * named, and every yes in the words is said of another treatment they name, so they do not answer
 * the question. A yes of its own ("after the transplant, yes") still does.
 */
export function yesOfAnotherTreatment(field: FieldSpec, stated: string, locale: Locale, t: Translate): boolean {
    if (!treatmentQuestions.includes(field) || findCue(stated, field.path, locale, t)) return false;
    const keys = keysOf(stated);
    const yeses = [...localYesDict(locale).scan(keys), ...yesDict().scan(keys)];
    const others = treatmentQuestions.filter((f) => f !== field).flatMap((f) => {
        const cue = findCue(stated, f.path, locale, t);
        return cue?.reading === 'given' ? [cue] : [];
    });
    if (yeses.length === 0 || others.length === 0) return false;
    return yeses.every((yes) => !isInterjection(keys, yes) && others.some((cue) => saidOf(yes, cue)));
}
