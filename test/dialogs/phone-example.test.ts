import { afterEach, describe, expect, it } from 'vitest';
import { SCRIPTS } from '../fixtures/scripts';
import { allText, createHarness, texts, TODAY, type Harness } from '../helpers/harness';
import { answerUntil } from '../helpers/script';
import { emptyDraft } from '../../src/domain/draft';
import { fieldSpec } from '../../src/domain/fields';
import { promptText } from '../../src/intake/question';
import type { Locale } from '../../src/languages';

let harness: Harness;
afterEach(async () => {
    await harness?.close();
});

/** Reaches the phone question with the script's answers, the country of residence replaced when given. */
async function atPhone(locale: Locale, country?: string) {
    harness = await createHarness({ locale });
    const script = country ? { ...SCRIPTS[locale], 'child.countryOfResidence': country } : SCRIPTS[locale];
    return answerUntil(harness, await harness.join(), script, 'contact.phone');
}

// libphonenumber's fictional mobile numbers, in the format of the family's country.
const CASES: [locale: Locale, country: string | undefined, example: string][] = [
    ['en', undefined, '+7 771 000 9998'], // Kazakhstan
    ['en', 'United Arab Emirates', '+971 50 123 4567'],
    ['en', 'Germany', '+49 1512 3456789'],
    ['de', undefined, '+43 664 123456'], // Österreich (e-mail skipped: the phone is required)
    ['ru', undefined, '+7 912 345 67 89'],
    ['ar', undefined, '+964 791 234 5678'], // العراق
    ['pl', undefined, '+48 512 345 678'],
    ['ro', undefined, '+373 621 12 345'], // Republica Moldova
    ['es', undefined, '+57 321 1234567'], // Colombia
    ['fr', undefined, '+213 551 23 45 67'], // Algérie
    ['tr', undefined, '+90 501 234 56 78'] // Türkiye
];

describe('the phone question shows an example number of the family\'s country', () => {
    it.each(CASES)('%s, living in %s: %s', async (locale, country, example) => {
        const replies = await atPhone(locale, country);
        expect(allText(replies)).toContain(example);
        expect(allText(replies)).not.toContain(example.startsWith('+49') ? '+7' : '+49');
    });

    it('a number without the country code gets the country\'s code and example in the hint', async () => {
        await atPhone('en', 'United Arab Emirates');
        const text = allText(await harness.say('12345'));
        expect(text).toContain('Please include the country code, e.g. +971.');
        expect(text).toContain('"+971 50 123 4567"');
    });

    it('"help" at the phone question quotes the same example', async () => {
        await atPhone('ru');
        expect(allText(await harness.say('помощь'))).toContain('«+7 912 345 67 89»');
    });

    it.each([['en', '+49 1512 3456789'], ['ru', '+7 912 345 67 89'], ['ar', '+966 51 234 5678']] as const)(
        'without a country of residence, %s uses its language\'s usual country: %s',
        (locale, example) => {
            const ctx = { locale, t: texts().t(locale), draft: emptyDraft(TODAY), uploadMaxMb: 2, channelId: 'test' };
            expect(promptText(fieldSpec('contact.phone'), ctx)).toContain(example);
        }
    );
});
