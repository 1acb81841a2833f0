import type { StatePropertyAccessor } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { IntakeDraft } from '../domain/draft';
import type { FieldPath } from '../domain/schema';
import type { Locale } from '../languages';

export type LocaleSource = 'explicit' | 'channel' | 'detected' | 'default';

/** What the bot remembers about the conversation apart from the answers. */
/**
 * Why a value is confirmed before it is stored: unusual for the child, understood from a
 * description, or proposed by the optional LLM (src/understanding/llmCommands.ts).
 */
export type ConfirmReason = 'implausible_weight' | 'guessed' | 'llm';

export interface ConversationProfile {
    locale?: Locale;
    localeSource?: LocaleSource;
    welcomed?: boolean;
    lastActiveAt?: string;
    /** The field whose question was sent last: interruptions re-ask it. */
    currentField?: FieldPath;
    /** A question of the bot's own (not a field) is waiting for its answer. */
    pending?: 'deleteConfirm' | 'changeTarget' | 'resume';
    /** A value the parent is asked to confirm ("Did you mean …?", an unusual weight): a yes or no is expected. */
    confirming?: { field: FieldPath; value: unknown; reason: ConfirmReason };
    submittedReference?: string;
    /** The last FAQ topic answered, for "tell me more" and "was this helpful?". */
    lastFaqTopic?: string;
    humanRequestedAt?: string;
    /** Where the family is now, for the emergency number (asked once, inside the emergency message). */
    emergencyPlace?: EmergencyPlaceState;
    /** A message came in a language the bot does not speak (ISO 639-1) and was answered once; only a question about languages gets the answer again. */
    unspokenNoticed?: string;
}

/**
 * `asked`: the place question was sent (it is not sent again). `awaiting`: its answer may be the
 * next message (yes/no about the home country, or a country's name). `country`: where the family
 * said they are now.
 */
export interface EmergencyPlaceState {
    asked: boolean;
    awaiting?: { kind: 'confirm'; country: string } | { kind: 'country' };
    country?: string;
}

export interface StateAccessors {
    dialogState: StatePropertyAccessor<DialogState>;
    profile: StatePropertyAccessor<ConversationProfile>;
    draft: StatePropertyAccessor<IntakeDraft>;
}
