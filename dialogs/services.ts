import type { TurnContext } from 'botbuilder';
import { emptyDraft, type IntakeDraft } from '../src/domain/draft';
import type { Texts, Translate } from '../src/i18n/i18n';
import type { Locale } from '../src/languages';
import type { OperatorNames } from '../src/i18n/operator';
import type { ConversationProfile, StateAccessors } from '../src/intake/state';
import type { SubmissionService } from '../src/intake/submission';
import type { UploadService } from '../src/intake/uploads';
import type { DataEraser } from '../src/intake/eraser';
import type { FaqAnswering, FaqFeedbackStore, RedFlagCheck } from '../src/intake/faqReply';
import type { CommandGenerator } from '../src/understanding/llmCommands';

export interface IntakeSettings {
    /** Per language; none → texts use their unnamed wording. */
    operatorNames: OperatorNames;
    privacyUrl: string;
    defaultLocale: Locale;
    resumeAfterHours: number;
    uploadMaxMb: number;
    uploadMaxFiles: number;
    /** When coordinators answer, per language (config/operator.json responseTime). */
    responseTime: Record<Locale, string>;
}

/** The parent's own copies after submission (src/handoff/parent-copies.ts); absent where none are served. */
export interface CopyOffer {
    /** Fresh download links, and whether the e-mail copy can be offered (an address given, SMTP set). */
    offer(conversationId: string, reference: string, locale: string): Promise<{ links: { application: string; transcript: string }; email: boolean }>;
    sendByEmail(conversationId: string, reference: string): Promise<'queued' | 'already' | 'unavailable'>;
}

/** Live takeover by a coordinator (src/handoff/takeover.ts); absent where no staff inbox runs. */
export interface TakeoverGate {
    isTakenOver(conversationId: string): Promise<boolean>;
    notifyParentMessage(conversationId: string, text: string): void;
    request(conversationId: string, locale?: string): Promise<{ message: string }>;
}

/** Counts for /metrics (src/observability/metrics.ts); absent in tests of other parts. */
export interface IntakeObserver {
    /** An asked field was answered: `firstTry` when nothing had to be asked again or confirmed. */
    fieldAnswered(field: string, firstTry: boolean): void;
}

/** Everything the dialogs need, passed to their constructors (no module-level singletons). */
export interface IntakeServices {
    state: StateAccessors;
    texts: Texts;
    clock: () => Date;
    submissions: SubmissionService;
    uploads: UploadService;
    eraser: DataEraser;
    faq: FaqAnswering;
    feedback: FaqFeedbackStore;
    redFlags: RedFlagCheck;
    /**
     * The checked ambulance number for a country (config/emergency-numbers.json, operator overrides
     * first), or undefined: then the parent is told "your local emergency number" only.
     */
    emergencyNumber: (country?: string) => string | undefined;
    takeover?: TakeoverGate;
    copies?: CopyOffer;
    /** The optional LLM that reads answers the parsers could not place (INTAKE_LLM); absent by default. */
    llmCommands?: CommandGenerator;
    metrics?: IntakeObserver;
    settings: IntakeSettings;
}

/** The per-turn view of the conversation: language, strings, profile and draft. */
export interface Session {
    locale: Locale;
    t: Translate;
    profile: ConversationProfile;
    draft: IntakeDraft;
    now: Date;
}

export async function loadSession(context: TurnContext, services: IntakeServices): Promise<Session> {
    const now = services.clock();
    const profile = await services.state.profile.get(context, {});
    const draft = await services.state.draft.get(context, emptyDraft(now));
    const locale = profile.locale ?? services.settings.defaultLocale;
    return { locale, t: services.texts.t(locale), profile, draft, now };
}

export async function saveDraft(context: TurnContext, services: IntakeServices, draft: IntakeDraft): Promise<void> {
    await services.state.draft.set(context, draft);
}
