import { afterEach, beforeEach, expect, it } from 'vitest';
import { conversationStatePrefix } from '../../src/storage/keys.js';
import { EtagConflictError, type ManagedStorage } from '../../src/storage/types.js';
import { storageEngines, type StorageFixture } from './helpers/engines.js';
import { describeEngines } from './helpers/pg.js';

describeEngines(storageEngines)('$name (Storage contract)', (engine) => {
    let fx: StorageFixture;
    let storage: ManagedStorage;

    beforeEach(async () => {
        fx = await engine.open();
        storage = fx.storage;
    });
    afterEach(async () => {
        await fx.cleanup();
    });

    async function etagOf(key: string): Promise<string> {
        const etag: unknown = (await storage.read([key]))[key]?.eTag;
        expect(typeof etag).toBe('string');
        return etag as string;
    }

    it('reads missing keys as an empty object', async () => {
        expect(await storage.read(['nope', 'also/nope'])).toEqual({});
        expect(await storage.read([])).toEqual({});
    });

    it('round-trips nested JSON and adds an eTag without mutating the caller', async () => {
        const item = {
            dialogState: { stack: [{ id: 'intake', state: { step: 3, values: { weightKg: 21.5, sex: 'female' } } }] },
            flags: [true, false, null],
            text: 'Здравствуйте — مرحبا — 你好 🧒',
            empty: {},
            zero: 0
        };
        const before = structuredClone(item);
        await storage.write({ 'chan/conversations/c1/': item });
        expect(item).toEqual(before); // no eTag injected into the caller's object

        const read = await storage.read(['chan/conversations/c1/', 'missing']);
        expect(Object.keys(read)).toEqual(['chan/conversations/c1/']);
        expect(read['chan/conversations/c1/']).toEqual({ ...before, eTag: expect.any(String) });
    });

    it('stores NUL and lone surrogates (which jsonb rejects) as U+FFFD on every engine', async () => {
        await storage.write({ k: { text: 'a\u0000b\ud800c', ['key\u0000']: 'v', emoji: '🧒' } });
        expect((await storage.read(['k'])).k).toEqual({ text: 'a\ufffdb\ufffdc', 'key\ufffd': 'v', emoji: '🧒', eTag: expect.any(String) });
    });

    it('assigns a new eTag on every write and does not store the incoming eTag', async () => {
        await storage.write({ k: { n: 1 } });
        const first = await etagOf('k');
        await storage.write({ k: { n: 2, eTag: first } });
        const second = await etagOf('k');
        await storage.write({ k: { n: 3, eTag: '*' } });
        const third = await etagOf('k');
        expect(new Set([first, second, third]).size).toBe(3);
        expect(await storage.read(['k'])).toEqual({ k: { n: 3, eTag: third } });
    });

    it('rejects a stale eTag and leaves the stored item unchanged', async () => {
        await storage.write({ k: { v: 'original' } });
        const stale = await etagOf('k');
        await storage.write({ k: { v: 'updated', eTag: stale } });
        const current = await storage.read(['k']);

        const attempt = storage.write({ k: { v: 'lost update', eTag: stale } });
        await expect(attempt).rejects.toBeInstanceOf(EtagConflictError);
        await expect(attempt).rejects.toThrow(new RegExp(`^${engine.name}\\.write\\(\\): `));
        expect(await storage.read(['k'])).toEqual(current);
    });

    it("overwrites with eTag '*' or without an eTag", async () => {
        await storage.write({ k: { v: 1 } });
        await storage.write({ k: { v: 2, eTag: '*' } });
        expect((await storage.read(['k'])).k).toMatchObject({ v: 2 });
        await storage.write({ k: { v: 3 } });
        expect((await storage.read(['k'])).k).toMatchObject({ v: 3 });
    });

    it('accepts any eTag for a key that does not exist yet (MemoryStorage semantics)', async () => {
        await storage.write({ fresh: { v: 1, eTag: 'whatever' } });
        expect((await storage.read(['fresh'])).fresh).toMatchObject({ v: 1 });
    });

    it('lets exactly one of several concurrent writers with the same eTag win', async () => {
        await storage.write({ k: { v: 'base' } });
        const writers = [storage, fx.another(), fx.another(), fx.another()];
        for (let round = 0; round < 5; round++) {
            const current = await etagOf('k');
            const results = await Promise.allSettled(
                writers.map((w, i) => w.write({ k: { v: `w${i}r${round}`, eTag: current } }))
            );
            const winners = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i] : []));
            expect(winners).toHaveLength(1);
            for (const r of results) {
                if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(EtagConflictError);
            }
            expect((await storage.read(['k'])).k).toMatchObject({ v: `w${winners[0]}r${round}` });
        }
    });

    it('lets exactly one of two concurrent creators with the same non-* eTag win', async () => {
        const results = await Promise.allSettled([
            storage.write({ k: { v: 'a', eTag: 'client-etag' } }),
            fx.another().write({ k: { v: 'b', eTag: 'client-etag' } })
        ]);
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    });

    it('writes a batch atomically: one stale item means nothing is written', async () => {
        await storage.write({ existing: { v: 'old' } });
        const stale = await etagOf('existing');
        await storage.write({ existing: { v: 'newer' } });
        const snapshot = await storage.read(['existing']);

        await expect(
            storage.write({ aaa: { v: 'new' }, existing: { v: 'lost', eTag: stale }, zzz: { v: 'new' } })
        ).rejects.toBeInstanceOf(EtagConflictError);
        expect(await storage.read(['aaa', 'existing', 'zzz'])).toEqual(snapshot);
    });

    it('rejects a batch containing an unserialisable item before writing anything', async () => {
        await expect(storage.write({ ok: { v: 1 }, bad: { v: BigInt(1) } })).rejects.toThrow(
            new RegExp(`^${engine.name}\\.write\\(\\): item "bad"`)
        );
        expect(await storage.read(['ok', 'bad'])).toEqual({});
    });

    it('deletes keys and ignores missing ones', async () => {
        await storage.write({ a: { v: 1 }, b: { v: 2 } });
        await storage.delete(['a', 'missing']);
        expect(Object.keys(await storage.read(['a', 'b']))).toEqual(['b']);
        // A deleted key can be recreated with a stale eTag, as with MemoryStorage.
        await storage.write({ a: { v: 3, eTag: 'old' } });
        expect((await storage.read(['a'])).a).toMatchObject({ v: 3 });
    });

    it('deleteByPrefix removes only keys starting with the prefix', async () => {
        await storage.write({
            'web/conversations/abc/': { v: 1 },
            'web/conversations/abc/dialogs': { v: 2 },
            'web/conversations/abc2/': { v: 3 },
            'web/users/abc/': { v: 4 },
            'other/conversations/abc/': { v: 5 },
            'web/conversations/a%c/': { v: 6 },
            'WEB/conversations/abc/': { v: 7 }
        });
        expect(await storage.deleteByPrefix(conversationStatePrefix('web', 'abc'))).toBe(2);
        // LIKE wildcards in the prefix are literal characters, not patterns.
        expect(await storage.deleteByPrefix('web/conversations/_bc')).toBe(0);
        expect(await storage.deleteByPrefix('web/conversations/a%')).toBe(1);
        const left = await storage.read([
            'web/conversations/abc/', 'web/conversations/abc/dialogs', 'web/conversations/abc2/',
            'web/users/abc/', 'other/conversations/abc/', 'web/conversations/a%c/', 'WEB/conversations/abc/'
        ]);
        expect(Object.keys(left).sort()).toEqual(
            ['WEB/conversations/abc/', 'other/conversations/abc/', 'web/conversations/abc2/', 'web/users/abc/'].sort()
        );
    });

    it('refuses an empty prefix rather than deleting everything', async () => {
        await storage.write({ a: { v: 1 } });
        await expect(storage.deleteByPrefix('')).rejects.toThrow(`${engine.name}.deleteByPrefix(): `);
        expect(Object.keys(await storage.read(['a']))).toEqual(['a']);
    });
});
