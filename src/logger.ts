import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured logs without personal data: callers log ids, counts and error names, never message
 * text or answers. The redact list is a second line of defence for common field names.
 */
export function createLogger(level: string): Logger {
    return pino({
        level,
        redact: { paths: ['text', '*.text', 'answers', '*.answers', 'email', '*.email', 'phone', '*.phone', 'name', '*.name', 'req.headers.authorization'], censor: '[redacted]' }
    });
}
