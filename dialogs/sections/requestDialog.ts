import type { IntakeServices } from '../services';
import { SectionDialog } from '../sectionDialog';

/** The "request" section of intake-spec.md; its fields are listed in src/domain/fields.ts. */
export class RequestSectionDialog extends SectionDialog {
    constructor(services: IntakeServices) {
        super('request', services);
    }
}
