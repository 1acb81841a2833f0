import { z } from 'zod';
import { operatorNamesFromEnv } from './i18n/operator';
import { LOCALES } from './languages';

const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
/** Requests per RATE_LIMIT_WINDOW_SECONDS; 0 turns that limit off. */
const rateLimit = (fallback: number) => z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(1_000_000).default(fallback));
/** A CSP frame-ancestors source: 'self' or an origin such as https://www.example.org (nothing that could end the header). */
const FRAME_SOURCE = /^(?:'self'|https?:\/\/(?:\*\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*(?::\d{1,5})?)$/;
/** Space-separated; self and none may be written without quotes (.env files strip them). */
const frameAncestors = (value: unknown) => (typeof value === 'string' && value.trim() !== ''
    ? value.trim().split(/\s+/).map((source) => (/^'?(self|none)'?$/i.test(source) ? `'${source.replace(/'/g, '').toLowerCase()}'` : source)).join(' ')
    : undefined);
/** A number of proxies; true/false read as 1/0. */
const proxyHops = (value: unknown) => (value === 'true' ? 1 : value === 'false' ? 0 : emptyToUndefined(value));
const validFrameAncestors = (value: string) => value === "'none'" || value.split(' ').every((source) => FRAME_SOURCE.test(source));

/** Where Bot Framework channels put parents' files (Direct Line, Web Chat, Teams' inline images). */
export const DEFAULT_ATTACHMENT_HOSTS = '*.botframework.com,smba.trafficmanager.net,*.asm.skype.com';
/** `host`, `*.domain` or `[ipv6]`, with an optional `:port`. */
const HOST_PATTERN = /^(\*\.)?([a-z0-9-]+\.)*[a-z0-9-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/;

/** Every environment variable the bot reads; documented in README.md and .env.example. */
const EnvSchema = z.object({
    NODE_ENV: z.preprocess(emptyToUndefined, z.enum(['development', 'production', 'test']).default('development')),
    PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).default(3978)),
    HOST: z.preprocess(emptyToUndefined, z.string().default('0.0.0.0')),
    LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
    DATA_DIR: z.preprocess(emptyToUndefined, z.string().default('./data')),
    DATABASE_URL: z.preprocess(emptyToUndefined, z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://').optional()),
    MicrosoftAppId: optionalString,
    MicrosoftAppPassword: optionalString,
    MicrosoftAppTenantId: optionalString,
    MicrosoftAppType: z.preprocess(emptyToUndefined, z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant')),
    UNAUTHENTICATED_LOCAL_MODE: z.preprocess(emptyToUndefined, z.enum(['true', 'false']).default('false').transform((value) => value === 'true')),
    /** Optional: without a name every text uses its own unnamed wording (i18next context `unnamed`). */
    OPERATOR_NAME: z.preprocess(emptyToUndefined, z.string().max(100).optional()),
    /** OPERATOR_NAME_EN, OPERATOR_NAME_UK…: the name in one language, one variable per language the bot speaks. */
    ...Object.fromEntries(LOCALES.map((locale) => [`OPERATOR_NAME_${locale.toUpperCase()}`, z.preprocess(emptyToUndefined, z.string().max(100).optional())])),
    /** Default: this server's own /privacy page on PORT. */
    PRIVACY_NOTICE_URL: z.preprocess(emptyToUndefined, z.string().url().optional()),
    /** Where parents reach this server: the base of the download links of their copies. */
    PUBLIC_URL: z.preprocess(emptyToUndefined, z.string().url().regex(/^https?:\/\//, 'must start with http:// or https://').optional()),
    DEFAULT_LOCALE: z.preprocess(emptyToUndefined, z.enum(LOCALES).default('en')),
    STAFF_LOCALE: z.preprocess(emptyToUndefined, z.enum(LOCALES).default('en')),
    RESUME_AFTER_HOURS: z.preprocess(emptyToUndefined, z.coerce.number().positive().default(24)),
    UPLOAD_MAX_MB: z.preprocess(emptyToUndefined, z.coerce.number().positive().max(100).default(20)),
    UPLOAD_MAX_FILES: z.preprocess(emptyToUndefined, z.coerce.number().int().positive().max(50).default(10)),
    UPLOAD_MAX_REQUEST_MB: z.preprocess(emptyToUndefined, z.coerce.number().positive().max(500).default(50)),
    ATTACHMENT_HOSTS: z.preprocess(emptyToUndefined, z.string().default(DEFAULT_ATTACHMENT_HOSTS).transform((value, ctx) => {
        const patterns = value.split(',').map((p) => p.trim().toLowerCase()).filter((p) => p !== '');
        for (const bad of patterns.filter((p) => !HOST_PATTERN.test(p))) ctx.addIssue({ code: 'custom', message: `"${bad}" is not a host pattern (host, *.domain, with an optional :port)` });
        return patterns;
    })),
    ATTACHMENT_ALLOW_PRIVATE: z.preprocess(emptyToUndefined, z.enum(['true', 'false']).default('false')).transform((v) => v === 'true'),
    HANDOFF_WEBHOOK_URL: z.preprocess(emptyToUndefined, z.string().url().optional()),
    HANDOFF_WEBHOOK_SECRET: z.preprocess(emptyToUndefined, z.string().regex(/^whsec_[A-Za-z0-9+/=]+$/, 'must look like whsec_<base64>').optional()),
    SMTP_URL: z.preprocess(emptyToUndefined, z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional()),
    STAFF_EMAIL: z.preprocess(emptyToUndefined, z.string().email().optional()),
    DIRECTLINE_SECRET: z.preprocess(emptyToUndefined, z.string().min(32, 'must be at least 32 characters').optional()),
    DIRECTLINE_SERVICE_URL: z.preprocess(emptyToUndefined, z.string().url().optional()),
    WIDGET_FRAME_ANCESTORS: z.preprocess(
        frameAncestors,
        z.string().refine(validFrameAncestors, "must be 'none', or 'self' and/or origins such as https://www.example.org, separated by spaces").default("'self'")
    ),
    /** Proxies in front of this server whose X-Forwarded-For entries are trusted (0: the socket's address). */
    TRUST_PROXY: z.preprocess(proxyHops, z.coerce.number().int().min(0).max(10).default(0)),
    RATE_LIMIT_WINDOW_SECONDS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(86_400).default(60)),
    RATE_LIMIT_TOKENS_PER_ADDRESS: rateLimit(60),
    RATE_LIMIT_TOKENS_PER_CONVERSATION: rateLimit(20),
    RATE_LIMIT_MESSAGES_PER_ADDRESS: rateLimit(600),
    RATE_LIMIT_MESSAGES_PER_CONVERSATION: rateLimit(120),
    RATE_LIMIT_UPLOADS_PER_ADDRESS: rateLimit(60),
    RATE_LIMIT_UPLOADS_PER_CONVERSATION: rateLimit(20),
    /** Bearer token for GET /metrics; without it /metrics is off. */
    METRICS_TOKEN: z.preprocess(emptyToUndefined, z.string().min(16, 'must be at least 16 characters').regex(/^\S+$/, 'must not contain spaces').optional()),
    /** Telegram (native): off without a token. */
    TELEGRAM_BOT_TOKEN: z.preprocess(emptyToUndefined, z.string().regex(/^\d{1,20}:[A-Za-z0-9_-]{20,100}$/, 'must look like 123456:ABC… (from @BotFather)').optional()),
    /** Sent by Telegram in X-Telegram-Bot-Api-Secret-Token; the same rules as setWebhook's secret_token. */
    TELEGRAM_WEBHOOK_SECRET: z.preprocess(emptyToUndefined, z.string().regex(/^[A-Za-z0-9_-]{16,256}$/, 'must be 16–256 characters of A-Z, a-z, 0-9, _ and -').optional()),
    TELEGRAM_API_BASE: z.preprocess(emptyToUndefined, z.string().url().regex(/^https?:\/\//, 'must start with http:// or https://').default('https://api.telegram.org').transform((v) => v.replace(/\/+$/, ''))),
    /** Updates one Telegram chat may send per minute before the bot asks it to slow down; 0 = no limit. */
    TELEGRAM_FLOOD_PER_MINUTE: rateLimit(40)
}).superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && (!env.MicrosoftAppId || (!env.MicrosoftAppPassword && env.MicrosoftAppType !== 'UserAssignedMSI'))) {
        ctx.addIssue({ code: 'custom', path: ['MicrosoftAppId'], message: 'production needs MicrosoftAppId and MicrosoftAppPassword (refusing to run unauthenticated)' });
    }
    if (env.NODE_ENV === 'production' && env.UNAUTHENTICATED_LOCAL_MODE) {
        ctx.addIssue({ code: 'custom', path: ['UNAUTHENTICATED_LOCAL_MODE'], message: 'is for local development only, not production' });
    }
    if (env.MicrosoftAppType === 'SingleTenant' && env.MicrosoftAppId && !env.MicrosoftAppTenantId) {
        ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: 'required for SingleTenant' });
    }
    if (env.HANDOFF_WEBHOOK_URL && !env.HANDOFF_WEBHOOK_SECRET) {
        ctx.addIssue({ code: 'custom', path: ['HANDOFF_WEBHOOK_SECRET'], message: 'required when HANDOFF_WEBHOOK_URL is set' });
    }
    if (env.UPLOAD_MAX_REQUEST_MB < env.UPLOAD_MAX_MB) {
        ctx.addIssue({ code: 'custom', path: ['UPLOAD_MAX_REQUEST_MB'], message: 'must be at least UPLOAD_MAX_MB' });
    }
    if (env.TELEGRAM_BOT_TOKEN && !env.TELEGRAM_WEBHOOK_SECRET) {
        ctx.addIssue({ code: 'custom', path: ['TELEGRAM_WEBHOOK_SECRET'], message: 'required when TELEGRAM_BOT_TOKEN is set (the webhook is refused without it)' });
    }
    if (env.SMTP_URL && !env.STAFF_EMAIL) {
        ctx.addIssue({ code: 'custom', path: ['STAFF_EMAIL'], message: 'required when SMTP_URL is set' });
    }
}).transform((env) => ({
    ...env,
    OPERATOR_NAMES: operatorNamesFromEnv(env),
    PRIVACY_NOTICE_URL: env.PRIVACY_NOTICE_URL ?? `http://localhost:${env.PORT}/privacy`,
    PUBLIC_URL: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`
}));

export type Config = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {
    constructor(readonly problems: string[]) {
        super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
        this.name = 'ConfigError';
    }
}

/** Parses the environment once at start-up; lists every problem, not just the first. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
    const parsed = EnvSchema.safeParse(env);
    if (parsed.success) return parsed.data;
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`));
}

export function isAuthenticationEnabled(config: Config): boolean {
    return Boolean(config.MicrosoftAppId);
}
