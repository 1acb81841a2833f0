import { Kysely, PostgresDialect, SqliteDialect, type ColumnType, type Generated } from 'kysely';
import type { Pool } from 'pg';
import type { SqliteDatabase } from './sqlite-file.js';

/**
 * Written as ISO strings (SQLite keeps the text, PostgreSQL parses it into timestamptz, and both
 * compare them in time order); read back as text on SQLite and as a Date from pg.
 */
export type Timestamp = ColumnType<string | Date, string, string>;

/** The tables stores reach through Kysely (the others still use per-engine SQL; see migration-list.ts for all). */
export interface Tables {
    faq_feedback: {
        id: Generated<number>;
        topic: string;
        /** integer 0/1 on SQLite, boolean on PostgreSQL: written as 0/1, which PostgreSQL reads as false/true. */
        helpful: ColumnType<number | boolean, number, number>;
        locale: string;
        created_at: Timestamp;
    };
    copy_links: {
        token_hash: string;
        conversation_id: string;
        kind: string;
        reference: string;
        locale: string;
        created_at: Timestamp;
        expires_at: Timestamp;
    };
}

/** One typed query builder over either engine; stores written against it need no per-engine twin. */
export type QueryBuilder = Kysely<Tables>;

/**
 * Shares the caller's handle, which the caller closes: never call destroy() on these
 * (Kysely would close the SQLite file or end the pool under the other stores).
 */
export function sqliteQueryBuilder(db: SqliteDatabase): QueryBuilder {
    return new Kysely<Tables>({ dialect: new SqliteDialect({ database: db }) });
}

export function postgresQueryBuilder(pool: Pool): QueryBuilder {
    return new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
}
