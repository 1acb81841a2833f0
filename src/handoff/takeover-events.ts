import { EventEmitter } from 'node:events';
import type { TakeoverStatus } from './conversation-directory.js';

/** What the inbox's live view hears about one conversation. */
export type TakeoverEvent =
    | { type: 'parent_message'; conversationId: string; text: string; at: string }
    | { type: 'staff_message'; conversationId: string; text: string; at: string; staffUser: string }
    | { type: 'status'; conversationId: string; status: TakeoverStatus; takenBy: string | null; at: string };

export type TakeoverListener = (event: TakeoverEvent) => void;

// Prefixed so no conversation id can collide with EventEmitter's special 'error' event.
const key = (conversationId: string) => `conversation:${conversationId}`;
const ALL = 'all';

/**
 * In-process fan-out of takeover events. With several instances behind a load balancer the
 * parent's turn and the coordinator's event stream may land on different instances; PostgreSQL
 * LISTEN/NOTIFY (one channel, the event as JSON payload) could replace this class then. Not
 * implemented: one instance, or sticky sessions for /staff, are assumed.
 */
export class TakeoverEvents {
    private readonly emitter = new EventEmitter();

    constructor() {
        // Every open inbox tab is a listener; the default limit of 10 is a leak warning, not a cap.
        this.emitter.setMaxListeners(0);
    }

    emit(event: TakeoverEvent): void {
        this.emitter.emit(key(event.conversationId), event);
        this.emitter.emit(ALL, event);
    }

    /** Events of one conversation; returns the unsubscribe function. */
    subscribe(conversationId: string, listener: TakeoverListener): () => void {
        return this.on(key(conversationId), listener);
    }

    /** Events of every conversation (e.g. a live list). */
    subscribeAll(listener: TakeoverListener): () => void {
        return this.on(ALL, listener);
    }

    private on(name: string, listener: TakeoverListener): () => void {
        this.emitter.on(name, listener);
        return () => {
            this.emitter.off(name, listener);
        };
    }
}
