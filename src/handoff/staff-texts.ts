import { readFileSync } from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import { LOCALES_DIR, type Texts, type Translate } from '../i18n/i18n.js';
import { LOCALES, type Locale } from '../languages/index.js';

export const STAFF_NAMESPACE = 'staff';

/** Everything a staff-facing rendering needs in one language. */
export interface StaffTexts {
    locale: Locale;
    /** The bot's own strings ('common:…', 'intake:…'). */
    t: Translate;
    /** Staff-only strings from locales/<lang>/staff.json (keys without a namespace prefix). */
    s: Translate;
}

function readStaffNamespace(locale: Locale): Record<string, unknown> {
    const file = path.join(LOCALES_DIR, locale, `${STAFF_NAMESPACE}.json`);
    try {
        return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch (error) {
        throw new Error(`createStaffTexts(): cannot read locales/${locale}/${STAFF_NAMESPACE}.json: ${(error as Error).name}`);
    }
}

/**
 * Staff strings live in their own namespace file, loaded here (not by createTexts) so the
 * parent-facing instance never carries them. Same i18next settings as createTexts.
 */
export function createStaffTexts(texts: Texts, locale: Locale): StaffTexts {
    const instance = i18next.createInstance();
    void instance.init({
        resources: Object.fromEntries(LOCALES.map((l) => [l, { [STAFF_NAMESPACE]: readStaffNamespace(l) }])),
        lng: locale,
        fallbackLng: 'en',
        supportedLngs: [...LOCALES],
        ns: [STAFF_NAMESPACE],
        defaultNS: STAFF_NAMESPACE,
        initAsync: false,
        interpolation: { escapeValue: false },
        returnNull: false
    });
    return { locale, t: texts.t(locale), s: instance.getFixedT(locale) };
}
