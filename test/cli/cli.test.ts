import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCRIPTS } from '../fixtures/scripts';
import { runScript } from '../helpers/script';
import { HttpConversation, startServer, type RunningServer } from '../helpers/server';

const run = promisify(execFile);
let dataDir: string;
let server: RunningServer;
let reference: string;

beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'intake-cli-'));
    server = await startServer({ DATA_DIR: dataDir });
    const chat = new HttpConversation(server.origin, 'de');
    ({ reference } = await runScript(chat, await chat.join(), SCRIPTS.de));
});
afterAll(async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
});

const env = () => ({ ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' });

describe('npm run applications', () => {
    it('list prints one JSON line per application', async () => {
        const { stdout } = await run('npm', ['run', '--silent', 'applications', '--', 'list'], { env: env() });
        const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatchObject({ reference, locale: 'de', status: 'new' });
        expect(Object.keys(lines[0]!).sort()).toEqual(['locale', 'reference', 'status', 'submittedAt']);
    });

    it('show prints the application JSON, also for a lower-case reference without dash', async () => {
        const { stdout } = await run('npm', ['run', '--silent', 'applications', '--', 'show', reference.replace('-', '').toLowerCase()], { env: env() });
        const app = JSON.parse(stdout) as { reference: string; child: { firstName: string } };
        expect(app.reference).toBe(reference);
        expect(app.child.firstName).toBe('Lukas');
    });

    it('an unknown reference is an error on stderr with exit code 1', async () => {
        const failure = await run('npm', ['run', '--silent', 'applications', '--', 'show', 'ZZZ-ZZZ'], { env: env() }).catch((e: { code: number; stderr: string }) => e);
        expect((failure as { code: number }).code).toBe(1);
        expect((failure as { stderr: string }).stderr).toMatch(/No application/);
    });
});

describe('npm run chat', () => {
    it('talks to the running bot, showing buttons and progress', async () => {
        const child = spawn('npm', ['run', '--silent', 'chat', '--', '--lang', 'en', '--url', `${server.origin}/api/messages`], { env: env() });
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => {
            output += chunk.toString();
        });
        const waitFor = async (pattern: RegExp) => {
            for (let i = 0; i < 400 && !pattern.test(output); i++) await new Promise((r) => setTimeout(r, 100));
            expect(output).toMatch(pattern);
        };
        await waitFor(/Do you agree\?/);
        expect(output).toMatch(/\[1\] Yes, I agree/);
        child.stdin.write('1\n');
        await waitFor(/child · 2\/\d+ · child.firstName/);
        child.stdin.write('Mia\n');
        await waitFor(/When was Mia born\?/);
        child.stdin.end();
        await new Promise((resolve) => child.on('close', resolve));
    }, 90_000);
});
