import type { IntakeServices } from '../services';
import { SectionDialog } from '../sectionDialog';

/** The "diagnosis" section of intake-spec.md; its fields are listed in src/domain/fields.ts. */
export class DiagnosisSectionDialog extends SectionDialog {
    constructor(services: IntakeServices) {
        super('diagnosis', services);
    }
}
