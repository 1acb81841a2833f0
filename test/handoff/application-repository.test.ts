import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { PostgresApplicationRepository } from '../../src/handoff/application-repository-postgres.js';
import { SqliteApplicationRepository } from '../../src/handoff/application-repository-sqlite.js';
import {
    DuplicateReferenceError,
    type ApplicationRepository,
    type ApplicationRepositoryOptions,
    type NewApplication
} from '../../src/handoff/application-repository.js';
import { openSqliteFile } from '../../src/storage/sqlite-file.js';
import { tempDir } from '../storage/helpers/engines.js';
import { createTestSchema, describeEngines } from '../storage/helpers/pg.js';

interface RepoEngine {
    name: string;
    open(options?: ApplicationRepositoryOptions): Promise<{ repo: ApplicationRepository; cleanup(): Promise<void> }>;
}

const engines: RepoEngine[] = [
    {
        name: 'SqliteApplicationRepository',
        open: async (options) => {
            const dir = tempDir();
            const db = openSqliteFile(join(dir.path, 'intake.sqlite'));
            return {
                repo: new SqliteApplicationRepository(db, options),
                cleanup: async () => {
                    db.close();
                    dir.remove();
                }
            };
        }
    },
    {
        name: 'PostgresApplicationRepository',
        open: async (options?: ApplicationRepositoryOptions) => {
            const schema = await createTestSchema();
            return { repo: new PostgresApplicationRepository(schema.pool, options), cleanup: () => schema.drop() };
        }
    }
];

function application(overrides: Partial<NewApplication> = {}): NewApplication {
    return {
        id: randomUUID(),
        reference: 'K7Q-4M2',
        conversationId: 'conv-1',
        channel: 'webchat',
        locale: 'ru',
        submittedAt: '2025-03-01T10:00:00.000Z',
        data: { child: { firstName: 'Маша', weightKg: 18.5 }, diagnosis: { type: 'ALL', markers: ['BCR-ABL1'] } },
        ...overrides
    };
}

/** Yields the given codes in order, then fails loudly (a test should never run out). */
function scripted(codes: string[]): { generate: () => string; calls: () => number } {
    let i = 0;
    return {
        generate: () => {
            const code = codes[i++];
            if (code === undefined) throw new Error('scripted generator exhausted');
            return code;
        },
        calls: () => i
    };
}

describeEngines(engines)('$name', (engine) => {
    let repo: ApplicationRepository;
    let cleanup: () => Promise<void>;

    async function open(options?: ApplicationRepositoryOptions): Promise<void> {
        await cleanup?.();
        ({ repo, cleanup } = await engine.open(options));
    }
    beforeEach(async () => {
        cleanup = async () => undefined;
        await open();
    });
    afterEach(async () => {
        await cleanup();
    });

    it('inserts and finds by reference, case-insensitively and without the dash', async () => {
        const app = application({ submittedAt: '2025-03-01T12:00:00+02:00' });
        await repo.insert(app);
        const expected = {
            id: app.id,
            reference: 'K7Q-4M2',
            conversationId: 'conv-1',
            channel: 'webchat',
            locale: 'ru',
            status: 'new',
            submittedAt: '2025-03-01T10:00:00.000Z',
            data: app.data
        };
        for (const input of ['K7Q-4M2', 'k7q-4m2', 'k7q4m2', ' K7Q 4M2 ']) {
            expect(await repo.findByReference(input)).toEqual(expected);
        }
        expect(await repo.findByReference('K7Q-4M3')).toBeUndefined();
        expect(await repo.findByReference('not a code')).toBeUndefined();
    });

    it('stores text with NUL characters (replaced by U+FFFD) instead of failing the submission', async () => {
        await repo.insert(application({ data: { note: 'x\u0000y' } }));
        expect((await repo.findByReference('K7Q-4M2'))?.data).toEqual({ note: 'x\ufffdy' });
    });

    it('rejects a duplicate reference, whatever its case', async () => {
        await repo.insert(application());
        await expect(repo.insert(application({ reference: 'k7q4m2' }))).rejects.toBeInstanceOf(DuplicateReferenceError);
        await expect(repo.insert(application({ reference: 'k7q4m2' }))).rejects.toThrow(`${engine.name}.insert(): `);
        expect(await repo.list()).toHaveLength(1);
    });

    it('reports a duplicate id as a database error, not a reference collision', async () => {
        const app = application();
        await repo.insert(app);
        const attempt = repo.insert(application({ id: app.id, reference: 'AAA-AAA' }));
        await expect(attempt).rejects.not.toBeInstanceOf(DuplicateReferenceError);
        await expect(attempt).rejects.toThrow(new RegExp(`^${engine.name}\\.insert\\(\\): database error`));
    });

    it('validates input before touching the database', async () => {
        await expect(repo.insert(application({ id: 'not-a-uuid' }))).rejects.toThrow(`${engine.name}.insert(): id must be a UUID`);
        await expect(repo.insert(application({ reference: 'OOO-111' }))).rejects.toThrow(/reference/);
        await expect(repo.insert(application({ submittedAt: 'yesterday' }))).rejects.toThrow(/submittedAt/);
        await expect(repo.insert(application({ data: undefined }))).rejects.toThrow(/data/);
        expect(await repo.list()).toEqual([]);
    });

    it('insertWithUniqueReference retries when the generated code is taken', async () => {
        const codes = scripted(['AAA-AAA', 'aaa-aaa', 'BBB-BBB']);
        await open({ generateReference: codes.generate });
        await repo.insert(application({ reference: 'AAA-AAA' }));

        const id = randomUUID();
        const stored = await repo.insertWithUniqueReference(() => ({
            id, conversationId: 'conv-2', channel: 'telegram', locale: 'uk', submittedAt: '2025-03-02T00:00:00Z', data: { a: 1 }
        }));
        expect(codes.calls()).toBe(3);
        expect(stored).toEqual({
            id,
            reference: 'BBB-BBB',
            conversationId: 'conv-2',
            channel: 'telegram',
            locale: 'uk',
            status: 'new',
            submittedAt: '2025-03-02T00:00:00.000Z',
            data: { a: 1 }
        });
    });

    it('insertWithUniqueReference gives up after maxAttempts collisions', async () => {
        await open({ generateReference: () => 'AAA-AAA', maxAttempts: 3 });
        await repo.insert(application({ reference: 'AAA-AAA' }));
        const build = () => ({ id: randomUUID(), conversationId: 'c', channel: 'web', locale: 'en', submittedAt: '2025-01-01T00:00:00Z', data: {} });
        await expect(repo.insertWithUniqueReference(build)).rejects.toThrow(
            `${engine.name}.insertWithUniqueReference(): no free reference after 3 attempts`
        );
        expect(await repo.list()).toHaveLength(1);
    });

    it('insertWithUniqueReference uses real generated codes by default', async () => {
        const stored = await repo.insertWithUniqueReference(() => ({
            id: randomUUID(), conversationId: 'c', channel: 'web', locale: 'en', submittedAt: '2025-01-01T00:00:00Z', data: { ok: true }
        }));
        expect(stored.reference).toMatch(/^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}$/);
        expect(await repo.findByReference(stored.reference.toLowerCase().replace('-', ''))).toEqual(stored);
    });

    it('lists newest first and honours the limit', async () => {
        const days = ['2025-01-02', '2025-01-05', '2025-01-01', '2025-01-04', '2025-01-03'];
        const refs = ['AAA-AA2', 'AAA-AA5', 'AAA-AA9', 'AAA-AA4', 'AAA-AA3'];
        for (const [i, day] of days.entries()) {
            await repo.insert(application({ reference: refs[i] ?? '', submittedAt: `${day}T08:00:00Z` }));
        }
        const all = await repo.list();
        expect(all.map((a) => a.submittedAt.slice(0, 10))).toEqual(['2025-01-05', '2025-01-04', '2025-01-03', '2025-01-02', '2025-01-01']);
        expect((await repo.list({ limit: 2 })).map((a) => a.reference)).toEqual(['AAA-AA5', 'AAA-AA4']);
        expect(await repo.list({ limit: 0 })).toHaveLength(1); // clamped to at least one
    });

    it('deletes only the given conversation and reports the count', async () => {
        await repo.insert(application({ reference: 'AAA-AAA', conversationId: 'gone' }));
        await repo.insert(application({ reference: 'BBB-BBB', conversationId: 'gone' }));
        await repo.insert(application({ reference: 'CCC-CCC', conversationId: 'kept' }));
        expect(await repo.eraseByConversation('gone', new Date())).toEqual({ applications: 2, notices: 0 });
        expect(await repo.eraseByConversation('gone', new Date())).toEqual({ applications: 0, notices: 0 });
        expect((await repo.list()).map((a) => a.reference)).toEqual(['CCC-CCC']);
    });
});
