import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELDS } from '../../src/domain/fields';
import { createTexts, LOCALES_DIR } from '../../src/i18n/i18n';
import { LOCALES } from '../../src/languages';

type Json = Record<string, unknown>;
const read = (locale: string, file: string) => JSON.parse(readFileSync(path.join(LOCALES_DIR, locale, file), 'utf8')) as Json;

function flatten(value: unknown, prefix = ''): Map<string, unknown> {
    const out = new Map<string, unknown>();
    if (value && typeof value === 'object' && !Array.isArray(value)) {
        for (const [k, v] of Object.entries(value)) for (const [fk, fv] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(fk, fv);
    } else {
        out.set(prefix, value);
    }
    return out;
}

// Plural forms differ per language (ru has _few/_many, ar _zero/_two…); compare the base key.
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const placeholders = (text: unknown) => (typeof text === 'string' ? [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort() : []);

describe('locales', () => {
    const files = readdirSync(path.join(LOCALES_DIR, 'en')).filter((f) => f.endsWith('.json'));

    describe.each(LOCALES.filter((l) => l !== 'en'))('%s', (locale) => {
        it.each(files)('%s has every key of English, with the same placeholders', (file) => {
            const en = flatten(read('en', file));
            const other = flatten(read(locale, file));
            const otherBases = new Set([...other.keys()].map(base));
            const missing = [...en.keys()].filter((k) => !other.has(k) && !otherBases.has(base(k)));
            expect(missing).toEqual([]);
            for (const [key, value] of en) {
                if (!other.has(key) || key.endsWith('_one') || key.includes('.synonyms.') || key.includes('.aliases')) continue;
                // Which placeholders, not how often; a neutral text may leave out the name its _male/_female forms use.
                const forms = [key, `${key}_male`, `${key}_female`].filter((k) => other.has(k));
                const used = [...new Set(forms.flatMap((k) => placeholders(other.get(k))))].sort();
                expect(used, `${locale}/${file}: ${key}`).toEqual([...new Set(placeholders(value))]);
            }
        });
    });

    it.each(LOCALES)('%s has a prompt, label and help for every field, and a title for every choice', (locale) => {
        const t = createTexts().t(locale);
        for (const spec of FIELDS) {
            for (const key of ['prompt', 'label', 'help']) {
                const k = `intake:fields.${spec.path}.${key}`;
                expect(t(k), k).not.toBe(k.replace('intake:', ''));
            }
            for (const value of spec.choices ?? []) {
                const k = `intake:fields.${spec.path}.choices.${value}`;
                expect(t(k), `${locale} ${k}`).not.toBe(k.replace('intake:', ''));
            }
        }
    });

    it('Russian texts agree through context, not "получал(а)" or "родился(-ась)"', () => {
        for (const file of files) {
            for (const [key, value] of flatten(read('ru', file))) {
                if (typeof value === 'string') expect(value, `ru/${file}: ${key}`).not.toMatch(/\p{L}\((?:-?ась|а|ла|на|ы)\)|\(-?ась\)/u);
            }
        }
    });

    it('German texts quote with „…“, not ASCII double quotes', () => {
        for (const file of files) {
            for (const [key, value] of flatten(read('de', file))) {
                if (typeof value === 'string') expect(value, `de/${file}: ${key}`).not.toMatch(/"[^"]*\p{L}[^"]*"/u);
            }
        }
    });

    it('a section\'s opening line asks nothing, so the field\'s question is the only one', () => {
        for (const locale of LOCALES) {
            const intros = flatten(read(locale, 'intake.json').sectionIntro);
            for (const [section, text] of intros) expect(text, `${locale} sectionIntro.${section}`).not.toMatch(/[?؟]/);
        }
    });

    it('Arabic keeps left-to-right runs isolated in the summary and prompts', () => {
        const t = createTexts().t('ar');
        expect(t('common:submit.done', { reference: 'K7Q-4M2' })).toMatch(/\u2068K7Q-4M2\u2069/);
    });
});
