import type { Request } from 'restify';
import { Urgency } from '../domain/schema.js';
import { isLocale } from '../languages/index.js';
import { queryOf } from './http.js';
import { isApplicationStatus } from './status.js';
import type { InboxQuery } from './store.js';

/** The list filters from the URL; unknown values are dropped rather than searched for. */
export function inboxQuery(req: Request): InboxQuery {
    const q = queryOf(req);
    const search = (q.get('search') ?? '').trim().slice(0, 120);
    const status = q.get('status') ?? '';
    const urgency = q.get('urgency') ?? '';
    const language = q.get('language') ?? '';
    return {
        ...(search ? { search } : {}),
        ...(isApplicationStatus(status) ? { status } : {}),
        ...((Urgency as readonly string[]).includes(urgency) ? { urgency } : {}),
        ...(isLocale(language) ? { language } : {})
    };
}
