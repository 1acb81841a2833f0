import path from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { ApplicationRepository } from '../handoff/application-repository.js';
import { ConversationDirectory } from '../handoff/conversation-directory.js';
import type { Handoff } from '../handoff/index.js';
import { createStaffTexts } from '../handoff/staff-texts.js';
import { officeHoursFromEnv } from '../handoff/takeover-office-hours.js';
import { TakeoverService, type ProactiveAdapter } from '../handoff/takeover.js';
import type { Texts } from '../i18n/i18n.js';
import { ensureFirstAdmin, firstAdminFile, type FirstAdminPrinter } from './accounts.js';
import { StaffAuth } from './auth.js';
import { openStaffDatabase, type StaffDatabase } from './database.js';
import type { StaffRouteDeps } from './deps.js';
import { staffEnv } from './env.js';
import { InboxEvents } from './inbox-events.js';
import { parentFacingName } from './coordination.js';

export { mountStaffRoutes } from './routes.js';

export interface StaffDependencies {
    config: Pick<Config, 'DATA_DIR' | 'DATABASE_URL' | 'STAFF_LOCALE' | 'DEFAULT_LOCALE' | 'MicrosoftAppId' | 'TRUST_PROXY'>;
    applications: Pick<ApplicationRepository, 'findByReference'>;
    handoff: Pick<Handoff, 'transcripts' | 'deliveriesFor' | 'retryNow'>;
    /** The bot's adapter: proactive messages and the handoff event go through it (and its middleware). */
    adapter: ProactiveAdapter;
    texts: Texts;
    logger: Logger;
    clock?: () => Date;
    /** STAFF_USERS, STAFF_COOKIE_SECURE, STAFF_SESSION_HOURS, STAFF_OFFICE_HOURS (default process.env). */
    env?: Record<string, string | undefined>;
    /** Where the generated first admin password goes (default: an owner-only file in DATA_DIR, its path on stdout). */
    printFirstAdmin?: FirstAdminPrinter;
}

export interface Staff extends StaffRouteDeps {
    /** botbuilder middleware: adapter.use(staff.directory). */
    directory: ConversationDirectory;
    database: StaffDatabase;
    close(): Promise<void>;
}

/**
 * Builds the staff side: its database handle, the conversation directory, the takeover service,
 * sign-in (creating the first admin once when STAFF_USERS is empty, its password in a file). Invalid staff
 * variables fail here, at start-up, with every problem listed.
 */
export async function createStaff(deps: StaffDependencies): Promise<Staff> {
    const env = staffEnv(deps.env);
    const officeHours = officeHoursFromEnv(deps.env);
    const clock = deps.clock ?? (() => new Date());
    const database = await openStaffDatabase({ dataDir: deps.config.DATA_DIR, databaseUrl: deps.config.DATABASE_URL });
    try {
        await ensureFirstAdmin(database.staff, env, { logger: deps.logger, clock, print: deps.printFirstAdmin ?? firstAdminFile(deps.config.DATA_DIR) });
    } catch (err) {
        await database.close();
        throw err;
    }
    const takeover = new TakeoverService({
        adapter: deps.adapter,
        appId: deps.config.MicrosoftAppId ?? '',
        conversations: database.conversations,
        texts: deps.texts,
        transcripts: deps.handoff.transcripts,
        officeHours,
        defaultLocale: deps.config.DEFAULT_LOCALE,
        logger: deps.logger,
        clock,
        staffName: (staffUser) => parentFacingName(database.coordination, staffUser)
    });
    const inboxEvents = new InboxEvents();
    takeover.events.subscribeAll((event) => {
        if (event.type === 'status') inboxEvents.emit(event.status === 'requested' ? 'person' : 'takeover');
    });
    return {
        directory: new ConversationDirectory(database.conversations, { logger: deps.logger, clock, onEmergency: () => inboxEvents.emit('emergency') }),
        database,
        takeover,
        inboxEvents,
        coordination: database.coordination,
        auth: new StaffAuth({ store: database.staff, configured: env.users, sessionHours: env.sessionHours, logger: deps.logger, clock }),
        store: database.staff,
        applications: deps.applications,
        handoff: deps.handoff,
        conversations: database.conversations,
        st: createStaffTexts(deps.texts, deps.config.STAFF_LOCALE),
        uploadsDir: path.join(deps.config.DATA_DIR, 'uploads'),
        cookieSecure: env.cookieSecure,
        trustProxy: deps.config.TRUST_PROXY,
        sessionHours: env.sessionHours,
        logger: deps.logger,
        clock,
        close: () => database.close()
    };
}
