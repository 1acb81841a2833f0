import { ActionTypes, ActivityTypes, type TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { normalizeText, parseChoice } from '../src/i18n/parsers';
import { IDLE_DIALOG } from './ids';
import { loadSession, type IntakeServices } from './services';

/** Outside an application (declined, paused, sent): waits for "start" or "continue". */
export class IdleDialog extends Dialog {
    constructor(private readonly services: IntakeServices) {
        super(IDLE_DIALOG);
    }

    override async beginDialog(): Promise<DialogTurnResult> {
        return Dialog.EndOfTurn;
    }

    override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
        if (dc.context.activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
        const session = await loadSession(dc.context, this.services);
        const { t } = session;
        const text = dc.context.activity.text ?? '';
        const start = parseChoice(text, [{
            value: 'start',
            title: t('common:idle.start'),
            synonyms: ['start', '/start', t('common:resume.continue'), t('common:resume.startOver')]
        }], { locale: session.locale, today: session.now });
        if (start.ok || normalizeText(text) === '/start') return dc.endDialog({ start: true });
        await this.sendIdlePrompt(dc.context);
        return Dialog.EndOfTurn;
    }

    override async repromptDialog(context: TurnContext): Promise<void> {
        await this.sendIdlePrompt(context);
    }

    private async sendIdlePrompt(context: TurnContext): Promise<void> {
        const { t } = await loadSession(context, this.services);
        const title = t('common:idle.start');
        await context.sendActivity({
            type: ActivityTypes.Message,
            text: t('common:idle.prompt'),
            suggestedActions: { to: [], actions: [{ type: ActionTypes.ImBack, title, value: title }] }
        });
    }
}
