import { createInterface } from 'node:readline/promises';
import { hashPassword } from './passwords.js';

/**
 * Prints the encoded scrypt hash of a password for STAFF_USERS ("alice:<printed hash>").
 * The password is read from standard input (one line), so it stays out of the shell history.
 */
async function main(): Promise<number> {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: process.stdin.isTTY === true });
    if (process.stdin.isTTY) process.stderr.write('Password: ');
    let password = '';
    for await (const line of rl) {
        password = line;
        break;
    }
    rl.close();
    if (password.length < 12) {
        process.stderr.write('hash-password: use at least 12 characters\n');
        return 2;
    }
    process.stdout.write(`${await hashPassword(password)}\n`);
    return 0;
}

main().then((code) => process.exit(code), (error: unknown) => {
    process.stderr.write(`hash-password: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
});
