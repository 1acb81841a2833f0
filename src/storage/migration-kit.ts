import {
    DummyDriver,
    Kysely,
    PostgresAdapter,
    PostgresIntrospector,
    PostgresQueryCompiler,
    SqliteAdapter,
    SqliteIntrospector,
    SqliteQueryCompiler,
    sql,
    type ColumnDataType,
    type ColumnDefinitionBuilder,
    type Compilable,
    type CompiledQuery,
    type CreateTableBuilder,
    type SchemaModule
} from 'kysely';

export type Engine = 'sqlite' | 'postgres';

/** One DDL (or data-moving) statement; the runner compiles it for its engine and executes it. */
export type Statement = Compilable;

export interface Migration {
    readonly version: number;
    readonly name: string;
    /** Written once for both engines; `m.engine` only where an engine must differ (marked where used). */
    up(m: MigrationContext): Statement[];
}

/**
 * Column types by meaning. SQLite keeps them as text or integer (its storage classes);
 * PostgreSQL gets the native type.
 */
export interface ColumnTypes {
    timestamp: ColumnDataType;
    json: ColumnDataType;
    uuid: ColumnDataType;
    flag: ColumnDataType;
    bytes: ColumnDataType;
    /** A count or size that may exceed 2^31 on PostgreSQL. */
    bigint: ColumnDataType;
}

type Modify = (col: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;

export interface MigrationContext {
    readonly engine: Engine;
    readonly schema: SchemaModule;
    readonly t: ColumnTypes;
    /** A statement Kysely's builders cannot express (a data copy); standard SQL both engines accept. */
    raw(text: string): Statement;
    /**
     * Adds the `id` primary key numbered by the database: `integer primary key autoincrement` on
     * SQLite; on PostgreSQL `bigint generated always as identity` or `bigserial` (both kept as shipped).
     */
    addId(style: 'identity' | 'serial'): <TB extends string, C extends string>(table: CreateTableBuilder<TB, C>) => CreateTableBuilder<TB, C | 'id'>;
    /** SQLite only: text columns holding JSON are checked there; PostgreSQL's jsonb validates by itself. */
    sqliteCheck(expression: string): Modify;
    /** PostgreSQL only: `default now()` (SQLite rows always carry the time the code writes). */
    postgresDefaultNow(): Modify;
}

const SQLITE_TYPES: ColumnTypes = { timestamp: 'text', json: 'text', uuid: 'text', flag: 'integer', bytes: 'blob', bigint: 'integer' };
const POSTGRES_TYPES: ColumnTypes = { timestamp: 'timestamptz', json: 'jsonb', uuid: 'uuid', flag: 'boolean', bytes: 'bytea', bigint: 'bigint' };

/** A Kysely that only compiles (never connects): the runners execute on their own transaction. */
function compiler(engine: Engine): Kysely<unknown> {
    return new Kysely<unknown>({
        dialect: engine === 'sqlite'
            ? {
                createAdapter: () => new SqliteAdapter(),
                createDriver: () => new DummyDriver(),
                createIntrospector: (db) => new SqliteIntrospector(db),
                createQueryCompiler: () => new SqliteQueryCompiler()
            }
            : {
                createAdapter: () => new PostgresAdapter(),
                createDriver: () => new DummyDriver(),
                createIntrospector: (db) => new PostgresIntrospector(db),
                createQueryCompiler: () => new PostgresQueryCompiler()
            }
    });
}

const COMPILERS: Record<Engine, Kysely<unknown>> = { sqlite: compiler('sqlite'), postgres: compiler('postgres') };

export function migrationContext(engine: Engine): MigrationContext {
    const db = COMPILERS[engine];
    const same: Modify = (col) => col;
    return {
        engine,
        schema: db.schema,
        t: engine === 'sqlite' ? SQLITE_TYPES : POSTGRES_TYPES,
        raw: (text) => ({ compile: (): CompiledQuery => sql.raw(text).compile(db) }),
        addId: (style) => (table) => {
            if (engine === 'sqlite') return table.addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement());
            if (style === 'serial') return table.addColumn('id', 'bigserial', (col) => col.primaryKey());
            return table.addColumn('id', 'bigint', (col) => col.generatedAlwaysAsIdentity().primaryKey());
        },
        sqliteCheck: (expression) => (engine === 'sqlite' ? (col) => col.check(sql.raw(expression)) : same),
        postgresDefaultNow: () => (engine === 'postgres' ? (col) => col.defaultTo(sql`now()`) : same)
    };
}

export function compileStatements(engine: Engine, migration: Migration): CompiledQuery[] {
    return migration.up(migrationContext(engine)).map((s) => s.compile());
}
