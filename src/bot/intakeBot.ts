import { ActionTypes, ActivityHandler, ActivityTypes, CardFactory, type ConversationState, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type Dialog } from 'botbuilder-dialogs';
import { loadSession, type IntakeServices } from '../../dialogs/services';
import { detectLanguage } from '../i18n/detect';
import { isLocale, LOCALES, type Locale } from '../i18n/parsers/types';
import { ERASED_THIS_TURN } from '../intake/eraser';
import type { ConversationProfile } from '../intake/state';

/** "de-DE" → "de" when the bot speaks it. */
export function channelLocale(locale: string | undefined): Locale | undefined {
    const base = locale?.toLowerCase().split(/[-_]/)[0];
    return isLocale(base) ? base : undefined;
}

/**
 * The turn language: the parent's explicit choice, else the channel's locale, else the language
 * of the first free-text message, else the default.
 */
export function resolveLocale(profile: ConversationProfile, activityLocale: string | undefined, text: string | undefined, fallback: Locale): void {
    if (profile.localeSource === 'explicit' || profile.localeSource === 'detected') return;
    const fromChannel = channelLocale(activityLocale);
    if (fromChannel) {
        profile.locale = fromChannel;
        profile.localeSource = 'channel';
        return;
    }
    if (profile.localeSource === 'channel') return;
    const detected = text ? detectLanguage(text) : undefined;
    if (detected) {
        profile.locale = detected;
        profile.localeSource = 'detected';
    } else if (!profile.locale) {
        profile.locale = fallback;
        profile.localeSource = 'default';
    }
}

/** Routes every turn to the root dialog and saves state once at the end. */
export class IntakeBot extends ActivityHandler {
    private readonly dialogs: DialogSet;

    constructor(private readonly conversationState: ConversationState, private readonly root: Dialog, private readonly services: IntakeServices) {
        super();
        this.dialogs = new DialogSet(services.state.dialogState);
        this.dialogs.add(root);
        this.onMembersAdded(async (context, next) => {
            const joined = (context.activity.membersAdded ?? []).some((m) => m.id !== context.activity.recipient?.id);
            if (joined) await this.converse(context);
            await next();
        });
        this.onMessage(async (context, next) => {
            await this.converse(context);
            await next();
        });
    }

    override async run(context: TurnContext): Promise<void> {
        await super.run(context);
        if (!context.turnState.get(ERASED_THIS_TURN)) await this.conversationState.saveChanges(context, false);
    }

    private async converse(context: TurnContext): Promise<void> {
        const { activity } = context;
        const profile = await this.services.state.profile.get(context, {});
        const isMessage = activity.type === ActivityTypes.Message;
        resolveLocale(profile, activity.locale, isMessage ? activity.text : undefined, this.services.settings.defaultLocale);
        const dc = await this.dialogs.createContext(context);
        if (!profile.welcomed) {
            profile.welcomed = true;
            await this.sendWelcome(context);
            await dc.cancelAllDialogs();
            await dc.beginDialog(this.root.id);
        } else if (isMessage) {
            const result = await dc.continueDialog();
            if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.root.id);
        }
        if (!context.turnState.get(ERASED_THIS_TURN)) profile.lastActiveAt = this.services.clock().toISOString();
    }

    private async sendWelcome(context: TurnContext): Promise<void> {
        const { t } = await loadSession(context, this.services);
        const { operatorName, privacyUrl } = this.services.settings;
        const names = this.services.texts.all('common:languageName');
        const text = [t('common:welcome.greeting', { operator: operatorName }), t('common:welcome.purpose'), t('common:welcome.privacy', { url: privacyUrl })].join('\n\n');
        await context.sendActivity({ type: ActivityTypes.Message, text });
        const languages = CardFactory.heroCard('', t('common:welcome.language'), undefined,
            LOCALES.map((l) => ({ type: ActionTypes.ImBack, title: names[l], value: names[l] })));
        await context.sendActivity({ type: ActivityTypes.Message, attachments: [languages] });
    }
}
