import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { startServer, type RunningServer } from '../helpers/server';

describe('the widget page’s security headers', () => {
    let server: RunningServer;
    let dataDir: string;
    beforeAll(async () => {
        dataDir = mkdtempSync(path.join(tmpdir(), 'widget-headers-'));
        server = await startServer({ DATA_DIR: dataDir, WIDGET_FRAME_ANCESTORS: "'self' https://www.example.org" });
    });
    afterAll(async () => {
        await server?.stop();
        rmSync(dataDir, { recursive: true, force: true });
    });

    it('allows scripts only from this origin (no inline script), styles with a nonce, framing only by the listed sites', async () => {
        const res = await fetch(`${server.origin}/`);
        expect(res.status).toBe(200);
        const html = await res.text();
        const csp = res.headers.get('content-security-policy') ?? '';
        const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values]));
        const nonce = /'nonce-([^']+)'/.exec(csp)?.[1] ?? '';
        expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
        expect(directives.get('default-src')).toEqual(["'none'"]);
        expect(directives.get('script-src')).toEqual(["'self'"]);
        expect(directives.get('connect-src')).toEqual(["'self'", 'blob:']);
        expect(directives.get('frame-ancestors')).toEqual(["'self'", 'https://www.example.org']);
        expect(directives.get('base-uri')).toEqual(["'none'"]);
        expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:\/\/(?!www\.example\.org)/);
        // Scripts only from files of this origin; the settings are data, not run.
        const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]?.trim());
        expect(scripts).toEqual([`type="application/json" id="widget-settings"`, `src="/webchat.js"`, `src="/widget.js"`]);
        expect(html).toContain(`<style nonce="${nonce}">`);
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
        expect(res.headers.get('referrer-policy')).toBe('no-referrer');
        expect(res.headers.get('cache-control')).toBe('no-store');
        // A new nonce for every page.
        const again = await fetch(`${server.origin}/`);
        expect(again.headers.get('content-security-policy')).not.toContain(nonce);
    });

    it.each(['/webchat.js', '/widget.js', '/launcher.js'])('serves %s with nosniff', async (route) => {
        const res = await fetch(`${server.origin}${route}`, { method: 'GET' });
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
        const source = await res.text();
        expect(source.length).toBeGreaterThan(1000);
        // The launcher carries its button texts in every language.
        if (route === '/launcher.js') expect(source).toMatch(/"ar":\{"open":"افتحوا المحادثة/);
    });
});

describe('WIDGET_FRAME_ANCESTORS', () => {
    it("defaults to 'self' and accepts self/none without quotes (as .env files leave them)", () => {
        expect(loadConfig({}).WIDGET_FRAME_ANCESTORS).toBe("'self'");
        expect(loadConfig({ WIDGET_FRAME_ANCESTORS: 'self  https://www.example.org https://*.example.net:8443' }).WIDGET_FRAME_ANCESTORS).toBe("'self' https://www.example.org https://*.example.net:8443");
        expect(loadConfig({ WIDGET_FRAME_ANCESTORS: 'none' }).WIDGET_FRAME_ANCESTORS).toBe("'none'");
    });

    it('refuses anything that could change the rest of the policy or is not an origin', () => {
        for (const value of ["'self'; script-src *", 'https://example.org/path', '*', "'none' https://example.org", 'https://exa mple.org\r\nX-Evil: 1', "'unsafe-inline'"]) {
            expect(() => loadConfig({ WIDGET_FRAME_ANCESTORS: value }), value).toThrow(/WIDGET_FRAME_ANCESTORS/);
        }
    });
});
