import { ActivityTypes, EventFactory, type Activity, type ConversationReference, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Texts } from '../i18n/i18n.js';
import { LOCALES, isLocale, type Locale } from '../languages/index.js';
import { errorCode } from '../storage/types.js';
import type { ConversationRecord, ConversationStore, TakeoverStatus } from './conversation-directory.js';
import { createStaffTexts, type StaffTexts } from './staff-texts.js';
import { TakeoverEvents, type TakeoverListener } from './takeover-events.js';
import { isWithinOfficeHours, nextOpening, type OfficeHours } from './takeover-office-hours.js';
import { TakeoverError, assertTakeoverTransition } from './takeover-transitions.js';
import type { TranscriptStore } from './transcript.js';

export { TakeoverError } from './takeover-transitions.js';
export type { TakeoverEvent, TakeoverListener } from './takeover-events.js';

/** The `skill` of the Bot Framework handoff.initiate event, for routing in an agent desk. */
export const HANDOFF_SKILL = 'intake-coordinators';

/** The one adapter method used: CloudAdapter (the bot's, so its middleware records staff messages). */
export interface ProactiveAdapter {
    continueConversationAsync(botAppId: string, reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void>;
}

export interface TakeoverServiceOptions {
    adapter: ProactiveAdapter;
    /** MicrosoftAppId ('' when running without credentials). */
    appId: string;
    conversations: ConversationStore;
    texts: Texts;
    /** Recorded conversation, attached to the handoff.initiate event when given. */
    transcripts?: Pick<TranscriptStore, 'transcriptFor'>;
    officeHours?: OfficeHours | undefined;
    defaultLocale?: Locale;
    logger: Pick<Logger, 'info' | 'warn'>;
    clock?: () => Date;
    /** The name a parent sees above a coordinator's message (default: firstName of the sign-in name). */
    staffName?: (staffUser: string) => Promise<string>;
}

export interface RequestOutcome {
    /** Say this to the parent in the current turn (in the conversation language). */
    message: string;
    withinOfficeHours: boolean;
    /** When a coordinator is expected to answer (ISO-8601), outside office hours only. */
    nextOpening?: string;
}

/** Runs after a hand back, e.g. to re-ask the open question proactively via continueConversation. */
export type HandBackListener = (conversationId: string, record: ConversationRecord) => void | Promise<void>;

/** The actor recorded in taken_by when the parent asked for a person. */
export const PARENT_ACTOR = 'parent';

/**
 * Live takeover of a parent's conversation by a coordinator. One function, `transition`, changes
 * the status (validated, compare-and-set in the database so two coordinators cannot both win);
 * everything else is built on it. The bot asks `isTakenOver` at the top of each turn.
 */
export class TakeoverService {
    readonly events = new TakeoverEvents();
    private readonly clock: () => Date;
    private readonly parentTexts = new Map<Locale, StaffTexts>();
    private readonly handBackListeners = new Set<HandBackListener>();

    constructor(private readonly options: TakeoverServiceOptions) {
        this.clock = options.clock ?? (() => new Date());
    }

    /** The single place a takeover status changes. Throws TakeoverError (not_found, invalid_transition, conflict). */
    async transition(conversationId: string, to: TakeoverStatus, actor: string | null): Promise<{ from: TakeoverStatus; record: ConversationRecord }> {
        const where = 'TakeoverService.transition()';
        const current = await this.options.conversations.get(conversationId);
        if (!current) throw new TakeoverError(where, 'not_found', 'unknown conversation');
        assertTakeoverTransition(where, current.takeoverStatus, to);
        const at = this.clock();
        const takenBy = to === 'bot' ? null : actor;
        const changed = await this.options.conversations.setTakeover(conversationId, current.takeoverStatus, { status: to, takenBy, at });
        if (!changed) throw new TakeoverError(where, 'conflict', 'the takeover status changed meanwhile; reload and try again');
        this.events.emit({ type: 'status', conversationId, status: to, takenBy, at: at.toISOString() });
        return { from: current.takeoverStatus, record: { ...current, takeoverStatus: to, takenBy, takenAt: at.toISOString() } };
    }

    async status(conversationId: string): Promise<ConversationRecord | undefined> {
        return this.options.conversations.get(conversationId);
    }

    /** True while a person was asked for or a coordinator is in the conversation: the bot stays silent. */
    async isTakenOver(conversationId: string): Promise<boolean> {
        const record = await this.options.conversations.get(conversationId);
        return record !== undefined && record.takeoverStatus !== 'bot';
    }

    /**
     * The parent asked for a person (call it inside that turn, then send `message`). Idempotent:
     * asking again while waiting just returns the message. Emits handoff.initiate.
     */
    async request(conversationId: string, locale?: string): Promise<RequestOutcome> {
        if (locale) await this.options.conversations.setLocale(conversationId, locale);
        const current = await this.options.conversations.get(conversationId);
        if (current?.takeoverStatus === 'bot') {
            const { record } = await this.transition(conversationId, 'requested', PARENT_ACTOR);
            await this.initiateHandoff(record);
        } else if (!current) {
            throw new TakeoverError('TakeoverService.request()', 'not_found', 'unknown conversation');
        }
        const st = this.textsFor(locale ?? current.locale);
        const now = this.clock();
        const hours = this.options.officeHours;
        if (!hours || isWithinOfficeHours(hours, now)) return { message: st.s('parent.requested'), withinOfficeHours: true };
        const opening = nextOpening(hours, now);
        const when = new Intl.DateTimeFormat(st.locale, {
            weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone: hours.timeZone, timeZoneName: 'short'
        }).format(opening);
        return { message: st.s('parent.requestedLater', { when }), withinOfficeHours: false, nextOpening: opening.toISOString() };
    }

    /** A coordinator joins (from "requested" or straight from the bot); the parent is told. */
    async startTakeover(conversationId: string, staffUser: string): Promise<ConversationRecord> {
        const { from, record } = await this.transition(conversationId, 'staff', staffUser);
        if (from === 'bot') await this.initiateHandoff(record);
        await this.tellParent(record, 'parent.joined');
        this.options.logger.info({ event: 'takeover.started', from }, 'coordinator took over a conversation');
        return record;
    }

    /** The bot answers again (from "staff" or "requested"); the parent is told, then onHandBack listeners run. */
    async handBack(conversationId: string, staffUser: string): Promise<ConversationRecord> {
        // Any coordinator may hand back, so a conversation left taken over is never stuck.
        const { record } = await this.transition(conversationId, 'bot', staffUser);
        await this.tellParent(record, 'parent.handedBack');
        for (const listener of this.handBackListeners) {
            try {
                await listener(conversationId, record);
            } catch (err) {
                this.options.logger.warn({ event: 'takeover.handback_listener_failed', code: codeOf(err) }, 'hand-back listener failed');
            }
        }
        this.options.logger.info({ event: 'takeover.handed_back' }, 'conversation handed back to the bot');
        return record;
    }

    /** A coordinator's message to the parent, sent proactively; recorded as role 'staff' in the transcript. */
    async sendToParent(conversationId: string, text: string, staffUser: string): Promise<void> {
        const where = 'TakeoverService.sendToParent()';
        const body = text.trim();
        if (body === '' || body.length > 4000) throw new TakeoverError(where, 'invalid_transition', 'the message must have 1 to 4000 characters');
        const record = await this.options.conversations.get(conversationId);
        if (!record) throw new TakeoverError(where, 'not_found', 'unknown conversation');
        if (record.takeoverStatus !== 'staff') throw new TakeoverError(where, 'invalid_transition', 'take the conversation over before writing to the parent');
        if (record.takenBy !== staffUser) throw new TakeoverError(where, 'not_owner', 'another coordinator has taken over this conversation');
        const staffName = await this.staffNameOf(staffUser);
        await this.deliver(where, record, async (context) => {
            await context.sendActivity({ type: ActivityTypes.Message, text: body, channelData: { staff: true, staffName } });
        });
        this.events.emit({ type: 'staff_message', conversationId, text: body, at: this.clock().toISOString(), staffUser });
    }

    /** The bot integration calls this for each parent message while taken over (for the live view). */
    notifyParentMessage(conversationId: string, text: string): void {
        this.events.emit({ type: 'parent_message', conversationId, text, at: this.clock().toISOString() });
    }

    /** Called after a hand back (after the parent was told); returns the unsubscribe function. */
    onHandBack(listener: HandBackListener): () => void {
        this.handBackListeners.add(listener);
        return () => {
            this.handBackListeners.delete(listener);
        };
    }

    /** Runs `logic` in a proactive turn of the conversation (through the adapter's middleware). */
    async continueConversation(conversationId: string, logic: (context: TurnContext) => Promise<void>): Promise<void> {
        const where = 'TakeoverService.continueConversation()';
        const record = await this.options.conversations.get(conversationId);
        if (!record) throw new TakeoverError(where, 'not_found', 'unknown conversation');
        await this.deliver(where, record, logic);
    }

    subscribe(conversationId: string, listener: TakeoverListener): () => void {
        return this.events.subscribe(conversationId, listener);
    }

    /** A display name that cannot be read must not stop the message: the sign-in name's first part then. */
    private async staffNameOf(staffUser: string): Promise<string> {
        try {
            return (await this.options.staffName?.(staffUser)) ?? firstName(staffUser);
        } catch (err) {
            this.options.logger.warn({ event: 'takeover.staff_name_failed', code: codeOf(err) }, 'display name not read');
            return firstName(staffUser);
        }
    }

    private textsFor(locale: string | null | undefined): StaffTexts {
        const base = locale?.toLowerCase().split(/[-_]/)[0];
        const chosen: Locale = isLocale(base) ? base : (this.options.defaultLocale ?? LOCALES[0]);
        let st = this.parentTexts.get(chosen);
        if (!st) {
            st = createStaffTexts(this.options.texts, chosen);
            this.parentTexts.set(chosen, st);
        }
        return st;
    }

    /** Best effort: the status already changed; a channel that is down must not undo it. */
    private async tellParent(record: ConversationRecord, key: string): Promise<void> {
        const text = this.textsFor(record.locale).s(key);
        try {
            await this.deliver('TakeoverService.tellParent()', record, async (context) => {
                // The assistant's voice ("a coordinator has joined"), so recorded as the bot's.
                await context.sendActivity({ type: ActivityTypes.Message, text, locale: this.textsFor(record.locale).locale, channelData: { takeover: record.takeoverStatus } });
            });
        } catch (err) {
            this.options.logger.warn({ event: 'takeover.notice_failed', code: codeOf(err) }, 'parent not told about the takeover change');
        }
    }

    /** Bot Framework handoff.initiate, so a deployment can route the conversation to an agent desk. Best effort. */
    private async initiateHandoff(record: ConversationRecord): Promise<void> {
        try {
            const entries = (await this.options.transcripts?.transcriptFor(record.conversationId)) ?? [];
            const activities = entries.map((e) => ({
                type: ActivityTypes.Message, text: e.text, timestamp: new Date(e.at),
                from: { id: e.role, name: e.role, role: e.role === 'parent' ? 'user' : 'bot' }
            }) as Partial<Activity> as Activity);
            await this.deliver('TakeoverService.initiateHandoff()', record, async (context) => {
                await context.sendActivity(EventFactory.createHandoffInitiation(context, { skill: HANDOFF_SKILL }, { activities }));
            });
        } catch (err) {
            this.options.logger.warn({ event: 'takeover.handoff_event_failed', code: codeOf(err) }, 'handoff.initiate not sent');
        }
    }

    private async deliver(where: string, record: ConversationRecord, logic: (context: TurnContext) => Promise<void>): Promise<void> {
        // Caught inside the turn: the adapter would otherwise hand it to onTurnError, which swallows
        // it (and would even tell the parent that something went wrong).
        let failure: unknown;
        try {
            await this.options.adapter.continueConversationAsync(this.options.appId, record.reference, async (context) => {
                try {
                    await logic(context);
                } catch (err) {
                    failure = err;
                }
            });
        } catch (err) {
            failure = err;
        }
        if (failure === undefined) return;
        this.options.logger.warn({ event: 'takeover.delivery_failed', code: codeOf(failure) }, 'proactive message not delivered');
        throw new TakeoverError(where, 'delivery_failed', `the parent's channel did not accept the message (${codeOf(failure)})`);
    }
}

/** The first name a parent sees above a coordinator's message: the sign-in name's first part ("anna.berg" → "Anna"). */
export function firstName(staffUser: string): string {
    const first = staffUser.split(/[._@\s-]/)[0] || staffUser;
    return first.charAt(0).toLocaleUpperCase() + first.slice(1);
}

function codeOf(err: unknown): string {
    if (typeof err === 'object' && err !== null && 'statusCode' in err && typeof err.statusCode === 'number') return `http_${err.statusCode}`;
    return errorCode(err) ?? (err instanceof Error ? err.name : 'unknown');
}
