import { WaterfallDialog, type DialogContext, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { IdleDialog } from './idleDialog';
import { IDLE_DIALOG, INTAKE_DIALOG, ROOT_DIALOG, ROOT_WATERFALL } from './ids';
import { IntakeDialog } from './intakeDialog';
import { InterruptibleDialog } from './interruptibleDialog';
import { Interruptions, type Navigation } from './interruptions';
import type { IntakeServices } from './services';

export interface RootOptions {
    /** Begin waiting for "start" instead of with the intake (after cancel). */
    idle?: boolean;
}

/** The conversation: the intake, then idle until the parent starts again; interruptions apply throughout. */
export class RootDialog extends InterruptibleDialog implements Navigation {
    private readonly interruptions: Interruptions;

    constructor(services: IntakeServices) {
        super(ROOT_DIALOG);
        this.interruptions = new Interruptions(services);
        this.addDialog(new IntakeDialog(services));
        this.addDialog(new IdleDialog(services));
        this.addDialog(new WaterfallDialog(ROOT_WATERFALL, [this.startIntake.bind(this), this.waitIdle.bind(this), this.loop.bind(this)]));
        this.initialDialogId = ROOT_WATERFALL;
    }

    protected override interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
        return this.interruptions.handle(innerDc, this);
    }

    async restartIntake(innerDc: DialogContext): Promise<DialogTurnResult> {
        await innerDc.cancelAllDialogs();
        return innerDc.beginDialog(ROOT_WATERFALL, {} satisfies RootOptions);
    }

    async goIdle(innerDc: DialogContext): Promise<DialogTurnResult> {
        await innerDc.cancelAllDialogs();
        return innerDc.beginDialog(ROOT_WATERFALL, { idle: true } satisfies RootOptions);
    }

    private async startIntake(step: WaterfallStepContext<RootOptions>): Promise<DialogTurnResult> {
        if (step.options?.idle) return step.next();
        return step.beginDialog(INTAKE_DIALOG);
    }

    private async waitIdle(step: WaterfallStepContext): Promise<DialogTurnResult> {
        return step.beginDialog(IDLE_DIALOG);
    }

    private async loop(step: WaterfallStepContext): Promise<DialogTurnResult> {
        return step.replaceDialog(ROOT_WATERFALL, {} satisfies RootOptions);
    }
}
