import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { CopyKind, CopyLink, CopyLinkStore } from '../storage/copy-links.js';
import type { ApplicationRepository } from './application-repository.js';
import { PARENT_COPY_CHANNEL, SUBMITTED_EVENT, type OutboxStore } from './outbox.js';

/** How long a download link works: long enough to open it later that day, short enough to lose little if forwarded. */
export const COPY_LINK_HOURS = 24;
export const COPY_PATH = '/copies';
/** 32 random bytes, base64url: what a link carries, and nothing else. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export type ResolvedLink = { status: 'ok' | 'expired'; link: CopyLink } | { status: 'unknown' };

export interface CopyOfferLinks {
    links: Record<CopyKind, string>;
    /** The parent gave an address and e-mail can be sent. */
    email: boolean;
}

export interface ParentCopiesDeps {
    links: CopyLinkStore;
    applications: Pick<ApplicationRepository, 'findByReference'> & { outbox: Pick<OutboxStore, 'enqueue'> };
    /** Where parents reach this server (PUBLIC_URL). */
    publicUrl: string;
    /** E-mail copies are possible (SMTP configured). */
    canEmail: boolean;
    clock: () => Date;
    /** Wakes the delivery worker after a copy was queued. */
    notify: () => void;
}

/**
 * The parent's copies after submission: download links (unguessable, expiring, bound to the
 * conversation, no personal data in the URL) and the e-mail copy through the outbox.
 */
export class ParentCopies {
    constructor(private readonly deps: ParentCopiesDeps) {}

    /** Fresh links to the application summary and the transcript of this conversation, and whether an e-mail copy can go. */
    async offer(conversationId: string, reference: string, locale: string): Promise<CopyOfferLinks> {
        const links = { application: await this.issue(conversationId, 'application', reference, locale), transcript: await this.issue(conversationId, 'transcript', reference, locale) };
        return { links, email: (await this.emailOf(conversationId, reference)) !== undefined };
    }

    async resolve(token: string): Promise<ResolvedLink> {
        if (!TOKEN_SHAPE.test(token)) return { status: 'unknown' };
        const link = await this.deps.links.find(hashToken(token));
        if (!link) return { status: 'unknown' };
        return { status: link.expiresAt.getTime() <= this.deps.clock().getTime() ? 'expired' : 'ok', link };
    }

    /** Queues the e-mail copy of this conversation's application: 'queued', 'already' (asked before) or 'unavailable'. */
    async sendByEmail(conversationId: string, reference: string): Promise<'queued' | 'already' | 'unavailable'> {
        const stored = await this.emailOf(conversationId, reference);
        if (!stored) return 'unavailable';
        const queued = await this.deps.applications.outbox.enqueue({
            id: randomUUID(), event: SUBMITTED_EVENT, applicationId: stored.id, channel: PARENT_COPY_CHANNEL, createdAt: this.deps.clock().toISOString(), payload: null
        });
        if (queued) this.deps.notify();
        return queued ? 'queued' : 'already';
    }

    /** The application of this conversation, when it has an address to send a copy to (and e-mail can be sent). */
    private async emailOf(conversationId: string, reference: string): Promise<{ id: string } | undefined> {
        if (!this.deps.canEmail) return undefined;
        const stored = await this.deps.applications.findByReference(reference);
        const email = (stored?.data as { contact?: { email?: unknown } } | undefined)?.contact?.email;
        return stored && stored.conversationId === conversationId && typeof email === 'string' ? stored : undefined;
    }

    private async issue(conversationId: string, kind: CopyKind, reference: string, locale: string): Promise<string> {
        const now = this.deps.clock();
        const token = randomBytes(32).toString('base64url');
        // Links long expired are forgotten as new ones are made; until then they answer 410.
        await this.deps.links.prune(new Date(now.getTime() - 7 * 24 * 3600_000));
        await this.deps.links.insert({
            tokenHash: hashToken(token), conversationId, kind, reference, locale, createdAt: now, expiresAt: new Date(now.getTime() + COPY_LINK_HOURS * 3600_000)
        });
        return `${this.deps.publicUrl.replace(/\/+$/, '')}${COPY_PATH}/${token}`;
    }
}
