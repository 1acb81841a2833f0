import { createHash } from 'node:crypto';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import { AuthenticationConstants, AuthenticationError, ClaimsIdentity, type ConnectorClient, type ConnectorFactory } from 'botframework-connector';
import type { Config } from '../config';
import { channelLocale } from '../bot/intakeBot';
import type { Texts } from '../i18n/i18n';
import type { Locale } from '../languages';
import { errorForLog, type Logger } from '../logger';

/** A stable, non-reversible tag for a conversation in logs. */
export function conversationTag(conversationId: string | undefined): string {
    return createHash('sha256').update(conversationId ?? '').digest('hex').slice(0, 12);
}

/** How long one reply may take to reach the channel, retries included. */
export const CHANNEL_SEND_DEADLINE_MS = 5000;

/** Errors of the way back to the parent (deadline, HTTP failure, a refused serviceUrl), not of the turn. */
const CHANNEL_FAILURES = new Set(['AbortError', 'RestError', 'ReplyRefusedError', 'TelegramApiError']);

/** What a connector client holds inside (botbuilder-stdlib's ServiceClientContext over @azure/core-client). */
interface PipelineHolder {
    client?: { pipeline?: { addPolicy(policy: { name: string; sendRequest(request: { abortSignal?: AbortSignal }, next: (request: unknown) => Promise<unknown>): Promise<unknown> }): void } };
}

/**
 * One deadline for a send and all its retries: without it an unreachable channel held the turn
 * for 6–12 s of exponential retries. Added without a phase, it runs before the retry policy,
 * whose waits the abort ends. (ConnectorFactoryImpl overwrites requestPolicyFactories, so the
 * policy goes into the client's pipeline.)
 */
function withSendDeadline(connector: ConnectorClient): ConnectorClient {
    (connector as unknown as PipelineHolder).client?.pipeline?.addPolicy({
        name: 'intakeSendDeadline',
        sendRequest: (request, next) => {
            const deadline = AbortSignal.timeout(CHANNEL_SEND_DEADLINE_MS);
            request.abortSignal = request.abortSignal ? AbortSignal.any([request.abortSignal, deadline]) : deadline;
            return next(request);
        }
    });
    return connector;
}

/**
 * The serviceUrl prefix of channels whose adapter runs in this process (Telegram): no HTTP request
 * may name it (/api/messages refuses it), so replies to it never leave for an address of anyone's choosing.
 */
export const IN_PROCESS_SCHEME = 'inprocess:';

/** The connector of an in-process channel for its serviceUrl, or undefined for every other serviceUrl. */
export type InProcessConnectors = (serviceUrl: string) => ConnectorClient | undefined;

/** The configured Bot Framework credentials (empty ones mean unauthenticated local use). */
export function botFrameworkAuthentication(config: Config, inProcess: InProcessConnectors = () => undefined): ConfigurationBotFrameworkAuthentication {
    const auth = new ConfigurationBotFrameworkAuthentication({
        MicrosoftAppId: config.MicrosoftAppId ?? '',
        MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
        MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
        MicrosoftAppType: config.MicrosoftAppType
    });
    // Both ways CloudAdapter gets its connector factory: for incoming activities and for proactive turns.
    const withDeadlines = (factory: ConnectorFactory): ConnectorFactory => ({
        create: async (serviceUrl, audience) => inProcess(serviceUrl) ?? withSendDeadline(await factory.create(serviceUrl, audience))
    });
    const createConnectorFactory = auth.createConnectorFactory.bind(auth);
    auth.createConnectorFactory = (claimsIdentity) => withDeadlines(createConnectorFactory(claimsIdentity));
    const authenticateRequest = auth.authenticateRequest.bind(auth);
    auth.authenticateRequest = async (activity, authHeader) => {
        const result = await authenticateRequest(activity, authHeader);
        return result.connectorFactory ? { ...result, connectorFactory: withDeadlines(result.connectorFactory) } : result;
    };
    return auth;
}

export type IncomingOutcome = { status: number; body?: unknown };

/**
 * CloudAdapter whose HTTP entry point answers like the rest of the server: CloudAdapter.process()
 * prints every failure with console.error and puts the error's own text into the response.
 */
export class IntakeAdapter extends CloudAdapter {
    constructor(private readonly auth: ConfigurationBotFrameworkAuthentication, private readonly appId: string | undefined) {
        super(auth);
    }

    /**
     * A turn for an activity a channel adapter of this process received (checked there): without
     * credentials unauthenticated; with them as the bot's own identity, as the widget's turns run.
     */
    async processInProcess(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
        const appId = this.appId;
        if (!appId) {
            await this.processActivityDirect('', activity as Activity, logic);
            return;
        }
        const claimsIdentity = new ClaimsIdentity([{ type: AuthenticationConstants.AudienceClaim, value: appId }, { type: AuthenticationConstants.AppIdClaim, value: appId }], true);
        const authentication = { claimsIdentity, audience: AuthenticationConstants.ToChannelFromBotOAuthScope, connectorFactory: this.auth.createConnectorFactory(claimsIdentity) };
        await this.processActivityDirect(authentication, activity as Activity, logic);
    }

    async processIncoming(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<IncomingOutcome> {
        try {
            const invokeResponse: InvokeResponse | undefined = await this.processActivity(authHeader, activity, logic);
            return { status: invokeResponse?.status ?? 200, body: invokeResponse?.body };
        } catch (error) {
            if (error instanceof AuthenticationError) return { status: 401, body: { error: 'Unauthorized', message: 'missing or invalid Bot Framework token' } };
            throw error;
        }
    }
}

/** CloudAdapter with the configured credentials; with no app id it accepts unauthenticated local traffic. */
export function createAdapter(config: Config, texts: Texts, logger: Logger, defaultLocale: Locale, inProcess?: InProcessConnectors): IntakeAdapter {
    const adapter = new IntakeAdapter(botFrameworkAuthentication(config, inProcess), config.MicrosoftAppId);
    adapter.onTurnError = async (context: TurnContext, error: Error) => {
        // The error's name and frames only: messages can quote what the parent typed.
        logger.error({ err: errorForLog(error), conversation: conversationTag(context.activity.conversation?.id) }, 'turn failed');
        // When the channel itself failed, an apology through it would only wait out the deadline again.
        if (CHANNEL_FAILURES.has(error.name)) return;
        const locale = channelLocale(context.activity.locale) ?? defaultLocale;
        // State is not cleared: the answers so far stay, and the parent can simply send again.
        await context.sendActivity(texts.t(locale)('common:errors.turn')).catch(() => undefined);
    };
    return adapter;
}
