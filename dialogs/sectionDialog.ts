import { ComponentDialog, WaterfallDialog, type WaterfallStepContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { nextField } from '../src/domain/draft';
import type { SectionId } from '../src/domain/schema';
import { optionalText } from '../src/intake/options';
import { childParams } from '../src/intake/question';
import { AskFieldDialog, type AskFieldOptions } from './askFieldDialog';
import { ASK_FIELD_DIALOG, sectionDialogId } from './ids';
import { loadSession, type IntakeServices } from './services';

/**
 * One intake section: a loop that asks the section's next missing field until none is left.
 * The fields and their rules are data (src/domain/fields.ts); this class only drives the loop.
 */
export class SectionDialog extends ComponentDialog {
    private readonly loopId: string;

    constructor(readonly section: SectionId, protected readonly services: IntakeServices) {
        super(sectionDialogId(section));
        this.loopId = `${sectionDialogId(section)}.loop`;
        this.addDialog(new AskFieldDialog(services));
        this.addDialog(new WaterfallDialog(this.loopId, [this.askNextField.bind(this), this.loopAgain.bind(this)]));
        this.initialDialogId = this.loopId;
    }

    private async askNextField(step: WaterfallStepContext): Promise<DialogTurnResult> {
        const session = await loadSession(step.context, this.services);
        const field = nextField(session.draft, this.section);
        if (!field) return step.endDialog();
        const firstOfSection = !session.draft.asked.some((p) => p.startsWith(`${this.section}.`));
        const intro = firstOfSection
            ? optionalText(session.t, `intake:sectionIntro.${this.section}`, childParams(session.draft))
            : undefined;
        const options: AskFieldOptions = intro ? { path: field.path, intro } : { path: field.path };
        return step.beginDialog(ASK_FIELD_DIALOG, options);
    }

    private async loopAgain(step: WaterfallStepContext): Promise<DialogTurnResult> {
        return step.replaceDialog(this.loopId);
    }
}
