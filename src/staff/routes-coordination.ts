import type { Request, Response, Server } from 'restify';
import { TakeoverError } from '../handoff/takeover.js';
import { CoordinationInputError, checkedDisplayName, checkedNote, parentFacingName, type Assignment, type InternalNote } from './coordination.js';
import type { StaffRouteDeps } from './deps.js';
import { guarded } from './guard.js';
import { field, newNonce, param, redirect, safeBack, sendHtml, sendJson } from './http.js';
import type { SessionRecord } from './store.js';
import { conversationPath } from './views/attention.js';
import { profilePage, type CoordinationView } from './views/coordination.js';

/** Who can be assigned: the STAFF_USERS accounts, else the accounts in the database. */
export async function staffUsernames(deps: StaffRouteDeps): Promise<string[]> {
    const configured = deps.auth.configuredUsernames();
    return configured.length > 0 ? [...configured] : deps.coordination.storedUsernames();
}

export async function loadCoordination(deps: StaffRouteDeps, conversationId: string): Promise<CoordinationView> {
    const [assignment, notes, usernames] = await Promise.all([
        deps.coordination.assignment(conversationId), deps.coordination.notes(conversationId), staffUsernames(deps)
    ]);
    return { conversationId, assignment, notes, usernames };
}

/** What the JSON API shows of a conversation's coordination (not the account list). */
export async function coordinationJson(deps: StaffRouteDeps, conversationId: string): Promise<{ assignment: Assignment | null; notes: InternalNote[] }> {
    const [assignment, notes] = await Promise.all([deps.coordination.assignment(conversationId), deps.coordination.notes(conversationId)]);
    return { assignment: assignment ?? null, notes };
}

/** Assignment and internal notes (form posts, back to the page they came from), and the coordinator's display name. */
export function mountCoordinationRoutes(server: Server, deps: StaffRouteDeps, withNotice: (path: string, code: string) => string): void {
    const s = deps.st.s;
    /** The same operation as a form post (redirect back with a notice) and as JSON (the conversation's assignment and notes). */
    const action = (name: string, run: (conversationId: string, body: unknown, session: SessionRecord) => Promise<string>) => {
        const checked = async (req: Request, session: SessionRecord) => {
            const conversationId = param(req, 'conversationId');
            if (!(await deps.conversations.get(conversationId))) throw new TakeoverError(`POST ${name}`, 'not_found', 'unknown conversation');
            return { conversationId, code: await run(conversationId, req.body, session) };
        };
        server.post(`/staff/conversations/:conversationId/${name}`, guarded(deps, 'page', async (req, res, session) => {
            const { conversationId, code } = await checked(req, session);
            redirect(res, withNotice(safeBack(field(req.body, 'back'), conversationPath(conversationId)), code));
        }));
        server.post(`/staff/api/conversations/:conversationId/${name}`, guarded(deps, 'api', async (req, res, session) => {
            const { conversationId } = await checked(req, session);
            sendJson(res, 200, await coordinationJson(deps, conversationId));
        }));
    };

    action('assign', async (conversationId, body, session) => {
        const wanted = field(body, 'assignee').trim();
        const assignee = wanted === '' ? null : (await staffUsernames(deps)).find((u) => u.toLowerCase() === wanted.toLowerCase());
        if (assignee === undefined) throw new CoordinationInputError('POST assign', 'unknown_assignee', 'no such staff account');
        await deps.coordination.assign(conversationId, assignee, session.username, deps.clock());
        deps.logger.info({ event: assignee ? 'staff.assigned' : 'staff.unassigned', account: session.accountId }, 'conversation assignment changed');
        deps.inboxEvents.emit('assignment');
        return assignee ? 'assigned' : 'unassigned';
    });

    action('notes', async (conversationId, body, session) => {
        await deps.coordination.addNote(conversationId, session.username, checkedNote('POST notes', field(body, 'text')), deps.clock());
        deps.logger.info({ event: 'staff.note_added', account: session.accountId }, 'internal note added');
        return 'note_added';
    });

    const showProfile = async (res: Response, session: SessionRecord, status: number, outcome: { notice?: string; error?: string } = {}) => {
        const nonce = newNonce();
        const displayName = await deps.coordination.displayName(session.username);
        const shownAs = await parentFacingName(deps.coordination, session.username);
        sendHtml(res, status, profilePage({ st: deps.st, nonce, session }, session, { displayName, shownAs, ...outcome }), nonce);
    };
    server.get('/staff/profile', guarded(deps, 'page', (_req, res, session) => showProfile(res, session, 200)));
    server.post('/staff/profile', guarded(deps, 'page', async (req, res, session) => {
        let name: string | null;
        try {
            name = checkedDisplayName('POST /staff/profile', field(req.body, 'displayName'));
        } catch (err) {
            if (!(err instanceof CoordinationInputError)) throw err;
            return showProfile(res, session, 400, { error: s(`inbox.coordination.errors.${err.code}`) });
        }
        await deps.coordination.setDisplayName(session.username, name, deps.clock());
        await showProfile(res, session, 200, { notice: s('inbox.profile.saved') });
    }));
}
