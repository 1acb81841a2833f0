/**
 * Turn latency and throughput of the real server (SQLite in a temp dir) running whole intakes over
 * /api/messages with expectReplies. Not a test: prints figures. `npm run bench:turns [-- --families 40 --concurrency 4]`
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { SCRIPTS } from '../test/fixtures/scripts';

const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const FAMILIES = arg('--families', 40);
const CONCURRENCY = arg('--concurrency', 4);

interface Reply { channelData?: { intake?: { field: string | null; submitted?: unknown } } }

async function family(origin: string, locale: keyof typeof SCRIPTS, latencies: number[]): Promise<void> {
    const conversation = { id: `bench-${randomUUID()}` };
    const post = async (activity: Record<string, unknown>): Promise<Reply[]> => {
        const started = performance.now();
        const response = await fetch(`${origin}/api/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ channelId: 'bench', serviceUrl: 'http://127.0.0.1:9', conversation, from: { id: 'p' }, recipient: { id: 'b' }, deliveryMode: 'expectReplies', locale, ...activity })
        });
        const body = (await response.json()) as { activities: Reply[] };
        latencies.push(performance.now() - started);
        return body.activities;
    };
    let replies = await post({ type: 'conversationUpdate', membersAdded: [{ id: 'p' }] });
    for (let turn = 0; turn < 80; turn++) {
        const metas = replies.map((r) => r.channelData?.intake).filter((m) => m !== undefined);
        if (metas.some((m) => m.submitted)) return;
        const field = metas[metas.length - 1]?.field;
        const answer = field ? SCRIPTS[locale][field] : undefined;
        if (!answer) throw new Error(`bench: no answer for ${String(field)}`);
        replies = await post({ type: 'message', text: answer });
    }
    throw new Error('bench: intake did not finish');
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function main(): Promise<void> {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-turns-'));
    const app = await createApp(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), { logger: createLogger('silent') });
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const locales = Object.keys(SCRIPTS) as (keyof typeof SCRIPTS)[];
    const latencies: number[] = [];
    const memoryBefore = process.memoryUsage().rss;
    const started = performance.now();
    let next = 0;
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
        while (next < FAMILIES) {
            const i = next++;
            await family(origin, locales[i % locales.length]!, latencies);
        }
    }));
    const seconds = (performance.now() - started) / 1000;
    const sorted = [...latencies].sort((a, b) => a - b);
    console.log(`families: ${FAMILIES} (concurrency ${CONCURRENCY}), turns: ${latencies.length}, ${seconds.toFixed(1)} s`);
    console.log(`throughput: ${(latencies.length / seconds).toFixed(1)} turns/s`);
    console.log(`turn latency: p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, max ${sorted[sorted.length - 1]?.toFixed(1)} ms`);
    console.log(`rss: ${(memoryBefore / 2 ** 20).toFixed(0)} MB → ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
});
