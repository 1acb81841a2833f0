import type { Logger } from 'pino';
import type { ApplicationRepository } from '../handoff/application-repository.js';
import type { ConversationStore } from '../handoff/conversation-directory.js';
import type { Handoff } from '../handoff/index.js';
import type { StaffTexts } from '../handoff/staff-texts.js';
import type { TakeoverService } from '../handoff/takeover.js';
import type { StaffAuth } from './auth.js';
import type { CoordinationStore } from './coordination.js';
import type { CookieSecurity } from './env.js';
import type { InboxEvents } from './inbox-events.js';
import type { StaffStore } from './store.js';

/** Everything the /staff routes use; createStaff() builds it. */
export interface StaffRouteDeps {
    auth: StaffAuth;
    store: StaffStore;
    applications: Pick<ApplicationRepository, 'findByReference'>;
    handoff: Pick<Handoff, 'transcripts' | 'deliveriesFor' | 'retryNow'>;
    takeover: TakeoverService;
    /** "Needs attention" or the application list changed (the inbox page's live updates). */
    inboxEvents: InboxEvents;
    /** Assignments, internal notes, display names. */
    coordination: CoordinationStore;
    conversations: Pick<ConversationStore, 'get' | 'listNeedingAttention' | 'listActiveSince' | 'clearEmergency'>;
    /** Staff-facing texts in STAFF_LOCALE. */
    st: StaffTexts;
    /** DATA_DIR/uploads (see src/intake/uploads.ts). */
    uploadsDir: string;
    cookieSecure: CookieSecurity;
    /** TRUST_PROXY: how many proxies' X-Forwarded-For entries name the client. */
    trustProxy: number;
    sessionHours: number;
    logger: Pick<Logger, 'info' | 'warn' | 'error'>;
    clock: () => Date;
    /** Keep-alive interval of the event stream (default 25 s). */
    sseKeepAliveMs?: number;
}
