import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export async function freePort(): Promise<number> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
    const address = server.address();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    if (address === null || typeof address === 'string') throw new Error('freePort(): no TCP address');
    return address.port;
}

export async function until(done: () => boolean, why: () => string, timeoutMs = 40_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!done()) {
        if (Date.now() > deadline) throw new Error(why());
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
}

export interface ServerProcess {
    child: ChildProcess;
    origin: string;
    /** Everything the process wrote to stdout and stderr so far. */
    output(): string;
    /** SIGKILL (kill -9) or SIGTERM, and waits for the process to be gone. */
    stop(signal: 'SIGKILL' | 'SIGTERM'): Promise<void>;
}

/**
 * `npm start` as one process (node with tsx, no npm or tsx wrapper in between, so a signal reaches
 * the server itself), on a free port; resolves once it printed its start-up line.
 */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
        env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', NODE_ENV: 'development', ...env }
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    await until(() => output.includes('Chat widget on') || child.exitCode !== null, () => `no start-up line in: ${output}`);
    if (child.exitCode !== null) throw new Error(`startServerProcess(): exited with ${child.exitCode}: ${output}`);
    return {
        child,
        origin: `http://127.0.0.1:${port}`,
        output: () => output,
        stop: async (signal) => {
            if (child.exitCode === null && child.signalCode === null) child.kill(signal);
            await exited;
        }
    };
}
