import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { HttpConversation, startServer, type RunningServer } from '../helpers/server';

describe('with Bot Framework credentials', () => {
    let dataDir: string;
    let server: RunningServer;

    beforeAll(async () => {
        dataDir = mkdtempSync(path.join(tmpdir(), 'intake-auth-'));
        server = await startServer({ DATA_DIR: dataDir, MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'synthetic-test-password' });
    });
    afterAll(async () => {
        await server?.stop();
        rmSync(dataDir, { recursive: true, force: true });
    });

    it('refuses a request without a token with 401, quietly and without the error text', async () => {
        const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
        try {
            const chat = new HttpConversation(server.origin, 'en');
            for (const authorization of [undefined, 'Bearer not-a-jwt', 'Basic YWRtaW46YWRtaW4=']) {
                const response = await fetch(`${server.origin}/api/messages`, {
                    method: 'POST',
                    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
                    body: JSON.stringify({ type: 'message', text: 'hello', channelId: 'directline', serviceUrl: 'https://directline.botframework.com/', conversation: { id: chat.conversationId }, from: { id: 'p' }, recipient: { id: 'b' } })
                });
                expect(response.status).toBe(401);
                expect(await response.text()).not.toMatch(/at |Error:|Unauthorized Access/);
            }
            expect(printed).not.toHaveBeenCalled();
            expect(warned).not.toHaveBeenCalled();
        } finally {
            printed.mockRestore();
            warned.mockRestore();
        }
    });
});
