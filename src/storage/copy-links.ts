import type { Pool } from 'pg';
import type { SqliteDatabase } from './sqlite-file';
import { toDatabaseError } from './types';

export const COPY_KINDS = ['application', 'transcript'] as const;
export type CopyKind = (typeof COPY_KINDS)[number];

/** A download link of a parent's own copy; the token itself is never stored, only its hash. */
export interface CopyLink {
    tokenHash: string;
    conversationId: string;
    kind: CopyKind;
    reference: string;
    locale: string;
    createdAt: Date;
    expiresAt: Date;
}

export interface CopyLinkStore {
    insert(link: CopyLink): Promise<void>;
    find(tokenHash: string): Promise<CopyLink | undefined>;
    /** "Delete my data": the links of the conversation stop working. */
    deleteByConversation(conversationId: string): Promise<number>;
    /** Forgets links that expired before `before` (an expired link answers 410 until then). */
    prune(before: Date): Promise<number>;
}

interface Row {
    token_hash: string;
    conversation_id: string;
    kind: string;
    reference: string;
    locale: string;
    created_at: string | Date;
    expires_at: string | Date;
}

function toLink(row: Row): CopyLink {
    const kind = COPY_KINDS.find((k) => k === row.kind);
    if (!kind) throw new Error('CopyLinkStore.find(): unexpected kind');
    return {
        tokenHash: row.token_hash, conversationId: row.conversation_id, kind, reference: row.reference, locale: row.locale,
        createdAt: new Date(row.created_at), expiresAt: new Date(row.expires_at)
    };
}

export class SqliteCopyLinks implements CopyLinkStore {
    constructor(private readonly db: SqliteDatabase) {}

    async insert(link: CopyLink): Promise<void> {
        this.run('insert', () => this.db
            .prepare('insert into copy_links (token_hash, conversation_id, kind, reference, locale, created_at, expires_at) values (?, ?, ?, ?, ?, ?, ?)')
            .run(link.tokenHash, link.conversationId, link.kind, link.reference, link.locale, link.createdAt.toISOString(), link.expiresAt.toISOString()));
    }

    async find(tokenHash: string): Promise<CopyLink | undefined> {
        const row = this.run('find', () => this.db.prepare<[string], Row>('select * from copy_links where token_hash = ?').get(tokenHash));
        return row ? toLink(row) : undefined;
    }

    async deleteByConversation(conversationId: string): Promise<number> {
        return this.run('deleteByConversation', () => this.db.prepare('delete from copy_links where conversation_id = ?').run(conversationId).changes);
    }

    async prune(before: Date): Promise<number> {
        return this.run('prune', () => this.db.prepare('delete from copy_links where expires_at < ?').run(before.toISOString()).changes);
    }

    private run<T>(method: string, fn: () => T): T {
        try {
            return fn();
        } catch (err) {
            throw toDatabaseError(`SqliteCopyLinks.${method}()`, err);
        }
    }
}

export class PostgresCopyLinks implements CopyLinkStore {
    constructor(private readonly pool: Pool) {}

    async insert(link: CopyLink): Promise<void> {
        await this.query('insert', 'insert into copy_links (token_hash, conversation_id, kind, reference, locale, created_at, expires_at) values ($1, $2, $3, $4, $5, $6, $7)',
            [link.tokenHash, link.conversationId, link.kind, link.reference, link.locale, link.createdAt, link.expiresAt]);
    }

    async find(tokenHash: string): Promise<CopyLink | undefined> {
        const [row] = await this.query('find', 'select * from copy_links where token_hash = $1', [tokenHash]);
        return row ? toLink(row) : undefined;
    }

    async deleteByConversation(conversationId: string): Promise<number> {
        return (await this.query('deleteByConversation', 'delete from copy_links where conversation_id = $1 returning token_hash', [conversationId])).length;
    }

    async prune(before: Date): Promise<number> {
        return (await this.query('prune', 'delete from copy_links where expires_at < $1 returning token_hash', [before])).length;
    }

    private async query(method: string, sql: string, params: unknown[]): Promise<Row[]> {
        try {
            return (await this.pool.query<Row>(sql, params)).rows;
        } catch (err) {
            throw toDatabaseError(`PostgresCopyLinks.${method}()`, err);
        }
    }
}
