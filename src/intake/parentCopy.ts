import type { Application, PreferredChannel } from '../domain/schema';
import { answersOf } from '../handoff/staff-summary';
import { escapeHtml, htmlLines, htmlPage } from '../handoff/html';
import { renderTranscriptHtml, type TranscriptLabels } from '../handoff/transcript-render';
import type { TranscriptEntry } from '../handoff/transcript';
import type { Translate } from '../i18n/i18n';
import { isLocale, languagePack, type Locale } from '../languages';
import { summarySections } from './summary';

/** The operator's promise in the parent's language: "A coordinator will contact you within … by WhatsApp." */
export function nextStepsText(t: Translate, responseTime: string, channel: (typeof PreferredChannel)[number]): string {
    return t('common:copy.nextSteps', { responseTime, channel: t(`common:copy.via.${channel}`) });
}

export interface ParentCopy {
    subject: string;
    text: string;
    html: string;
}

export interface ParentCopyContext {
    t: Translate;
    locale: Locale;
    /** The operator's response time in this language (config/operator.json). */
    responseTime: string;
}

/** The application's own language, or the fallback when it was stored under another. */
export function copyLocale(app: Pick<Application, 'locale'>, fallback: Locale): Locale {
    return isLocale(app.locale) ? app.locale : fallback;
}

/**
 * What the parent told us, in their words and language: the answers by section, the reference and
 * what happens next. Nothing for staff only (flags, completeness, notes as written).
 */
export function renderParentCopy(app: Application, { t, locale, responseTime }: ParentCopyContext): ParentCopy {
    const sections = summarySections(answersOf(app), locale, t);
    const title = t('common:copy.title', { reference: app.reference });
    const intro = t('common:copy.intro', { reference: app.reference });
    const next = nextStepsText(t, responseTime, app.contact.preferredChannel);
    const text = [
        t('common:copy.greeting', { name: app.contact.name }),
        intro,
        ...sections.map((s) => [s.title, ...s.lines.map((l) => `- ${l.label}: ${l.value}`)].join('\n')),
        next
    ].join('\n\n');
    const body = [
        `<h1>${escapeHtml(title)}</h1>`,
        `<p>${escapeHtml(intro)}</p>`,
        ...sections.map((s) => `<h2>${escapeHtml(s.title)}</h2>\n<table>${s.lines
            .map((l) => `<tr><th>${escapeHtml(l.label)}</th><td dir="auto">${htmlLines(l.value)}</td></tr>`).join('\n')}</table>`),
        `<p>${escapeHtml(next)}</p>`
    ].join('\n');
    return { subject: t('common:copy.subject', { reference: app.reference }), text, html: htmlPage(locale, languagePack(locale).direction, title, body) };
}

/** The conversation as the parent saw it, with "You" and "Assistant". */
export function renderParentTranscript(entries: readonly TranscriptEntry[], reference: string, { t, locale }: Pick<ParentCopyContext, 't' | 'locale'>): string {
    const labels: TranscriptLabels = {
        title: t('common:copy.transcript.title', { reference }),
        empty: t('common:copy.transcript.empty'),
        roles: { parent: t('common:copy.transcript.parent'), bot: t('common:copy.transcript.bot'), staff: t('common:copy.transcript.staff') },
        attachments: t('common:copy.transcript.attachments'),
        actions: t('common:copy.transcript.actions'),
        repeated: (at) => t('common:copy.transcript.repeated', { at })
    };
    return htmlPage(locale, languagePack(locale).direction, labels.title, `<h1>${escapeHtml(labels.title)}</h1>\n${renderTranscriptHtml(entries, labels)}`);
}
