import { Urgency } from '../../domain/schema.js';
import { choiceTitle, percentText } from '../../handoff/staff-summary.js';
import type { StaffTexts } from '../../handoff/staff-texts.js';
import { utcTime } from '../../handoff/transcript-render.js';

export { Urgency as URGENCIES };

export const applicationPath = (reference: string): string => `/staff/applications/${encodeURIComponent(reference)}`;
export const conversationPath = (conversationId: string): string => `/staff/conversations/${encodeURIComponent(conversationId)}`;

export const statusLabel = (st: StaffTexts, status: string): string => st.s(`inbox.status.${status}`, { defaultValue: status });
export const urgencyLabel = (st: StaffTexts, urgency: string | null): string => (urgency ? choiceTitle(st.t, 'request.urgency', urgency) : '—');
export const flagLabel = (st: StaffTexts, code: string): string => st.t(`common:flags.${code}`, { defaultValue: code });
export const percent = (st: StaffTexts, score: number | null): string => (score === null ? '—' : percentText(score, st.locale));
export const when = (iso: string | null): string => (iso ? utcTime(iso) : '—');

/** "120 kB" in the staff language. */
export const fileSize = (st: StaffTexts, bytes: number): string =>
    new Intl.NumberFormat(st.locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1024)));

export function languageLabel(st: StaffTexts, code: string): string {
    try {
        return new Intl.DisplayNames([st.locale], { type: 'language' }).of(code) ?? code;
    } catch {
        return code;
    }
}
