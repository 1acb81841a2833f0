import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/languages';
import { compileMatchers, loadSafetyLexicons, SAFETY_LOCALES_DIR } from '../../src/safety/lexicon';
import { compilePhrase, PhraseMatcher, prepare, PreparedText } from '../../src/safety/patterns';

/** Languages with a few emergency phrases only (locales/<lang>/safety.json), not spoken by the bot. */
const NOT_SPOKEN: string[] = [];

function keysOf(value: unknown, prefix = ''): string[] {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return [prefix];
    return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

const matches = (phrases: string[], text: string) => {
    const t = new PreparedText(prepare(text));
    return new PhraseMatcher(phrases).matches(t).map((s) => t.text.slice(s.start, s.end));
};

describe('safety phrase lists (locales/<lang>/safety.json)', () => {
    let temp: string | undefined;
    afterEach(() => {
        if (temp) rmSync(temp, { recursive: true, force: true });
        temp = undefined;
    });

    it('loads and compiles a valid file for every language, all with the same keys', () => {
        const lexicons = loadSafetyLexicons();
        expect([...lexicons.keys()].sort()).toEqual([...LOCALES, ...NOT_SPOKEN].sort());
        const en = keysOf(lexicons.get('en')).sort();
        for (const [lang, lexicon] of lexicons) expect(keysOf(lexicon).sort(), lang).toEqual(en);
        expect(() => compileMatchers(lexicons.values())).not.toThrow();
    });

    it('lets a language the bot does not speak leave lists out, but not add unknown ones', () => {
        temp = mkdtempSync(path.join(tmpdir(), 'safety-'));
        cpSync(SAFETY_LOCALES_DIR, temp, { recursive: true });
        mkdirSync(path.join(temp, 'xx'));
        writeFileSync(path.join(temp, 'xx', 'safety.json'), JSON.stringify({ signs: { fever: { current: [], mention: ['xfever'] } } }));
        const xx = loadSafetyLexicons(temp).get('xx');
        expect(xx?.signs.fever.mention).toEqual(['xfever']);
        expect(xx?.signs.seizure).toEqual({ current: [], mention: [], notThis: [] });
        expect(xx?.negation.before).toEqual([]);
        writeFileSync(path.join(temp, 'xx', 'safety.json'), JSON.stringify({ signs: { fever: { mention: ['xfever'], typo: [] } } }));
        expect(() => loadSafetyLexicons(temp)).toThrow(/locales\/xx\/safety\.json is invalid/);
    });

    it('picks up a new language from its folder alone', () => {
        temp = mkdtempSync(path.join(tmpdir(), 'safety-'));
        cpSync(SAFETY_LOCALES_DIR, temp, { recursive: true });
        cpSync(path.join(temp, 'en'), path.join(temp, 'xx'), { recursive: true });
        expect(loadSafetyLexicons(temp).has('xx')).toBe(true);
    });

    it('names the file and the field of an invalid list', () => {
        temp = mkdtempSync(path.join(tmpdir(), 'safety-'));
        cpSync(SAFETY_LOCALES_DIR, temp, { recursive: true });
        writeFileSync(path.join(temp, 'de', 'safety.json'), JSON.stringify({ signs: {} }));
        expect(() => loadSafetyLexicons(temp)).toThrow(/locales\/de\/safety\.json is invalid/);
    });

    it('requires a file for every language the bot speaks', () => {
        temp = mkdtempSync(path.join(tmpdir(), 'safety-'));
        cpSync(SAFETY_LOCALES_DIR, temp, { recursive: true });
        rmSync(path.join(temp, 'ru', 'safety.json'));
        expect(() => loadSafetyLexicons(temp)).toThrow(/missing for ru/);
    });
});

describe('phrase syntax', () => {
    it('rejects malformed phrases', () => {
        for (const bad of ['~ fever', 'fever ~', '(a|b', 'a||b', 'x?', '*']) expect(() => compilePhrase(bad), bad).toThrow();
    });

    it('matches whole words, stems, alternatives, groups, optional words and gaps', () => {
        expect(matches(['fever'], 'feverfew tea')).toEqual([]);
        expect(matches(['seizure*'], 'two seizures')).toEqual(['seizures']);
        expect(matches(['(cant|unable to) breathe'], 'he is unable to breathe')).toEqual(['unable to breathe']);
        expect(matches(['has a? fever'], 'she has fever')).toEqual(['has fever']);
        expect(matches(['bleeding ~ wont stop'], 'the bleeding from his nose wont stop')).toEqual(['bleeding from his nose wont stop']);
        expect(matches(['bleeding ~ wont stop'], 'bleeding, wont stop')).toEqual([]);
        expect(matches(['<n> minutes ago'], 'since 20 minutes ago')).toEqual(['20 minutes ago']);
    });

    it('matches after normalisation: case, diacritics, ё, apostrophes, Arabic letters and digits', () => {
        expect(matches(["can't breathe"], 'He CAN’T breathe')).toEqual(['cant breathe']);
        expect(matches(['schüttelfrost'], 'Schuttelfrost!')).toEqual(['schuttelfrost']);
        expect(matches(['рвёт'], 'его рвет')).toEqual(['рвет']);
        expect(matches(['حرارة'], 'عنده حرارة')).toEqual(['حراره']);
        expect(prepare('حرارة ٣٩٫٥')).toBe('حراره 39.5');
    });

    it('lets Arabic words carry clitics unless marked exact', () => {
        expect(matches(['حرارة'], 'والحرارة عالية')).toEqual(['والحراره']);
        expect(matches(['قسطرة ~ انكسرت'], 'بالقسطرة انكسرت')).toEqual(['بالقسطره انكسرت']);
        expect(matches(['=حرارة'], 'والحرارة عالية')).toEqual([]);
    });
});
