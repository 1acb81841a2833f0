import { LOCALES, type Locale } from '../languages';

/** The operator's name per language; a language without one uses the unnamed wording. */
export type OperatorNames = Readonly<Partial<Record<Locale, string>>>;

/** OPERATOR_NAME_<LANG> where set, else OPERATOR_NAME; blank values count as unset. */
export function operatorNamesFromEnv(env: { readonly [key: string]: unknown }): OperatorNames {
    const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
    const general = text(env.OPERATOR_NAME);
    const entries = LOCALES.flatMap((locale) => {
        const name = text(env[`OPERATOR_NAME_${locale.toUpperCase()}`]) || general;
        return name ? [[locale, name] as const] : [];
    });
    return Object.fromEntries(entries);
}

export function operatorName(names: OperatorNames, locale: Locale | undefined): string | undefined {
    return locale ? names[locale] : undefined;
}

/**
 * i18next options for a text that names the operator: `{ operator }`, or the `_unnamed` context
 * when there is no name, so each language words it without one instead of a glued-in phrase.
 */
export function operatorParams(names: OperatorNames, locale: Locale): { operator: string } | { context: 'unnamed' } {
    const name = names[locale];
    return name ? { operator: name } : { context: 'unnamed' };
}
