import { afterEach, describe, expect, it } from 'vitest';
import { SCRIPTS } from '../fixtures/scripts';
import { createHarness, intakeOf, type Harness } from '../helpers/harness';
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
