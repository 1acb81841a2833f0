import { applicableFields, getAnswer } from '../domain/draft';
import type { FieldSpec } from '../domain/fields';
import type { Answers, SectionId, UploadedFile } from '../domain/schema';
import type { Translate } from '../i18n/i18n';
import { isolate, type Locale } from '../languages';
import { choiceOptions, fieldKey, fieldLabel } from './options';

// Left-to-right runs (codes, e-mail, numbers) inside Arabic text are isolated so they render in order.
function formatMonth(value: string, locale: Locale): string {
    const [y, m] = value.split('-').map(Number) as [number, number];
    return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, 1));
}

function formatDate(value: string, locale: Locale): string {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));
}

const regionName = (code: string, locale: Locale) => new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
const languageName = (code: string, locale: Locale) => new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;

function choiceTitle(spec: FieldSpec, value: string, t: Translate): string {
    return choiceOptions(spec, t).find((o) => o.value === value)?.title ?? value;
}

/** One answer in words of the given language; codes never leak to the parent. */
export function formatAnswer(spec: FieldSpec, value: unknown, locale: Locale, t: Translate): string {
    if (value === undefined) return t('common:summary.skipped');
    if (value === 'unknown' || (Array.isArray(value) && value.length === 1 && value[0] === 'unknown' && spec.kind !== 'multichoice')) {
        return t('common:summary.unknown');
    }
    // "العربية والإنجليزية", "Russisch und Englisch": the language's own way of joining a list.
    const list = (values: string[], one: (v: string) => string) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(values.map(one));
    switch (spec.kind) {
        case 'yesno':
            return t(value === true ? 'common:yesno.yes' : 'common:yesno.no');
        case 'choice':
            return choiceTitle(spec, value as string, t);
        case 'multichoice':
            return list(value as string[], (v) => choiceTitle(spec, v, t));
        case 'date':
            return formatDate(value as string, locale);
        case 'month':
            return formatMonth(value as string, locale);
        case 'number': {
            const unit = spec.unit === 'kg' ? 'kilogram' : spec.unit === 'cm' ? 'centimeter' : undefined;
            return new Intl.NumberFormat(locale, unit ? { style: 'unit', unit } : {}).format(value as number);
        }
        case 'country':
            return regionName(value as string, locale);
        case 'countries':
            return (value as string[]).length === 0 ? t('common:summary.noPreference') : list(value as string[], (v) => regionName(v, locale));
        case 'languages':
            return list(value as string[], (v) => languageName(v, locale));
        case 'attachment':
            return t('common:summary.files', { count: (value as UploadedFile[]).length });
        case 'email':
        case 'phone':
            return isolate(locale, String(value));
        default:
            return String(value);
    }
}

export interface SummaryLine {
    section: SectionId;
    field: FieldSpec['path'];
    label: string;
    value: string;
}

/** Every applicable answered field (consent excluded), in intake order. */
export function summaryLines(answers: Answers, locale: Locale, t: Translate): SummaryLine[] {
    return applicableFields(answers)
        .filter((spec) => spec.section !== 'consent')
        .map((spec) => ({
            section: spec.section,
            field: spec.path,
            label: fieldLabel(spec.path, t),
            value: formatAnswer(spec, getAnswer(answers, spec.path), locale, t)
        }));
}

export interface SummarySection {
    title: string;
    lines: SummaryLine[];
}

/** The answers grouped under their sections' titles, in the parent's words. */
export function summarySections(answers: Answers, locale: Locale, t: Translate): SummarySection[] {
    const sections: (SummarySection & { id: SectionId })[] = [];
    for (const line of summaryLines(answers, locale, t)) {
        let section = sections[sections.length - 1];
        if (section?.id !== line.section) {
            section = { id: line.section, title: t(`intake:sections.${line.section}`), lines: [] };
            sections.push(section);
        }
        section.lines.push(line);
    }
    return sections.map(({ title, lines }) => ({ title, lines }));
}

/**
 * The review text: sections as bold headings, each answer a "- label: value" list item, so that
 * Web Chat's markdown shows one answer per line and a plain-text channel reads the same text.
 */
export function renderSummary(answers: Answers, locale: Locale, t: Translate): string {
    const sections = summarySections(answers, locale, t).map((s) => `**${s.title}**\n${s.lines.map((l) => `- ${l.label}: ${l.value}`).join('\n')}`);
    return [t('common:summary.title'), ...sections].join('\n\n');
}

export { fieldKey };
