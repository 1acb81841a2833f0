import type { FieldSpec } from '../domain/fields';
import type { FieldPath } from '../domain/schema';
import type { Translate } from '../i18n/i18n';
import type { ChoiceOption } from '../i18n/parsers/types';
import { getLexicon } from '../i18n/lexicon';
import { languagePack, LOCALES, type Locale } from '../languages';

export const fieldKey = (path: FieldPath, key: string) => `intake:fields.${path}.${key}`;

/** A list from the locale file; `lng` reads another language's (the English names of options). */
export function stringList(t: Translate, key: string, lng?: Locale): string[] {
    const value: unknown = t(key, { returnObjects: true, defaultValue: [], ...(lng ? { lng } : {}) });
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** A field's translation, or undefined when the locale has none (so callers can fall back). */
export function optionalText(t: Translate, key: string, params: Record<string, unknown> = {}): string | undefined {
    const value = t(key, { ...params, defaultValue: '' });
    return value === '' ? undefined : value;
}

/** Options of a choice or multichoice field in the conversation language (`lng`: in another one). */
export function choiceOptions(spec: FieldSpec, t: Translate, lng?: Locale): ChoiceOption[] {
    return (spec.choices ?? []).map((value) => ({
        value,
        title: t(fieldKey(spec.path, `choices.${value}`), lng ? { lng } : {}),
        synonyms: stringList(t, fieldKey(spec.path, `synonyms.${value}`), lng)
    }));
}

/** Kinship options named by every kinship word of the language too ("باباها", "grandma", "su mamá"). */
function withKinship(spec: FieldSpec, options: ChoiceOption[], locale: Locale): ChoiceOption[] {
    if (!spec.kinship) return options;
    const words: Readonly<Record<string, readonly string[] | undefined>> = getLexicon(locale).names.relationships;
    return options.map((o) => ({ ...o, synonyms: [...o.synonyms, ...(words[o.value] ?? [])] }));
}

/** Options by their names in another language the parent writes (`alsoWrittenIn`): "I'm her dad" in a Spanish chat, "traitement complet" in an Arabic one. */
export function optionsIn(spec: FieldSpec, t: Translate, lng: Locale): ChoiceOption[] {
    return withKinship(spec, choiceOptions(spec, t, lng), lng);
}

/**
 * Options as an answer is matched against: where the language is not written in Latin letters,
 * the English names too, since parents write medical terms in English inside their own sentence
 * ("خلصنا الـ induction", "у нас relapse").
 */
export function answerOptions(spec: FieldSpec, t: Translate, locale: Locale): ChoiceOption[] {
    const own = withKinship(spec, choiceOptions(spec, t), locale);
    if (languagePack(locale).script === 'Latin') return own;
    const english = choiceOptions(spec, t, LOCALES[0]);
    return own.map((o, i) => ({ ...o, synonyms: [...o.synonyms, english[i]!.title, ...english[i]!.synonyms] }));
}

/** Yes/no as options, so buttons and synonyms ("CNS1" = no) go through the same matcher as choices. */
export function yesNoOptions(spec: FieldSpec, t: Translate): ChoiceOption[] {
    const title = (value: 'true' | 'false', common: string) =>
        optionalText(t, fieldKey(spec.path, `choices.${value}`)) ?? t(`common:yesno.${common}`);
    const options: ChoiceOption[] = [
        { value: 'true', title: title('true', 'yes'), synonyms: [t('common:yesno.yes'), ...stringList(t, fieldKey(spec.path, 'synonyms.true'))] },
        { value: 'false', title: title('false', 'no'), synonyms: [t('common:yesno.no'), ...stringList(t, fieldKey(spec.path, 'synonyms.false'))] }
    ];
    if (spec.unknownAllowed) options.push({ value: 'unknown', title: t('common:yesno.unknown'), synonyms: [] });
    return options;
}

export function fieldLabel(path: FieldPath, t: Translate): string {
    return t(fieldKey(path, 'label'));
}
