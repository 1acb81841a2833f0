import type { IntakeServices } from '../services';
import { SectionDialog } from '../sectionDialog';

/** The "child" section of intake-spec.md; its fields are listed in src/domain/fields.ts. */
export class ChildSectionDialog extends SectionDialog {
    constructor(services: IntakeServices) {
        super('child', services);
    }
}
