import type { Request, Response, Server } from 'restify';
import { toFhirBundle } from '../handoff/fhir.js';
import { TakeoverError } from '../handoff/takeover.js';
import { attachmentDisposition, fileLinks, findApplication, loadDetail, retryDelivery, sendUpload, transcriptFileLink, uploadPath } from './applications.js';
import type { StaffRouteDeps } from './deps.js';
import { errorPage, guarded, localizedError } from './guard.js';
import { loadCoordination } from './routes-coordination.js';
import { field, newNonce, param, redirect, safeBack, securityHeaders, sendHtml, sendJson } from './http.js';
import { conversationFacts, conversationsInProgress, loadConversationFacts } from './intake-progress.js';
import { inboxQuery } from './query.js';
import { StatusTransitionError, changeApplicationStatus } from './status.js';
import type { SessionRecord } from './store.js';
import { conversationPage, detailPage } from './views/detail.js';
import { applicationPath, conversationPath, listPage } from './views/list.js';

const NOTICES: Record<string, string> = {
    status_changed: 'inbox.status.changed',
    retried: 'inbox.detail.retried',
    not_retried: 'inbox.detail.notRetried',
    taken_over: 'inbox.takeover.started',
    sent: 'inbox.takeover.sent',
    handed_back: 'inbox.takeover.handedBack',
    emergency_cleared: 'inbox.attention.cleared',
    assigned: 'inbox.coordination.assignedNotice',
    unassigned: 'inbox.coordination.unassignedNotice',
    note_added: 'inbox.coordination.noteAdded'
};

export const withNotice = (path: string, code: string, extra = '') => `${path}${path.includes('?') ? '&' : '?'}notice=${code}${extra}`;

/** Server-rendered pages: list, detail, conversation, downloads, and the form posts behind them. */
export function mountPageRoutes(server: Server, deps: StaffRouteDeps): void {
    const s = deps.st.s;
    const ctx = (session: SessionRecord) => ({ st: deps.st, nonce: newNonce(), session });
    const notice = (req: Request) => {
        const code = new URL(req.url ?? '/', 'http://localhost').searchParams.get('notice') ?? '';
        const to = new URL(req.url ?? '/', 'http://localhost').searchParams.get('to') ?? '';
        const key = NOTICES[code];
        return key ? s(key, { to: s(`inbox.status.${to}`, { defaultValue: '' }) }) : undefined;
    };
    const notFound = (res: Response, session: SessionRecord) => errorPage(deps, res, 404, s('inbox.errors.notFound'), session);

    server.get('/staff', guarded(deps, 'page', async (req, res, session) => {
        const query = inboxQuery(req);
        const [rows, attention, failing, inProgress] = await Promise.all([
            deps.store.searchApplications(query), deps.conversations.listNeedingAttention(), deps.store.failingDeliveries(), conversationsInProgress(deps)
        ]);
        const [assigned, facts] = await Promise.all([
            Promise.all(attention.map(async (a) => [a.conversationId, await deps.coordination.assignment(a.conversationId)] as const)),
            loadConversationFacts(deps.store, attention)
        ]);
        const assignments = new Map(assigned.flatMap(([id, a]) => (a ? [[id, a] as const] : [])));
        const c = ctx(session);
        const n = notice(req);
        const progress = { rows: inProgress, facts, now: deps.clock() };
        sendHtml(res, 200, listPage(c, { rows, query, attention, assignments, failing, progress, ...(n ? { notice: n } : {}) }), c.nonce);
    }));

    const showDetail = async (req: Request, res: Response, session: SessionRecord, status = 200, error?: string) => {
        const found = await findApplication(deps, param(req, 'reference'));
        if (!found) return notFound(res, session);
        const [data, coordination] = await Promise.all([loadDetail(deps, found), loadCoordination(deps, found.stored.conversationId)]);
        const c = ctx(session);
        const n = notice(req);
        sendHtml(res, status, detailPage(c, session, { ...data, coordination, ...(n && !error ? { notice: n } : {}), ...(error ? { error } : {}) }), c.nonce);
    };

    server.get('/staff/applications/:reference', guarded(deps, 'page', (req, res, session) => showDetail(req, res, session)));

    server.post('/staff/applications/:reference/status', guarded(deps, 'page', async (req, res, session) => {
        const found = await findApplication(deps, param(req, 'reference'));
        if (!found) return notFound(res, session);
        try {
            const change = await changeApplicationStatus(deps.store, found.stored, field(req.body, 'status'), session.username, deps.clock());
            deps.logger.info({ event: 'staff.status_changed', account: session.accountId, applicationId: found.stored.id, from: change.from, to: change.to }, 'application status changed');
            redirect(res, withNotice(applicationPath(found.stored.reference), 'status_changed', `&to=${change.to}`));
        } catch (err) {
            if (!(err instanceof StatusTransitionError)) throw err;
            await showDetail(req, res, session, err.code === 'unknown_status' ? 400 : 409, localizedError(deps, err));
        }
    }));

    server.post('/staff/applications/:reference/deliveries/:deliveryId/retry', guarded(deps, 'page', async (req, res, session) => {
        const found = await findApplication(deps, param(req, 'reference'));
        const outcome = found && (await retryDelivery(deps, found.stored, param(req, 'deliveryId')));
        if (!found || !outcome) return notFound(res, session);
        if (outcome.retried) deps.logger.info({ event: 'staff.retry_now', account: session.accountId, deliveryId: outcome.delivery.id }, 'delivery retry requested');
        redirect(res, withNotice(applicationPath(found.stored.reference), outcome.retried ? 'retried' : 'not_retried'));
    }));

    server.get('/staff/applications/:reference/export.json', guarded(deps, 'page', async (req, res, session) => {
        const found = await findApplication(deps, param(req, 'reference'));
        if (!found) return notFound(res, session);
        sendJson(res, 200, found.stored.data, { 'content-disposition': attachmentDisposition(`application-${found.stored.reference}.json`) });
    }));

    server.get('/staff/applications/:reference/fhir.json', guarded(deps, 'page', async (req, res, session) => {
        const found = await findApplication(deps, param(req, 'reference'));
        if (!found?.app) return notFound(res, session);
        const body = JSON.stringify(toFhirBundle(found.app), null, 2);
        res.writeHead(200, {
            ...securityHeaders(), 'content-type': 'application/fhir+json; charset=utf-8', 'content-length': String(Buffer.byteLength(body)),
            'content-disposition': attachmentDisposition(`fhir-${found.stored.reference}.json`)
        });
        res.end(body);
    }));

    server.get('/staff/applications/:reference/files/:fileId', guarded(deps, 'page', async (req, res, session) => {
        const found = await findApplication(deps, param(req, 'reference'));
        const target = found && uploadPath(deps, found.stored.conversationId, found.app?.documents.files, param(req, 'fileId'));
        if (!(await sendUpload(res, target))) return notFound(res, session);
    }));

    // Documents of an intake not sent yet: taken from the bot's draft, as listed on the conversation page.
    server.get('/staff/conversations/:conversationId/files/:fileId', guarded(deps, 'page', async (req, res, session) => {
        const conversation = await deps.conversations.get(param(req, 'conversationId'));
        const facts = conversation && (await loadConversationFacts(deps.store, [conversation])).get(conversation.conversationId);
        const target = conversation && uploadPath(deps, conversation.conversationId, facts?.files, param(req, 'fileId'));
        if (!(await sendUpload(res, target))) return notFound(res, session);
    }));

    server.get('/staff/conversations/:conversationId', guarded(deps, 'page', async (req, res, session) => {
        const conversation = await deps.conversations.get(param(req, 'conversationId'));
        if (!conversation) return notFound(res, session);
        const facts = (await loadConversationFacts(deps.store, [conversation])).get(conversation.conversationId) ?? conversationFacts(conversation, undefined);
        const sent = facts.submitted && (await findApplication(deps, facts.submitted.reference));
        const files = [
            ...fileLinks(deps.st, facts.files, conversationPath(conversation.conversationId)),
            ...(sent ? fileLinks(deps.st, sent.app?.documents.files ?? [], applicationPath(sent.stored.reference)) : [])
        ];
        const [transcriptHtml, coordination] = await Promise.all([
            deps.handoff.transcripts.renderHtml(conversation.conversationId, transcriptFileLink(files)), loadCoordination(deps, conversation.conversationId)
        ]);
        const c = ctx(session);
        const n = notice(req);
        const intake = { facts, files, now: deps.clock() };
        sendHtml(res, 200, conversationPage(c, session, { conversation, transcriptHtml, coordination, intake, back: conversationPath(conversation.conversationId), ...(n ? { notice: n } : {}) }), c.nonce);
    }));

    const takeoverAction = (name: string, run: (conversationId: string, req: Request, session: SessionRecord) => Promise<string>) =>
        server.post(`/staff/conversations/:conversationId/${name}`, guarded(deps, 'page', async (req, res, session) => {
            const conversationId = param(req, 'conversationId');
            const back = safeBack(field(req.body, 'back'), conversationPath(conversationId));
            const code = await run(conversationId, req, session);
            redirect(res, withNotice(back, code));
        }));
    takeoverAction('takeover', async (id, _req, session) => {
        await deps.takeover.startTakeover(id, session.username);
        return 'taken_over';
    });
    takeoverAction('messages', async (id, req, session) => {
        await deps.takeover.sendToParent(id, field(req.body, 'text'), session.username);
        return 'sent';
    });
    takeoverAction('handback', async (id, _req, session) => {
        await deps.takeover.handBack(id, session.username);
        return 'handed_back';
    });
    takeoverAction('emergency-seen', async (id, _req, session) => {
        if (!(await deps.conversations.get(id))) throw new TakeoverError('POST emergency-seen', 'not_found', 'unknown conversation');
        if (await deps.conversations.clearEmergency(id)) deps.logger.info({ event: 'staff.emergency_cleared', account: session.accountId }, 'emergency marked as dealt with');
        return 'emergency_cleared';
    });
}
