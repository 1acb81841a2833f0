import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), 'faq-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const faq = (...args: string[]) => run('npm', ['run', '--silent', 'faq', '--', ...args], { env: { ...process.env, FAQ_LLM_PROVIDER: '' } });

describe('npm run faq', () => {
    it('prints one JSON object for a question, detecting its language', async () => {
        const { stdout } = await faq('Was kostet die Behandlung im Ausland?');
        const lines = stdout.trim().split('\n');
        expect(lines).toHaveLength(1);
        const result = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
        expect(Object.keys(result)).toEqual(['topic', 'confidence', 'lang', 'answer', 'sources']);
        expect(result).toMatchObject({ topic: 'abroad.costs', lang: 'de' });
        expect(result.confidence).toBeGreaterThan(0.5);
        expect(result.answer).not.toContain('{{');
        expect((result.sources as unknown[]).length).toBeGreaterThan(0);
    });

    it('--batch prints one line per input, in order, with --lang applied to lines without one', async () => {
        const file = path.join(dir, 'in.jsonl');
        const inputs = [
            { id: 'q1', question: 'how do we get a medical visa', lang: 'en' },
            { id: 'q2', question: 'tell me a joke' },
            { id: 'q3', question: 'skolko stoit lechenie za granitsey', lang: 'ru' },
            { id: 'q4', question: '🙏' },
            { id: 'q5', question: 'كم تكلفة العلاج في الخارج' }
        ];
        writeFileSync(file, `${inputs.map((i) => JSON.stringify(i)).join('\n')}\n`);
        const { stdout } = await faq('--batch', file);
        const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
        expect(lines.map((l) => l.id)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
        expect(lines.map((l) => l.topic)).toEqual(['abroad.visa', null, 'abroad.costs', null, 'abroad.costs']);
        expect(Object.keys(lines[0] ?? {})).toEqual(['id', 'topic', 'confidence', 'lang']);
        expect(lines[4]?.lang).toBe('ar');
    });

    it('exits with 2 and a usage line on a bad --lang', async () => {
        await expect(faq('--lang', 'xx', 'visa')).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('usage:') });
    });
});
