import { afterEach, describe, expect, it } from 'vitest';
import { SCRIPTS } from '../fixtures/scripts';
import { createHarness, intakeOf, storedDraft, type Harness } from '../helpers/harness';
import { answerUntil } from '../helpers/script';

let harness: Harness;
afterEach(async () => {
    await harness?.close();
});

describe('choices on a channel without buttons', () => {
    it('are listed with numbers in the question (TestAdapter, like the terminal chat)', async () => {
        harness = await createHarness({ locale: 'en' });
        const replies = await answerUntil(harness, await harness.join(), SCRIPTS.en, 'status.diseaseState');
        const question = replies.find((r) => intakeOf(r)?.field === 'status.diseaseState');
        const choices = (intakeOf(question) as { choices?: { title: string }[] } | undefined)?.choices ?? [];
        expect(choices.length).toBeGreaterThan(4);
        choices.forEach((choice, i) => expect(question?.text).toContain(`${i + 1}. ${choice.title}`));
    });
});

describe('choices narrowed by what the family told', () => {
    it('shows an ALL child no AML findings, numbered without gaps, and the numbers shown are the numbers read', async () => {
        harness = await createHarness({ locale: 'en' });
        const replies = await answerUntil(harness, await harness.join(), SCRIPTS.en, 'diagnosis.geneticMarkers');
        const question = replies.find((r) => intakeOf(r)?.field === 'diagnosis.geneticMarkers');
        const values = ((intakeOf(question) as { choices?: { value: string }[] } | undefined)?.choices ?? []).map((c) => c.value);
        expect(values).toContain('ETV6-RUNX1');
        expect(values).not.toContain('NPM1');
        expect(values).not.toContain('PML-RARA');
        expect(question?.text).not.toMatch(/NPM1|PML/);
        // Eight ALL findings, then "Something else" as 9: a parent reading 1–8 then 13 thinks a part is missing.
        expect(question?.text).toMatch(/\n8\. TCF3-PBX1[^\n]*\n9\. Something else/);
        const after = await harness.say('4, 9');
        expect(after.some((r) => intakeOf(r)?.field === 'diagnosis.cnsInvolvement')).toBe(true);
        expect((await storedDraft(harness)).answers.diagnosis?.geneticMarkers).toEqual(['ETV6-RUNX1', 'other']);
    });
});
