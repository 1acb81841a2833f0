import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migratePostgres, migrateSqlite } from '../../src/storage/migrations.js';
import { SKIP_PG, createTestSchema, type TestSchema } from './helpers/pg.js';
import { commonPostgresSchema, commonSqliteSchema } from './helpers/schema.js';

describe.skipIf(SKIP_PG)('one migration list on SQLite and PostgreSQL', () => {
    let schema: TestSchema;
    let sqlite: Database.Database;
    beforeEach(async () => {
        schema = await createTestSchema();
        sqlite = new Database(':memory:');
    });
    afterEach(async () => {
        sqlite.close();
        await schema.drop();
    });

    it('ends with the same tables, columns, keys and indexes on both engines', async () => {
        migrateSqlite(sqlite);
        await migratePostgres(schema.pool);
        const onSqlite = commonSqliteSchema(sqlite);
        const onPostgres = await commonPostgresSchema(schema.pool);
        // The comparison is only worth something if it sees the whole schema.
        expect(Object.keys(onSqlite)).toHaveLength(17);
        expect(onSqlite.outbox?.foreignKeys).toEqual([{ columns: ['application_id'], references: 'applications', referencedColumns: ['id'], onDelete: 'cascade' }]);
        expect(onSqlite.copy_links?.indexes).toEqual([{ name: 'copy_links_conversation_idx', columns: ['conversation_id'], unique: false }]);
        expect(onPostgres).toEqual(onSqlite);
    });
});
