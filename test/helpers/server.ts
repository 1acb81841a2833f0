import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';
import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger, type Logger } from '../../src/logger';
import { faq, texts } from './harness';

export interface RunningServer {
    app: App;
    origin: string;
    stop(): Promise<void>;
}

/** Staff variables from the test's env, else from process.env (a test may set STAFF_USERS there). */
function staffEnv(env: Record<string, string>): Record<string, string | undefined> {
    const pick = (key: string) => env[key] ?? process.env[key];
    return { STAFF_USERS: pick('STAFF_USERS'), STAFF_OFFICE_HOURS: pick('STAFF_OFFICE_HOURS'), STAFF_COOKIE_SECURE: pick('STAFF_COOKIE_SECURE') };
}

/** The real server from the composition root, listening on an ephemeral port. */
export async function startServer(env: Record<string, string>, clock?: () => Date, logger?: Logger): Promise<RunningServer> {
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
    const app = await createApp(config, { logger: logger ?? createLogger('silent'), texts: texts(), faq: faq(), staffEnv: staffEnv(env), printFirstAdmin: () => undefined, ...(clock ? { clock } : {}) });
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    const { port } = app.server.address() as AddressInfo;
    return { app, origin: `http://127.0.0.1:${port}`, stop: () => app.close() };
}

/** A Bot Framework client speaking expectReplies over HTTP, like the terminal chat. */
export class HttpConversation {
    /** A conversation id of its own, or an existing one (the same parent after a restart). */
    constructor(private readonly origin: string, private readonly locale?: string, readonly conversationId = `http-${randomUUID()}`) {}

    async post(activity: Record<string, unknown>): Promise<{ status: number; activities: Partial<Activity>[] }> {
        const response = await fetch(`${this.origin}/api/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
                channelId: 'directline', serviceUrl: 'http://127.0.0.1:9', id: randomUUID(), conversation: { id: this.conversationId },
                from: { id: 'parent-1' }, recipient: { id: 'bot' }, deliveryMode: 'expectReplies', ...(this.locale ? { locale: this.locale } : {}), ...activity
            })
        });
        const text = await response.text();
        const body = text ? (JSON.parse(text) as { activities?: Partial<Activity>[] }) : {};
        return { status: response.status, activities: body.activities ?? [] };
    }

    async join(): Promise<Partial<Activity>[]> {
        return (await this.post({ type: 'conversationUpdate', membersAdded: [{ id: 'parent-1' }] })).activities;
    }

    async say(text: string): Promise<Partial<Activity>[]> {
        const { status, activities } = await this.post({ type: 'message', text });
        if (status !== 200) throw new Error(`HTTP ${status}`);
        return activities;
    }
}
