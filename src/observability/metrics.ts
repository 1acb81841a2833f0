import { ActivityTypes, type Activity, type Middleware, type TurnContext } from 'botbuilder';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { isFieldPath } from '../domain/fields';
import { isLocale } from '../languages';
import { RED_FLAG_SIGNS } from '../safety/signs';
import type { DatabaseOperations } from '../storage/operations';

/** A conversation with a question open and no turn for this long counts as dropped off at that question. */
export const DROP_OFF_HOURS = 24;

/** Channel ids Azure Bot Service and this server use; anything else is "other" (a request may name any). */
const CHANNELS = new Set(['directline', 'webchat', 'msteams', 'telegram', 'whatsapp', 'facebook', 'slack', 'line', 'sms', 'email', 'emulator', 'test', 'omnichannel']);

const channelLabel = (channelId: string | undefined) => (channelId && CHANNELS.has(channelId) ? channelId : 'other');
const langLabel = (locale: string | undefined) => (isLocale(locale) ? locale : 'other');
const SIGNS: ReadonlySet<string> = new Set(RED_FLAG_SIGNS);

interface SentChannelData {
    faq?: { topic?: string | null };
    emergency?: { signs?: unknown; underCare?: boolean };
}

/**
 * The bot's Prometheus metrics in a registry of their own (several apps in one process, as in the
 * tests, do not clash). Labels are bounded codes (channel, language, field, sign): never ids or text.
 */
export class IntakeMetrics {
    readonly registry = new Registry();
    private readonly turns: Counter<'channel'>;
    private readonly turnSeconds: Histogram;
    private readonly turnErrors: Counter;
    private readonly fieldAnswers: Counter<'field' | 'understood'>;
    private readonly faqAnswers: Counter<'lang' | 'outcome'>;
    private readonly emergencies: Counter<'sign'>;
    private readonly takeovers: Counter<'event'>;

    constructor(operations: DatabaseOperations, clock: () => Date) {
        const registers = [this.registry];
        collectDefaultMetrics({ register: this.registry });
        this.turns = new Counter({ name: 'intake_turns_total', help: 'Turns of parents\' messages and joins, by channel', labelNames: ['channel'], registers });
        this.turnSeconds = new Histogram({ name: 'intake_turn_duration_seconds', help: 'Time from an activity to the end of its turn', buckets: [0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10], registers });
        this.turnErrors = new Counter({ name: 'intake_turn_errors_total', help: 'Turns that failed (the parent got the apology)', registers });
        this.fieldAnswers = new Counter({
            name: 'intake_field_answers_total', help: 'Answers to an asked question, by field: understood at the first answer or after a retry', labelNames: ['field', 'understood'], registers
        });
        this.faqAnswers = new Counter({ name: 'intake_faq_answers_total', help: 'Questions answered from the knowledge base (answered) or not (no_answer), by language', labelNames: ['lang', 'outcome'], registers });
        this.emergencies = new Counter({ name: 'intake_emergency_interrupts_total', help: 'Emergency advice that interrupted a conversation, by danger sign', labelNames: ['sign'], registers });
        this.takeovers = new Counter({ name: 'intake_takeovers_total', help: 'A person asked for (requested), a coordinator joining (started), the bot answering again (handed_back)', labelNames: ['event'], registers });
        new Gauge({
            name: 'intake_outbox_messages', help: 'Outbox deliveries not delivered, by channel and state (pending, retrying, failed)', labelNames: ['channel', 'state'], registers,
            async collect() {
                this.reset();
                for (const row of await operations.outboxCounts()) this.set({ channel: row.channel, state: row.state }, row.count);
            }
        });
        new Gauge({
            name: 'intake_dropoff_conversations', help: `Conversations whose open question is this field and with no turn for ${DROP_OFF_HOURS} h`, labelNames: ['field'], registers,
            async collect() {
                this.reset();
                const before = new Date(clock().getTime() - DROP_OFF_HOURS * 3600_000);
                for (const row of await operations.stalledAt(before)) if (isFieldPath(row.field)) this.set({ field: row.field }, row.count);
            }
        });
    }

    /** Adapter middleware: counts and times incoming turns, and reads what the bot sent (FAQ answers, emergency advice). */
    readonly middleware: Middleware = {
        onTurn: async (context: TurnContext, next: () => Promise<void>) => {
            const { activity } = context;
            // Proactive turns (a coordinator writing, the question after a hand-back) are not the parent's.
            if (activity.type === ActivityTypes.Event && activity.name === 'ContinueConversation') return next();
            context.onSendActivities(async (_ctx, activities, send) => {
                for (const sent of activities) this.observeSent(sent);
                return send();
            });
            const end = this.turnSeconds.startTimer();
            this.turns.inc({ channel: channelLabel(activity.channelId) });
            try {
                await next();
            } catch (err) {
                this.turnErrors.inc();
                throw err;
            } finally {
                end();
            }
        }
    };

    /** An asked field was answered: `firstTry` when nothing had to be asked again or confirmed. */
    fieldAnswered(field: string, firstTry: boolean): void {
        if (isFieldPath(field)) this.fieldAnswers.inc({ field, understood: firstTry ? 'first_try' : 'retried' });
    }

    takeover(event: 'requested' | 'started' | 'handed_back'): void {
        this.takeovers.inc({ event });
    }

    private observeSent(activity: Partial<Activity>): void {
        const data = activity.channelData as SentChannelData | undefined;
        if (!data) return;
        if (data.emergency) {
            if (data.emergency.underCare || !Array.isArray(data.emergency.signs)) return;
            for (const sign of data.emergency.signs) this.emergencies.inc({ sign: typeof sign === 'string' && SIGNS.has(sign) ? sign : 'other' });
            return;
        }
        if (data.faq && 'topic' in data.faq) this.faqAnswers.inc({ lang: langLabel(activity.locale), outcome: data.faq.topic ? 'answered' : 'no_answer' });
    }
}
