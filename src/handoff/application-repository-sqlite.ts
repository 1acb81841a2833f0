import { normalizeReference } from '../domain/reference.js';
import { migrateSqlite } from '../storage/migrations.js';
import type { SqliteDatabase } from '../storage/sqlite-file.js';
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
import { SqliteOutboxStore, insertOutboxRowsSqlite } from './outbox-sqlite.js';
import { SqliteTranscriptStore } from './transcript-sqlite.js';

interface Row {
    id: string;
    reference: string;
    conversation_id: string;
    channel: string;
    locale: string;
    status: string;
    submitted_at: string;
    data: string;
}

const COLUMNS = 'id, reference, conversation_id, channel, locale, status, submitted_at, data';

/** Applications on SQLite. Shares (never closes) the handle it is given. */
export class SqliteApplicationRepository implements ApplicationRepository {
    private readonly db: SqliteDatabase;
    private readonly options: ApplicationRepositoryOptions;
    readonly outbox: SqliteOutboxStore;
    readonly transcripts: SqliteTranscriptStore;

    constructor(db: SqliteDatabase, options: ApplicationRepositoryOptions = {}) {
        this.db = db;
        this.options = options;
        migrateSqlite(db);
        this.outbox = new SqliteOutboxStore(db);
        this.transcripts = new SqliteTranscriptStore(db);
    }

    async insert(app: NewApplication, options: InsertOptions = {}): Promise<void> {
        const row = toApplicationRow('SqliteApplicationRepository.insert()', app);
        const deliveries = outboxRows(row.id, row.submittedAt, toDeliveryChannels('SqliteApplicationRepository.insert()', options.deliveries));
        // The application and its outbox rows commit together or not at all.
        const write = this.db.transaction(() => {
            this.db
                .prepare(
                    `insert into applications (id, reference, conversation_id, channel, locale, submitted_at, data)
                     values (?, ?, ?, ?, ?, ?, ?)`
                )
                .run(row.id, row.reference, row.conversationId, row.channel, row.locale, row.submittedAt, row.json);
            insertOutboxRowsSqlite(this.db, deliveries);
        });
        try {
            write.immediate();
        } catch (err) {
            // SQLite names the column in the message; the id's primary key has its own code.
            if (errorCode(err) === 'SQLITE_CONSTRAINT_UNIQUE' && err instanceof Error && err.message.includes('applications.reference')) {
                throw new DuplicateReferenceError('SqliteApplicationRepository.insert()');
            }
            throw toDatabaseError('SqliteApplicationRepository.insert()', err);
        }
    }

    insertWithUniqueReference(build: (reference: string) => NewApplicationWithoutReference, options: InsertOptions = {}): Promise<StoredApplication> {
        return insertWithRetries('SqliteApplicationRepository.insertWithUniqueReference()', this, build, this.options, options);
    }

    async findById(id: string): Promise<StoredApplication | undefined> {
        if (!isUuid(id)) return undefined;
        const row = this.query('findById', () =>
            this.db.prepare<[string], Row>(`select ${COLUMNS} from applications where id = ?`).get(id.toLowerCase())
        );
        return row && toStored(row);
    }

    async findByReference(reference: string): Promise<StoredApplication | undefined> {
        const canonical = normalizeReference(reference);
        if (!canonical) return undefined;
        const row = this.query('findByReference', () =>
            this.db.prepare<[string], Row>(`select ${COLUMNS} from applications where reference = ?`).get(canonical)
        );
        return row && toStored(row);
    }

    async list(opts: ListOptions = {}): Promise<StoredApplication[]> {
        const rows = this.query('list', () =>
            this.db
                .prepare<[number], Row>(`select ${COLUMNS} from applications order by submitted_at desc, id desc limit ?`)
                .all(clampLimit(opts.limit))
        );
        return rows.map(toStored);
    }

    async eraseByConversation(conversationId: string, erasedAt: Date): Promise<ErasureResult> {
        const erase = this.db.transaction((): ErasureResult => {
            const deliveries = this.db.prepare<[string], ErasedApplication['deliveries'][number]>('select channel, status, attempts from outbox where application_id = ?');
            const applications: ErasedApplication[] = this.db
                .prepare<[string], { id: string; reference: string }>('select id, reference from applications where conversation_id = ?')
                .all(conversationId)
                .map((app) => ({ ...app, deliveries: deliveries.all(app.id) }));
            const notices = erasureNoticeRows(applications, erasedAt);
            this.db.prepare<[string]>('delete from applications where conversation_id = ?').run(conversationId);
            insertOutboxRowsSqlite(this.db, notices);
            return { applications: applications.length, notices: notices.length };
        });
        return this.query('eraseByConversation', () => erase.immediate());
    }

    private query<T>(method: string, run: () => T): T {
        try {
            return run();
        } catch (err) {
            throw toDatabaseError(`SqliteApplicationRepository.${method}()`, err);
        }
    }
}

function toStored(row: Row): StoredApplication {
    return {
        id: row.id,
        reference: row.reference,
        conversationId: row.conversation_id,
        channel: row.channel,
        locale: row.locale,
        status: row.status,
        submittedAt: row.submitted_at,
        data: JSON.parse(row.data) as unknown
    };
}
