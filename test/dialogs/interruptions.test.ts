import { afterEach, describe, expect, it } from 'vitest';
import type { Application } from '../../src/domain/schema';
import { SCRIPTS } from '../fixtures/scripts';
import { allText, createHarness, currentField, intakeOf, type Harness } from '../helpers/harness';
import { answerUntil, runScript } from '../helpers/script';

let harness: Harness;
afterEach(async () => {
    await harness?.close();
});

async function startAt(locale: 'en' | 'de' | 'ru' | 'ar', field: string) {
    harness = await createHarness({ locale });
    return answerUntil(harness, await harness.join(), SCRIPTS[locale], field);
}

describe('bad input gets a clear message and the same question again', () => {
    it.each([
        ['zero', '0', /between 0.5 and 200/],
        ['900 kg', '900 kg', /between 0.5 and 200/],
        ['an empty message', '', /didn't catch/],
        ['emoji only', '🙂🙂🙂', /didn't catch/],
        ['a word', 'heavy', /didn't understand/],
        ['10,000 characters', 'x'.repeat(10_000), /too long/]
    ])('weight: %s', async (_name, answer, hint) => {
        await startAt('en', 'child.weightKg');
        const replies = await harness.say(answer);
        expect(allText(replies)).toMatch(hint);
        expect(currentField(replies)).toBe('child.weightKg');
    });

    it('a pasted letter longer than 4,000 characters is not read as the name: the same question in the parent language', async () => {
        await startAt('de', 'child.firstName');
        const letter = 'Sehr geehrte Damen und Herren, '.repeat(200);
        const replies = await harness.say(letter);
        expect(allText(replies)).toMatch(/weniger als 4000 Zeichen/);
        expect(currentField(replies)).toBe('child.firstName');
        const next = await harness.say('Lena');
        expect(currentField(next)).toBe('child.birthDate');
    });

    it('a birth date in the future, and a diagnosis before birth', async () => {
        await startAt('en', 'child.birthDate');
        const future = await harness.say('12.12.2030');
        expect(allText(future)).toMatch(/in the future/);
        expect(currentField(future)).toBe('child.birthDate');
        await answerUntil(harness, await harness.say('14.05.2017'), SCRIPTS.en, 'diagnosis.diagnosisDate');
        const before = await harness.say('March 2016');
        expect(allText(before)).toMatch(/before Mia's date of birth/);
        expect(currentField(before)).toBe('diagnosis.diagnosisDate');
    });

    it('an unknown country, in Russian', async () => {
        await startAt('ru', 'child.countryOfResidence');
        const replies = await harness.say('Атлантида');
        expect(currentField(replies)).toBe('child.countryOfResidence');
        expect(allText(replies)).toMatch(/стран/i);
    });

    it('an adult birth date gets the polite note that the service is for children', async () => {
        await startAt('de', 'child.birthDate');
        const replies = await harness.say('01.01.2001');
        expect(currentField(replies)).toBe('child.birthDate');
        expect(allText(replies)).toMatch(/18/);
    });

    it('a child who turned 18 before the parent confirmed is asked for the date of birth again, nothing is sent', async () => {
        await startAt('en', 'child.birthDate');
        // 17 on TODAY (2026-11-15), 18 the next day.
        await answerUntil(harness, await harness.say('16.11.2008'), SCRIPTS.en, 'review.confirm');
        harness.setNow(new Date('2026-11-16T11:00:00Z'));
        const replies = await harness.say('Yes, send it');
        expect(allText(replies)).toMatch(/under 18/);
        expect(currentField(replies)).toBe('child.birthDate');
        expect(replies.map(intakeOf).some((m) => m?.submitted)).toBe(false);
        expect(await harness.database.applications.list()).toEqual([]);
        const review = await answerUntil(harness, await harness.say('16.11.2009'), SCRIPTS.en, 'review.confirm');
        expect(allText(review)).toMatch(/Date of birth: November 16, 2009/);
    });

    it('answers given before bad input are never lost', async () => {
        await startAt('en', 'child.weightKg');
        for (const bad of ['', '0', '🙂', 'x'.repeat(10_000)]) await harness.say(bad);
        const replies = await harness.say('23,5 kg');
        expect(currentField(replies)).toBe('child.heightCm');
        const review = await answerUntil(harness, replies, SCRIPTS.en, 'review.confirm');
        expect(allText(review)).toMatch(/Date of birth: May 14, 2017/);
    });
});

describe('interruptions at any prompt', () => {
    it('help explains the field and asks it again', async () => {
        await startAt('en', 'diagnosis.leukemiaType');
        const replies = await harness.say('help');
        expect(allText(replies)).toMatch(/discharge summary/);
        expect(currentField(replies)).toBe('diagnosis.leukemiaType');
    });

    it('back re-asks the previous answer', async () => {
        await startAt('en', 'child.sex');
        const replies = await harness.say('back');
        expect(currentField(replies)).toBe('child.birthDate');
    });

    it('switching language in the middle asks the same question in the new language', async () => {
        await startAt('en', 'child.weightKg');
        const replies = await harness.say('по-русски');
        expect(currentField(replies)).toBe('child.weightKg');
        expect(allText(replies)).toMatch(/весит/);
        const next = await harness.say('23,5 кг');
        expect(currentField(next)).toBe('child.heightCm');
        expect(next[next.length - 1]?.text).toMatch(/[а-я]/);
    });

    it('the language menu offers the ten languages', async () => {
        await startAt('en', 'child.weightKg');
        const menu = await harness.say('language');
        const titles = menu[menu.length - 1]?.suggestedActions?.actions.map((a) => a.title);
        expect(titles).toEqual(['English', 'Deutsch', 'Русский', 'العربية', 'Українська', 'Polski', 'Română', 'Español', 'Français', 'Türkçe']);
        const replies = await harness.say('العربية');
        expect(currentField(replies)).toBe('child.weightKg');
        expect(replies[replies.length - 1]?.text).toMatch(/[\u0600-\u06FF]/);
    });

    it('"talk to a person" is recorded on the application and the question comes back', async () => {
        await startAt('en', 'status.location');
        const replies = await harness.say('I want to talk to a person');
        expect(allText(replies)).toMatch(/coordinator will contact you/);
        expect(currentField(replies)).toBe('status.location');
        const { reference } = await runScript(harness, replies, SCRIPTS.en);
        const app = (await harness.database.applications.findByReference(reference))?.data as Application;
        expect(app.flags.map((f) => f.code)).toContain('human_requested');
    });

    it('change an answer from the review, then confirm', async () => {
        const review = await startAt('en', 'review.confirm');
        expect(allText(review)).toMatch(/Weight: 23.5 kg/);
        const ask = await harness.say('change weight');
        expect(currentField(ask)).toBe('child.weightKg');
        const back = await harness.say('25 kg');
        expect(currentField(back)).toBe('review.confirm');
        expect(allText(back)).toMatch(/Weight: 25 kg/);
        const done = await harness.say('Yes, send it');
        const reference = done.map(intakeOf).find((m) => m?.submitted)?.submitted?.reference;
        const app = (await harness.database.applications.findByReference(reference!))?.data as Application;
        expect(app.child.weightKg).toBe(25);
    });

    it('"change something" at the review asks which answer, then asks it', async () => {
        await startAt('en', 'review.confirm');
        const which = await harness.say('Change something');
        expect(allText(which)).toMatch(/Which answer/);
        const ask = await harness.say('date of birth');
        expect(currentField(ask)).toBe('child.birthDate');
    });

    it('changing the leukemia type asks the new conditional fields and drops the old ones', async () => {
        await startAt('en', 'review.confirm');
        await harness.say('change type of leukemia');
        const lineage = await harness.say('AML');
        expect(currentField(lineage)).toBe('review.confirm');
        expect(allText(lineage)).not.toMatch(/ALL lineage/);
    });

    it('start over keeps consent and begins with the child again', async () => {
        await startAt('en', 'child.countryOfResidence');
        const replies = await harness.say('start over');
        expect(currentField(replies)).toBe('child.firstName');
    });

    it('cancel pauses; "continue" picks up at the same field', async () => {
        await startAt('en', 'child.heightCm');
        const paused = await harness.say('cancel');
        expect(currentField(paused)).toBeUndefined();
        expect(allText(paused)).toMatch(/paused/);
        const resumed = await harness.say('continue');
        expect(currentField(resumed)).toBe('child.heightCm');
    });

    it('a parent returning after more than 24 hours is greeted back and can continue', async () => {
        await startAt('en', 'child.countryOfResidence');
        harness.setNow(new Date('2026-11-16T13:00:00Z'));
        const greeting = await harness.say('hello');
        expect(allText(greeting)).toMatch(/Welcome back/);
        expect(greeting[greeting.length - 1]?.suggestedActions?.actions.map((a) => a.title)).toEqual(['Continue', 'Start over']);
        const resumed = await harness.say('Continue');
        expect(currentField(resumed)).toBe('child.countryOfResidence');
    });

    it('an unusual weight is confirmed before it is stored, and flagged', async () => {
        await startAt('en', 'child.weightKg');
        const confirm = await harness.say('150');
        expect(allText(confirm)).toMatch(/150 kg is unusual for a 9-year-old/);
        const again = await harness.say('no');
        expect(currentField(again)).toBe('child.weightKg');
        await harness.say('150');
        const accepted = await harness.say('yes');
        expect(currentField(accepted)).toBe('child.heightCm');
        const { reference } = await runScript(harness, accepted, SCRIPTS.en);
        const app = (await harness.database.applications.findByReference(reference))?.data as Application;
        expect(app.child.weightKg).toBe(150);
        expect(app.flags.map((f) => f.code)).toContain('implausible_weight');
    });
});

describe('delete my data', () => {
    it('asks for confirmation, then leaves no state, no application and no uploads of the conversation', async () => {
        harness = await createHarness({ locale: 'en' });
        const { reference } = await runScript(harness, await harness.join(), SCRIPTS.en);
        expect(await harness.database.applications.findByReference(reference)).toBeDefined();
        const confirm = await harness.say('delete my data');
        expect(allText(confirm)).toMatch(/cannot be undone/);
        const done = await harness.say('Yes, delete');
        expect(allText(done)).toMatch(/has been deleted/);
        expect(await harness.database.applications.findByReference(reference)).toBeUndefined();
        const ref = harness.adapter.conversation;
        const prefix = `${ref.channelId}/conversations/${ref.conversation.id}/`;
        expect(await harness.database.storage.deleteByPrefix(prefix)).toBe(0);
        const again = await harness.say('hi');
        expect(allText(again)).toMatch(/Test Care/);
    });

    it('"no" keeps everything and returns to the question', async () => {
        await startAt('en', 'child.sex');
        await harness.say('delete my data');
        const kept = await harness.say('No, keep it');
        expect(allText(kept)).toMatch(/nothing was deleted/);
        expect(currentField(kept)).toBe('child.sex');
    });
});

describe('documents', () => {
    const pdf = `data:application/pdf;base64,${Buffer.from('%PDF-1.4\n% synthetic test document\n').toString('base64')}`;
    const exe = `data:application/pdf;base64,${Buffer.from('MZ\x90\x00 not really a pdf').toString('base64')}`;

    it('accepts a PDF named by the parent, rejects a disguised file, and stores the list', async () => {
        await startAt('en', 'documents.files');
        const ok = await harness.say('bone marrow report', { attachments: [{ name: 'marrow.pdf', contentType: 'application/pdf', contentUrl: pdf }] });
        expect(allText(ok)).toMatch(/received "marrow.pdf"/);
        const bad = await harness.say('', { attachments: [{ name: 'virus.pdf', contentType: 'application/pdf', contentUrl: exe }] });
        expect(allText(bad)).toMatch(/can't accept "virus.pdf"/);
        const next = await harness.say('done');
        expect(currentField(next)).toBe('documents.available');
        const { reference } = await runScript(harness, next, SCRIPTS.en);
        const app = (await harness.database.applications.findByReference(reference))?.data as Application;
        expect(app.documents.files).toHaveLength(1);
        expect(app.documents.files?.[0]).toMatchObject({ name: 'marrow.pdf', contentType: 'application/pdf', kind: 'bone_marrow_report' });
    });
});
