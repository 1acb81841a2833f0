import type { Activity } from 'botbuilder';
import { expect } from 'vitest';
import { allText, currentField, intakeOf } from './harness';

export type Script = Record<string, string>;

export interface Turnable {
    say(text: string): Promise<Partial<Activity>[]>;
}

/**
 * Answers whatever field the bot asks from the script, until it reports a submission.
 * Fails when the bot asks a field the script has no answer for, or repeats a field (a failed parse).
 */
export async function runScript(client: Turnable, firstReplies: Partial<Activity>[], script: Script): Promise<{ reference: string; transcript: string[] }> {
    let replies = firstReplies;
    const transcript: string[] = [];
    const seen = new Map<string, number>();
    for (let turn = 0; turn < 80; turn++) {
        const submitted = replies.map(intakeOf).find((m) => m?.submitted)?.submitted;
        if (submitted) return { reference: submitted.reference, transcript };
        const field = currentField(replies);
        if (!field) throw new Error(`no question asked; bot said:\n${allText(replies)}`);
        const answer = script[field];
        expect(answer, `the script has no answer for ${field}; bot said:\n${allText(replies)}`).toBeDefined();
        const times = (seen.get(field) ?? 0) + 1;
        seen.set(field, times);
        expect(times, `"${answer}" was not accepted for ${field}; bot said:\n${allText(replies)}`).toBe(1);
        transcript.push(`${field} ← ${answer}`);
        replies = await client.say(answer!);
    }
    throw new Error('the intake did not finish in 80 turns');
}

/** Answers from the script until the bot asks `stop`; returns the replies that ask it. */
export async function answerUntil(client: Turnable, firstReplies: Partial<Activity>[], script: Script, stop: string): Promise<Partial<Activity>[]> {
    let replies = firstReplies;
    for (let turn = 0; turn < 80; turn++) {
        const field = currentField(replies);
        if (field === stop) return replies;
        const answer = field ? script[field] : undefined;
        if (answer === undefined) throw new Error(`stuck at ${String(field)} before reaching ${stop}; bot said:\n${allText(replies)}`);
        replies = await client.say(answer);
    }
    throw new Error(`never reached ${stop}`);
}
