import { afterEach, beforeEach, expect, it } from 'vitest';
import { handoffEngines, type EngineFixture } from '../handoff/helpers/engines.js';
import { describeEngines } from './helpers/pg.js';

const at = new Date('2025-03-01T10:00:00.000Z');

describeEngines(handoffEngines)('"was this helpful?" answers, one store on both engines ($name)', (engine) => {
    let fx: EngineFixture;
    beforeEach(async () => {
        fx = await engine.open();
    });
    afterEach(async () => {
        await fx.cleanup();
    });

    it('counts yes and no per topic, in topic order, and stores each answer as the engine\'s yes/no', async () => {
        const feedback = fx.database.faqFeedback;
        expect(await feedback.summary()).toEqual([]);
        await feedback.record({ topic: 'visa', helpful: false, locale: 'ru', at });
        await feedback.record({ topic: 'costs', helpful: true, locale: 'de', at });
        await feedback.record({ topic: 'costs', helpful: false, locale: 'ar', at });
        await feedback.record({ topic: 'costs', helpful: true, locale: 'en', at });
        expect(await feedback.summary()).toEqual([
            { topic: 'costs', helpful: 2, notHelpful: 1 },
            { topic: 'visa', helpful: 0, notHelpful: 1 }
        ]);
        const stored = await fx.rows(`select helpful from faq_feedback where locale = 'ar' or locale = 'de' order by locale`);
        expect(stored.map((r) => r.helpful)).toEqual(engine.name === 'postgres' ? [false, true] : [0, 1]);
    });
});
