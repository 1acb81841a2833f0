import type { OperatorNames } from '../../src/i18n/operator';

/** The operator in every language unless a test sets its own names (or none). */
export const TEST_OPERATOR: OperatorNames = { en: 'Test Care', de: 'Test Care', ru: 'Test Care', ar: 'Test Care', ro: 'Test Care' };
