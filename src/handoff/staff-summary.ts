import { SECTION_ORDER, type Answers, type Application } from '../domain/schema.js';
import type { Translate } from '../i18n/i18n.js';
import type { Locale } from '../languages/index.js';
import { FIELDS } from '../domain/fields.js';
import { summaryLines, type SummaryLine } from '../intake/summary.js';
import type { StaffTexts } from './staff-texts.js';

/** The application's sections as the answers object the summary renderer reads. */
export function answersOf(app: Application): Answers {
    const answers: Record<string, unknown> = {};
    for (const section of SECTION_ORDER) answers[section] = app[section];
    return answers as Answers;
}

export interface SummarySection {
    title: string;
    lines: SummaryLine[];
}

/**
 * Answered and skipped fields in the staff language, grouped by section, in intake order; then
 * the parent's own words where no code fits (asWritten) and beside answers they were not sure of
 * (unsure), quoted as typed.
 */
export function summarySections(app: Application, st: StaffTexts): SummarySection[] {
    const sections: SummarySection[] = [];
    for (const parentLine of summaryLines(answersOf(app), st.locale, st.t)) {
        const line = { ...parentLine, label: staffFieldLabel(st, parentLine.field), value: staffValue(app, st, parentLine) };
        const last = sections[sections.length - 1];
        if (last && last.lines[0]?.section === line.section) last.lines.push(line);
        else sections.push({ title: sectionTitle(st, line.section), lines: [line] });
    }
    const quoted = (entries: readonly { field: string; text: string }[] | undefined) => (entries ?? []).flatMap((entry): SummaryLine[] => {
        const field = FIELDS.find((f) => f.path === entry.field);
        return field ? [{ section: field.section, field: field.path, label: staffFieldLabel(st, field.path), value: `“${entry.text}”` }] : [];
    });
    const asWritten = quoted(app.asWritten);
    if (asWritten.length > 0) sections.push({ title: st.s('email.asWritten'), lines: asWritten });
    const unsure = quoted(app.unsure);
    if (unsure.length > 0) sections.push({ title: st.s('email.unsure'), lines: unsure });
    return sections;
}

/** Plain text: a heading per section and one "label: value" line per field. Free text stays as typed. */
export function summaryText(app: Application, st: StaffTexts): string {
    return summarySections(app, st)
        .map((section) => [section.title, ...section.lines.map((l) => `${l.label}: ${l.value}`)].join('\n'))
        .join('\n\n');
}

/** A section's title for staff (staff.json where the parent's wording speaks to the parent). */
export function sectionTitle(st: StaffTexts, section: string): string {
    return st.s(`summary.sections.${section}`, { defaultValue: st.t(`intake:sections.${section}`) });
}

/** Whole years at `at` ("9 yrs", "9 J", "9 л."), or months under one year. */
export function ageText(birthDate: string, at: Date, locale: Locale): string | undefined {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
    if (!match) return undefined;
    const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    let months = (at.getUTCFullYear() - y) * 12 + (at.getUTCMonth() + 1 - m);
    if (at.getUTCDate() < d) months -= 1;
    if (months < 0) return undefined;
    const [value, unit] = months < 12 ? [months, 'month'] : [Math.floor(months / 12), 'year'];
    return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }).format(value);
}

export function choiceTitle(t: Translate, path: string, value: string | undefined): string {
    if (value === undefined) return '—';
    return t(`intake:fields.${path}.choices.${value}`, { defaultValue: value });
}

export function fieldLabelOrPath(t: Translate, path: string): string {
    return t(`intake:fields.${path}.label`, { defaultValue: path });
}

/** A field's label for staff: staff.json summary.fields where the parent's wording speaks to the parent ("Your name"). */
export function staffFieldLabel(st: StaffTexts, path: string): string {
    return st.s(`summary.fields.${path}`, { defaultValue: fieldLabelOrPath(st.t, path) });
}

/** The birth date with the child's age when the application was sent ("2016-04-02 (9 yrs)"). */
function staffValue(app: Application, st: StaffTexts, line: SummaryLine): string {
    if (line.field !== 'child.birthDate') return line.value;
    const age = ageText(app.child.birthDate, new Date(app.submittedAt), st.locale);
    return age ? st.s('summary.birthDateWithAge', { date: line.value, age }) : line.value;
}

/** "[K7Q-4M2] Application: 9 yrs, ALL (…), urgency: As soon as possible" in the staff language. */
export function subjectLine(app: Application, st: StaffTexts): string {
    return st.s('email.subject', {
        reference: app.reference,
        age: ageText(app.child.birthDate, new Date(app.submittedAt), st.locale) ?? st.s('email.ageUnknown'),
        diagnosis: choiceTitle(st.t, 'diagnosis.leukemiaType', app.diagnosis.leukemiaType),
        urgency: choiceTitle(st.t, 'request.urgency', app.request.urgency)
    });
}

export function percentText(score: number, locale: Locale): string {
    return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(score);
}
