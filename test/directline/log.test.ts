import { existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { randomId } from '../../src/directline/tokens';
import { handoffEngines, type EngineFixture } from '../handoff/helpers/engines';
import { describeEngines } from '../storage/helpers/pg';

describeEngines(handoffEngines)('Direct Line activity log ($name)', (engine) => {
    let fx: EngineFixture;
    beforeEach(async () => {
        fx = await engine.open();
    });
    afterEach(async () => {
        await fx.cleanup();
    });

    it('pages by watermark in order, per conversation, and is seen by another connection', async () => {
        const log = fx.database.directline;
        const at = new Date('2026-11-15T12:00:00Z');
        const first = await log.append('dl-a', { type: 'message', text: 'one' }, at);
        await log.append('dl-b', { type: 'message', text: 'other' }, at);
        await log.append('dl-a', { type: 'message', text: 'two' }, at);
        expect(first.id).toMatch(/^dl-a\|\d{7}$/);

        const all = await log.since('dl-a', 0);
        expect(all.activities.map((a) => a.text)).toEqual(['one', 'two']);
        const reader = (await fx.another()).directline;
        const later = await reader.since('dl-a', Number(first.id.split('|')[1]));
        expect(later.activities.map((a) => a.text)).toEqual(['two']);
        expect(await reader.since('dl-a', all.watermark)).toEqual({ activities: [], watermark: all.watermark });
        expect(await reader.exists('dl-b')).toBe(true);
        expect(await reader.exists('dl-c')).toBe(false);
    });

    it('deletes a conversation on request and prunes old rows', async () => {
        const log = fx.database.directline;
        await log.append('dl-old', { type: 'message', text: 'old' }, new Date('2026-11-01T00:00:00Z'));
        await log.append('dl-new', { type: 'message', text: 'new' }, new Date('2026-11-15T00:00:00Z'));
        await log.append('dl-gone', { type: 'message', text: 'delete me' }, new Date('2026-11-15T00:00:00Z'));
        expect(await log.deleteByConversation('dl-gone')).toBe(1);
        expect(await log.prune(new Date('2026-11-10T00:00:00Z'))).toBe(1);
        expect(await log.exists('dl-gone')).toBe(false);
        expect(await log.exists('dl-old')).toBe(false);
        expect((await log.since('dl-new', 0)).activities.map((a) => a.text)).toEqual(['new']);
    });

    it('keeps widget files on disk (folders 0700, files 0600) and only their metadata in rows; deleting and pruning remove both', async () => {
        const log = fx.database.directline;
        const put = async (conversationId: string, at: Date) => {
            const id = randomId('att-');
            const file = await log.files.prepare(conversationId, id);
            writeFileSync(file, 'synthetic scan', { mode: 0o600 });
            await log.files.date(conversationId, id, at);
            await log.putAttachment({ id, conversationId, name: 'scan.pdf', contentType: 'application/pdf', size: 14 }, at);
            return { id, file };
        };
        const recent = new Date('2026-11-15T00:00:00Z');
        const gone = await put('dl-gone', recent);
        const old = await put('dl-old', new Date('2026-11-01T00:00:00Z'));
        const kept = await put('dl-new', recent);
        expect(await (await fx.another()).directline.getAttachment(kept.id)).toEqual({ id: kept.id, conversationId: 'dl-new', name: 'scan.pdf', contentType: 'application/pdf', size: 14 });
        expect(statSync(kept.file).mode & 0o777).toBe(0o600);
        expect(statSync(path.dirname(kept.file)).mode & 0o777).toBe(0o700);
        expect(statSync(path.dirname(path.dirname(kept.file))).mode & 0o777).toBe(0o700);

        await log.deleteByConversation('dl-gone');
        await log.prune(new Date('2026-11-10T00:00:00Z'));
        expect(existsSync(path.dirname(gone.file))).toBe(false);
        expect(existsSync(path.dirname(old.file))).toBe(false);
        expect(existsSync(kept.file)).toBe(true);
        expect(await log.getAttachment(gone.id)).toBeUndefined();
        expect(await log.getAttachment(old.id)).toBeUndefined();
        expect(await log.getAttachment(kept.id)).toBeDefined();
    });

    it('a reader polling while replies are written concurrently sees every activity exactly once', async () => {
        const writer = fx.database.directline;
        const reader = (await fx.another()).directline;
        const at = new Date('2026-11-15T12:00:00Z');
        const seen: string[] = [];
        let watermark = 0;
        let writing = true;
        const polling = (async () => {
            while (writing) {
                const page = await reader.since('dl-busy', watermark);
                seen.push(...page.activities.map((a) => String(a.text)));
                watermark = page.watermark;
            }
        })();
        await Promise.all(Array.from({ length: 30 }, (_, i) => writer.append('dl-busy', { type: 'message', text: `m${i}` }, at)));
        writing = false;
        await polling;
        const rest = await reader.since('dl-busy', watermark);
        seen.push(...rest.activities.map((a) => String(a.text)));
        expect([...seen].sort()).toEqual(Array.from({ length: 30 }, (_, i) => `m${i}`).sort());
    });
});
