import type { FieldSpec } from '../domain/fields';
import type { FieldPath } from '../domain/schema';
import type { Translate } from '../i18n/i18n';
import type { ChoiceOption } from '../i18n/parsers/types';

export const fieldKey = (path: FieldPath, key: string) => `intake:fields.${path}.${key}`;

export function stringList(t: Translate, key: string): string[] {
    const value: unknown = t(key, { returnObjects: true, defaultValue: [] });
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** A field's translation, or undefined when the locale has none (so callers can fall back). */
export function optionalText(t: Translate, key: string, params: Record<string, unknown> = {}): string | undefined {
    const value = t(key, { ...params, defaultValue: '' });
    return value === '' ? undefined : value;
}

/** Options of a choice or multichoice field in the conversation language. */
export function choiceOptions(spec: FieldSpec, t: Translate): ChoiceOption[] {
    return (spec.choices ?? []).map((value) => ({
        value,
        title: t(fieldKey(spec.path, `choices.${value}`)),
        synonyms: stringList(t, fieldKey(spec.path, `synonyms.${value}`))
    }));
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
