/**
 * How well the intake understands parents as they really write: synthetic families written by
 * someone who never saw the parsers (bench/intake-families, see its README), driven over
 * /api/messages with expectReplies by channelData.intake.field. Not a test: prints figures.
 *
 *   npm run bench:intake [-- --set dev|dev2|…|dev8|heldout|heldout2|heldout3] [--lang de] [--family en-03] [--misses] [--trace]
 *
 * --misses prints every answer the bot did not take the first time (dev set only: the held-out
 * set is for figures, so nobody tunes the rules to its sentences).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createApp } from '../src/app';
import { LOCALES } from '../src/languages';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';

interface Family {
    id: string;
    locale: string;
    answers: Record<string, string>;
    retry?: Record<string, string>;
    before?: Record<string, string[]>;
    expected: Record<string, unknown>;
    expectedAsWritten?: string[];
}

interface Reply {
    text?: string;
    channelData?: { intake?: { field: string | null; kind?: string; choices?: { value: string; title: string }[]; confirm?: { value: unknown }; submitted?: { reference: string } } };
}

/** A parent who has tried twice in words taps the button that says what they mean, if there is one. */
function tapFor(prompt: NonNullable<Reply['channelData']>['intake'], expected: unknown): string | undefined {
    const wanted = Array.isArray(expected) ? expected : [expected];
    const titles = (prompt?.choices ?? []).filter((c) => wanted.map(String).includes(c.value)).map((c) => c.title);
    return titles.length === wanted.length && titles.length > 0 ? titles.join(', ') : undefined;
}

interface Outcome {
    family: Family;
    completed: boolean;
    /** Fields answered, and those the bot took at the first answer. */
    answered: number;
    firstTime: number;
    /** Expected fields, and those stored exactly as expected. */
    fields: number;
    correct: number;
    /** Questions or commands (the `before` messages) found stored as a value. */
    storedQuestions: number;
    /** Answers given by tapping a button after two tries in words. */
    taps: number;
    /** "Did you mean …?" questions the parent answered. */
    confirmations: number;
    turns: number;
    misses: string[];
}

const arg = (name: string): string | undefined => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
};
const SET = arg('--set') ?? 'dev';
/** --trace prints every message and reply (dev sets only, like --misses). */
const HELD_OUT = SET.startsWith('heldout');
const TRACE = process.argv.includes('--trace') && !HELD_OUT;
/** The day each set was written: its authors resolved "last month" against it. */
const WRITTEN_ON: Record<string, string> = { dev: '2026-12-06', dev2: '2026-12-06', heldout: '2026-12-06' };
const TODAY = new Date(`${WRITTEN_ON[SET] ?? '2026-12-07'}T12:00:00Z`);
/** A field asked this many times is a parent who gives up. */
const MAX_ASKS = 4;

function loadFamilies(): Family[] {
    const dir = path.join(__dirname, 'intake-families', SET);
    // Every language the set has a file for (en, de, ru, ar in most; dev6, dev8 and heldout3: the six added later).
    const langs = arg('--lang') ? [arg('--lang')!] : readdirSync(dir).filter((f) => f.endsWith('.jsonl')).map((f) => f.replace(/\.jsonl$/, ''));
    const families = langs.flatMap((lang) => readFileSync(path.join(dir, `${lang}.jsonl`), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Family));
    const only = arg('--family');
    return only ? families.filter((f) => f.id === only) : families;
}

/** The last word in quotes of the bot's replies: what it told the parent to write. */
function lastQuoted(replies: Reply[]): string | undefined {
    const text = replies.map((r) => r.text ?? '').join('\n');
    return [...text.matchAll(/["“„«]([^"“”„«»]{2,30})["”“»]/gu)].pop()?.[1];
}

const promptOf = (replies: Reply[]) => replies.map((r) => r.channelData?.intake).filter((m) => m?.field).pop();

function getPath(app: Record<string, unknown>, field: string): unknown {
    return field.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), app);
}

/** Equal as staff would read it: lists in any order. */
function same(actual: unknown, expected: unknown): boolean {
    // Some authors write null for a field the family leaves unanswered: absent in the application.
    if (expected === null) return actual === undefined || actual === null;
    if (Array.isArray(actual) && Array.isArray(expected)) return isDeepStrictEqual([...actual].map(String).sort(), [...expected].map(String).sort());
    return isDeepStrictEqual(actual, expected);
}

function storedStrings(value: unknown): string[] {
    if (typeof value === 'string') return [value];
    if (Array.isArray(value)) return value.flatMap(storedStrings);
    if (value && typeof value === 'object') return Object.values(value).flatMap(storedStrings);
    return [];
}

async function runFamily(origin: string, family: Family, applications: (reference: string) => Promise<Record<string, unknown> | undefined>): Promise<Outcome> {
    const conversation = { id: `bench-${family.id}-${randomUUID()}` };
    const outcome: Outcome = { family, completed: false, answered: 0, firstTime: 0, fields: 0, correct: 0, storedQuestions: 0, taps: 0, confirmations: 0, turns: 0, misses: [] };
    let lastSent = '';
    const post = async (activity: Record<string, unknown>): Promise<Reply[]> => {
        outcome.turns++;
        lastSent = typeof activity.text === 'string' ? activity.text : '';
        const response = await fetch(`${origin}/api/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ channelId: 'bench', serviceUrl: 'http://127.0.0.1:9', conversation, from: { id: 'parent' }, recipient: { id: 'bot' }, deliveryMode: 'expectReplies', locale: family.locale, ...activity })
        });
        const activities = ((await response.json()) as { activities?: Reply[] }).activities ?? [];
        if (TRACE) console.log(`  > ${lastSent}\n  < [${promptOf(activities)?.field ?? '-'}] ${activities.map((a) => a.text ?? '').join(' | ').replace(/\s+/g, ' ').slice(0, 160)}`);
        return activities;
    };
    const asks = new Map<string, number>();
    let resumes = 0;
    const beforeSent = new Set<string>();
    let replies = await post({ type: 'conversationUpdate', membersAdded: [{ id: 'parent' }] });
    let reference: string | undefined;
    let pending: { field: string; first: boolean; answer: string } | undefined;
    const said = () => replies.map((r) => r.text ?? '').join(' | ').replace(/\s+/g, ' ').slice(0, 240);
    for (let step = 0; step < 150; step++) {
        const field = promptOf(replies)?.field ?? undefined;
        if (pending) {
            if (pending.first) outcome.answered++;
            if (field !== pending.field) outcome.firstTime += pending.first ? 1 : 0;
            else outcome.misses.push(`${family.id} ${field} ← "${pending.answer}" → ${said()}`);
            pending = undefined;
        }
        if (reference) break;
        if (!field) {
            // Paused (an emergency read in the answer): the parent does what the bot says, once,
            // and writes the quoted word ("continue", „weiter“, «продолжить»).
            const resume = resumes++ === 0 ? lastQuoted(replies) : undefined;
            outcome.misses.push(`${family.id} paused, no question after "${lastSent}": ${said()}`);
            if (resume) {
                replies = await post({ type: 'message', text: resume });
                continue;
            }
            break;
        }
        const before = family.before?.[field] ?? [];
        if (before.length > 0 && !beforeSent.has(field)) {
            // Questions and corrections the parent sends before answering; the bot should answer and ask again.
            beforeSent.add(field);
            for (const message of before) replies = await post({ type: 'message', text: message });
            continue;
        }
        const times = (asks.get(field) ?? 0) + 1;
        asks.set(field, times);
        if (times > MAX_ASKS) {
            outcome.misses.push(`${family.id} gave up at ${field}`);
            break;
        }
        const prompt = promptOf(replies);
        // "Did you mean …?": the parent knows whether the bot's guess is right and taps yes or no.
        if (prompt?.confirm) {
            const right = same(prompt.confirm.value, family.expected[field]);
            const title = prompt.choices?.find((c) => c.value === String(right))?.title;
            if (title) {
                outcome.confirmations++;
                if (!right) outcome.misses.push(`${family.id} ${field}: the bot guessed ${JSON.stringify(prompt.confirm.value)}, the parent said no`);
                pending = undefined;
                replies = await post({ type: 'message', text: title });
                continue;
            }
        }
        const tapped = times >= 3 ? tapFor(prompt, family.expected[field]) : undefined;
        if (tapped) outcome.taps++;
        const answer = tapped ?? (times === 2 ? family.retry?.[field] : undefined) ?? family.answers[field];
        if (answer === undefined) {
            outcome.misses.push(`${family.id} asked ${field}, which this family has no answer for: ${said()}`);
            break;
        }
        pending = { field, first: times === 1, answer };
        replies = await post({ type: 'message', text: answer });
        reference = replies.map((r) => r.channelData?.intake?.submitted?.reference).find(Boolean);
    }
    if (!reference) return outcome;
    outcome.completed = true;
    const app = (await applications(reference)) ?? {};
    for (const [field, value] of Object.entries(family.expected)) {
        if (field === 'review.confirm' || field === 'documents.files') continue;
        outcome.fields++;
        const actual = getPath(app, field);
        if (same(actual, value)) outcome.correct++;
        else outcome.misses.push(`${family.id} stored ${field} = ${JSON.stringify(actual)}, expected ${JSON.stringify(value)}`);
    }
    // A correction sent before a field ("sorry, the email is …") is meant to be stored: the values the
    // family expects are not questions stored.
    const wanted = new Set(storedStrings(family.expected).map((s) => s.toLowerCase()));
    const stored = storedStrings(app).map((s) => s.toLowerCase()).filter((s) => !wanted.has(s));
    for (const message of Object.values(family.before ?? {}).flat()) {
        const kept = stored.filter((s) => s.length > 8 && message.toLowerCase().includes(s));
        if (kept.length > 0) {
            outcome.storedQuestions++;
            outcome.misses.push(`${family.id} stored a question as a value: "${message}" (${kept.join(' / ')})`);
        }
    }
    return outcome;
}

const pct = (part: number, whole: number) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`);

function report(label: string, outcomes: Outcome[]): void {
    const sum = (pick: (o: Outcome) => number) => outcomes.reduce((total, o) => total + pick(o), 0);
    const completed = outcomes.filter((o) => o.completed);
    console.log(`${label.padEnd(6)} families ${String(outcomes.length).padStart(3)}  completed ${pct(completed.length, outcomes.length).padStart(8)}  `
        + `first-time ${pct(sum((o) => o.firstTime), sum((o) => o.answered)).padStart(8)}  `
        + `field accuracy ${pct(completed.reduce((t, o) => t + o.correct, 0), completed.reduce((t, o) => t + o.fields, 0)).padStart(8)}  `
        + `questions stored ${String(sum((o) => o.storedQuestions)).padStart(2)}  `
        + `buttons tapped ${String(sum((o) => o.taps)).padStart(3)}  `
        + `confirmed ${String(sum((o) => o.confirmations)).padStart(3)}  `
        + `turns/intake ${(sum((o) => o.turns) / Math.max(1, outcomes.length)).toFixed(1)}`);
}

async function main(): Promise<void> {
    const families = loadFamilies();
    const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-intake-'));
    const app = await createApp(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', RATE_LIMIT_MESSAGES_PER_CONVERSATION: '0' }), {
        logger: createLogger('silent'), clock: () => TODAY, printFirstAdmin: () => undefined
    });
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const applications = async (reference: string) => (await app.database.applications.findByReference(reference))?.data as Record<string, unknown> | undefined;
    const outcomes: Outcome[] = [];
    let next = 0;
    await Promise.all(Array.from({ length: 4 }, async () => {
        while (next < families.length) outcomes.push(await runFamily(origin, families[next++]!, applications));
    }));
    console.log(`bench:intake, set "${SET}" (${families.length} families)`);
    for (const lang of LOCALES) {
        const mine = outcomes.filter((o) => o.family.locale === lang);
        if (mine.length > 0) report(lang, mine);
    }
    report('all', outcomes);
    if (process.argv.includes('--misses')) {
        if (HELD_OUT) console.log('(misses are shown for the dev set only)');
        else for (const o of outcomes.sort((a, b) => a.family.id.localeCompare(b.family.id))) for (const miss of o.misses) console.log(`  ${miss}`);
    }
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
});
