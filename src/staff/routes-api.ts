import type { Response, Server } from 'restify';
import { toFhirBundle } from '../handoff/fhir.js';
import { staffFieldLabel, summarySections } from '../handoff/staff-summary.js';
import { findApplication, loadDetail, retryDelivery, type FoundApplication } from './applications.js';
import type { StaffRouteDeps } from './deps.js';
import { apiError, guarded } from './guard.js';
import { coordinationJson } from './routes-coordination.js';
import { field, param, sendJson } from './http.js';
import { inboxQuery } from './query.js';
import { streamConversation, streamInbox } from './sse.js';
import { allowedNextStatuses, changeApplicationStatus } from './status.js';
import { INBOX_EVENTS_PATH } from './views/inbox-live.js';
import { flagLabel } from './views/labels.js';

/** JSON under /staff/api: the same operations as the pages, for scripts and tests (cookie + X-CSRF-Token). */
export function mountApiRoutes(server: Server, deps: StaffRouteDeps): void {
    const s = deps.st.s;
    const notFound = (res: Response) => apiError(res, 404, 'not_found', s('inbox.errors.notFound'));
    const withApplication = (handler: (found: FoundApplication, ...rest: Parameters<Parameters<typeof guarded>[2]>) => Promise<void>) =>
        guarded(deps, 'api', async (req, res, session) => {
            const found = await findApplication(deps, param(req, 'reference'));
            if (!found) return notFound(res);
            await handler(found, req, res, session);
        });

    server.get('/staff/api/applications', guarded(deps, 'api', async (req, res) => {
        sendJson(res, 200, { applications: await deps.store.searchApplications(inboxQuery(req)) });
    }));

    server.get('/staff/api/applications/:reference', withApplication(async (found, _req, res) => {
        const detail = await loadDetail(deps, found);
        const { stored, app } = found;
        const transcript = await deps.handoff.transcripts.transcriptFor(stored.conversationId);
        sendJson(res, 200, {
            application: { id: stored.id, reference: stored.reference, status: stored.status, submittedAt: stored.submittedAt, locale: stored.locale, channel: stored.channel, conversationId: stored.conversationId, data: stored.data },
            allowedStatuses: allowedNextStatuses(stored.status),
            summary: app ? summarySections(app, deps.st).map((sec) => ({ title: sec.title, lines: sec.lines.map((l) => ({ field: l.field, label: l.label, value: l.value })) })) : null,
            flags: (app?.flags ?? []).map((f) => ({ code: f.code, label: flagLabel(deps.st, f.code) })),
            completeness: app ? { score: app.completeness.score, missing: app.completeness.missing.map((p) => ({ field: p, label: staffFieldLabel(deps.st, p) })) } : null,
            uploads: (app?.documents.files ?? []).map((f) => ({ ...f, url: `/staff/applications/${encodeURIComponent(stored.reference)}/files/${encodeURIComponent(f.id)}` })),
            deliveries: detail.deliveries,
            history: detail.history,
            transcript,
            conversation: detail.conversation ? { takeoverStatus: detail.conversation.takeoverStatus, takenBy: detail.conversation.takenBy, takenAt: detail.conversation.takenAt } : null
        });
    }));

    server.post('/staff/api/applications/:reference/status', withApplication(async (found, req, res, session) => {
        const change = await changeApplicationStatus(deps.store, found.stored, field(req.body, 'status'), session.username, deps.clock());
        deps.logger.info({ event: 'staff.status_changed', account: session.accountId, applicationId: found.stored.id, from: change.from, to: change.to }, 'application status changed');
        sendJson(res, 200, change);
    }));

    server.post('/staff/api/applications/:reference/deliveries/:deliveryId/retry', withApplication(async (found, req, res, session) => {
        const outcome = await retryDelivery(deps, found.stored, param(req, 'deliveryId'));
        if (!outcome) return notFound(res);
        if (!outcome.retried) return sendJson(res, 409, { error: 'not_retryable', message: s('inbox.detail.notRetried'), delivery: outcome.delivery });
        deps.logger.info({ event: 'staff.retry_now', account: session.accountId, deliveryId: outcome.delivery.id }, 'delivery retry requested');
        sendJson(res, 200, { retried: true });
    }));

    server.get('/staff/api/applications/:reference/fhir', withApplication(async (found, _req, res) => {
        if (!found.app) return apiError(res, 409, 'invalid_application', 'the stored application does not match the schema');
        sendJson(res, 200, toFhirBundle(found.app), { 'content-type': 'application/fhir+json; charset=utf-8' });
    }));

    server.get('/staff/api/conversations', guarded(deps, 'api', async (_req, res) => {
        const conversations = await deps.conversations.listNeedingAttention();
        sendJson(res, 200, { conversations: conversations.map(({ reference: _reference, ...rest }) => rest) });
    }));

    server.get('/staff/api/conversations/:conversationId', guarded(deps, 'api', async (req, res) => {
        const conversation = await deps.conversations.get(param(req, 'conversationId'));
        if (!conversation) return notFound(res);
        const { reference: _reference, ...rest } = conversation;
        const [transcript, coordination] = await Promise.all([deps.handoff.transcripts.transcriptFor(conversation.conversationId), coordinationJson(deps, conversation.conversationId)]);
        sendJson(res, 200, { conversation: rest, transcript, ...coordination });
    }));

    server.get(INBOX_EVENTS_PATH, guarded(deps, 'api', (req, res) => streamInbox(deps, req, res)));

    server.get('/staff/api/conversations/:conversationId/events', guarded(deps, 'api', async (req, res) => {
        const conversationId = param(req, 'conversationId');
        if (!(await deps.conversations.get(conversationId))) return notFound(res);
        await streamConversation(deps, req, res, conversationId);
    }));

    server.post('/staff/api/conversations/:conversationId/takeover', guarded(deps, 'api', async (req, res, session) => {
        const record = await deps.takeover.startTakeover(param(req, 'conversationId'), session.username);
        sendJson(res, 200, { takeoverStatus: record.takeoverStatus, takenBy: record.takenBy, takenAt: record.takenAt });
    }));

    server.post('/staff/api/conversations/:conversationId/messages', guarded(deps, 'api', async (req, res, session) => {
        await deps.takeover.sendToParent(param(req, 'conversationId'), field(req.body, 'text'), session.username);
        sendJson(res, 200, { sent: true });
    }));

    server.post('/staff/api/conversations/:conversationId/handback', guarded(deps, 'api', async (req, res, session) => {
        const record = await deps.takeover.handBack(param(req, 'conversationId'), session.username);
        sendJson(res, 200, { takeoverStatus: record.takeoverStatus });
    }));
}
