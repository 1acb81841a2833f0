import { ComponentDialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';

/**
 * A dialog whose every turn first passes through `interrupt` (help, back, change, cancel, language,
 * a person, delete my data); only messages that are none of these reach the active question.
 */
export abstract class InterruptibleDialog extends ComponentDialog {
    protected abstract interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined>;

    protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
        const interrupted = await this.interrupt(innerDc);
        return interrupted ?? super.onContinueDialog(innerDc);
    }
}
