import path from 'node:path';
import { ApplicationSchema, type Application, type UploadedFile } from '../domain/schema.js';
import type { StoredApplication } from '../handoff/application-repository.js';
import type { DeliveryInfo } from '../handoff/outbox.js';
import { conversationFolder } from '../storage/conversation-folder.js';
import type { StaffRouteDeps } from './deps.js';
import type { DetailData } from './views/detail.js';

export interface FoundApplication {
    stored: StoredApplication;
    /** Undefined if the stored JSON does not match the schema any more. */
    app: Application | undefined;
}

export async function findApplication(deps: StaffRouteDeps, reference: string): Promise<FoundApplication | undefined> {
    const stored = await deps.applications.findByReference(reference);
    if (!stored) return undefined;
    const parsed = ApplicationSchema.safeParse(stored.data);
    return { stored, app: parsed.success ? parsed.data : undefined };
}

/** Everything the detail page and GET /staff/api/applications/:reference show. */
export async function loadDetail(deps: StaffRouteDeps, found: FoundApplication): Promise<Omit<DetailData, 'notice' | 'error' | 'coordination'>> {
    const { stored } = found;
    const [deliveries, transcriptHtml, history, conversation] = await Promise.all([
        deps.handoff.deliveriesFor(stored.id),
        deps.handoff.transcripts.renderHtml(stored.conversationId),
        deps.store.statusHistory(stored.id),
        deps.conversations.get(stored.conversationId)
    ]);
    return { ...found, deliveries, transcriptHtml, history, conversation };
}

/** Retries one of this application's deliveries; undefined when the id belongs to another application. */
export async function retryDelivery(deps: StaffRouteDeps, stored: StoredApplication, deliveryId: string): Promise<{ retried: boolean; delivery: DeliveryInfo } | undefined> {
    const delivery = (await deps.handoff.deliveriesFor(stored.id)).find((d) => d.id === deliveryId);
    if (!delivery) return undefined;
    const retried = await deps.handoff.retryNow(deliveryId);
    return { retried, delivery };
}

/** The file of an upload listed in the application, where UploadService stored it; never a path from the request. */
export function uploadPath(deps: StaffRouteDeps, found: FoundApplication, fileId: string): { file: UploadedFile; path: string } | undefined {
    const file = found.app?.documents.files?.find((f) => f.id === fileId);
    if (!file || !/^[0-9a-f-]{36}$/i.test(file.id)) return undefined;
    return { file, path: path.join(conversationFolder(deps.uploadsDir, found.stored.conversationId), file.id) };
}

export function attachmentDisposition(name: string): string {
    const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\;]/g, '_');
    return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
