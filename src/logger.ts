import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured logs without personal data: callers log ids, counts and error names, never message
 * text or answers. The redact list is a second line of defence for common field names; not
 * `name`, which would hide every error's name.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
    return pino({
        level,
        redact: { paths: ['text', '*.text', 'answers', '*.answers', 'email', '*.email', 'phone', '*.phone', 'firstName', '*.firstName', 'contact', '*.contact', 'fileName', '*.fileName', 'req.headers.authorization'], censor: '[redacted]' }
    }, destination);
}
