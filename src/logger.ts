import pino, { type Logger } from 'pino';
import { currentRequestContext } from './observability/requestContext';

export type { Logger };

/**
 * Structured logs without personal data: callers log ids, counts and error names, never message
 * text or answers. The redact list is a second line of defence for common field names; not
 * `name`, which would hide every error's name. Lines written while a request is handled carry its
 * request_id, trace_id and span_id (OpenTelemetry's field names).
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
    return pino({
        level,
        mixin: () => ({ ...currentRequestContext() }),
        redact: { paths: ['text', '*.text', 'answers', '*.answers', 'email', '*.email', 'phone', '*.phone', 'firstName', '*.firstName', 'contact', '*.contact', 'fileName', '*.fileName', 'req.headers.authorization'], censor: '[redacted]' }
    }, destination);
}

/** An error as logs may show it: its name and call frames, not its message (which can quote what a parent wrote). */
export function errorForLog(error: unknown): { name: string; stack?: string } {
    if (!(error instanceof Error)) return { name: typeof error };
    const frames = error.stack?.split('\n').filter((line) => /^\s+at /.test(line)).join('\n');
    return { name: error.name, ...(frames ? { stack: frames } : {}) };
}
