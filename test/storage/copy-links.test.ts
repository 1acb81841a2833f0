import { afterEach, beforeEach, expect, it } from 'vitest';
import type { CopyLink } from '../../src/storage/copy-links.js';
import { handoffEngines, type EngineFixture } from '../handoff/helpers/engines.js';
import { describeEngines } from './helpers/pg.js';

const at = (iso: string) => new Date(iso);
const link = (tokenHash: string, conversationId: string, expiresAt: string): CopyLink => ({
    tokenHash, conversationId, kind: 'application', reference: 'K7Q-4M2', locale: 'ar', createdAt: at('2025-03-01T10:00:00.123Z'), expiresAt: at(expiresAt)
});
const OLD = link('a'.repeat(64), 'conv-1', '2025-03-02T10:00:00.000Z');
const CURRENT = link('b'.repeat(64), 'conv-1', '2025-03-20T10:00:00.000Z');
const OTHER = link('c'.repeat(64), 'conv-2', '2025-03-20T10:00:00.000Z');

describeEngines(handoffEngines)('copy links, one store on both engines ($name)', (engine) => {
    let fx: EngineFixture;
    beforeEach(async () => {
        fx = await engine.open();
    });
    afterEach(async () => {
        await fx.cleanup();
    });

    it('finds a link by its hash, forgets expired ones and those of an erased conversation', async () => {
        const links = fx.database.copyLinks;
        for (const l of [OLD, CURRENT, OTHER]) await links.insert(l);
        expect(await links.find(CURRENT.tokenHash)).toEqual(CURRENT);
        expect(await links.find('d'.repeat(64))).toBeUndefined();
        expect(await links.prune(at('2025-03-10T00:00:00.000Z'))).toBe(1);
        expect(await links.find(OLD.tokenHash)).toBeUndefined();
        expect(await links.deleteByConversation('conv-1')).toBe(1);
        expect(await links.find(CURRENT.tokenHash)).toBeUndefined();
        expect(await links.find(OTHER.tokenHash)).toEqual(OTHER);
        expect(await fx.rows('select count(*) as n from copy_links')).toEqual([{ n: engine.name === 'postgres' ? '1' : 1 }]);
    });

    it('reports a failed write by its code only', async () => {
        await fx.database.copyLinks.insert(OTHER);
        const error = await fx.database.copyLinks.insert(OTHER).catch((err: unknown) => err);
        expect(error).toBeInstanceOf(Error);
        expect((error as Error).message).toMatch(/^CopyLinks\.insert\(\): database error \((SQLITE_CONSTRAINT_PRIMARYKEY|23505)\)$/);
    });
});
