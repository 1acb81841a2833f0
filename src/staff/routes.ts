import type { Server } from 'restify';
import type { StaffRouteDeps } from './deps.js';
import { mountApiRoutes } from './routes-api.js';
import { mountAuthRoutes } from './routes-auth.js';
import { mountCoordinationRoutes } from './routes-coordination.js';
import { mountPageRoutes, withNotice } from './routes-pages.js';

export type { StaffRouteDeps } from './deps.js';

/**
 * Mounts the staff inbox on the bot's restify server: pages under /staff, JSON under /staff/api.
 * Pass the object createStaff() returns.
 */
export function mountStaffRoutes(server: Server, deps: StaffRouteDeps): void {
    mountAuthRoutes(server, deps);
    mountApiRoutes(server, deps);
    mountPageRoutes(server, deps);
    mountCoordinationRoutes(server, deps, withNotice);
}
