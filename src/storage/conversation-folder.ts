import { createHash } from 'node:crypto';
import { chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';

/** One folder per conversation under `root`, named by a hash so a conversation id never becomes a path. */
export function conversationFolder(root: string, conversationId: string): string {
    return path.join(root, createHash('sha256').update(conversationId).digest('hex').slice(0, 32));
}

/** Creates the folder (and `root`) readable by the owner only, also when they already existed. */
export async function ensurePrivateFolder(root: string, folder: string): Promise<void> {
    await mkdir(folder, { recursive: true, mode: 0o700 });
    await chmod(root, 0o700);
    await chmod(folder, 0o700);
}
