import path from 'node:path';
import type { TurnContext } from 'botbuilder';
import { EtagConversationState } from './storage/conversationState';
import type { Server } from 'restify';
import { RootDialog } from '../dialogs/rootDialog';
import type { IntakeServices } from '../dialogs/services';
import { createAdapter } from './adapter/createAdapter';
import { IntakeBot } from './bot/intakeBot';
import { isAuthenticationEnabled, type Config } from './config';
import { createTexts, type Texts } from './i18n/i18n';
import { loadLanguageDetector } from './i18n/ngrams';
import { DataEraser } from './intake/eraser';
import type { StateAccessors } from './intake/state';
import { SubmissionService } from './intake/submission';
import { createHandoff, type Handoff } from './handoff';
import type { TakeoverService } from './handoff/takeover';
import { createFaq, type Faq } from './faq';
import { createStaff, mountStaffRoutes } from './staff';
import type { FirstAdminPrinter } from './staff/accounts';
import { detectRedFlag, warmUpRedFlags } from './safety/redFlags';
import { unspokenLanguages } from './i18n/unspoken';
import { AttachmentFetcher } from './intake/attachmentFetch';
import { UploadService } from './intake/uploads';
import type { Logger } from './logger';
import { createServer } from './server/createServer';
import { connectorBase, mountWidget } from './directline';
import { replyGuard } from './adapter/replyGuard';
import { rateLimitSettings, RequestLimits } from './server/rateLimits';
import { WidgetAttachments } from './directline/files';
import { widgetTyping } from './directline/typing';
import { renderPrivacyPage } from './server/privacyPage';
import { mountCopyRoutes } from './server/copyRoutes';
import { ParentCopies } from './handoff/parent-copies';
import { openDatabase, type IntakeDatabase } from './storage/database';
import { llmCommandsFromEnv } from './understanding/llmCommands';
import { IntakeMetrics } from './observability/metrics';
import { mountMetrics } from './observability/routes';
import { createTelegram } from './channels/telegram';

export interface AppOptions {
    logger: Logger;
    /** Injected in tests to move time (e.g. a parent returning after 24 h). */
    clock?: () => Date;
    texts?: Texts;
    /** Built once per process; tests share one to save start-up time. */
    faq?: Faq;
    /** Staff variables (STAFF_USERS…); default process.env. */
    staffEnv?: Record<string, string | undefined>;
    /** Where the generated first admin password goes (default DATA_DIR/staff-first-admin.txt, 0600; only its path on stdout). */
    printFirstAdmin?: FirstAdminPrinter;
}

export interface App {
    server: Server;
    database: IntakeDatabase;
    handoff: Handoff;
    /** Coordinators taking conversations over (the staff inbox drives it; tests may too). */
    takeover: TakeoverService;
    /** Starts background work (delivery to staff); tests may drive it with handoff.worker.runOnce instead. */
    startBackground(): void;
    close(): Promise<void>;
}

/** The state key's conversation part, as ConversationState builds it. */
function conversationKey(context: TurnContext): string {
    return `${context.activity.channelId}/${context.activity.conversation?.id ?? ''}`;
}

/** Builds every dependency from the configuration; nothing listens until the caller says so. */
export async function createApp(config: Config, options: AppOptions): Promise<App> {
    const { logger } = options;
    const clock = options.clock ?? (() => new Date());
    const texts = options.texts ?? createTexts();
    const database = await openDatabase({ dataDir: config.DATA_DIR, databaseUrl: config.DATABASE_URL });
    const conversationState = new EtagConversationState(database.storage);
    const state: StateAccessors = {
        dialogState: conversationState.createProperty('dialogState'),
        profile: conversationState.createProperty('profile'),
        draft: conversationState.createProperty('draft')
    };
    await loadLanguageDetector();
    const faq = options.faq ?? createFaq();
    const responseTime = faq.operator.responseTime;
    const handoff = createHandoff({
        config, database, texts, logger, clock,
        parentCopy: { operatorNames: config.OPERATOR_NAMES, responseTime: (locale) => responseTime[locale], fallbackLocale: config.DEFAULT_LOCALE }
    });
    const copies = new ParentCopies({
        links: database.copyLinks, applications: database.applications, publicUrl: config.PUBLIC_URL, canEmail: handoff.parentEmail, clock, notify: () => handoff.worker.wake()
    });
    // Off without TELEGRAM_BOT_TOKEN; its replies go through the same adapter and middleware as every channel's.
    const telegram = createTelegram(config, database.storage);
    const adapter = createAdapter(config, texts, logger, config.DEFAULT_LOCALE, telegram?.connectors);
    const metrics = new IntakeMetrics(database.operations, clock);
    // First, so it times the whole turn and sees every reply the other middleware let through.
    adapter.use(metrics.middleware);
    // Lazily: the server that knows its own address is built below.
    adapter.use(replyGuard({
        authenticated: isAuthenticationEnabled(config), localMode: config.UNAUTHENTICATED_LOCAL_MODE, ownServiceUrl: () => widgetConnector(), inProcess: Boolean(telegram)
    }));
    adapter.use(handoff.recorder);
    adapter.use(widgetTyping(() => widgetConnector()));
    const staff = await createStaff({ config, applications: database.applications, handoff, adapter, texts, logger, clock, ...(options.staffEnv ? { env: options.staffEnv } : {}), ...(options.printFirstAdmin ? { printFirstAdmin: options.printFirstAdmin } : {}) });
    adapter.use(staff.directory);
    const TAKEOVER_EVENTS = { requested: 'requested', staff: 'started', bot: 'handed_back' } as const;
    staff.takeover.events.subscribeAll((event) => {
        if (event.type === 'status') metrics.takeover(TAKEOVER_EVENTS[event.status]);
    });
    warmUpRedFlags();
    // A broken locales/<lang>/unspoken.json stops start-up, not the first message in that language.
    unspokenLanguages();
    const uploads = new UploadService(path.join(config.DATA_DIR, 'uploads'), {
        maxBytes: config.UPLOAD_MAX_MB * 1024 * 1024,
        fetcher: new AttachmentFetcher({ hosts: config.ATTACHMENT_HOSTS, allowPrivateListed: config.ATTACHMENT_ALLOW_PRIVATE, timeoutMs: 30_000 }),
        local: [new WidgetAttachments(database.directline), ...(telegram ? [telegram.files] : [])]
    });
    // Off unless INTAKE_LLM=true; a bad setting stops start-up like the FAQ's LLM settings do.
    const llmCommands = llmCommandsFromEnv(process.env, { logger });
    const services: IntakeServices = {
        state,
        texts,
        clock,
        submissions: new SubmissionService(database.applications, texts, config.STAFF_LOCALE, {
            deliveries: handoff.channelsConfigured,
            notify: () => {
                handoff.worker.wake();
                staff.inboxEvents.emit('application');
            }
        }),
        uploads,
        eraser: new DataEraser({
            conversationState,
            storage: database.storage,
            applications: database.applications,
            owners: [handoff.transcripts, staff.database.conversations, staff.database.coordination, database.directline, database.copyLinks],
            uploads,
            database,
            clock,
            notify: () => handoff.worker.wake(),
            logger
        }),
        takeover: staff.takeover,
        copies,
        metrics,
        ...(llmCommands ? { llmCommands } : {}),
        faq: faq.answerer,
        feedback: database.faqFeedback,
        redFlags: (text, opts) => detectRedFlag(text, opts),
        emergencyNumber: faq.emergencyNumber,
        settings: {
            operatorNames: config.OPERATOR_NAMES,
            privacyUrl: config.PRIVACY_NOTICE_URL,
            defaultLocale: config.DEFAULT_LOCALE,
            resumeAfterHours: config.RESUME_AFTER_HOURS,
            uploadMaxMb: config.UPLOAD_MAX_MB,
            uploadMaxFiles: config.UPLOAD_MAX_FILES,
            responseTime
        }
    };
    const bot = new IntakeBot(conversationState, new RootDialog(services), services);
    // Two messages sent close together (a slow upload and a text) must not read the same state.
    const serialised = (turn: (context: TurnContext) => Promise<void>) => (context: TurnContext) => database.turns.run(conversationKey(context), () => turn(context));
    const runTurn = serialised((context) => bot.run(context));
    staff.takeover.onHandBack((conversationId) => staff.takeover.continueConversation(conversationId, serialised((context) => bot.resumeAfterHandBack(context))));
    const limits = new RequestLimits(rateLimitSettings(config), logger);
    const server = createServer({
        adapter,
        limits,
        runTurn,
        logger,
        authenticated: isAuthenticationEnabled(config),
        localMode: config.UNAUTHENTICATED_LOCAL_MODE,
        privacyPage: (lang) => renderPrivacyPage(texts, config.OPERATOR_NAMES, lang, config.DEFAULT_LOCALE),
        checkReady: () => database.operations.readiness()
    });
    const widgetConnector = connectorBase(config, server);
    mountStaffRoutes(server, staff);
    mountMetrics(server, metrics, config.METRICS_TOKEN, logger);
    mountCopyRoutes(server, {
        copies, applications: database.applications, transcripts: handoff.transcripts, texts, responseTime: (locale) => responseTime[locale], fallbackLocale: config.DEFAULT_LOCALE
    });
    mountWidget(server, { config, log: database.directline, adapter, runTurn, texts, clock, logger, limits });
    telegram?.mount(server, { adapter, runTurn, texts, clock, logger });
    return {
        server,
        database,
        handoff,
        takeover: staff.takeover,
        startBackground: () => handoff.worker.start(),
        close: async () => {
            server.close();
            await handoff.worker.stop();
            await staff.close();
            await database.close();
        }
    };
}
