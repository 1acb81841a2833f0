import type { IntakeServices } from '../services';
import { SectionDialog } from '../sectionDialog';

/** The "documents" section of intake-spec.md; its fields are listed in src/domain/fields.ts. */
export class DocumentsSectionDialog extends SectionDialog {
    constructor(services: IntakeServices) {
        super('documents', services);
    }
}
