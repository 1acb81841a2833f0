import { languagePack } from '../languages/index.js';
import type { Application } from '../domain/schema.js';
import type { ErasureEvent } from './erasure.js';
import { escapeHtml, htmlLines } from './html.js';
import type { HandoffEvent } from './payload.js';
import { percentText, subjectLine, staffFieldLabel, summarySections } from './staff-summary.js';
import type { StaffTexts } from './staff-texts.js';
import { renderTranscriptText, transcriptLabels, utcTime } from './transcript-render.js';

export interface StaffEmail {
    subject: string;
    text: string;
    html: string;
    attachments: { filename: string; content: string; contentType: string }[];
}

/**
 * The staff e-mail, in the staff language, rendered from the codes: summary, flags (their stored
 * messages), completeness and missing fields. Attached: the transcript (text) and the
 * application JSON exactly as stored. Free text appears as the parent typed it.
 */
export function renderStaffEmail(event: HandoffEvent, app: Application, st: StaffTexts): StaffEmail {
    const { s, locale } = st;
    const sections = summarySections(app, st);
    const missing = app.completeness.missing.map((path) => staffFieldLabel(st, path));
    const flags = app.flags.map((f) => f.message);
    const meta: [string, string][] = [
        [s('email.submitted'), utcTime(app.submittedAt)],
        [s('email.language'), languageName(app.locale, locale)],
        [s('email.channel'), app.channel]
    ];
    const completeness = s('email.completeness', { percent: percentText(app.completeness.score, locale) });
    const list = (items: string[]) => (items.length > 0 ? items.map((i) => `- ${i}`).join('\n') : s('email.none'));
    const text = [
        s('email.title', { reference: app.reference }),
        meta.map(([k, v]) => `${k}: ${v}`).join('\n'),
        `${s('email.summary')}\n\n${sections.map((sec) => [sec.title, ...sec.lines.map((l) => `${l.label}: ${l.value}`)].join('\n')).join('\n\n')}`,
        `${s('email.flags')}\n${list(flags)}`,
        `${completeness}\n${s('email.missing')}\n${list(missing)}`,
        s('email.attached')
    ].join('\n\n');

    const htmlList = (items: string[]) =>
        items.length > 0 ? `<ul>${items.map((i) => `<li>${htmlLines(i)}</li>`).join('')}</ul>` : `<p>${escapeHtml(s('email.none'))}</p>`;
    const rows = (pairs: [string, string][]) =>
        pairs.map(([k, v]) => `<tr><th style="text-align:start;vertical-align:top">${escapeHtml(k)}</th><td dir="auto">${htmlLines(v)}</td></tr>`).join('\n');
    const dir = languagePack(locale).direction;
    const html = [
        `<!doctype html><html lang="${locale}" dir="${dir}"><head><meta charset="utf-8"><title>${escapeHtml(subjectLine(app, st))}</title></head><body>`,
        `<h1>${escapeHtml(s('email.title', { reference: app.reference }))}</h1>`,
        `<table>${rows(meta)}</table>`,
        `<h2>${escapeHtml(s('email.summary'))}</h2>`,
        ...sections.map((sec) => `<h3>${escapeHtml(sec.title)}</h3>\n<table>${rows(sec.lines.map((l) => [l.label, l.value]))}</table>`),
        `<h2>${escapeHtml(s('email.flags'))}</h2>`,
        htmlList(flags),
        `<h2>${escapeHtml(completeness)}</h2>`,
        `<h3>${escapeHtml(s('email.missing'))}</h3>`,
        htmlList(missing),
        `<p>${escapeHtml(s('email.attached'))}</p>`,
        '</body></html>'
    ].join('\n');

    return {
        subject: subjectLine(app, st),
        text,
        html,
        attachments: [
            {
                filename: `transcript-${app.reference}.txt`,
                content: renderTranscriptText(event.data.transcript.map((item, i) => ({ seq: i + 1, ...item })), transcriptLabels(st)),
                contentType: 'text/plain; charset=utf-8'
            },
            {
                filename: `application-${app.reference}.json`,
                content: `${JSON.stringify(event.data.application, null, 2)}\n`,
                contentType: 'application/json; charset=utf-8'
            }
        ]
    };
}

/** The notice that an application was erased, so staff delete their copies; no attachments, no personal data. */
export function renderErasureEmail(event: ErasureEvent, st: StaffTexts): StaffEmail {
    const { s, locale } = st;
    const reference = event.data.reference;
    const meta: [string, string][] = [
        [s('erasure.reference'), reference],
        [s('erasure.erasedAt'), utcTime(event.data.erasedAt)]
    ];
    const paragraphs = [s('erasure.explanation'), s('erasure.action', { reference }), s('erasure.noPersonalData')];
    const title = s('erasure.title', { reference });
    const dir = languagePack(locale).direction;
    return {
        subject: s('erasure.subject', { reference }),
        text: [title, meta.map(([k, v]) => `${k}: ${v}`).join('\n'), ...paragraphs].join('\n\n'),
        html: [
            `<!doctype html><html lang="${locale}" dir="${dir}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>`,
            `<h1>${escapeHtml(title)}</h1>`,
            `<table>${meta.map(([k, v]) => `<tr><th style="text-align:start">${escapeHtml(k)}</th><td dir="auto">${escapeHtml(v)}</td></tr>`).join('\n')}</table>`,
            ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
            '</body></html>'
        ].join('\n'),
        attachments: []
    };
}

function languageName(code: string, locale: string): string {
    try {
        return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
    } catch {
        return code;
    }
}
