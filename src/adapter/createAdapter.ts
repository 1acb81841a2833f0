import { createHash } from 'node:crypto';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
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

/** CloudAdapter with the configured credentials; with no app id it accepts unauthenticated local traffic. */
export function createAdapter(config: Config, texts: Texts, logger: Logger, defaultLocale: Locale): CloudAdapter {
    const adapter = new CloudAdapter(botFrameworkAuthentication(config));
    adapter.onTurnError = async (context: TurnContext, error: Error) => {
        // The error's name and stack only: messages can quote what the parent typed.
        logger.error({ err: { name: error.name, stack: error.stack }, conversation: conversationTag(context.activity.conversation?.id) }, 'turn failed');
        const locale = channelLocale(context.activity.locale) ?? defaultLocale;
        // State is not cleared: the answers so far stay, and the parent can simply send again.
        await context.sendActivity(texts.t(locale)('common:errors.turn')).catch(() => undefined);
    };
    return adapter;
}
