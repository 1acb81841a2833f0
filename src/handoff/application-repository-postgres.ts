import type { Pool, PoolClient } from 'pg';
import { normalizeReference } from '../domain/reference.js';
import { lazyPostgresMigration } from '../storage/migrations.js';
import { withTransaction } from '../storage/pg-pool.js';
import { errorCode, toDatabaseError } from '../storage/types.js';
import {
    DuplicateReferenceError,
    clampLimit,
    insertWithRetries,
    isUuid,
    toApplicationRow,
    type ApplicationRepository,
    type ApplicationRepositoryOptions,
    type InsertOptions,
    type ListOptions,
    type NewApplication,
    type NewApplicationWithoutReference,
    type StoredApplication
} from './application-repository.js';
import { erasureNoticeRows, type ErasedApplication, type ErasureResult } from './erasure.js';
import { outboxRows, toDeliveryChannels } from './outbox.js';
import { PostgresOutboxStore, insertOutboxRowsPostgres } from './outbox-postgres.js';
import { PostgresTranscriptStore } from './transcript-postgres.js';

interface Row {
    id: string;
    reference: string;
    conversation_id: string;
    channel: string;
    locale: string;
    status: string;
    submitted_at: Date;
    data: unknown;
}

const COLUMNS = 'id, reference, conversation_id, channel, locale, status, submitted_at, data';
const UNIQUE_VIOLATION = '23505';

export interface PostgresApplicationRepositoryOptions extends ApplicationRepositoryOptions {
    /** Run migrations on first use (default true). openDatabase() migrates up front and passes false. */
    migrate?: boolean;
}

/** Applications on PostgreSQL. Shares (never ends) the pool it is given. */
export class PostgresApplicationRepository implements ApplicationRepository {
    private readonly pool: Pool;
    private readonly options: ApplicationRepositoryOptions;
    private readonly ready: () => Promise<void>;
    readonly outbox: PostgresOutboxStore;
    readonly transcripts: PostgresTranscriptStore;

    constructor(pool: Pool, options: PostgresApplicationRepositoryOptions = {}) {
        this.pool = pool;
        this.options = options;
        this.ready = lazyPostgresMigration(pool, options.migrate ?? true);
        this.outbox = new PostgresOutboxStore(pool, this.ready);
        this.transcripts = new PostgresTranscriptStore(pool, this.ready);
    }

    async insert(app: NewApplication, options: InsertOptions = {}): Promise<void> {
        const where = 'PostgresApplicationRepository.insert()';
        const row = toApplicationRow(where, app);
        const deliveries = outboxRows(row.id, row.submittedAt, toDeliveryChannels(where, options.deliveries));
        await this.ready();
        // Own transaction (not withTransaction) so a reference collision keeps its constraint name.
        let client: PoolClient;
        try {
            client = await this.pool.connect();
        } catch (err) {
            throw toDatabaseError(where, err);
        }
        let broken: Error | undefined;
        try {
            await client.query('begin');
            await client.query(
                `insert into applications (id, reference, conversation_id, channel, locale, submitted_at, data)
                 values ($1, $2, $3, $4, $5, $6, $7::jsonb)`,
                [row.id, row.reference, row.conversationId, row.channel, row.locale, row.submittedAt, row.json]
            );
            await insertOutboxRowsPostgres(client, deliveries);
            await client.query('commit');
        } catch (err) {
            await client.query('rollback').catch((rollbackErr: unknown) => {
                broken = rollbackErr instanceof Error ? rollbackErr : new Error(`${where}: rollback failed`);
            });
            if (errorCode(err) === UNIQUE_VIOLATION && constraintOf(err) === 'applications_reference_key') {
                throw new DuplicateReferenceError(where);
            }
            throw toDatabaseError(where, err);
        } finally {
            client.release(broken);
        }
    }

    insertWithUniqueReference(build: (reference: string) => NewApplicationWithoutReference, options: InsertOptions = {}): Promise<StoredApplication> {
        return insertWithRetries('PostgresApplicationRepository.insertWithUniqueReference()', this, build, this.options, options);
    }

    async findById(id: string): Promise<StoredApplication | undefined> {
        if (!isUuid(id)) return undefined;
        const rows = await this.query('findById', `select ${COLUMNS} from applications where id = $1`, [id]);
        const row = rows[0];
        return row && toStored(row);
    }

    async findByReference(reference: string): Promise<StoredApplication | undefined> {
        const canonical = normalizeReference(reference);
        if (!canonical) return undefined;
        const rows = await this.query('findByReference', `select ${COLUMNS} from applications where reference = $1`, [canonical]);
        const row = rows[0];
        return row && toStored(row);
    }

    async list(opts: ListOptions = {}): Promise<StoredApplication[]> {
        const rows = await this.query(
            'list',
            `select ${COLUMNS} from applications order by submitted_at desc, id desc limit $1`,
            [clampLimit(opts.limit)]
        );
        return rows.map(toStored);
    }

    async eraseByConversation(conversationId: string, erasedAt: Date): Promise<ErasureResult> {
        await this.ready();
        return withTransaction(this.pool, 'PostgresApplicationRepository.eraseByConversation()', async (client) => {
            const apps = await client.query<{ id: string; reference: string }>('select id, reference from applications where conversation_id = $1 for update', [conversationId]);
            // Locked, so a claim in progress is waited for (its attempt counts) and a later one skips these rows.
            const outbox = await client.query<{ application_id: string; channel: string; status: string; attempts: number }>(
                'select application_id, channel, status, attempts from outbox where application_id = any($1::uuid[]) for update',
                [apps.rows.map((a) => a.id)]
            );
            const applications: ErasedApplication[] = apps.rows.map((app) => ({ ...app, deliveries: outbox.rows.filter((o) => o.application_id === app.id) }));
            const notices = erasureNoticeRows(applications, erasedAt);
            await client.query('delete from applications where conversation_id = $1', [conversationId]);
            await insertOutboxRowsPostgres(client, notices);
            return { applications: applications.length, notices: notices.length };
        });
    }

    private async query(method: string, sql: string, params: unknown[]): Promise<Row[]> {
        await this.ready();
        try {
            return (await this.pool.query<Row>(sql, params)).rows;
        } catch (err) {
            throw toDatabaseError(`PostgresApplicationRepository.${method}()`, err);
        }
    }
}

function constraintOf(err: unknown): string | undefined {
    if (typeof err === 'object' && err !== null && 'constraint' in err && typeof err.constraint === 'string') {
        return err.constraint;
    }
    return undefined;
}

function toStored(row: Row): StoredApplication {
    return {
        id: row.id,
        reference: row.reference,
        conversationId: row.conversation_id,
        channel: row.channel,
        locale: row.locale,
        status: row.status,
        submittedAt: row.submitted_at.toISOString(),
        data: row.data
    };
}
