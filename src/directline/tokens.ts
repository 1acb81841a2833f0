import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** What a widget token grants: one conversation, as one user, until it expires. */
export interface DirectLineGrant {
    conversationId: string;
    userId: string;
    locale?: string;
    /** Unix seconds. */
    expiresAt: number;
}

export const TOKEN_TTL_SECONDS = 30 * 60;
/** How long the same device may come back to its conversation (another tab, days later). */
export const RESUME_TTL_SECONDS = 14 * 24 * 3600;

const b64 = (data: Buffer | string) => Buffer.from(data).toString('base64url');
/** What a signature is over, before the body: tokens keep the plain body, as before; tickets a prefix of their own. */
const TOKEN = '';
const RESUME = 'resume\n';

/**
 * Signed tokens (HMAC-SHA256) instead of a token table: any instance sharing the secret can check
 * them, and a token names its conversation, so one parent's token never reads another's.
 */
export class DirectLineTokens {
    constructor(private readonly secret: Buffer) {}

    /**
     * The path segment the bot's replies to one conversation must carry (the Bot Connector API
     * has no token of ours). Per conversation, so a leaked serviceUrl opens no other conversation.
     */
    connectorKey(conversationId: string): string {
        return this.sign(`bot-connector:${conversationId}`).slice(0, 32);
    }

    /** Constant-time check of a connector key against the conversation it claims. */
    checkConnectorKey(conversationId: string, key: string): boolean {
        const expected = Buffer.from(this.connectorKey(conversationId));
        const given = Buffer.from(key);
        return expected.length === given.length && timingSafeEqual(expected, given);
    }

    issue(grant: Omit<DirectLineGrant, 'expiresAt'>, now: Date): { token: string; expiresIn: number } {
        return { token: this.seal(TOKEN, grant, TOKEN_TTL_SECONDS, now), expiresIn: TOKEN_TTL_SECONDS };
    }

    /** The grant of a valid, unexpired token; undefined for anything else. */
    verify(token: string | undefined, now: Date): DirectLineGrant | undefined {
        return this.open(TOKEN, token, now);
    }

    /**
     * A ticket the page keeps (localStorage) to get a new token for its conversation after the
     * token expired; signed under another claim, so it is never accepted as a token itself.
     */
    issueResume(grant: Omit<DirectLineGrant, 'expiresAt'>, now: Date): { resume: string; expiresIn: number } {
        return { resume: this.seal(RESUME, grant, RESUME_TTL_SECONDS, now), expiresIn: RESUME_TTL_SECONDS };
    }

    verifyResume(ticket: string | undefined, now: Date): DirectLineGrant | undefined {
        return this.open(RESUME, ticket, now);
    }

    private seal(claim: string, grant: Omit<DirectLineGrant, 'expiresAt'>, ttlSeconds: number, now: Date): string {
        const payload: DirectLineGrant = { ...grant, expiresAt: Math.floor(now.getTime() / 1000) + ttlSeconds };
        const body = b64(JSON.stringify(payload));
        return `${body}.${this.sign(claim + body)}`;
    }

    private open(claim: string, sealed: string | undefined, now: Date): DirectLineGrant | undefined {
        const [body, signature, extra] = (sealed ?? '').split('.');
        if (!body || !signature || extra !== undefined) return undefined;
        const expected = Buffer.from(this.sign(claim + body));
        const given = Buffer.from(signature);
        if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
        try {
            const grant = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as DirectLineGrant;
            if (typeof grant.conversationId !== 'string' || typeof grant.userId !== 'string' || typeof grant.expiresAt !== 'number') return undefined;
            return grant.expiresAt > now.getTime() / 1000 ? grant : undefined;
        } catch {
            return undefined;
        }
    }

    /**
     * A query (`e=<expiry>&s=<signature>`) that lets a browser load one attachment of one
     * conversation without an Authorization header (links and <img> send none), for a limited time.
     */
    attachmentQuery(id: string, conversationId: string, now: Date): string {
        const expires = Math.floor(now.getTime() / 1000) + TOKEN_TTL_SECONDS;
        return `e=${expires}&s=${this.sign(attachmentClaim(id, conversationId, expires))}`;
    }

    /** Whether the query was made by attachmentQuery for this file's conversation and has not expired. */
    verifyAttachmentQuery(id: string, conversationId: string, query: URLSearchParams, now: Date): boolean {
        const expires = Number(query.get('e'));
        if (!Number.isSafeInteger(expires) || expires <= now.getTime() / 1000) return false;
        const expected = Buffer.from(this.sign(attachmentClaim(id, conversationId, expires)));
        const given = Buffer.from(query.get('s') ?? '');
        return expected.length === given.length && timingSafeEqual(expected, given);
    }

    private sign(text: string): string {
        return createHmac('sha256', this.secret).update(text).digest('base64url');
    }
}

/** Newlines cannot occur in a token body (base64url), so a link's claim never signs as a token. */
const attachmentClaim = (id: string, conversationId: string, expires: number) => `attachment\n${id}\n${conversationId}\n${expires}`;

export function randomId(prefix: string): string {
    return `${prefix}${randomBytes(12).toString('base64url')}`;
}

/**
 * DIRECTLINE_SECRET when set (required when several instances serve the widget); otherwise a
 * secret generated once and kept in DATA_DIR, so tokens and stored reply addresses survive restarts.
 */
export function directLineSecret(configured: string | undefined, dataDir: string): Buffer {
    if (configured) return Buffer.from(configured, 'utf8');
    const file = path.join(dataDir, 'directline.secret');
    if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64url');
    mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(32);
    writeFileSync(file, `${secret.toString('base64url')}\n`, { mode: 0o600 });
    chmodSync(file, 0o600);
    return secret;
}
