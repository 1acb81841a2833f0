import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TestAdapter, type Activity } from 'botbuilder';
import { EtagConversationState } from '../../src/storage/conversationState';
import { RootDialog } from '../../dialogs/rootDialog';
import type { IntakeServices } from '../../dialogs/services';
import { IntakeBot } from '../../src/bot/intakeBot';
import { createFaq, type Faq } from '../../src/faq';
import { createTexts, type Texts } from '../../src/i18n/i18n';
import { detectRedFlag } from '../../src/safety/redFlags';
import { DataEraser } from '../../src/intake/eraser';
import { SubmissionService } from '../../src/intake/submission';
import { WidgetAttachments } from '../../src/directline/files';
import { AttachmentFetcher, type AttachmentHostPolicy } from '../../src/intake/attachmentFetch';
import { UploadService } from '../../src/intake/uploads';
import { openDatabase, type IntakeDatabase } from '../../src/storage/database';
import type { CommandGenerator } from '../../src/understanding/llmCommands';
import type { IntakeDraft } from '../../src/domain/draft';
import type { OperatorNames } from '../../src/i18n/operator';
import { TEST_OPERATOR } from './operator';

let sharedTexts: Texts | undefined;
export const texts = (): Texts => (sharedTexts ??= createTexts());
let sharedFaq: Faq | undefined;
/** The real knowledge base and retriever, with the test operator file (emergency numbers). */
export const faq = (): Faq => (sharedFaq ??= createFaq({ env: { OPERATOR_CONFIG: path.resolve(__dirname, '../fixtures/operator.json') } }));
/** The real table of config/emergency-numbers.json; the test operator file overrides KZ (103) and US (911). */

export interface Harness {
    adapter: TestAdapter;
    database: IntakeDatabase;
    services: IntakeServices;
    dataDir: string;
    /** Moves the bot's clock (e.g. a parent returning a day later). */
    setNow(date: Date): void;
    /** Sends one user activity and returns every reply of that turn. */
    say(text: string, extra?: Partial<Activity>): Promise<Partial<Activity>[]>;
    join(extra?: Partial<Activity>): Promise<Partial<Activity>[]>;
    close(): Promise<void>;
}

export const TODAY = new Date('2026-11-15T12:00:00Z');

/** The real bot over a real SQLite file in a temp dir, driven through botbuilder's TestAdapter. */
export async function createHarness(
    options: { locale?: string; now?: Date; attachments?: Partial<AttachmentHostPolicy>; llmCommands?: CommandGenerator; operatorNames?: OperatorNames } = {}
): Promise<Harness> {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'intake-test-'));
    const database = await openDatabase({ dataDir });
    let now = options.now ?? TODAY;
    const conversationState = new EtagConversationState(database.storage);
    const fetcher = new AttachmentFetcher({ hosts: [], allowPrivateListed: false, timeoutMs: 5000, ...options.attachments });
    const uploads = new UploadService(path.join(dataDir, 'uploads'), { maxBytes: 2 * 1024 * 1024, fetcher, local: new WidgetAttachments(database.directline) });
    const services: IntakeServices = {
        state: {
            dialogState: conversationState.createProperty('dialogState'),
            profile: conversationState.createProperty('profile'),
            draft: conversationState.createProperty('draft')
        },
        texts: texts(),
        clock: () => now,
        submissions: new SubmissionService(database.applications, texts(), 'en'),
        uploads,
        eraser: new DataEraser({ conversationState, storage: database.storage, applications: database.applications, owners: [], uploads, database, clock: () => now }),
        faq: faq().answerer,
        feedback: database.faqFeedback,
        redFlags: (text, opts) => detectRedFlag(text, opts),
        emergencyNumber: faq().emergencyNumber,
        ...(options.llmCommands ? { llmCommands: options.llmCommands } : {}),
        settings: { operatorNames: options.operatorNames ?? TEST_OPERATOR, privacyUrl: 'https://example.org/privacy', defaultLocale: 'en', resumeAfterHours: 24, uploadMaxMb: 2, uploadMaxFiles: 3, responseTime: faq().operator.responseTime }
    };
    const bot = new IntakeBot(conversationState, new RootDialog(services), services);
    const adapter = new TestAdapter((context) => bot.run(context));
    if (options.locale) adapter.locale = options.locale;
    const drain = () => adapter.activeQueue.splice(0, adapter.activeQueue.length);
    return {
        adapter,
        database,
        services,
        dataDir,
        setNow: (date) => {
            now = date;
        },
        say: async (text, extra = {}) => {
            await adapter.receiveActivity({ type: 'message', text, ...(options.locale ? { locale: options.locale } : {}), ...extra });
            return drain();
        },
        join: async (extra = {}) => {
            const ref = adapter.conversation;
            await adapter.receiveActivity({
                type: 'conversationUpdate',
                membersAdded: [{ id: ref.user!.id, name: ref.user!.name ?? 'user' }],
                ...(options.locale ? { locale: options.locale } : {}),
                ...extra
            });
            return drain();
        },
        close: async () => {
            await database.close();
            rmSync(dataDir, { recursive: true, force: true });
        }
    };
}

export interface IntakeMeta {
    field: string | null;
    kind?: string;
    section?: string;
    progress?: { index: number; total: number };
    choices?: { value: string; title: string }[];
    submitted?: { reference: string };
}

export function intakeOf(activity: Partial<Activity> | undefined): IntakeMeta | undefined {
    return (activity?.channelData as { intake?: IntakeMeta } | undefined)?.intake;
}

/** The field the bot is asking now: the last prompt among the replies. */
export function currentField(replies: Partial<Activity>[]): string | null | undefined {
    const prompts = replies.map(intakeOf).filter((m): m is IntakeMeta => m !== undefined);
    return prompts[prompts.length - 1]?.field;
}

export const allText = (replies: Partial<Activity>[]) => replies.map((r) => r.text ?? '').join('\n');

/** Every button title of a turn's replies, in order. */
export const buttonTitles = (replies: Partial<Activity>[]) => replies.flatMap((r) => r.suggestedActions?.actions.map((a) => a.title) ?? []);

/** The draft as the bot saved it for the harness's conversation. */
export async function storedDraft(harness: Harness): Promise<IntakeDraft> {
    const state = harness.adapter.conversation;
    const key = `${state.channelId}/conversations/${state.conversation.id}/`;
    const items = await harness.database.storage.read([key]);
    return (items[key] as { draft: IntakeDraft }).draft;
}
