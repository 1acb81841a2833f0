import { sql, type CreateTableBuilder } from 'kysely';
import type { Migration, MigrationContext } from './migration-kit.js';

/**
 * Indexes whose shape differs between the engines on purpose (the schema test compares only their
 * names): PostgreSQL's outbox claim scans a partial index of pending rows.
 */
export const DIALECT_SPECIFIC_INDEXES: readonly string[] = ['outbox_due_idx'];

const check = (expression: string) => sql.raw(expression);
const OUTBOX_STATUS = `status in ('pending', 'delivered', 'failed')`;
const OUTBOX_EVENT = `event in ('application.submitted', 'application.erased')`;
const OUTBOX_EVENT_SUBJECT = `(event = 'application.submitted' and application_id is not null)
    or (event = 'application.erased' and application_id is null and payload is not null)`;

/** The outbox columns after application_id (and event) as migration 3 created them; migration 14 rebuilds them on SQLite. */
function outboxColumns<TB extends string>(m: MigrationContext, table: CreateTableBuilder<TB, 'id' | 'application_id' | 'event'>) {
    return table
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending').check(check(OUTBOX_STATUS)))
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', m.t.timestamp)
        .addColumn('created_at', m.t.timestamp, (c) => c.notNull())
        .addColumn('delivered_at', m.t.timestamp)
        .addColumn('last_attempt_at', m.t.timestamp)
        .addColumn('last_error', 'text')
        .addColumn('claim_token', m.t.uuid)
        .addColumn('payload', 'text')
        .addUniqueConstraint('outbox_application_channel_key', ['application_id', 'channel']);
}

/** Dialect-specific: PostgreSQL's claim (`for update skip locked`) only ever reads pending rows. */
function outboxDueIndex(m: MigrationContext) {
    const index = m.schema.createIndex('outbox_due_idx').on('outbox');
    return m.engine === 'postgres' ? index.column('next_attempt_at').where(sql.ref('status'), '=', sql.lit('pending')) : index.columns(['status', 'next_attempt_at']);
}

/** Widget files; migration 12 kept their bytes in the row, 13 keeps only their size. */
function directlineAttachments(m: MigrationContext, content: 'bytes' | 'size') {
    const table = m.schema.createTable('directline_attachments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('conversation_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('content_type', 'text', (c) => c.notNull());
    const withContent = content === 'bytes'
        ? table.addColumn('data', m.t.bytes, (c) => c.notNull())
        : table.addColumn('size', m.t.bigint, (c) => c.notNull());
    return withContent.addColumn('created_at', m.t.timestamp, (c) => c.notNull());
}

// Append only: never edit a migration that has shipped, add a new version instead. Versions 7 to 9
// were never used. Until version 18 each engine had its own SQL (a frozen copy is in
// test/fixtures/legacy-migrations.ts); these builders produce the same schema.
export const MIGRATIONS: readonly Migration[] = [
    {
        version: 1,
        name: 'bot_state',
        up: (m) => [
            m.schema.createTable('bot_state')
                .addColumn('key', 'text', (c) => c.primaryKey())
                .addColumn('etag', 'text', (c) => c.notNull())
                .addColumn('data', m.t.json, (c) => m.sqliteCheck('json_valid(data)')(c.notNull()))
                .addColumn('updated_at', m.t.timestamp, (c) => m.postgresDefaultNow()(c.notNull()))
        ]
    },
    {
        version: 2,
        name: 'applications',
        up: (m) => [
            m.schema.createTable('applications')
                .addColumn('id', m.t.uuid, (c) => c.primaryKey())
                .addColumn('reference', 'text', (c) => c.notNull().unique())
                .addColumn('conversation_id', 'text', (c) => c.notNull())
                .addColumn('channel', 'text', (c) => c.notNull())
                .addColumn('locale', 'text', (c) => c.notNull())
                .addColumn('status', 'text', (c) => c.notNull().defaultTo('new'))
                .addColumn('submitted_at', m.t.timestamp, (c) => c.notNull())
                .addColumn('data', m.t.json, (c) => m.sqliteCheck('json_valid(data)')(c.notNull())),
            m.schema.createIndex('applications_conversation_id_idx').on('applications').column('conversation_id'),
            m.schema.createIndex('applications_submitted_at_idx').on('applications').column('submitted_at')
        ]
    },
    {
        version: 3,
        name: 'outbox',
        // One row per application and delivery channel; the id is the webhook-id receivers dedupe on.
        // claim_token + next_attempt_at form a lease, so a crashed worker's claim expires by itself.
        // payload freezes the exact body on the first attempt (byte-identical retries).
        up: (m) => [
            outboxColumns(m, m.schema.createTable('outbox')
                .addColumn('id', m.t.uuid, (c) => c.primaryKey())
                .addColumn('application_id', m.t.uuid, (c) => c.notNull().references('applications.id').onDelete('cascade'))),
            outboxDueIndex(m)
        ]
    },
    {
        version: 4,
        name: 'transcript',
        up: (m) => [
            m.schema.createTable('transcript')
                .$call(m.addId('identity'))
                .addColumn('conversation_id', 'text', (c) => c.notNull())
                .addColumn('role', 'text', (c) => c.notNull().check(check(`role in ('parent', 'bot', 'staff')`)))
                .addColumn('text', 'text', (c) => c.notNull())
                .addColumn('attachments', m.t.json, (c) => m.sqliteCheck('json_valid(attachments)')(c.notNull()))
                .addColumn('actions', m.t.json, (c) => m.sqliteCheck('json_valid(actions)')(c.notNull()))
                .addColumn('created_at', m.t.timestamp, (c) => c.notNull()),
            m.schema.createIndex('transcript_conversation_idx').on('transcript').columns(['conversation_id', 'id'])
        ]
    },
    {
        version: 5,
        name: 'conversations',
        // The directory of conversations staff can reach proactively, and who is talking in each:
        // the bot, nobody yet (a person was requested) or a coordinator. No message text here.
        up: (m) => [
            m.schema.createTable('conversations')
                .addColumn('conversation_id', 'text', (c) => c.primaryKey())
                .addColumn('channel_id', 'text', (c) => c.notNull())
                .addColumn('reference', m.t.json, (c) => m.sqliteCheck('json_valid(reference)')(c.notNull()))
                .addColumn('locale', 'text')
                .addColumn('updated_at', m.t.timestamp, (c) => c.notNull())
                .addColumn('takeover_status', 'text', (c) => c.notNull().defaultTo('bot').check(check(`takeover_status in ('bot', 'requested', 'staff')`)))
                .addColumn('taken_by', 'text')
                .addColumn('taken_at', m.t.timestamp),
            m.schema.createIndex('conversations_takeover_idx').on('conversations').columns(['takeover_status', 'updated_at'])
        ]
    },
    {
        version: 6,
        name: 'staff_inbox',
        // Accounts (only the generated first admin when STAFF_USERS is empty), sessions stored by
        // the SHA-256 of their id, failed-login counters for lockout, and the status history.
        up: (m) => [
            m.schema.createTable('staff_accounts')
                .addColumn('id', m.t.uuid, (c) => c.primaryKey())
                .addColumn('username', 'text', (c) => c.notNull().unique())
                .addColumn('password_hash', 'text', (c) => c.notNull())
                .addColumn('created_at', m.t.timestamp, (c) => c.notNull()),
            m.schema.createTable('staff_sessions')
                .addColumn('id_hash', 'text', (c) => c.primaryKey())
                .addColumn('account_id', 'text', (c) => c.notNull())
                .addColumn('username', 'text', (c) => c.notNull())
                .addColumn('csrf_token', 'text', (c) => c.notNull())
                .addColumn('created_at', m.t.timestamp, (c) => c.notNull())
                .addColumn('expires_at', m.t.timestamp, (c) => c.notNull()),
            m.schema.createIndex('staff_sessions_expires_idx').on('staff_sessions').column('expires_at'),
            m.schema.createTable('staff_login_failures')
                .addColumn('username', 'text', (c) => c.primaryKey())
                .addColumn('failures', 'integer', (c) => c.notNull())
                .addColumn('locked_until', m.t.timestamp)
                .addColumn('updated_at', m.t.timestamp, (c) => c.notNull()),
            m.schema.createTable('application_status_history')
                .$call(m.addId('identity'))
                .addColumn('application_id', m.t.uuid, (c) => c.notNull().references('applications.id').onDelete('cascade'))
                .addColumn('from_status', 'text', (c) => c.notNull())
                .addColumn('to_status', 'text', (c) => c.notNull())
                .addColumn('changed_by', 'text', (c) => c.notNull())
                .addColumn('changed_at', m.t.timestamp, (c) => c.notNull()),
            m.schema.createIndex('application_status_history_app_idx').on('application_status_history').columns(['application_id', 'id'])
        ]
    },
    {
        version: 10,
        name: 'faq_feedback',
        // "Was this helpful?" per topic and language; nothing that identifies the conversation.
        up: (m) => [
            m.schema.createTable('faq_feedback')
                .$call(m.addId('serial'))
                .addColumn('topic', 'text', (c) => c.notNull())
                .addColumn('helpful', m.t.flag, (c) => c.notNull())
                .addColumn('locale', 'text', (c) => c.notNull())
                .addColumn('created_at', m.t.timestamp, (c) => c.notNull()),
            m.schema.createIndex('faq_feedback_topic_idx').on('faq_feedback').column('topic')
        ]
    },
    {
        version: 11,
        name: 'directline_activities',
        // The widget's conversation log (self-hosted Direct Line); the id is the watermark.
        up: (m) => [
            m.schema.createTable('directline_activities')
                .$call(m.addId('serial'))
                .addColumn('conversation_id', 'text', (c) => c.notNull())
                .addColumn('activity', m.t.json, (c) => c.notNull())
                .addColumn('created_at', m.t.timestamp, (c) => c.notNull()),
            m.schema.createIndex('directline_activities_conversation_idx').on('directline_activities').columns(['conversation_id', 'id'])
        ]
    },
    {
        version: 12,
        name: 'directline_attachments',
        // Files sent from the widget, until the bot has copied them into its uploads.
        up: (m) => [
            directlineAttachments(m, 'bytes'),
            m.schema.createIndex('directline_attachments_conversation_idx').on('directline_attachments').column('conversation_id')
        ]
    },
    {
        version: 13,
        name: 'directline_attachments_on_disk',
        // Widget files move to DATA_DIR/directline-uploads; rows keep metadata only. Files still in
        // rows are dropped: the bot took them into its uploads when they arrived (rows lived 24 h).
        up: (m) => [
            m.schema.dropTable('directline_attachments'),
            directlineAttachments(m, 'size'),
            m.schema.createIndex('directline_attachments_conversation_idx').on('directline_attachments').column('conversation_id'),
            m.schema.createIndex('directline_attachments_created_idx').on('directline_attachments').column('created_at')
        ]
    },
    {
        version: 14,
        name: 'outbox_events',
        // "delete my data" queues an application.erased notice whose application is gone: such a row
        // has no application_id, and its payload (reference only, no personal data) is written with it.
        // Dialect-specific: SQLite cannot relax NOT NULL in place, so there the table is rebuilt
        // (nothing references it); PostgreSQL alters it.
        up: (m) => m.engine === 'sqlite'
            ? [
                outboxColumns(m, m.schema.createTable('outbox_v14')
                    .addColumn('id', 'text', (c) => c.primaryKey())
                    .addColumn('application_id', 'text', (c) => c.references('applications.id').onDelete('cascade'))
                    .addColumn('event', 'text', (c) => c.notNull().defaultTo('application.submitted').check(check(OUTBOX_EVENT))))
                    .addCheckConstraint('outbox_event_subject_check', check(OUTBOX_EVENT_SUBJECT)),
                m.raw(`insert into outbox_v14 (id, application_id, channel, status, attempts, next_attempt_at, created_at, delivered_at, last_attempt_at, last_error, claim_token, payload)
                    select id, application_id, channel, status, attempts, next_attempt_at, created_at, delivered_at, last_attempt_at, last_error, claim_token, payload from outbox`),
                m.schema.dropTable('outbox'),
                m.schema.alterTable('outbox_v14').renameTo('outbox'),
                outboxDueIndex(m)
            ]
            : [
                m.schema.alterTable('outbox').alterColumn('application_id', (c) => c.dropNotNull()),
                m.schema.alterTable('outbox').addColumn('event', 'text', (c) => c.notNull().defaultTo('application.submitted').check(check(OUTBOX_EVENT))),
                m.schema.alterTable('outbox').addCheckConstraint('outbox_event_subject_check', check(OUTBOX_EVENT_SUBJECT))
            ]
    },
    {
        version: 15,
        name: 'staff_login_throttle',
        // Sign-in backoff per address and per (address, user name) replaces the lock per user name,
        // which let anyone keep an account out. Keys are SHA-256 hashes: no addresses or names stored.
        up: (m) => [
            m.schema.dropTable('staff_login_failures'),
            m.schema.createTable('staff_login_throttle')
                .addColumn('key', 'text', (c) => c.primaryKey())
                .addColumn('failures', 'integer', (c) => c.notNull())
                .addColumn('wait_until', m.t.timestamp)
                .addColumn('updated_at', m.t.timestamp, (c) => c.notNull()),
            m.schema.createIndex('staff_login_throttle_updated_idx').on('staff_login_throttle').column('updated_at')
        ]
    },
    {
        version: 16,
        name: 'conversations_emergency',
        // An emergency the bot answered (its sign codes, never the parent's words) puts the
        // conversation on the staff inbox's "needs attention" list, submitted or not.
        // One column per statement: SQLite adds one at a time.
        up: (m) => [
            m.schema.alterTable('conversations').addColumn('emergency_signs', m.t.json, m.sqliteCheck('emergency_signs is null or json_valid(emergency_signs)')),
            m.schema.alterTable('conversations').addColumn('emergency_at', m.t.timestamp),
            m.schema.createIndex('conversations_emergency_idx').on('conversations').column('emergency_at')
        ]
    },
    {
        version: 17,
        name: 'staff_assignments_notes',
        // Keyed by conversation id: an application's page and its conversation's page share them,
        // and "delete my data" removes them with the conversation. Notes are internal: never sent
        // to parents. Display names are what a parent sees above a coordinator's message.
        up: (m) => [
            m.schema.createTable('staff_assignments')
                .addColumn('conversation_id', 'text', (c) => c.primaryKey())
                .addColumn('assignee', 'text', (c) => c.notNull())
                .addColumn('assigned_by', 'text', (c) => c.notNull())
                .addColumn('assigned_at', m.t.timestamp, (c) => c.notNull()),
            m.schema.createTable('staff_notes')
                .$call(m.addId('identity'))
                .addColumn('conversation_id', 'text', (c) => c.notNull())
                .addColumn('author', 'text', (c) => c.notNull())
                .addColumn('text', 'text', (c) => c.notNull())
                .addColumn('created_at', m.t.timestamp, (c) => c.notNull()),
            m.schema.createIndex('staff_notes_conversation_idx').on('staff_notes').columns(['conversation_id', 'id']),
            m.schema.createTable('staff_profiles')
                .addColumn('username', 'text', (c) => c.primaryKey())
                .addColumn('display_name', 'text', (c) => c.notNull())
                .addColumn('updated_at', m.t.timestamp, (c) => c.notNull())
        ]
    },
    {
        version: 18,
        name: 'copy_links',
        // Links to a parent's own copy (application or transcript): only the token's SHA-256 is kept,
        // so a database reader cannot open them; the row goes with the conversation ("delete my data").
        up: (m) => [
            m.schema.createTable('copy_links')
                .addColumn('token_hash', 'text', (c) => c.primaryKey())
                .addColumn('conversation_id', 'text', (c) => c.notNull())
                .addColumn('kind', 'text', (c) => c.notNull().check(check(`kind in ('application', 'transcript')`)))
                .addColumn('reference', 'text', (c) => c.notNull())
                .addColumn('locale', 'text', (c) => c.notNull())
                .addColumn('created_at', m.t.timestamp, (c) => c.notNull())
                .addColumn('expires_at', m.t.timestamp, (c) => c.notNull()),
            m.schema.createIndex('copy_links_conversation_idx').on('copy_links').column('conversation_id')
        ]
    }
];
