import type { FieldPath } from '../domain/schema';
import type { Command as ControlCommand } from '../i18n/commands';
import type { FaqAnswer } from '../faq/answerer';
import type { Interpretation } from '../intake/interpret';
import type { ConfirmReason } from '../intake/state';

/**
 * What one message asks the bot to do, as Rasa CALM's command generator would put it: set the
 * open field or others the message mentions, correct an earlier answer, answer a question, run a
 * command. Each carries the words it came from. The dialogs act on these; none parses text itself.
 */
export type UnderstoodCommand =
    /** A value for a field: the open one, or another the same message mentions. */
    | { kind: 'set'; field: FieldPath; value: unknown; words: string; hedged?: boolean; detail?: string }
    /** The open field is skipped ("I don't know" where unknown is not a value, "no e-mail"). */
    | { kind: 'skip'; field: FieldPath; words: string }
    /** An earlier answer, corrected ("sorry, 24 kg not 23"). */
    | { kind: 'correct'; field: FieldPath; value: unknown; words: string }
    /** Ask the parent before storing: a weight unusual for the age, or a choice understood from a description. */
    | { kind: 'confirm'; field: FieldPath; value: unknown; reason: ConfirmReason; words: string }
    /** A question for the knowledge base, with its answer when finding the question needed it already. */
    | { kind: 'question'; words: string; answer?: FaqAnswer }
    /** A greeting on its own: greeted back, and the open question asked again. */
    | { kind: 'greeting'; words: string }
    /** help, back, change, cancel, language, a person, delete my data. */
    | { kind: 'control'; command: ControlCommand; words: string }
    /** Nothing usable for the open field, with the reason for the hint. */
    | { kind: 'invalid'; field: FieldPath; failure: Extract<Interpretation, { kind: 'invalid' }>['failure']; params: Record<string, unknown>; words: string };

export interface Understanding {
    /** Most important first: a control command alone, or values, then questions. */
    commands: UnderstoodCommand[];
}

export const UNDERSTANDING = Symbol('understanding');

export function commandsOf<K extends UnderstoodCommand['kind']>(understanding: Understanding, kind: K): Extract<UnderstoodCommand, { kind: K }>[] {
    return understanding.commands.filter((c): c is Extract<UnderstoodCommand, { kind: K }> => c.kind === kind);
}
