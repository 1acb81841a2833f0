/**
 * Latency of the red-flag check that runs on every incoming message. Not a test: prints figures.
 * Input: the FAQ dev set's questions and the intake scripts' answers (synthetic). `npm run bench:redflags`
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { detectRedFlag, warmUpRedFlags } from '../src/safety/redFlags';
import { SCRIPTS } from '../test/fixtures/scripts';

const devset = readFileSync(path.join(__dirname, 'faq-devset.jsonl'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { question: string }).question);
const answers = Object.values(SCRIPTS).flatMap((s) => Object.values(s));
const messages = [...devset, ...answers];

let started = performance.now();
warmUpRedFlags();
console.log(`load: ${(performance.now() - started).toFixed(0)} ms`);
const times: number[] = [];
let emergencies = 0;
for (let round = 0; round < 5; round++) {
    for (const text of messages) {
        started = performance.now();
        if (detectRedFlag(text).emergency && round === 0) emergencies += 1;
        times.push(performance.now() - started);
    }
}
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(3);
console.log(`messages: ${messages.length} × 5, emergencies flagged: ${emergencies}`);
console.log(`per message: mean ${(times.reduce((a, b) => a + b, 0) / times.length).toFixed(3)} ms, p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`);
