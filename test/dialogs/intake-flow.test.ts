import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import type { Application } from '../../src/domain/schema';
import { EXPECTED, SCRIPTS } from '../fixtures/scripts';
import { allText, createHarness, currentField, intakeOf, type Harness } from '../helpers/harness';
import { runScript } from '../helpers/script';

let harness: Harness | undefined;
const THANKS = { en: 'Thanks a lot!', de: 'Danke schön', ru: 'Спасибо большое!', ar: 'شكرا جزيلا', ro: 'Mulțumesc frumos!' } as const;
afterEach(async () => {
    await harness?.close();
    harness = undefined;
});

describe.each(['en', 'de', 'ru', 'ar', 'ro'] as const)('the whole intake in %s (TestAdapter)', (locale) => {
    it('goes from welcome and consent to a stored, validated application', async () => {
        harness = await createHarness({ locale });
        const welcome = await harness.join();
        expect(welcome[0]?.text).toContain('Test Care');
        expect(welcome[0]?.locale ?? locale).toBe(locale);
        expect(currentField(welcome)).toBe('consent.dataProcessing');

        let replies: Partial<Activity>[] = [];
        const running = harness;
        const { reference } = await runScript({ say: async (text) => (replies = await running.say(text)) }, welcome, SCRIPTS[locale]);
        expect(reference).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/);
        const t = harness.services.texts.t(locale);
        // What happens next, and when: the operator's response time in this language.
        expect(replies.find((r) => intakeOf(r)?.submitted)?.text).toContain(harness.services.settings.responseTime[locale]);
        const thanks = await harness.say(THANKS[locale]);
        expect(allText(thanks)).toBe(t('common:copy.thanks'));
        expect(thanks.flatMap((r) => r.suggestedActions?.actions ?? [])).toEqual([]);

        const stored = await harness.database.applications.findByReference(reference);
        const application = stored?.data as Application;
        expect(application.locale).toBe(locale);
        const expected = EXPECTED[locale];
        for (const section of ['child', 'diagnosis', 'status', 'treatments', 'documents', 'request', 'contact'] as const) {
            expect(application[section], section).toEqual(expected[section]);
        }
        expect(application.flags.map((f) => f.code)).toEqual(expected.flags);
        expect(application.consent).toEqual({ dataProcessing: true });
        expect(application.completeness.score).toBeGreaterThan(0.5);
    });
});

describe('prompt metadata', () => {
    it('carries channelData.intake with kind, section, progress and localized choices', async () => {
        harness = await createHarness({ locale: 'de' });
        await harness.join();
        await harness.say('ja');
        await harness.say('Lukas');
        await harness.say('3. März 2015');
        const replies = await harness.say('Junge');
        const meta = intakeOf(replies[replies.length - 1]);
        expect(meta?.field).toBe('child.weightKg');
        expect(meta?.kind).toBe('number');
        expect(meta?.section).toBe('child');
        expect(meta?.progress?.index).toBe(5);
        const sexPrompt = await harness.say('zurück');
        const sexMeta = intakeOf(sexPrompt[sexPrompt.length - 1]);
        expect(sexMeta?.field).toBe('child.sex');
        expect(sexMeta?.choices?.map((c) => c.value)).toEqual(['female', 'male', 'unknown']);
        expect(sexMeta?.choices?.[0]?.title).toBe('Mädchen');
    });
});

describe('consent', () => {
    it('a "no" stores no health data and asks nothing about the child', async () => {
        harness = await createHarness({ locale: 'en' });
        await harness.join();
        const replies = await harness.say('no');
        expect(currentField(replies)).toBeUndefined();
        expect(allText(replies)).toMatch(/won't ask anything about your child's health/);
        const idle = await harness.say('Mia');
        expect(currentField(idle)).toBeUndefined();
        const again = await harness.say('start');
        expect(currentField(again)).toBe('consent.dataProcessing');
    });
});
