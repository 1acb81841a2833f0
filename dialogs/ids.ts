/** Dialog ids: one constant each, so a typo is a compile error rather than a silent new dialog. */
export const ROOT_DIALOG = 'root';
export const ROOT_WATERFALL = 'root.waterfall';
export const INTAKE_DIALOG = 'intake';
export const INTAKE_WATERFALL = 'intake.waterfall';
export const IDLE_DIALOG = 'idle';
export const ASK_FIELD_DIALOG = 'askField';
export const REVIEW_DIALOG = 'review';
export const sectionDialogId = (section: string) => `section.${section}`;
