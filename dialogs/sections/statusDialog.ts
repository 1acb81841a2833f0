import type { IntakeServices } from '../services';
import { SectionDialog } from '../sectionDialog';

/** The "status" section of intake-spec.md; its fields are listed in src/domain/fields.ts. */
export class StatusSectionDialog extends SectionDialog {
    constructor(services: IntakeServices) {
        super('status', services);
    }
}
