import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import { createAdapter } from '../../../src/adapter/createAdapter';
import { loadConfig } from '../../../src/config';
import { createHandoff, type Handoff } from '../../../src/handoff';
import { createLogger } from '../../../src/logger';
import { createServer } from '../../../src/server/createServer';
import { createStaff, mountStaffRoutes, type Staff } from '../../../src/staff';
import { openDatabase, type IntakeDatabase } from '../../../src/storage/database';
import { texts } from '../../helpers/harness';

export interface StaffTestApp {
    origin: string;
    server: Server;
    database: IntakeDatabase;
    handoff: Handoff;
    staff: Staff;
    dataDir: string;
    /** First-admin passwords printed during start-up (expected: once per fresh database). */
    printed: { username: string; password: string }[];
    /** Stops the server and closes the databases; keeps dataDir unless remove is true. */
    stop(options?: { remove?: boolean }): Promise<void>;
}

export interface StaffAppOptions {
    dataDir?: string;
    env?: Record<string, string>;
    /** Adds HANDOFF_WEBHOOK_URL/SECRET etc. to the bot config. */
    config?: Record<string, string>;
    clock?: () => Date;
}

/**
 * The real server factory, a real CloudAdapter with the transcript recorder and the conversation
 * directory, the staff routes and a real SQLite database in a temp dir. The bot is a tiny echo
 * bot integrated the documented way: silent while taken over (notifyParentMessage instead), and
 * a "human" message calls takeover.request(). It stands in for the intake bot, which is tested
 * on its own.
 */
export async function startStaffApp(options: StaffAppOptions = {}): Promise<StaffTestApp> {
    const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'intake-staff-'));
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir, ...options.config });
    const logger = createLogger('silent');
    const clock = options.clock ?? (() => new Date());
    const database = await openDatabase({ dataDir });
    const handoff = createHandoff({ config, database, texts: texts(), logger, clock });
    const adapter = createAdapter(config, texts(), logger, 'en');
    adapter.use(handoff.recorder);
    const printed: StaffTestApp['printed'] = [];
    const staff = await createStaff({
        config, applications: database.applications, handoff, adapter, texts: texts(), logger, clock,
        env: { STAFF_USERS: '', ...options.env },
        printFirstAdmin: (username, password) => printed.push({ username, password })
    });
    adapter.use(staff.directory);
    const runTurn = async (context: TurnContext) => {
        const { activity } = context;
        if (activity.type !== ActivityTypes.Message) return;
        const conversationId = activity.conversation.id;
        if (await staff.takeover.isTakenOver(conversationId)) {
            staff.takeover.notifyParentMessage(conversationId, activity.text ?? '');
            return;
        }
        if (/^human$/i.test(activity.text ?? '')) {
            const { message } = await staff.takeover.request(conversationId);
            await context.sendActivity(message);
            return;
        }
        await context.sendActivity({ type: ActivityTypes.Message, text: `echo: ${activity.text ?? ''}`, locale: activity.locale ?? 'en' });
    };
    const server = createServer({ adapter, runTurn, logger, authenticated: false, localMode: true, checkReady: async () => ({ ready: true }) });
    mountStaffRoutes(server, staff);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return {
        origin: `http://127.0.0.1:${port}`,
        server,
        database,
        handoff,
        staff,
        dataDir,
        printed,
        stop: async ({ remove = false } = {}) => {
            const closed = new Promise<void>((resolve) => server.close(() => resolve()));
            // Open event streams and keep-alive sockets would hold close() up.
            server.server.closeAllConnections();
            await closed;
            await staff.close();
            await database.close();
            if (remove) rmSync(dataDir, { recursive: true, force: true });
        }
    };
}
