import { randomUUID } from 'node:crypto';
import type { StoreItem, StoreItems } from 'botbuilder';
import { toStorableJson } from './json.js';

/** One item of a write batch, validated and serialised before any database work starts. */
export interface PreparedChange {
    key: string;
    /** JSON of the item without its eTag (the eTag lives in its own column). */
    json: string;
    /** undefined = unconditional write ('*' or no eTag), as in MemoryStorage. */
    expectedEtag: string | undefined;
}

// Random rather than a counter: several instances (processes) may share one database.
export function newEtag(): string {
    return randomUUID();
}

export function requireKeys(where: string, keys: unknown): string[] {
    if (!Array.isArray(keys) || keys.some((key) => typeof key !== 'string')) {
        throw new Error(`${where}: keys must be an array of strings`);
    }
    return keys as string[];
}

/**
 * Validates and serialises a batch. Sorted by key so concurrent batches lock rows in the same
 * order (no deadlocks in PostgreSQL). The caller's objects are never mutated.
 */
export function prepareChanges(where: string, changes: StoreItems): PreparedChange[] {
    if (typeof changes !== 'object' || changes === null) {
        throw new Error(`${where}: changes are required`);
    }
    return Object.keys(changes)
        .sort()
        .map((key) => prepareChange(where, key, changes[key]));
}

function prepareChange(where: string, key: string, item: StoreItem | undefined): PreparedChange {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        throw new Error(`${where}: item "${key}" must be an object`);
    }
    const { eTag, ...rest } = item;
    let json: string | undefined;
    try {
        json = toStorableJson(rest);
    } catch {
        // Deliberately not echoing the cause: it may quote the item's contents.
        json = undefined;
    }
    if (json === undefined) throw new Error(`${where}: item "${key}" is not JSON-serialisable`);
    // Same rule as MemoryStorage: a falsy eTag or '*' means "last writer wins".
    const expectedEtag = eTag && eTag !== '*' ? String(eTag) : undefined;
    return { key, json, expectedEtag };
}

/** Rebuilds the StoreItem a reader sees: stored data plus the current eTag. */
export function toStoreItem(data: unknown, etag: string): StoreItem {
    const base = typeof data === 'object' && data !== null && !Array.isArray(data) ? data : {};
    return { ...base, eTag: etag };
}

export function requirePrefix(where: string, prefix: unknown): string {
    // An empty prefix would wipe every conversation: refuse rather than guess.
    if (typeof prefix !== 'string' || prefix.length === 0) {
        throw new Error(`${where}: prefix must be a non-empty string`);
    }
    return prefix;
}
