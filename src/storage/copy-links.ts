import type { Selectable } from 'kysely';
import type { QueryBuilder, Tables } from './query-builder.js';
import { toDatabaseError } from './types.js';

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

type Row = Selectable<Tables['copy_links']>;

function toLink(row: Row): CopyLink {
    const kind = COPY_KINDS.find((k) => k === row.kind);
    if (!kind) throw new Error('CopyLinkStore.find(): unexpected kind');
    return {
        tokenHash: row.token_hash, conversationId: row.conversation_id, kind, reference: row.reference, locale: row.locale,
        createdAt: new Date(row.created_at), expiresAt: new Date(row.expires_at)
    };
}

/** The same queries on SQLite and PostgreSQL (the pattern for the other stores: no -sqlite/-postgres twins). */
export class CopyLinks implements CopyLinkStore {
    constructor(private readonly db: QueryBuilder) {}

    async insert(link: CopyLink): Promise<void> {
        await this.run('insert', () => this.db.insertInto('copy_links').values({
            token_hash: link.tokenHash, conversation_id: link.conversationId, kind: link.kind, reference: link.reference, locale: link.locale,
            created_at: link.createdAt.toISOString(), expires_at: link.expiresAt.toISOString()
        }).execute());
    }

    async find(tokenHash: string): Promise<CopyLink | undefined> {
        const row = await this.run('find', () => this.db.selectFrom('copy_links').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst());
        return row ? toLink(row) : undefined;
    }

    async deleteByConversation(conversationId: string): Promise<number> {
        const result = await this.run('deleteByConversation', () => this.db.deleteFrom('copy_links').where('conversation_id', '=', conversationId).executeTakeFirst());
        return Number(result.numDeletedRows);
    }

    async prune(before: Date): Promise<number> {
        const result = await this.run('prune', () => this.db.deleteFrom('copy_links').where('expires_at', '<', before.toISOString()).executeTakeFirst());
        return Number(result.numDeletedRows);
    }

    private async run<T>(method: string, query: () => Promise<T>): Promise<T> {
        try {
            return await query();
        } catch (err) {
            throw toDatabaseError(`CopyLinks.${method}()`, err);
        }
    }
}
