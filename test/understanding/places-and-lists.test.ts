import { describe, it } from 'vitest';
import type { Locale } from '../../src/languages';
import { check, type Case } from '../helpers/arbitration';

/**
 * Where the child is: a place gone to ("twice a week we go to the clinic") is not where the child
 * is, and intensive care named with the hospital is where it is. Lists of treatments: an item named
 * and then said not given, unavailable or only planned is left out ("none" when nothing is left),
 * "nothing else" after names adds nothing, an unlisted "-mab" is "other". Kinship words of the
 * language name the relationship; in a Latin-script language, English words do when the parent's own
 * name nothing. Urgency said as a hurry or its absence.
 */
const CASES: Partial<Record<Locale, Case[]>> = {
    en: [
        ['status.location', 'we are at home; twice a week we go to the clinic for transfusions', [['set', 'status.location', 'home']]],
        ['status.location', 'home with grandma, she goes back to the ward on Thursday', [['set', 'status.location', 'home']]],
        ['status.location', 'on the oncology ward, moved to the ICU yesterday evening', [['set', 'status.location', 'intensive_care']]],
        ['status.location', 'she was in the ICU last week, now on the ward', [['set', 'status.location', 'hospital']]],
        ['treatments.antibodies', 'inotuzumab was offered but insurance refused, so she never got it. no other antibody', [['set', 'treatments.antibodies', ['none']]]],
        ['treatments.antibodies', 'gemtuzumab no, it is not available where we live', [['set', 'treatments.antibodies', ['none']]]],
        ['treatments.antibodies', 'blinatumomab, nothing else', [['set', 'treatments.antibodies', ['blinatumomab']]]],
        ['treatments.antibodies', 'blinatumomab twice; inotuzumab is planned, but she has not had it yet', [['set', 'treatments.antibodies', ['blinatumomab']]]],
        ['treatments.antibodies', 'blinatumomab is not for his type so no, but he got obinutuzumab in a trial', [['set', 'treatments.antibodies', ['other']]]],
        ['contact.relationship', "I'm her granny", [['set', 'contact.relationship', 'other']]],
        // "possible" is a French hedge, not to be dropped from an English option.
        ['request.urgency', 'as early as possible, he is very weak', [['set', 'request.urgency', 'asap']]],
        ['request.urgency', 'no big hurry, whenever suits you', [['set', 'request.urgency', 'flexible']]]
    ],
    es: [
        ['status.location', 'estamos en casa y cada semana vamos al hospital a control', [['set', 'status.location', 'home']]],
        ['treatments.antibodies', 'el inotuzumab lo pidieron pero no se lo pusieron, ninguno más', [['set', 'treatments.antibodies', ['none']]]],
        // "no es Filadelfia" is a negation, not the correction "no, es …".
        ['diagnosis.geneticMarkers', 'ETV6-RUNX1, ojo que no es Filadelfia positivo', [['set', 'diagnosis.geneticMarkers', ['ETV6-RUNX1']]]],
        // "no sé" after a name is a doubt, not "no se lo pusieron".
        ['treatments.antibodies', 'gemtuzumab creo, no sé', [['set', 'treatments.antibodies', ['gemtuzumab']]]],
        ['contact.relationship', "I'm his father", [['set', 'contact.relationship', 'father']]],
        ['status.activityLevel', 'he plays football with his friends like before', [['set', 'status.activityLevel', 'fully_active']]]
    ],
    de: [
        ['status.location', 'zu Hause, zur Kontrolle fahren wir jeden Dienstag in die Klinik', [['set', 'status.location', 'home']]],
        ['treatments.antibodies', 'Blinatumomab nicht bekommen, sonst auch keins', [['set', 'treatments.antibodies', ['none']]]],
        ['contact.relationship', 'ich bin die Oma', [['set', 'contact.relationship', 'other']]],
        ['request.urgency', 'eigentlich eilt es nicht', [['set', 'request.urgency', 'flexible']]]
    ],
    ru: [
        ['status.location', 'дома, но каждую неделю ездим в больницу на анализы', [['set', 'status.location', 'home']]],
        ['treatments.antibodies', 'давали даратумумаб', [['set', 'treatments.antibodies', ['other']]]]
    ],
    ar: [
        ['status.location', 'بالبيت، بس كل أسبوع نروح عالمستشفى للتحاليل', [['set', 'status.location', 'home']]],
        ['contact.relationship', 'أنا والدها', [['set', 'contact.relationship', 'father']]],
        ['contact.relationship', 'أنا جدتها', [['set', 'contact.relationship', 'other']]]
    ]
};

describe.each(Object.keys(CASES) as Locale[])('places, denied list items and kinship (%s)', (locale) => {
    it.each(CASES[locale]!)('at %s: %s', (open, message, expected) => check(locale, open, message, expected));
});
