import { EventEmitter } from 'node:events';

/** Why the inbox changed; the stream carries only this (no names, no text), the page reloads its lists. */
export type InboxChange = 'person' | 'takeover' | 'emergency' | 'application' | 'assignment';

export type InboxListener = (change: InboxChange) => void;

/**
 * In-process signal to every open inbox tab that "needs attention" or the application list
 * changed. Same single-instance assumption as TakeoverEvents.
 */
export class InboxEvents {
    private readonly emitter = new EventEmitter();

    constructor() {
        // One listener per open inbox tab: not a leak.
        this.emitter.setMaxListeners(0);
    }

    emit(change: InboxChange): void {
        this.emitter.emit('change', change);
    }

    /** Returns the unsubscribe function. */
    subscribe(listener: InboxListener): () => void {
        this.emitter.on('change', listener);
        return () => {
            this.emitter.off('change', listener);
        };
    }
}
