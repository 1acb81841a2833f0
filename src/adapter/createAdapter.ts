import { createHash } from 'node:crypto';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
import type { Config } from '../config';
import { channelLocale } from '../bot/intakeBot';
import type { Texts } from '../i18n/i18n';
import type { Locale } from '../i18n/parsers/types';
import type { Logger } from '../logger';

/** A stable, non-reversible tag for a conversation in logs. */
export function conversationTag(conversationId: string | undefined): string {
    return createHash('sha256').update(conversationId ?? '').digest('hex').slice(0, 12);
}

/** The configured Bot Framework credentials (empty ones mean unauthenticated local use). */
export function botFrameworkAuthentication(config: Config): ConfigurationBotFrameworkAuthentication {
    return new ConfigurationBotFrameworkAuthentication({
        MicrosoftAppId: config.MicrosoftAppId ?? '',
        MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
        MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
        MicrosoftAppType: config.MicrosoftAppType
    });
}

export type IncomingOutcome = { status: number; body?: unknown };

/**
 * CloudAdapter whose HTTP entry point answers like the rest of the server: CloudAdapter.process()
 * prints every failure with console.error and puts the error's own text into the response.
 */
export class IntakeAdapter extends CloudAdapter {
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
export function createAdapter(config: Config, texts: Texts, logger: Logger, defaultLocale: Locale): IntakeAdapter {
    const adapter = new IntakeAdapter(botFrameworkAuthentication(config));
    adapter.onTurnError = async (context: TurnContext, error: Error) => {
        // The error's name and stack only: messages can quote what the parent typed.
        logger.error({ err: { name: error.name, stack: error.stack }, conversation: conversationTag(context.activity.conversation?.id) }, 'turn failed');
        const locale = channelLocale(context.activity.locale) ?? defaultLocale;
        // State is not cleared: the answers so far stay, and the parent can simply send again.
        await context.sendActivity(texts.t(locale)('common:errors.turn')).catch(() => undefined);
    };
    return adapter;
}
