import { ActivityEventNames, ActivityTypes, TurnContext, type Activity, type ConversationReference, type Middleware } from 'botbuilder';
import type { Logger } from 'pino';
import { erasedThisTurn } from '../intake/eraser.js';
import { errorCode } from '../storage/types.js';

/** Who answers the parent: the bot, nobody yet (a person was asked for), or a coordinator. */
export const TAKEOVER_STATUSES = ['bot', 'requested', 'staff'] as const;
export type TakeoverStatus = (typeof TAKEOVER_STATUSES)[number];

export interface ConversationRecord {
    conversationId: string;
    channelId: string;
    /** Enough to continue the conversation proactively (botbuilder ConversationReference). */
    reference: Partial<ConversationReference>;
    /** The conversation language as last seen (the bot's replies win over the channel's hint). */
    locale: string | null;
    updatedAt: string;
    takeoverStatus: TakeoverStatus;
    /** The staff user who requested/took over last; null while the bot answers. */
    takenBy: string | null;
    takenAt: string | null;
    /** Sign codes (RedFlagSign) of every emergency the bot answered here, sorted; empty if none. */
    emergencySigns: string[];
    /** When the bot last answered an emergency here. */
    emergencyAt: string | null;
}

export interface NewConversationEntry {
    conversationId: string;
    channelId: string;
    reference: Partial<ConversationReference>;
    /** A hint from the channel: stored only while no locale is known. */
    locale?: string | undefined;
    at: Date;
}

export interface TakeoverChange {
    status: TakeoverStatus;
    takenBy: string | null;
    at: Date;
}

/** The conversations table, identical on SQLite and PostgreSQL. */
export interface ConversationStore {
    /** Inserts or refreshes the reference; the takeover columns are never touched here. */
    upsert(entry: NewConversationEntry): Promise<void>;
    get(conversationId: string): Promise<ConversationRecord | undefined>;
    setLocale(conversationId: string, locale: string): Promise<void>;
    /** Compare-and-set: false when the row is missing or its status is no longer `from`. */
    setTakeover(conversationId: string, from: TakeoverStatus, change: TakeoverChange): Promise<boolean>;
    /** Adds the signs of an emergency the bot answered (kept with earlier ones) and its time. */
    recordEmergency(conversationId: string, signs: readonly string[], at: Date): Promise<void>;
    /** A coordinator has dealt with the emergency: off the "needs attention" list until the next one. */
    clearEmergency(conversationId: string): Promise<boolean>;
    /**
     * What needs a coordinator: a person was asked for, a coordinator is in, or an emergency was
     * reported; most recently active first.
     */
    listNeedingAttention(limit?: number): Promise<ConversationRecord[]>;
    /** Conversations with a turn at or after `since`, most recently active first (the inbox's "In progress"). */
    listActiveSince(since: Date, limit?: number): Promise<ConversationRecord[]>;
    /** For "delete my data". */
    deleteByConversation(conversationId: string): Promise<number>;
}

export const MAX_REFERENCE_CHARS = 8_000;

/**
 * The parts of a reference a proactive message needs; no display names, no message id (a staff
 * message is a new message, not a reply to the parent's last one).
 */
export function storableReference(activity: Partial<Activity>): Partial<ConversationReference> {
    const full = TurnContext.getConversationReference(activity);
    const conversation = full.conversation;
    return {
        channelId: full.channelId,
        serviceUrl: full.serviceUrl,
        ...(full.locale ? { locale: full.locale } : {}),
        ...(full.user ? { user: { id: full.user.id, name: '', ...(full.user.role ? { role: full.user.role } : {}) } } : {}),
        ...(full.bot ? { bot: { id: full.bot.id, name: full.bot.name ?? '' } } : {}),
        ...(conversation
            ? {
                conversation: {
                    id: conversation.id,
                    isGroup: conversation.isGroup ?? false,
                    name: '',
                    conversationType: conversation.conversationType ?? '',
                    ...(conversation.tenantId ? { tenantId: conversation.tenantId } : {})
                }
            }
            : {})
    };
}

export interface ConversationDirectoryOptions {
    logger?: Pick<Logger, 'warn'>;
    clock?: () => Date;
    /** After an emergency was recorded (the staff inbox updates live). */
    onEmergency?: (conversationId: string) => void;
}

/**
 * botbuilder middleware: remembers every conversation's reference (for proactive messages from
 * the staff inbox) and its language. Stores no message text. A failed write is logged with its
 * code only and never breaks the turn.
 */
export class ConversationDirectory implements Middleware {
    private readonly clock: () => Date;

    constructor(private readonly store: ConversationStore, private readonly options: ConversationDirectoryOptions = {}) {
        this.clock = options.clock ?? (() => new Date());
    }

    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
        const { activity } = context;
        const conversationId = activity.conversation?.id;
        // Proactive turns (staff messages) start from a stored reference: nothing new to learn.
        const proactive = activity.type === ActivityTypes.Event && activity.name === ActivityEventNames.ContinueConversation;
        if (!conversationId || !activity.channelId || !activity.serviceUrl || proactive) return next();
        await this.safely(() =>
            this.store.upsert({ conversationId, channelId: activity.channelId, reference: storableReference(activity), locale: activity.locale, at: this.clock() })
        );
        let replyLocale: string | undefined;
        const signs = new Set<string>();
        context.onSendActivities(async (_ctx, activities, sendNext) => {
            for (const sent of activities) {
                if (sent.type !== ActivityTypes.Message) continue;
                if (sent.locale) replyLocale = sent.locale;
                for (const sign of emergencySigns(sent)) signs.add(sign);
            }
            return sendNext();
        });
        await next();
        // After "delete my data" the conversation's row is gone and stays gone.
        if (erasedThisTurn(context)) return;
        const locale = replyLocale;
        if (locale) await this.safely(() => this.store.setLocale(conversationId, locale));
        if (signs.size > 0) {
            await this.safely(() => this.store.recordEmergency(conversationId, [...signs], this.clock()));
            this.options.onEmergency?.(conversationId);
        }
    }

    private async safely(write: () => Promise<void>): Promise<void> {
        try {
            await write();
        } catch (err) {
            this.options.logger?.warn({ event: 'conversations.write_failed', code: errorCode(err) ?? (err instanceof Error ? err.name : 'unknown') }, 'conversation directory not updated');
        }
    }
}

/** The sign codes of the bot's emergency message (channelData.emergency.signs), else none. */
function emergencySigns(activity: Partial<Activity>): string[] {
    const emergency: unknown = (activity.channelData as { emergency?: unknown } | undefined)?.emergency;
    const signs: unknown = emergency && typeof emergency === 'object' ? (emergency as { signs?: unknown }).signs : undefined;
    return Array.isArray(signs) ? signs.filter((sign): sign is string => typeof sign === 'string' && SIGN_CODE.test(sign)) : [];
}

const SIGN_CODE = /^[a-z][a-z_]{0,39}$/;
const MAX_SIGNS = 30;

/** Shared validation of recordEmergency()'s signs: codes only (no free text reaches the table). */
export function toEmergencySigns(where: string, signs: readonly string[]): string {
    if (signs.length === 0 || signs.length > MAX_SIGNS || !signs.every((sign) => typeof sign === 'string' && SIGN_CODE.test(sign))) {
        throw new Error(`${where}: signs must be 1 to ${MAX_SIGNS} sign codes`);
    }
    return JSON.stringify([...new Set(signs)]);
}

/** Stored signs, sorted and deduplicated (both engines merge without order). */
export function sortedSigns(value: unknown): string[] {
    return Array.isArray(value) ? [...new Set(value.filter((v): v is string => typeof v === 'string'))].sort() : [];
}

/** Shared row validation for both engines. */
export function toConversationRow(where: string, entry: NewConversationEntry): { reference: string; locale: string | null; at: string } {
    if (typeof entry.conversationId !== 'string' || entry.conversationId === '') throw new Error(`${where}: conversationId must be a non-empty string`);
    if (typeof entry.channelId !== 'string' || entry.channelId === '') throw new Error(`${where}: channelId must be a non-empty string`);
    const reference = JSON.stringify(entry.reference);
    if (reference.length > MAX_REFERENCE_CHARS) throw new Error(`${where}: reference too large`);
    if (!(entry.at instanceof Date) || Number.isNaN(entry.at.getTime())) throw new Error(`${where}: at must be a valid Date`);
    const locale = typeof entry.locale === 'string' && /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/.test(entry.locale) ? entry.locale : null;
    return { reference, locale, at: entry.at.toISOString() };
}

export function isTakeoverStatus(value: unknown): value is TakeoverStatus {
    return typeof value === 'string' && (TAKEOVER_STATUSES as readonly string[]).includes(value);
}
