import { afterEach, describe, expect, it } from 'vitest';
import { allText, createHarness, currentField, type Harness } from '../helpers/harness';

let harness: Harness | undefined;
afterEach(async () => {
    await harness?.close();
    harness = undefined;
});

// Declined (too unsure to answer), but travel comes close: offered rather than only a coordinator.
const VAGUE = 'is the trip long and what does the money side look like for us?';

const buttons = (replies: readonly { suggestedActions?: { actions: { title?: string }[] } }[]) => replies.flatMap((r) => r.suggestedActions?.actions.map((a) => a.title) ?? []);
const faqTopics = (replies: readonly { channelData?: unknown }[]) => replies.map((r) => (r.channelData as { faq?: { topic: string | null } } | undefined)?.faq?.topic);

describe('a question the knowledge base cannot answer with confidence', () => {
    it('offers the closest answers as buttons beside a person, and a tap answers it', async () => {
        harness = await createHarness({ locale: 'en' });
        await harness.join();
        await harness.say('no');
        const t = harness.services.texts.t('en');
        const travel = harness.services.faq.topic('abroad.travel', { lang: 'en' })?.answer;
        const replies = await harness.say(VAGUE);
        expect(faqTopics(replies)).toContain(null);
        expect(allText(replies)).toContain(t('common:faq.suggest'));
        expect(t('common:faq.suggest')).toMatch(/^One of the answers below/);
        const offered = buttons(replies);
        const travelTitle = offered.find((title) => title?.toLowerCase().includes('travel'));
        expect(travelTitle).toBeDefined();
        expect(offered.indexOf(travelTitle)).toBeLessThan(offered.indexOf(t('common:faq.human')));
        const tapped = await harness.say(travelTitle ?? '');
        expect(faqTopics(tapped)).toContain('abroad.travel');
        expect(allText(tapped)).toContain(travel?.slice(0, 60));
    });

    it('lists them as text during the intake and asks the open question again', async () => {
        harness = await createHarness({ locale: 'en' });
        await harness.join();
        await harness.say('yes');
        const t = harness.services.texts.t('en');
        const replies = await harness.say(VAGUE);
        expect(allText(replies)).toContain(t('common:faq.suggestText'));
        expect(allText(replies)).toMatch(/\n- .*travel/i);
        expect(currentField(replies)).toBe('child.firstName');
    });
});
