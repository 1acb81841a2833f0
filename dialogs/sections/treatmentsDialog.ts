import type { IntakeServices } from '../services';
import { SectionDialog } from '../sectionDialog';

/** The "treatments" section of intake-spec.md; its fields are listed in src/domain/fields.ts. */
export class TreatmentsSectionDialog extends SectionDialog {
    constructor(services: IntakeServices) {
        super('treatments', services);
    }
}
