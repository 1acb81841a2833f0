import { statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStorage } from '../../src/storage/sqlite-storage.js';
import { tempDir } from './helpers/engines.js';

describe('SqliteStorage (file specifics)', () => {
    let dir: ReturnType<typeof tempDir>;
    beforeEach(() => {
        dir = tempDir();
    });
    afterEach(() => {
        dir.remove();
    });

    it('keeps data across closing and reopening the same file', async () => {
        const file = join(dir.path, 'intake.sqlite');
        const first = new SqliteStorage(file);
        await first.write({ 'web/conversations/c1/': { answers: { weightKg: 18 } } });
        const etag = (await first.read(['web/conversations/c1/']))['web/conversations/c1/']?.eTag;
        await first.close();
        await first.close(); // idempotent

        const second = new SqliteStorage(file);
        expect(await second.read(['web/conversations/c1/'])).toEqual({
            'web/conversations/c1/': { answers: { weightKg: 18 }, eTag: etag }
        });
        // The eTag survives too, so an in-flight turn's optimistic write still works after a restart.
        await second.write({ 'web/conversations/c1/': { answers: { weightKg: 19 }, eTag: etag } });
        await second.close();
    });

    it('creates missing directories, uses WAL and keeps the file private', async () => {
        const file = join(dir.path, 'a', 'b', 'intake.sqlite');
        const storage = new SqliteStorage(file);
        await storage.write({ k: { v: 1 } });
        await storage.close();

        const raw = new Database(file, { readonly: true });
        try {
            expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
            const row = raw.prepare<[], { etag: string; data: string; updated_at: string }>('select etag, data, updated_at from bot_state').get();
            // eTag lives in its own column, not inside the JSON.
            expect(JSON.parse(row?.data ?? 'null')).toEqual({ v: 1 });
            expect(row?.updated_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
        } finally {
            raw.close();
        }
        if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    });

    it('shares a handle without closing it', async () => {
        const db = new Database(join(dir.path, 'shared.sqlite'));
        const storage = new SqliteStorage(db);
        await storage.write({ k: { v: 1 } });
        await storage.close();
        expect(db.open).toBe(true);
        db.close();
    });

    it('rejects invalid arguments with prefixed errors', async () => {
        const storage = new SqliteStorage(join(dir.path, 'x.sqlite'));
        // Deliberately bypassing the types, as a JavaScript caller could.
        await expect(storage.read(undefined as unknown as string[])).rejects.toThrow(/^SqliteStorage\.read\(\): /);
        await expect(storage.write(null as unknown as Record<string, never>)).rejects.toThrow(/^SqliteStorage\.write\(\): /);
        await expect(storage.write({ k: [1, 2] as unknown as Record<string, never> })).rejects.toThrow(/^SqliteStorage\.write\(\): item "k"/);
        await storage.close();
    });
});
