import { ConversationState, TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { conversationStatePrefix } from '../../src/storage/keys.js';
import { storageEngines, type StorageFixture } from './helpers/engines.js';
import { describeEngines } from './helpers/pg.js';

function contextFor(adapter: TestAdapter, conversationId: string): TurnContext {
    const activity: Partial<Activity> = {
        type: 'message',
        text: 'hi',
        channelId: 'test',
        conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
        from: { id: 'parent', name: 'Parent' },
        recipient: { id: 'bot', name: 'Bot' }
    };
    return new TurnContext(adapter, activity);
}

describeEngines(storageEngines)('$name under botbuilder ConversationState', (engine) => {
    let fx: StorageFixture;

    beforeEach(async () => {
        fx = await engine.open();
    });
    afterEach(async () => {
        await fx.cleanup();
    });

    it('persists a property across ConversationState instances and turns', async () => {
        const adapter = new TestAdapter();

        const state = new ConversationState(fx.storage);
        const intake = state.createProperty<{ step: string; answers: Record<string, unknown> }>('intake');
        const first = contextFor(adapter, 'conv-1');
        await intake.set(first, { step: 'diagnosis', answers: { leukemiaType: 'ALL', lineage: 'B' } });
        await state.saveChanges(first);

        // Second turn: fresh state object, fresh context, modify and save again (eTag '*' path).
        const again = new ConversationState(fx.storage);
        const intakeAgain = again.createProperty<{ step: string; answers: Record<string, unknown> }>('intake');
        const second = contextFor(adapter, 'conv-1');
        const loaded = await intakeAgain.get(second);
        expect(loaded).toEqual({ step: 'diagnosis', answers: { leukemiaType: 'ALL', lineage: 'B' } });
        await intakeAgain.set(second, { step: 'contact', answers: { leukemiaType: 'ALL' } });
        await again.saveChanges(second);

        const third = contextFor(adapter, 'conv-1');
        const finalState = new ConversationState(fx.storage);
        expect(await finalState.createProperty('intake').get(third)).toEqual({ step: 'contact', answers: { leukemiaType: 'ALL' } });

        // "Delete my data" removes this conversation's state and nothing else.
        const otherCtx = contextFor(adapter, 'conv-10');
        await intake.set(otherCtx, { step: 'consent', answers: {} });
        await state.saveChanges(otherCtx);
        expect(await fx.storage.deleteByPrefix(conversationStatePrefix('test', 'conv-1'))).toBe(1);
        const afterDelete = new ConversationState(fx.storage);
        expect(await afterDelete.createProperty('intake').get(contextFor(adapter, 'conv-1'))).toBeUndefined();
        expect(await afterDelete.createProperty('intake').get(contextFor(adapter, 'conv-10'))).toEqual({ step: 'consent', answers: {} });
    });
});
