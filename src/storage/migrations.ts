import type { Pool } from 'pg';
import { withTransaction } from './pg-pool.js';
import type { SqliteDatabase } from './sqlite-file.js';
import { toDatabaseError } from './types.js';

export interface Migration {
    readonly version: number;
    readonly name: string;
    readonly sql: string;
}

// Append only: never edit a migration that has shipped, add a new version instead.
export const SQLITE_MIGRATIONS: readonly Migration[] = [
    {
        version: 1,
        name: 'bot_state',
        sql: `
            create table bot_state (
                key text primary key,
                etag text not null,
                data text not null check (json_valid(data)),
                updated_at text not null
            );`
    },
    {
        version: 2,
        name: 'applications',
        sql: `
            create table applications (
                id text primary key,
                reference text not null unique,
                conversation_id text not null,
                channel text not null,
                locale text not null,
                status text not null default 'new',
                submitted_at text not null,
                data text not null check (json_valid(data))
            );
            create index applications_conversation_id_idx on applications (conversation_id);
            create index applications_submitted_at_idx on applications (submitted_at);`
    },
    {
        version: 3,
        name: 'outbox',
        // One row per application and delivery channel; the id is the webhook-id receivers dedupe on.
        // claim_token + next_attempt_at form a lease, so a crashed worker's claim expires by itself.
        // payload freezes the exact body on the first attempt (byte-identical retries).
        sql: `
            create table outbox (
                id text primary key,
                application_id text not null references applications (id) on delete cascade,
                channel text not null,
                status text not null default 'pending' check (status in ('pending', 'delivered', 'failed')),
                attempts integer not null default 0,
                next_attempt_at text,
                created_at text not null,
                delivered_at text,
                last_attempt_at text,
                last_error text,
                claim_token text,
                payload text,
                unique (application_id, channel)
            );
            create index outbox_due_idx on outbox (status, next_attempt_at);`
    },
    {
        version: 4,
        name: 'transcript',
        sql: `
            create table transcript (
                id integer primary key autoincrement,
                conversation_id text not null,
                role text not null check (role in ('parent', 'bot', 'staff')),
                text text not null,
                attachments text not null check (json_valid(attachments)),
                actions text not null check (json_valid(actions)),
                created_at text not null
            );
            create index transcript_conversation_idx on transcript (conversation_id, id);`
    },
    {
        version: 5,
        name: 'conversations',
        // The directory of conversations staff can reach proactively, and who is talking in each:
        // the bot, nobody yet (a person was requested) or a coordinator. No message text here.
        sql: `
            create table conversations (
                conversation_id text primary key,
                channel_id text not null,
                reference text not null check (json_valid(reference)),
                locale text,
                updated_at text not null,
                takeover_status text not null default 'bot' check (takeover_status in ('bot', 'requested', 'staff')),
                taken_by text,
                taken_at text
            );
            create index conversations_takeover_idx on conversations (takeover_status, updated_at);`
    },
    {
        version: 6,
        name: 'staff_inbox',
        // Accounts (only the generated first admin when STAFF_USERS is empty), sessions stored by
        // the SHA-256 of their id, failed-login counters for lockout, and the status history.
        sql: `
            create table staff_accounts (
                id text primary key,
                username text not null unique,
                password_hash text not null,
                created_at text not null
            );
            create table staff_sessions (
                id_hash text primary key,
                account_id text not null,
                username text not null,
                csrf_token text not null,
                created_at text not null,
                expires_at text not null
            );
            create index staff_sessions_expires_idx on staff_sessions (expires_at);
            create table staff_login_failures (
                username text primary key,
                failures integer not null,
                locked_until text,
                updated_at text not null
            );
            create table application_status_history (
                id integer primary key autoincrement,
                application_id text not null references applications (id) on delete cascade,
                from_status text not null,
                to_status text not null,
                changed_by text not null,
                changed_at text not null
            );
            create index application_status_history_app_idx on application_status_history (application_id, id);`
    },
    {
        version: 10,
        name: 'faq_feedback',
        // "Was this helpful?" per topic and language; nothing that identifies the conversation.
        sql: `
            create table faq_feedback (
                id integer primary key autoincrement,
                topic text not null,
                helpful integer not null,
                locale text not null,
                created_at text not null
            );
            create index faq_feedback_topic_idx on faq_feedback (topic);`
    },
    {
        version: 11,
        name: 'directline_activities',
        // The widget's conversation log (self-hosted Direct Line); the id is the watermark.
        sql: `
            create table directline_activities (
                id integer primary key autoincrement,
                conversation_id text not null,
                activity text not null,
                created_at text not null
            );
            create index directline_activities_conversation_idx on directline_activities (conversation_id, id);`
    },
    {
        version: 12,
        name: 'directline_attachments',
        // Files sent from the widget, until the bot has copied them into its uploads.
        sql: `
            create table directline_attachments (
                id text primary key,
                conversation_id text not null,
                name text not null,
                content_type text not null,
                data blob not null,
                created_at text not null
            );
            create index directline_attachments_conversation_idx on directline_attachments (conversation_id);`
    },
    {
        version: 13,
        name: 'directline_attachments_on_disk',
        // Widget files move to DATA_DIR/directline-uploads; rows keep metadata only. Files still in
        // rows are dropped: the bot took them into its uploads when they arrived (rows lived 24 h).
        sql: `
            drop table directline_attachments;
            create table directline_attachments (
                id text primary key,
                conversation_id text not null,
                name text not null,
                content_type text not null,
                size integer not null,
                created_at text not null
            );
            create index directline_attachments_conversation_idx on directline_attachments (conversation_id);
            create index directline_attachments_created_idx on directline_attachments (created_at);`
    },
    {
        version: 14,
        name: 'outbox_events',
        // "delete my data" queues an application.erased notice whose application is gone: such a row
        // has no application_id, and its payload (reference only, no personal data) is written with it.
        // SQLite cannot relax NOT NULL in place, so the table is rebuilt (nothing references it).
        sql: `
            create table outbox_v14 (
                id text primary key,
                application_id text references applications (id) on delete cascade,
                event text not null default 'application.submitted' check (event in ('application.submitted', 'application.erased')),
                channel text not null,
                status text not null default 'pending' check (status in ('pending', 'delivered', 'failed')),
                attempts integer not null default 0,
                next_attempt_at text,
                created_at text not null,
                delivered_at text,
                last_attempt_at text,
                last_error text,
                claim_token text,
                payload text,
                unique (application_id, channel),
                check ((event = 'application.submitted' and application_id is not null)
                    or (event = 'application.erased' and application_id is null and payload is not null))
            );
            insert into outbox_v14 (id, application_id, channel, status, attempts, next_attempt_at, created_at, delivered_at, last_attempt_at, last_error, claim_token, payload)
                select id, application_id, channel, status, attempts, next_attempt_at, created_at, delivered_at, last_attempt_at, last_error, claim_token, payload from outbox;
            drop table outbox;
            alter table outbox_v14 rename to outbox;
            create index outbox_due_idx on outbox (status, next_attempt_at);`
    },
    {
        version: 15,
        name: 'staff_login_throttle',
        // Sign-in backoff per address and per (address, user name) replaces the lock per user name,
        // which let anyone keep an account out. Keys are SHA-256 hashes: no addresses or names stored.
        sql: `
            drop table staff_login_failures;
            create table staff_login_throttle (
                key text primary key,
                failures integer not null,
                wait_until text,
                updated_at text not null
            );
            create index staff_login_throttle_updated_idx on staff_login_throttle (updated_at);`
    },
    {
        version: 16,
        name: 'conversations_emergency',
        // An emergency the bot answered (its sign codes, never the parent's words) puts the
        // conversation on the staff inbox's "needs attention" list, submitted or not.
        sql: `
            alter table conversations add column emergency_signs text check (emergency_signs is null or json_valid(emergency_signs));
            alter table conversations add column emergency_at text;
            create index conversations_emergency_idx on conversations (emergency_at);`
    },
    {
        version: 17,
        name: 'staff_assignments_notes',
        // Keyed by conversation id: an application's page and its conversation's page share them,
        // and "delete my data" removes them with the conversation. Notes are internal: never sent
        // to parents. Display names are what a parent sees above a coordinator's message.
        sql: `
            create table staff_assignments (
                conversation_id text primary key,
                assignee text not null,
                assigned_by text not null,
                assigned_at text not null
            );
            create table staff_notes (
                id integer primary key autoincrement,
                conversation_id text not null,
                author text not null,
                text text not null,
                created_at text not null
            );
            create index staff_notes_conversation_idx on staff_notes (conversation_id, id);
            create table staff_profiles (
                username text primary key,
                display_name text not null,
                updated_at text not null
            );`
    },
    {
        version: 18,
        name: 'copy_links',
        // Links to a parent's own copy (application or transcript): only the token's SHA-256 is kept,
        // so a database reader cannot open them; the row goes with the conversation ("delete my data").
        sql: `
            create table copy_links (
                token_hash text primary key,
                conversation_id text not null,
                kind text not null check (kind in ('application', 'transcript')),
                reference text not null,
                locale text not null,
                created_at text not null,
                expires_at text not null
            );
            create index copy_links_conversation_idx on copy_links (conversation_id);`
    }
];

export const POSTGRES_MIGRATIONS: readonly Migration[] = [
    {
        version: 1,
        name: 'bot_state',
        sql: `
            create table bot_state (
                key text primary key,
                etag text not null,
                data jsonb not null,
                updated_at timestamptz not null default now()
            );`
    },
    {
        version: 2,
        name: 'applications',
        sql: `
            create table applications (
                id uuid primary key,
                reference text not null constraint applications_reference_key unique,
                conversation_id text not null,
                channel text not null,
                locale text not null,
                status text not null default 'new',
                submitted_at timestamptz not null,
                data jsonb not null
            );
            create index applications_conversation_id_idx on applications (conversation_id);
            create index applications_submitted_at_idx on applications (submitted_at);`
    },
    {
        version: 3,
        name: 'outbox',
        sql: `
            create table outbox (
                id uuid primary key,
                application_id uuid not null references applications (id) on delete cascade,
                channel text not null,
                status text not null default 'pending' check (status in ('pending', 'delivered', 'failed')),
                attempts integer not null default 0,
                next_attempt_at timestamptz,
                created_at timestamptz not null,
                delivered_at timestamptz,
                last_attempt_at timestamptz,
                last_error text,
                claim_token uuid,
                payload text,
                constraint outbox_application_channel_key unique (application_id, channel)
            );
            create index outbox_due_idx on outbox (next_attempt_at) where status = 'pending';`
    },
    {
        version: 4,
        name: 'transcript',
        sql: `
            create table transcript (
                id bigint generated always as identity primary key,
                conversation_id text not null,
                role text not null check (role in ('parent', 'bot', 'staff')),
                text text not null,
                attachments jsonb not null,
                actions jsonb not null,
                created_at timestamptz not null
            );
            create index transcript_conversation_idx on transcript (conversation_id, id);`
    },
    {
        version: 5,
        name: 'conversations',
        sql: `
            create table conversations (
                conversation_id text primary key,
                channel_id text not null,
                reference jsonb not null,
                locale text,
                updated_at timestamptz not null,
                takeover_status text not null default 'bot' check (takeover_status in ('bot', 'requested', 'staff')),
                taken_by text,
                taken_at timestamptz
            );
            create index conversations_takeover_idx on conversations (takeover_status, updated_at);`
    },
    {
        version: 6,
        name: 'staff_inbox',
        sql: `
            create table staff_accounts (
                id uuid primary key,
                username text not null constraint staff_accounts_username_key unique,
                password_hash text not null,
                created_at timestamptz not null
            );
            create table staff_sessions (
                id_hash text primary key,
                account_id text not null,
                username text not null,
                csrf_token text not null,
                created_at timestamptz not null,
                expires_at timestamptz not null
            );
            create index staff_sessions_expires_idx on staff_sessions (expires_at);
            create table staff_login_failures (
                username text primary key,
                failures integer not null,
                locked_until timestamptz,
                updated_at timestamptz not null
            );
            create table application_status_history (
                id bigint generated always as identity primary key,
                application_id uuid not null references applications (id) on delete cascade,
                from_status text not null,
                to_status text not null,
                changed_by text not null,
                changed_at timestamptz not null
            );
            create index application_status_history_app_idx on application_status_history (application_id, id);`
    },
    {
        version: 10,
        name: 'faq_feedback',
        sql: `
            create table faq_feedback (
                id bigserial primary key,
                topic text not null,
                helpful boolean not null,
                locale text not null,
                created_at timestamptz not null
            );
            create index faq_feedback_topic_idx on faq_feedback (topic);`
    },
    {
        version: 11,
        name: 'directline_activities',
        sql: `
            create table directline_activities (
                id bigserial primary key,
                conversation_id text not null,
                activity jsonb not null,
                created_at timestamptz not null
            );
            create index directline_activities_conversation_idx on directline_activities (conversation_id, id);`
    },
    {
        version: 12,
        name: 'directline_attachments',
        sql: `
            create table directline_attachments (
                id text primary key,
                conversation_id text not null,
                name text not null,
                content_type text not null,
                data bytea not null,
                created_at timestamptz not null
            );
            create index directline_attachments_conversation_idx on directline_attachments (conversation_id);`
    },
    {
        version: 13,
        name: 'directline_attachments_on_disk',
        sql: `
            drop table directline_attachments;
            create table directline_attachments (
                id text primary key,
                conversation_id text not null,
                name text not null,
                content_type text not null,
                size bigint not null,
                created_at timestamptz not null
            );
            create index directline_attachments_conversation_idx on directline_attachments (conversation_id);
            create index directline_attachments_created_idx on directline_attachments (created_at);`
    },
    {
        version: 14,
        name: 'outbox_events',
        sql: `
            alter table outbox alter column application_id drop not null;
            alter table outbox add column event text not null default 'application.submitted'
                constraint outbox_event_check check (event in ('application.submitted', 'application.erased'));
            alter table outbox add constraint outbox_event_subject_check
                check ((event = 'application.submitted' and application_id is not null)
                    or (event = 'application.erased' and application_id is null and payload is not null));`
    },
    {
        version: 15,
        name: 'staff_login_throttle',
        sql: `
            drop table staff_login_failures;
            create table staff_login_throttle (
                key text primary key,
                failures integer not null,
                wait_until timestamptz,
                updated_at timestamptz not null
            );
            create index staff_login_throttle_updated_idx on staff_login_throttle (updated_at);`
    },
    {
        version: 16,
        name: 'conversations_emergency',
        sql: `
            alter table conversations add column emergency_signs jsonb;
            alter table conversations add column emergency_at timestamptz;
            create index conversations_emergency_idx on conversations (emergency_at);`
    },
    {
        version: 17,
        name: 'staff_assignments_notes',
        sql: `
            create table staff_assignments (
                conversation_id text primary key,
                assignee text not null,
                assigned_by text not null,
                assigned_at timestamptz not null
            );
            create table staff_notes (
                id bigint generated always as identity primary key,
                conversation_id text not null,
                author text not null,
                text text not null,
                created_at timestamptz not null
            );
            create index staff_notes_conversation_idx on staff_notes (conversation_id, id);
            create table staff_profiles (
                username text primary key,
                display_name text not null,
                updated_at timestamptz not null
            );`
    },
    {
        version: 18,
        name: 'copy_links',
        sql: `
            create table copy_links (
                token_hash text primary key,
                conversation_id text not null,
                kind text not null check (kind in ('application', 'transcript')),
                reference text not null,
                locale text not null,
                created_at timestamptz not null,
                expires_at timestamptz not null
            );
            create index copy_links_conversation_idx on copy_links (conversation_id);`
    }
];

const CREATE_SQLITE_VERSIONS = `
    create table if not exists schema_migrations (version integer primary key, applied_at text not null)`;
const CREATE_POSTGRES_VERSIONS = `
    create table if not exists schema_migrations (version integer primary key, applied_at timestamptz not null default now())`;

/** Sorted copy; rejects bad lists before any transaction starts (a programming error, not a DB one). */
function ordered(where: string, migrations: readonly Migration[]): Migration[] {
    const sorted = [...migrations].sort((a, b) => a.version - b.version);
    sorted.forEach((m, i) => {
        if (!Number.isInteger(m.version) || m.version < 1 || sorted[i - 1]?.version === m.version) {
            throw new Error(`${where}: invalid or duplicate migration version ${m.version}`);
        }
    });
    return sorted;
}

/**
 * Applies pending migrations in one IMMEDIATE transaction (takes the write lock up front, so
 * two processes starting together serialise instead of both applying). Returns applied versions.
 */
export function migrateSqlite(db: SqliteDatabase, migrations: readonly Migration[] = SQLITE_MIGRATIONS): number[] {
    const all = ordered('migrateSqlite()', migrations);
    const run = db.transaction(() => {
        db.exec(CREATE_SQLITE_VERSIONS);
        const rows = db.prepare<[], { version: number }>('select version from schema_migrations').all();
        const applied = new Set(rows.map((r) => r.version));
        const todo = all.filter((m) => !applied.has(m.version));
        const record = db.prepare<[number, string]>('insert into schema_migrations (version, applied_at) values (?, ?)');
        for (const m of todo) {
            db.exec(m.sql);
            record.run(m.version, new Date().toISOString());
        }
        return todo.map((m) => m.version);
    });
    try {
        return run.immediate();
    } catch (err) {
        throw toDatabaseError('migrateSqlite()', err);
    }
}

/**
 * Applies pending migrations in one transaction under an advisory lock scoped to the current
 * schema, so concurrent starts (several bot instances) serialise. Returns applied versions.
 */
export async function migratePostgres(pool: Pool, migrations: readonly Migration[] = POSTGRES_MIGRATIONS): Promise<number[]> {
    const all = ordered('migratePostgres()', migrations);
    return withTransaction(pool, 'migratePostgres()', async (client) => {
        await client.query(`select pg_advisory_xact_lock(hashtext('schema_migrations:' || coalesce(current_schema(), '')))`);
        await client.query(CREATE_POSTGRES_VERSIONS);
        const { rows } = await client.query<{ version: number }>('select version from schema_migrations');
        const applied = new Set(rows.map((r) => r.version));
        const todo = all.filter((m) => !applied.has(m.version));
        for (const m of todo) {
            await client.query(m.sql);
            await client.query('insert into schema_migrations (version) values ($1)', [m.version]);
        }
        return todo.map((m) => m.version);
    });
}

/** Runs migratePostgres once per instance on first use; a failure is retried on the next call. */
export function lazyPostgresMigration(pool: Pool, enabled: boolean): () => Promise<void> {
    let ready: Promise<void> | undefined = enabled ? undefined : Promise.resolve();
    return () => {
        ready ??= migratePostgres(pool).then(
            () => undefined,
            (err: unknown) => {
                ready = undefined;
                throw err;
            }
        );
        return ready;
    };
}
