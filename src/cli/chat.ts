import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';

/** A terminal client: talks to the running bot over /api/messages with expectReplies. */
interface ReplyActivity {
    type: string;
    text?: string;
    suggestedActions?: { actions: { title: string; value: string }[] };
    attachments?: { contentType: string; content?: { text?: string; buttons?: { title: string; value: string }[] } }[];
    channelData?: { intake?: { field: string | null; kind?: string; section?: string; progress?: { index: number; total: number }; submitted?: { reference: string } } };
}

const args = process.argv.slice(2);
const option = (name: string) => {
    const index = args.indexOf(name);
    return index >= 0 ? args[index + 1] : undefined;
};
const url = option('--url') ?? `http://localhost:${process.env.PORT ?? 3978}/api/messages`;
const locale = option('--lang');
const conversationId = `cli-${randomUUID()}`;
const user = { id: 'cli-user', name: 'You' };
const bot = { id: 'intake-bot' };
const MIME: Record<string, string> = { '.pdf': 'application/pdf', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.heic': 'image/heic', '.zip': 'application/zip' };

let buttons: string[] = [];
let kind: string | undefined;

async function send(activity: Record<string, unknown>): Promise<ReplyActivity[]> {
    const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
            channelId: 'cli', serviceUrl: 'http://localhost', conversation: { id: conversationId }, from: user, recipient: bot,
            deliveryMode: 'expectReplies', ...(locale ? { locale } : {}), id: randomUUID(), timestamp: new Date().toISOString(), ...activity
        })
    });
    if (!response.ok) throw new Error(`the bot answered HTTP ${response.status}`);
    const body = (await response.json()) as { activities?: ReplyActivity[] };
    return body.activities ?? [];
}

function show(replies: ReplyActivity[]): void {
    for (const reply of replies.filter((r) => r.type === 'message')) {
        const intake = reply.channelData?.intake;
        if (intake?.progress) console.log(`\x1b[2m── ${intake.section} · ${intake.progress.index}/${intake.progress.total} · ${intake.field}\x1b[0m`);
        if (intake?.submitted) console.log(`\x1b[32m✔ submitted as ${intake.submitted.reference}\x1b[0m`);
        if (reply.text) console.log(`\x1b[36mbot›\x1b[0m ${reply.text.replace(/\n/g, '\n     ')}`);
        for (const card of reply.attachments ?? []) {
            if (card.content?.text) console.log(`     ${card.content.text}`);
            if (card.content?.buttons) console.log(`     ${card.content.buttons.map((b) => `[${b.title}]`).join(' ')}`);
        }
        const actions = reply.suggestedActions?.actions ?? [];
        if (actions.length > 0 || intake) {
            buttons = actions.map((a) => a.value);
            kind = intake?.kind;
        }
        if (actions.length > 0) console.log(`     ${actions.map((a, i) => `[${i + 1}] ${a.title}`).join('  ')}`);
    }
}

function attachmentFrom(file: string): Record<string, unknown> {
    const bytes = readFileSync(file);
    const contentType = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    return { name: path.basename(file), contentType, contentUrl: `data:${contentType};base64,${bytes.toString('base64')}` };
}

async function main(): Promise<void> {
    console.log(`Talking to ${url}. Type your answers; a number picks a button; "/file <path>" sends a document; Ctrl+D quits.`);
    show(await send({ type: 'conversationUpdate', membersAdded: [user] }));
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
    for await (const line of rl) {
        const input = line.trim();
        const pick = /^\d+$/.test(input) && ['choice', 'yesno', 'confirm', undefined].includes(kind) ? buttons[Number(input) - 1] : undefined;
        const activity = input.startsWith('/file ')
            ? { type: 'message', text: '', attachments: [attachmentFrom(input.slice(6).trim())] }
            : { type: 'message', text: pick ?? line };
        show(await send(activity));
    }
}

main().catch((error: unknown) => {
    console.error(`chat: ${error instanceof Error ? error.message : String(error)} (is the bot running? npm start)`);
    process.exit(1);
});
