import type { IntakeServices } from '../services';
import { SectionDialog } from '../sectionDialog';

/** The "consent" section of intake-spec.md; its fields are listed in src/domain/fields.ts. */
export class ConsentSectionDialog extends SectionDialog {
    constructor(services: IntakeServices) {
        super('consent', services);
    }
}
