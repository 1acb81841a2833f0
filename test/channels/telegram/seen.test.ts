import { afterEach, beforeEach, expect, it } from 'vitest';
import { SeenUpdates } from '../../../src/channels/telegram/seen';
import { storageEngines, type StorageFixture } from '../../storage/helpers/engines';
import { describeEngines } from '../../storage/helpers/pg';

describeEngines(storageEngines)('$name: Telegram updates taken once across instances', (engine) => {
    let fx: StorageFixture;
    beforeEach(async () => {
        fx = await engine.open();
    });
    afterEach(async () => {
        await fx.cleanup();
    });

    it('two instances receiving the same update at once: exactly one takes it', async () => {
        const [a, b] = [new SeenUpdates(fx.storage), new SeenUpdates(fx.another())];
        const outcomes = await Promise.all([a.claim('77', 1001), b.claim('77', 1001), a.claim('77', 1001)]);
        expect(outcomes.filter((o) => o === 'first')).toHaveLength(1);
        expect(outcomes.filter((o) => o === 'again')).toHaveLength(2);
        expect(await b.claim('77', 1002)).toBe('first');
        // Another chat keeps its own ids; a tap on the same message twice is told apart from a redelivery.
        expect(await a.claim('78', 1001, 5)).toBe('first');
        expect(await a.claim('78', 1003, 5)).toBe('tappedBefore');
        expect(await a.claim('78', 1003, 5)).toBe('again');
    });
});
