import type Database from 'better-sqlite3';
import type { Pool } from 'pg';
import { DIALECT_SPECIFIC_INDEXES } from '../../../src/storage/migration-list.js';

/*
 * Schema snapshots for the migration tests. `exact*` describe one engine in its own terms (to
 * compare a database migrated by the old lists with one migrated by the new); `common*` reduce
 * both engines to what must agree between them.
 */

type Family = 'text' | 'integer' | 'blob';

export interface CommonTable {
    columns: { name: string; nullable: boolean; family: Family }[];
    primaryKey: string[];
    uniques: string[][];
    indexes: { name: string; columns?: string[]; unique?: boolean }[];
    foreignKeys: { columns: string[]; references: string; referencedColumns: string[]; onDelete: string }[];
}

/** SQLite's storage class of each type the migrations use; an unknown type must be mapped here on purpose. */
const FAMILY: Record<string, Family> = {
    text: 'text', uuid: 'text', jsonb: 'text', 'timestamp with time zone': 'text',
    integer: 'integer', bigint: 'integer', boolean: 'integer',
    blob: 'blob', bytea: 'blob'
};

function family(type: string): Family {
    const found = FAMILY[type.toLowerCase()];
    if (!found) throw new Error(`schema snapshot: no type family for ${type}`);
    return found;
}

const byName = <T extends { name: string }>(rows: T[]): T[] => [...rows].sort((a, b) => a.name.localeCompare(b.name));
const normalise = (text: string) => text.toLowerCase().replaceAll('"', '').replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/ \)/g, ')').trim();

/** The parenthesised expression after each `check` in a CREATE TABLE statement. */
function sqliteChecks(createSql: string): string[] {
    const checks: string[] = [];
    const text = normalise(createSql);
    for (let at = text.indexOf('check ('); at >= 0; at = text.indexOf('check (', at + 1)) {
        let depth = 0;
        let end = at + 6;
        do {
            if (text[end] === '(') depth++;
            if (text[end] === ')') depth--;
            end++;
        } while (depth > 0 && end < text.length);
        checks.push(text.slice(at + 7, end - 1));
    }
    return checks.sort();
}

interface SqliteIndex { name: string; unique: number; origin: string; partial: number }

function sqliteTables(db: Database.Database): { name: string; sql: string }[] {
    return db.prepare<[], { name: string; sql: string }>(
        `select name, sql from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`
    ).all();
}

function sqliteIndexes(db: Database.Database, table: string) {
    return db.pragma(`index_list('${table}')`) as SqliteIndex[];
}

function sqliteIndexColumns(db: Database.Database, index: string): string[] {
    return (db.pragma(`index_info('${index}')`) as { name: string }[]).map((c) => c.name);
}

function sqliteForeignKeys(db: Database.Database, table: string) {
    const rows = db.pragma(`foreign_key_list('${table}')`) as { id: number; table: string; from: string; to: string; on_delete: string }[];
    const ids = [...new Set(rows.map((r) => r.id))];
    return ids.map((id) => {
        const parts = rows.filter((r) => r.id === id);
        return {
            columns: parts.map((p) => p.from),
            references: parts[0]?.table ?? '',
            referencedColumns: parts.map((p) => p.to),
            onDelete: (parts[0]?.on_delete ?? '').toLowerCase()
        };
    });
}

/** Everything SQLite records about the schema, in its own terms. */
export function exactSqliteSchema(db: Database.Database): Record<string, unknown> {
    const snapshot: Record<string, unknown> = {};
    for (const { name, sql } of sqliteTables(db)) {
        const indexSql = (index: string) =>
            db.prepare<[string], { sql: string | null }>(`select sql from sqlite_master where type = 'index' and name = ?`).get(index)?.sql ?? null;
        snapshot[name] = {
            columns: db.pragma(`table_xinfo('${name}')`),
            autoincrement: /autoincrement/i.test(sql),
            checks: sqliteChecks(sql),
            indexes: byName(sqliteIndexes(db, name).map((i) => ({
                ...i,
                columns: sqliteIndexColumns(db, i.name),
                sql: i.origin === 'c' ? normalise(indexSql(i.name) ?? '') : null
            }))),
            foreignKeys: sqliteForeignKeys(db, name)
        };
    }
    return snapshot;
}

export function commonSqliteSchema(db: Database.Database): Record<string, CommonTable> {
    const snapshot: Record<string, CommonTable> = {};
    for (const { name } of sqliteTables(db)) {
        const columns = db.pragma(`table_info('${name}')`) as { name: string; type: string; notnull: number; pk: number }[];
        const indexes = sqliteIndexes(db, name);
        snapshot[name] = {
            columns: byName(columns.map((c) => ({ name: c.name, nullable: c.notnull === 0 && c.pk === 0, family: family(c.type) }))),
            primaryKey: columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name),
            uniques: indexes.filter((i) => i.origin === 'u').map((i) => sqliteIndexColumns(db, i.name)).sort(),
            indexes: byName(indexes.filter((i) => i.origin === 'c').map((i) => commonIndex(i.name, sqliteIndexColumns(db, i.name), i.unique === 1))),
            foreignKeys: sqliteForeignKeys(db, name)
        };
    }
    return snapshot;
}

/** Indexes whose shape differs between engines on purpose are compared by name only. */
function commonIndex(name: string, columns: string[], unique: boolean): CommonTable['indexes'][number] {
    return DIALECT_SPECIFIC_INDEXES.includes(name) ? { name } : { name, columns, unique };
}

const PG_COLUMNS = `
    select table_name, column_name, data_type, is_nullable, column_default, is_identity, identity_generation
    from information_schema.columns where table_schema = current_schema() order by table_name, ordinal_position`;
const PG_INDEXES = `
    select t.relname as table, i.relname as name, ix.indisunique as unique, ix.indpred is not null as partial,
        case when ix.indisprimary then 'pk' when c.contype = 'u' then 'u' else 'c' end as origin,
        array(select a.attname::text from unnest(ix.indkey::int2[]) with ordinality k(attnum, n)
            join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum order by k.n) as columns,
        regexp_replace(pg_get_indexdef(ix.indexrelid), ' ON \\S+\\.', ' ON ') as definition
    from pg_index ix join pg_class i on i.oid = ix.indexrelid join pg_class t on t.oid = ix.indrelid
        join pg_namespace ns on ns.oid = t.relnamespace
        left join pg_constraint c on c.conindid = ix.indexrelid and c.contype in ('p', 'u') and c.conrelid = t.oid
    where ns.nspname = current_schema() order by t.relname, i.relname`;
const PG_CONSTRAINTS = `
    select t.relname as table, c.conname as name, c.contype as type, pg_get_constraintdef(c.oid) as definition
    from pg_constraint c join pg_class t on t.oid = c.conrelid join pg_namespace ns on ns.oid = t.relnamespace
    where ns.nspname = current_schema() order by t.relname, c.conname`;
const PG_FOREIGN_KEYS = `
    select t.relname as table, r.relname as references, c.confdeltype as on_delete,
        array(select a.attname::text from unnest(c.conkey) with ordinality k(attnum, n)
            join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum order by k.n) as columns,
        array(select a.attname::text from unnest(c.confkey) with ordinality k(attnum, n)
            join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.attnum order by k.n) as referenced_columns
    from pg_constraint c join pg_class t on t.oid = c.conrelid join pg_class r on r.oid = c.confrelid
        join pg_namespace ns on ns.oid = t.relnamespace
    where c.contype = 'f' and ns.nspname = current_schema() order by t.relname, c.conname`;

interface PgColumn { table_name: string; column_name: string; data_type: string; is_nullable: 'YES' | 'NO' }
interface PgIndex { table: string; name: string; unique: boolean; partial: boolean; origin: string; columns: string[]; definition: string }
interface PgForeignKey { table: string; references: string; on_delete: string; columns: string[]; referenced_columns: string[] }

const ON_DELETE: Record<string, string> = { a: 'no action', c: 'cascade', n: 'set null', r: 'restrict', d: 'set default' };

function group<T extends { table?: string; table_name?: string }>(rows: T[]): Map<string, T[]> {
    const tables = new Map<string, T[]>();
    for (const row of rows) {
        const table = row.table ?? row.table_name ?? '';
        tables.set(table, [...(tables.get(table) ?? []), row]);
    }
    return tables;
}

/** Everything PostgreSQL records about the pool's current schema, in its own terms. */
export async function exactPostgresSchema(pool: Pool): Promise<Record<string, unknown>> {
    const [columns, indexes, constraints] = await Promise.all([
        pool.query<{ table_name: string }>(PG_COLUMNS),
        pool.query<{ table: string }>(PG_INDEXES),
        pool.query<{ table: string }>(PG_CONSTRAINTS)
    ]);
    const byTable = [group(columns.rows), group(indexes.rows), group(constraints.rows)] as const;
    const snapshot: Record<string, unknown> = {};
    for (const table of [...byTable[0].keys()].sort()) {
        snapshot[table] = { columns: byTable[0].get(table), indexes: byTable[1].get(table) ?? [], constraints: byTable[2].get(table) ?? [] };
    }
    return snapshot;
}

export async function commonPostgresSchema(pool: Pool): Promise<Record<string, CommonTable>> {
    const [columns, indexes, foreignKeys] = await Promise.all([
        pool.query<PgColumn>(PG_COLUMNS),
        pool.query<PgIndex>(PG_INDEXES),
        pool.query<PgForeignKey>(PG_FOREIGN_KEYS)
    ]);
    const indexesOf = group(indexes.rows);
    const keysOf = group(foreignKeys.rows);
    const snapshot: Record<string, CommonTable> = {};
    for (const [table, cols] of group(columns.rows)) {
        const tableIndexes = indexesOf.get(table) ?? [];
        snapshot[table] = {
            columns: byName(cols.map((c) => ({ name: c.column_name, nullable: c.is_nullable === 'YES', family: family(c.data_type) }))),
            primaryKey: tableIndexes.find((i) => i.origin === 'pk')?.columns ?? [],
            uniques: tableIndexes.filter((i) => i.origin === 'u').map((i) => i.columns).sort(),
            indexes: byName(tableIndexes.filter((i) => i.origin === 'c').map((i) => commonIndex(i.name, i.columns, i.unique))),
            foreignKeys: (keysOf.get(table) ?? []).map((k) => ({
                columns: k.columns,
                references: k.references,
                referencedColumns: k.referenced_columns,
                onDelete: ON_DELETE[k.on_delete] ?? k.on_delete
            }))
        };
    }
    return snapshot;
}
