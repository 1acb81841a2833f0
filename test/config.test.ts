import { describe, expect, it } from 'vitest';
import { ConfigError, isAuthenticationEnabled, loadConfig } from '../src/config';

describe('configuration', () => {
    it('runs locally with nothing set', () => {
        const config = loadConfig({});
        expect(config.PORT).toBe(3978);
        expect(config.DATA_DIR).toBe('./data');
        expect(isAuthenticationEnabled(config)).toBe(false);
    });

    it('links the privacy notice to this server on its own port unless one is given', () => {
        expect(loadConfig({ PORT: '3979' }).PRIVACY_NOTICE_URL).toBe('http://localhost:3979/privacy');
        expect(loadConfig({ PRIVACY_NOTICE_URL: 'https://example.org/privacy' }).PRIVACY_NOTICE_URL).toBe('https://example.org/privacy');
    });

    it('lists every problem at once', () => {
        try {
            loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', HANDOFF_WEBHOOK_URL: 'https://example.org/h', STAFF_LOCALE: 'it' });
            expect.unreachable();
        } catch (error) {
            expect(error).toBeInstanceOf(ConfigError);
            const problems = (error as ConfigError).problems.join('\n');
            expect(problems).toMatch(/PORT/);
            expect(problems).toMatch(/DATABASE_URL/);
            expect(problems).toMatch(/STAFF_LOCALE/);
        }
    });

    it('refuses production without credentials', () => {
        expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/MicrosoftAppId/);
        expect(loadConfig({ NODE_ENV: 'production', MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw' }).NODE_ENV).toBe('production');
    });

    it('needs a secret for the webhook and an address for e-mail', () => {
        expect(() => loadConfig({ HANDOFF_WEBHOOK_URL: 'https://example.org/h' })).toThrow(/HANDOFF_WEBHOOK_SECRET/);
        expect(() => loadConfig({ SMTP_URL: 'smtp://127.0.0.1:25' })).toThrow(/STAFF_EMAIL/);
    });

    it('turns Telegram on only with a token and its webhook secret, against the public Bot API by default', () => {
        expect(loadConfig({}).TELEGRAM_BOT_TOKEN).toBeUndefined();
        const token = '123456:TEST-token_abcdefghijklmnop';
        expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: token })).toThrow(/TELEGRAM_WEBHOOK_SECRET: required/);
        expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_WEBHOOK_SECRET: 'short' })).toThrow(/TELEGRAM_WEBHOOK_SECRET/);
        expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_WEBHOOK_SECRET: 'has spaces in it, not allowed' })).toThrow(/TELEGRAM_WEBHOOK_SECRET/);
        expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: 'not a token', TELEGRAM_WEBHOOK_SECRET: 'a'.repeat(32) })).toThrow(/TELEGRAM_BOT_TOKEN/);
        const config = loadConfig({ TELEGRAM_BOT_TOKEN: token, TELEGRAM_WEBHOOK_SECRET: 'a'.repeat(32) });
        expect(config.TELEGRAM_API_BASE).toBe('https://api.telegram.org');
        expect(config.TELEGRAM_FLOOD_PER_MINUTE).toBe(40);
    });

    it('reads proxies and rate limits as numbers, with generous defaults and 0 for off', () => {
        const defaults = loadConfig({});
        expect([defaults.TRUST_PROXY, defaults.RATE_LIMIT_WINDOW_SECONDS, defaults.RATE_LIMIT_MESSAGES_PER_CONVERSATION]).toEqual([0, 60, 120]);
        expect(loadConfig({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(1);
        expect(loadConfig({ TRUST_PROXY: '2', RATE_LIMIT_TOKENS_PER_ADDRESS: '0' })).toMatchObject({ TRUST_PROXY: 2, RATE_LIMIT_TOKENS_PER_ADDRESS: 0 });
        expect(() => loadConfig({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY/);
        expect(() => loadConfig({ RATE_LIMIT_UPLOADS_PER_ADDRESS: '-1' })).toThrow(/RATE_LIMIT_UPLOADS_PER_ADDRESS/);
    });

    it('reads attachment hosts as patterns, strict by default, and refuses malformed ones', () => {
        const config = loadConfig({});
        expect(config.ATTACHMENT_HOSTS).toEqual(['*.botframework.com', 'smba.trafficmanager.net', '*.asm.skype.com']);
        expect(config.ATTACHMENT_ALLOW_PRIVATE).toBe(false);
        expect(loadConfig({ ATTACHMENT_HOSTS: ' Files.Example.org:8443, [::1]:3000 ,*.example.com' }).ATTACHMENT_HOSTS).toEqual(['files.example.org:8443', '[::1]:3000', '*.example.com']);
        expect(() => loadConfig({ ATTACHMENT_HOSTS: 'https://files.example.org/' })).toThrow(/ATTACHMENT_HOSTS/);
        expect(() => loadConfig({ ATTACHMENT_HOSTS: '*' })).toThrow(/ATTACHMENT_HOSTS/);
        expect(() => loadConfig({ UPLOAD_MAX_MB: '30', UPLOAD_MAX_REQUEST_MB: '20' })).toThrow(/UPLOAD_MAX_REQUEST_MB/);
    });
});
