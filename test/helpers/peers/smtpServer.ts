import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpPeer {
    /** smtp://127.0.0.1:<port> (plain, no auth: loopback only). */
    url: string;
    /** Accepted messages, parsed, in arrival order. */
    messages: ParsedMail[];
    /** Number of messages refused so far. */
    refused(): number;
    /** The next `count` messages are refused with this reply code (default 550). */
    refuseNext(count: number, code?: number): void;
    close(): Promise<void>;
}

/** A real SMTP server (smtp-server) on an ephemeral loopback port that parses what it receives. */
export async function startSmtpServer(): Promise<SmtpPeer> {
    const messages: ParsedMail[] = [];
    const refusals: number[] = [];
    let refusedCount = 0;
    const server = new SMTPServer({
        disabledCommands: ['AUTH', 'STARTTLS'],
        authOptional: true,
        logger: false,
        onData(stream, _session, callback) {
            const chunks: Buffer[] = [];
            stream.on('data', (chunk: Buffer) => chunks.push(chunk));
            stream.on('end', () => {
                const code = refusals.shift();
                if (code !== undefined) {
                    refusedCount += 1;
                    callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: code }));
                    return;
                }
                simpleParser(Buffer.concat(chunks)).then(
                    (mail) => {
                        messages.push(mail);
                        callback();
                    },
                    (err: unknown) => callback(err instanceof Error ? err : new Error('parse failed'))
                );
            });
        }
    });
    await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.server.address() as AddressInfo;
    return {
        url: `smtp://127.0.0.1:${port}`,
        messages,
        refused: () => refusedCount,
        refuseNext: (count, code = 550) => {
            for (let i = 0; i < count; i++) refusals.push(code);
        },
        close: () => new Promise<void>((resolve) => server.close(() => resolve()))
    };
}
