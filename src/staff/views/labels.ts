import { Urgency } from '../../domain/schema.js';
import { choiceTitle, percentText } from '../../handoff/staff-summary.js';
import type { StaffTexts } from '../../handoff/staff-texts.js';
import { utcTime } from '../../handoff/transcript-render.js';

export { Urgency as URGENCIES };

export const statusLabel = (st: StaffTexts, status: string): string => st.s(`inbox.status.${status}`, { defaultValue: status });
export const urgencyLabel = (st: StaffTexts, urgency: string | null): string => (urgency ? choiceTitle(st.t, 'request.urgency', urgency) : '—');
export const flagLabel = (st: StaffTexts, code: string): string => st.t(`common:flags.${code}`, { defaultValue: code });
export const percent = (st: StaffTexts, score: number | null): string => (score === null ? '—' : percentText(score, st.locale));
export const when = (iso: string | null): string => (iso ? utcTime(iso) : '—');

export function languageLabel(st: StaffTexts, code: string): string {
    try {
        return new Intl.DisplayNames([st.locale], { type: 'language' }).of(code) ?? code;
    } catch {
        return code;
    }
}
