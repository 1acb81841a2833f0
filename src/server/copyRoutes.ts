import type { Request, Response, Server } from 'restify';
import type { ApplicationRepository } from '../handoff/application-repository';
import { COPY_PATH, type ParentCopies } from '../handoff/parent-copies';
import { validApplication } from '../handoff/payload';
import type { TranscriptStore } from '../handoff/transcript';
import type { Texts } from '../i18n/i18n';
import { copyLocale, renderParentCopy, renderParentTranscript } from '../intake/parentCopy';
import { isLocale, type Locale } from '../languages';

export interface CopyRouteDeps {
    copies: ParentCopies;
    applications: Pick<ApplicationRepository, 'findByReference'>;
    transcripts: Pick<TranscriptStore, 'transcriptFor'>;
    texts: Texts;
    responseTime: (locale: Locale) => string;
    fallbackLocale: Locale;
}

// A page of one family's data: never cached, indexed, framed or sent on as a referrer; no scripts at all.
const PAGE_HEADERS = {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'x-robots-tag': 'noindex'
};

/** GET /copies/<token>: the parent's application summary or transcript; 404 unknown (or erased), 410 expired. */
export function mountCopyRoutes(server: Server, deps: CopyRouteDeps): void {
    server.get(`${COPY_PATH}/:token`, async (req: Request, res: Response) => {
        const resolved = await deps.copies.resolve(String(req.params.token ?? ''));
        if (resolved.status !== 'ok') return send(res, resolved.status === 'expired' ? 410 : 404, '');
        const { link } = resolved;
        const stored = await deps.applications.findByReference(link.reference);
        if (!stored || stored.conversationId !== link.conversationId) return send(res, 404, '');
        const locale = isLocale(link.locale) ? link.locale : deps.fallbackLocale;
        const t = deps.texts.t(locale);
        if (link.kind === 'transcript') {
            return send(res, 200, renderParentTranscript(await deps.transcripts.transcriptFor(link.conversationId), stored.reference, { t, locale }));
        }
        const app = validApplication('GET /copies', stored.data);
        const appLocale = copyLocale(app, locale);
        return send(res, 200, renderParentCopy(app, { t: deps.texts.t(appLocale), locale: appLocale, responseTime: deps.responseTime(appLocale) }).html);
    });
}

function send(res: Response, status: number, html: string): void {
    res.writeHead(status, { ...PAGE_HEADERS, 'content-length': Buffer.byteLength(html) });
    res.end(html);
}
