import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Response } from 'restify';
import { ApplicationSchema, type Application, type UploadedFile } from '../domain/schema.js';
import type { StoredApplication } from '../handoff/application-repository.js';
import type { DeliveryInfo } from '../handoff/outbox.js';
import type { StaffTexts } from '../handoff/staff-texts.js';
import type { TranscriptFileLink } from '../handoff/transcript-render.js';
import { conversationFolder } from '../storage/conversation-folder.js';
import type { StaffRouteDeps } from './deps.js';
import { securityHeaders } from './http.js';
import type { DetailData } from './views/detail.js';
import type { FileLink } from './views/intake-facts.js';
import { applicationPath, fileSize } from './views/labels.js';

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

/** Download links for uploaded files, under `base` (an application's or a conversation's page). */
export function fileLinks(st: StaffTexts, files: readonly UploadedFile[], base: string): FileLink[] {
    return files.map((f) => ({ name: f.name, contentType: f.contentType, size: fileSize(st, f.size), href: `${base}/files/${encodeURIComponent(f.id)}` }));
}

/** The transcript names files "name (type)": those at hand link to their download. */
export function transcriptFileLink(links: readonly FileLink[]): TranscriptFileLink {
    return (attachment) => {
        const name = attachment.replace(/ \([^()]*\)$/, '');
        const link = links.find((l) => l.name === name);
        return link && { href: link.href, size: link.size };
    };
}

/** Everything the detail page and GET /staff/api/applications/:reference show. */
export async function loadDetail(deps: StaffRouteDeps, found: FoundApplication): Promise<Omit<DetailData, 'notice' | 'error' | 'coordination'>> {
    const { stored } = found;
    const links = fileLinks(deps.st, found.app?.documents.files ?? [], applicationPath(stored.reference));
    const [deliveries, transcriptHtml, history, conversation] = await Promise.all([
        deps.handoff.deliveriesFor(stored.id),
        deps.handoff.transcripts.renderHtml(stored.conversationId, transcriptFileLink(links)),
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

/** The file of an upload listed in the application or the draft, where UploadService stored it; never a path from the request. */
export function uploadPath(deps: StaffRouteDeps, conversationId: string, files: readonly UploadedFile[] | undefined, fileId: string): { file: UploadedFile; path: string } | undefined {
    const file = files?.find((f) => f.id === fileId);
    if (!file || !/^[0-9a-f-]{36}$/i.test(file.id)) return undefined;
    return { file, path: path.join(conversationFolder(deps.uploadsDir, conversationId), file.id) };
}

/** Streams an uploaded file as a download; false when it is gone from disk. */
export async function sendUpload(res: Response, target: { file: UploadedFile; path: string } | undefined): Promise<boolean> {
    const size = target && (await stat(target.path).then((st) => (st.isFile() ? st.size : undefined), () => undefined));
    if (!target || size === undefined) return false;
    res.writeHead(200, {
        ...securityHeaders(), 'content-type': target.file.contentType, 'content-length': String(size), 'content-disposition': attachmentDisposition(target.file.name)
    });
    await new Promise<void>((resolve) => {
        const stream = createReadStream(target.path);
        stream.on('error', () => {
            res.destroy();
            resolve();
        });
        res.on('close', resolve);
        stream.pipe(res);
    });
    return true;
}

export function attachmentDisposition(name: string): string {
    const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\;]/g, '_');
    return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
