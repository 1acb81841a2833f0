import type { IntakeServices } from '../services';
import { SectionDialog } from '../sectionDialog';

/** The "contact" section of intake-spec.md; its fields are listed in src/domain/fields.ts. */
export class ContactSectionDialog extends SectionDialog {
    constructor(services: IntakeServices) {
        super('contact', services);
    }
}
