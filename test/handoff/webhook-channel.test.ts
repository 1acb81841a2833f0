import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { WebhookChannel, parseRetryAfter } from '../../src/handoff/webhook-channel.js';
import { T0 } from './helpers/fixtures.js';

describe('WebhookChannel', () => {
    const key = randomBytes(32);
    const secret = `whsec_${key.toString('base64')}`;

    it('signs "<id>.<timestamp>.<body>" with HMAC-SHA256 of the decoded secret, as the spec says', async () => {
        const seen: { url: string; init: RequestInit }[] = [];
        const fakeFetch: typeof fetch = async (url, init) => {
            seen.push({ url: String(url), init: init ?? {} });
            return new Response(null, { status: 202 });
        };
        const channel = new WebhookChannel({ url: 'https://staff.example.org/hook', secret, fetch: fakeFetch });
        const body = '{"type":"application.submitted","data":{"x":"é"}}';
        expect(await channel.deliver({ deliveryId: 'b7e1a0de-0000-4000-8000-000000000001', body, sentAt: T0 })).toEqual({ ok: true });
        const headers = seen[0]?.init.headers as Record<string, string>;
        const timestamp = String(T0.getTime() / 1000);
        const expected = createHmac('sha256', key).update(`b7e1a0de-0000-4000-8000-000000000001.${timestamp}.${body}`).digest('base64');
        expect(headers).toMatchObject({
            'content-type': 'application/json',
            'webhook-id': 'b7e1a0de-0000-4000-8000-000000000001',
            'webhook-timestamp': timestamp,
            'webhook-signature': `v1,${expected}`
        });
        expect(seen[0]?.init).toMatchObject({ method: 'POST', body, redirect: 'manual' });
    });

    it('maps answers to short codes', async () => {
        const answer = (status: number, headers: Record<string, string> = {}) =>
            new WebhookChannel({ url: 'http://127.0.0.1:9/x', secret, fetch: async () => new Response('secret body', { status, headers }) })
                .deliver({ deliveryId: 'id', body: '{}', sentAt: T0 });
        expect(await answer(200)).toEqual({ ok: true });
        expect(await answer(299)).toEqual({ ok: true });
        expect(await answer(301, { location: '/x' })).toEqual({ ok: false, error: 'redirect' });
        expect(await answer(410)).toEqual({ ok: false, error: 'http_410', permanent: true });
        expect(await answer(503, { 'retry-after': '120' })).toEqual({ ok: false, error: 'http_503', retryAfterMs: 120_000 });
        expect(await answer(404)).toEqual({ ok: false, error: 'http_404' });
    });

    it('rejects bad configuration early', () => {
        expect(() => new WebhookChannel({ url: 'ftp://x', secret })).toThrow('WebhookChannel(): url must be http(s)');
        expect(() => new WebhookChannel({ url: 'https://x', secret: 'plain' })).toThrow('WebhookChannel(): secret must start with whsec_');
    });

    it('reads Retry-After as seconds or an HTTP date', () => {
        expect(parseRetryAfter('30', T0)).toBe(30_000);
        expect(parseRetryAfter(new Date(T0.getTime() + 90_000).toUTCString(), T0)).toBe(90_000);
        expect(parseRetryAfter('soon', T0)).toBeUndefined();
        expect(parseRetryAfter(null, T0)).toBeUndefined();
    });
});
