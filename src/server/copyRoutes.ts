import type { Request, Response, Server } from 'restify';
import type { ApplicationRepository } from '../handoff/application-repository';
import { escapeHtml, htmlPage } from '../handoff/html';
import { COPY_LINK_HOURS, COPY_PATH, type ParentCopies } from '../handoff/parent-copies';
import { validApplication } from '../handoff/payload';
import type { TranscriptStore } from '../handoff/transcript';
import type { Texts } from '../i18n/i18n';
import { copyLocale, renderParentCopy, renderParentTranscript } from '../intake/parentCopy';
import { isLocale, languagePack, type Locale } from '../languages';

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
        if (resolved.status === 'unknown') return sendNotice(res, 404, deps.fallbackLocale, 'linkUnknown');
        const { link } = resolved;
        const locale = isLocale(link.locale) ? link.locale : deps.fallbackLocale;
        if (resolved.status === 'expired') return sendNotice(res, 410, locale, 'linkExpired');
        const stored = await deps.applications.findByReference(link.reference);
        if (!stored || stored.conversationId !== link.conversationId) return sendNotice(res, 404, locale, 'linkUnknown');
        const t = deps.texts.t(locale);
        if (link.kind === 'transcript') {
            return send(res, 200, renderParentTranscript(await deps.transcripts.transcriptFor(link.conversationId), stored.reference, { t, locale }));
        }
        const app = validApplication('GET /copies', stored.data);
        const appLocale = copyLocale(app, locale);
        return send(res, 200, renderParentCopy(app, { t: deps.texts.t(appLocale), locale: appLocale, responseTime: deps.responseTime(appLocale) }).html);
    });

    /** A link that no longer opens anything says so, and what to do, in a few words; nothing of the family. */
    function sendNotice(res: Response, status: number, locale: Locale, key: 'linkUnknown' | 'linkExpired'): void {
        const text = deps.texts.t(locale)(`common:copy.${key}`, { hours: COPY_LINK_HOURS });
        send(res, status, htmlPage(locale, languagePack(locale).direction, text, `<p>${escapeHtml(text)}</p>`));
    }
}

function send(res: Response, status: number, html: string): void {
    res.writeHead(status, { ...PAGE_HEADERS, 'content-length': Buffer.byteLength(html) });
    res.end(html);
}
