import type { Storage, StoreItems } from 'botbuilder';

/** botbuilder Storage plus the extras the bot needs ("delete my data", shutdown). */
export interface ManagedStorage extends Storage {
    /** write(), resolving to the new eTag of every key written (for callers that write again). */
    writeWithEtags(changes: StoreItems): Promise<Record<string, string>>;
    /** Deletes every item whose key starts with `prefix`; resolves to the number of items removed. */
    deleteByPrefix(prefix: string): Promise<number>;
    /** Releases the connection(s) this instance owns. Safe to call twice. */
    close(): Promise<void>;
}

/** Thrown when a write carries an eTag that no longer matches the stored item. */
export class EtagConflictError extends Error {
    readonly key: string;

    constructor(where: string, key: string) {
        super(`${where}: error writing "${key}" due to eTag conflict.`);
        this.name = 'EtagConflictError';
        this.key = key;
    }
}

/** A database failure, carrying only the driver's error code. */
export class DatabaseError extends Error {
    readonly code: string | undefined;

    constructor(where: string, code: string | undefined) {
        super(`${where}: database error${code ? ` (${code})` : ''}`);
        this.name = 'DatabaseError';
        this.code = code;
    }
}

export function errorCode(err: unknown): string | undefined {
    if (typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string') {
        return err.code;
    }
    return undefined;
}

/**
 * Driver messages and details can quote row values (this is children's health data), so they
 * are replaced by a prefixed error carrying only the code. Our own errors pass through.
 */
export function toDatabaseError(where: string, err: unknown): Error {
    if (err instanceof EtagConflictError || err instanceof DatabaseError) return err;
    // Errors without a driver code are programming errors (RangeError, TypeError): name them.
    return new DatabaseError(where, errorCode(err) ?? (err instanceof Error ? err.name : undefined));
}
