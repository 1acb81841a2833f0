import { afterEach, describe, expect, it } from 'vitest';
import type { Application } from '../../src/domain/schema';
import { SCRIPTS } from '../fixtures/scripts';
import { allText, createHarness, currentField, type Harness } from '../helpers/harness';
import { answerUntil, runScript } from '../helpers/script';

let harness: Harness;
afterEach(async () => {
    await harness?.close();
});

const faqOf = (replies: { channelData?: unknown }[]) =>
    replies.map((r) => (r.channelData as { faq?: { topic: string | null; confidence: number } } | undefined)?.faq).find(Boolean);

async function startAt(locale: 'en' | 'de' | 'ru' | 'ar', field: string) {
    harness = await createHarness({ locale });
    return answerUntil(harness, await harness.join(), SCRIPTS[locale], field);
}

describe('questions during the intake', () => {
    it.each([
        ['en', 'child.weightKg', 'how much does the treatment in germany cost?', 'abroad.costs', /estimate/i],
        ['de', 'child.weightKg', 'Wie lange dauert es, ein Visum zu bekommen?', 'abroad.visa', /Visum/],
        ['ru', 'status.location', 'что такое кар-т терапия?', 'therapy.car_t', /CAR-T|кар/i],
        ['ar', 'child.weightKg', 'كيف نجد متبرع متوافق؟', 'therapy.hsct_donor', /متبرع/]
    ] as const)('%s: a question is answered with sources, then the same question is asked again', async (locale, field, question, topic, pattern) => {
        await startAt(locale, field);
        const replies = await harness.say(question);
        expect(faqOf(replies)?.topic).toBe(topic);
        expect(allText(replies)).toMatch(pattern);
        expect(allText(replies)).toMatch(/https:\/\//);
        expect(currentField(replies)).toBe(field);
    });

    it('a valid answer is never taken for a question ("CAR-T" when asked about CAR-T)', async () => {
        await startAt('en', 'treatments.carT');
        const replies = await harness.say('CAR-T');
        expect(faqOf(replies)).toBeUndefined();
        expect(currentField(replies)).toBe('treatments.carTDate');
    });

    it('an out-of-scope question gets the fallback with the offer of a person, and the question again', async () => {
        await startAt('en', 'child.sex');
        const replies = await harness.say('what is the weather in Berlin tomorrow?');
        expect(faqOf(replies)?.topic).toBeNull();
        expect(currentField(replies)).toBe('child.sex');
    });
});

describe('emergency interrupt', () => {
    // The scripts' families live in KZ (103 in the test operator file), AT (112), RU (103 / 112) and IQ (122).
    it.each([
        ['en', 'she has a fever of 39.5 and her counts are low after chemo', /103/],
        ['de', 'er hat seit einer Stunde Nasenbluten, es hört nicht auf', /112/],
        ['ru', 'у дочки температура 39 после химии, что делать', /112/],
        ['ar', 'ابني ما يقدر يتنفس الآن', /122/]
    ] as const)('%s: stops the intake with emergency advice, flags the draft, and "continue" returns', async (locale, text, number) => {
        await startAt(locale, 'status.location');
        const replies = await harness.say(text);
        expect(replies[0]?.text).toMatch(/⚠️/);
        expect(replies[0]?.text).toMatch(number);
        expect(currentField(replies)).toBeUndefined();
        const resumed = await harness.say(harness.services.texts.t(locale)('common:resume.continue'));
        expect(currentField(resumed)).toBe('status.location');
        const { reference } = await runScript(harness, resumed, SCRIPTS[locale]);
        const app = (await harness.database.applications.findByReference(reference))?.data as Application;
        expect(app.flags.map((f) => f.code)).toContain('red_flag_reported');
    });

    it('uses the emergency number of the child\'s country, and only "your local emergency number" before it is known', async () => {
        await startAt('en', 'child.countryOfResidence');
        const unknown = await harness.say('he is having a seizure right now');
        expect(unknown[0]?.text).toMatch(/dial your local emergency number/);
        expect(unknown[0]?.text).not.toMatch(/112/);
        await harness.say('continue');
        await harness.say('USA');
        const known = await harness.say('he is having a seizure right now');
        expect(known[0]?.text).toMatch(/dial 911 \(United States\) or your local emergency number/);
    });

    it('a general question about a symptom is answered, not treated as an emergency', async () => {
        await startAt('en', 'status.location');
        const replies = await harness.say('is fever normal after car-t?');
        expect(replies[0]?.text ?? '').not.toMatch(/⚠️/);
        expect(faqOf(replies)?.topic).toBe('therapy.car_t_side_effects');
        expect(currentField(replies)).toBe('status.location');
    });

    it('works on the very first message, before the welcome', async () => {
        harness = await createHarness({ locale: 'en' });
        const replies = await harness.say('my son is bleeding from the nose and it will not stop');
        expect(replies[0]?.text).toMatch(/⚠️/);
        expect(allText(replies)).not.toMatch(/Do you agree/);
    });
});

describe('questions outside the intake', () => {
    it('answers with more, related topics, "was this helpful?" and the offer to start', async () => {
        harness = await createHarness({ locale: 'en' });
        await harness.join();
        await harness.say('no');
        const answer = await harness.say('what is car-t cell therapy');
        expect(faqOf(answer)?.topic).toBe('therapy.car_t');
        const titles = answer[answer.length - 1]?.suggestedActions?.actions.map((a) => a.title) ?? [];
        expect(titles).toEqual(expect.arrayContaining(['Tell me more', '👍 Helpful', '👎 Not helpful', 'Start an application']));
        const more = await harness.say('Tell me more');
        expect(faqOf(more)?.topic).toBe('therapy.car_t');
        expect(more[0]?.text).not.toBe(answer[0]?.text);
        const thanks = await harness.say('👍 Helpful');
        expect(allText(thanks)).toMatch(/Thank you/);
        const start = await harness.say('Start an application');
        expect(currentField(start)).toBe('consent.dataProcessing');
    });
});

describe('a first message that is a question', () => {
    it('gets the welcome, the answer, then the consent question', async () => {
        harness = await createHarness({ locale: 'de' });
        const replies = await harness.say('Was kostet eine Behandlung in Deutschland?');
        expect(replies[0]?.text).toMatch(/Test Care/);
        expect(faqOf(replies)?.topic).toBe('abroad.costs');
        expect(currentField(replies)).toBe('consent.dataProcessing');
    });
});

describe('numbers that are answers', () => {
    it('"38.5" asked as a weight is a weight, not a fever', async () => {
        await startAt('en', 'child.weightKg');
        const replies = await harness.say('38.5');
        expect(allText(replies)).not.toMatch(/⚠️/);
        expect(currentField(replies)).toBe('child.heightCm');
    });
});
