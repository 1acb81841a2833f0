import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { LOCALES, type Locale } from '../languages';

export const LOCALES_DIR = path.resolve(__dirname, '../../locales');
export const NAMESPACES = ['common', 'intake'] as const;

export type Translate = TFunction;

/** Strings of one process; turns take a fixed-language `t` from it, never the global one. */
export interface Texts {
    t(locale: Locale): Translate;
    /** Same key in every language (e.g. language names for the menu). */
    all(key: string): Record<Locale, string>;
}

function readNamespace(locale: string, ns: string): Record<string, unknown> {
    const file = path.join(LOCALES_DIR, locale, `${ns}.json`);
    try {
        return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch (error) {
        throw new Error(`createTexts(): cannot read ${path.relative(process.cwd(), file)}: ${(error as Error).message}`);
    }
}

export function createTexts(): Texts {
    const available = new Set(readdirSync(LOCALES_DIR));
    const resources: Record<string, Record<string, Record<string, unknown>>> = {};
    for (const locale of LOCALES) {
        if (!available.has(locale)) throw new Error(`createTexts(): locales/${locale} is missing`);
        resources[locale] = Object.fromEntries(NAMESPACES.map((ns) => [ns, readNamespace(locale, ns)]));
    }
    const instance = i18next.createInstance();
    void instance.init({
        resources,
        lng: 'en',
        fallbackLng: 'en',
        supportedLngs: [...LOCALES],
        ns: [...NAMESPACES],
        defaultNS: 'common',
        initAsync: false,
        interpolation: { escapeValue: false },
        returnNull: false
    });
    const fixed = new Map<Locale, Translate>(LOCALES.map((l) => [l, instance.getFixedT(l)]));
    return {
        t: (locale) => fixed.get(locale) ?? instance.getFixedT(locale),
        all: (key) => Object.fromEntries(LOCALES.map((l) => [l, instance.getFixedT(l)(key)])) as Record<Locale, string>
    };
}
