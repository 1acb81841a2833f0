import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

async function start(env: Record<string, string>): Promise<{ code: number; stderr: string }> {
    try {
        await run('npx', ['tsx', 'src/index.ts'], { env: { ...process.env, ...env }, timeout: 20_000 });
        return { code: 0, stderr: '' };
    } catch (error) {
        const e = error as { code: number; stderr: string };
        return { code: e.code, stderr: e.stderr };
    }
}

describe('start-up', () => {
    it('refuses to run unauthenticated in production, saying why', async () => {
        const { code, stderr } = await start({ NODE_ENV: 'production', MicrosoftAppId: '', MicrosoftAppPassword: '' });
        expect(code).toBe(1);
        expect(stderr).toMatch(/MicrosoftAppId: production needs MicrosoftAppId and MicrosoftAppPassword/);
    });

    it('lists every bad setting at once', async () => {
        const { code, stderr } = await start({ PORT: 'eighty', DATABASE_URL: 'mysql://db', UPLOAD_MAX_MB: '-1' });
        expect(code).toBe(1);
        expect(stderr).toMatch(/PORT/);
        expect(stderr).toMatch(/DATABASE_URL/);
        expect(stderr).toMatch(/UPLOAD_MAX_MB/);
    });
});
