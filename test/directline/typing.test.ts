import { ActivityTypes, TestAdapter, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { widgetTyping } from '../../src/directline/typing';

const CONNECTOR = 'http://127.0.0.1:3978/v3/directline/bot/';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A bot whose answer takes `ms`; returns what reached the channel (or the expectReplies buffer), in order. */
async function slowTurn(serviceUrl: string, ms: number, extra: Partial<Activity> = {}, typingLatencyMs = 0): Promise<string[]> {
    let buffered: Partial<Activity>[] = [];
    const adapter = new TestAdapter(async (context) => {
        await pause(ms);
        await context.sendActivity('answer');
        buffered = [...context.bufferedReplyActivities];
    }, { channelId: 'webchat', serviceUrl });
    // A channel that takes a while to accept the typing activity.
    const sendActivities = adapter.sendActivities.bind(adapter);
    adapter.sendActivities = async (context, activities) => {
        if (activities.some((a) => a.type === ActivityTypes.Typing)) await pause(typingLatencyMs);
        return sendActivities(context, activities);
    };
    adapter.use(widgetTyping(() => CONNECTOR, 20));
    await adapter.send({ type: ActivityTypes.Message, text: 'question', ...extra });
    return [...adapter.activeQueue, ...buffered].map((a) => (a.type === ActivityTypes.Typing ? 'typing' : a.text ?? a.type ?? ''));
}

describe('widgetTyping()', () => {
    it('shows "typing" before a slow answer on the widget', async () => {
        expect(await slowTurn(`${CONNECTOR}key`, 150)).toEqual(['typing', 'answer']);
    });

    it('never lets "typing" arrive after the answer', async () => {
        expect(await slowTurn(`${CONNECTOR}key`, 40, {}, 150)).toEqual(['typing', 'answer']);
    });

    it('sends nothing extra for a quick answer', async () => {
        expect(await slowTurn(`${CONNECTOR}key`, 0)).toEqual(['answer']);
    });

    it('leaves other channels and expectReplies alone', async () => {
        expect(await slowTurn('https://telegram.example/', 150)).toEqual(['answer']);
        expect(await slowTurn(`${CONNECTOR}key`, 150, { deliveryMode: 'expectReplies' })).toEqual(['answer']);
    });
});
