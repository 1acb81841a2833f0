import { describe, it } from 'vitest';
import type { Locale } from '../../src/languages';
import { check, type Case } from '../helpers/arbitration';

/** "As soon as possible" denied is the other end of the scale: no fixed time. */
const CASES: Partial<Record<Locale, Case[]>> = {
    tr: [['request.urgency', 'şu an acil yok, bekleyebiliriz', [['set', 'request.urgency', 'flexible']]]],
    pl: [['request.urgency', 'raczej nic pilnego', [['set', 'request.urgency', 'flexible']]]],
    de: [['request.urgency', 'sofort nicht', [['set', 'request.urgency', 'flexible']]]]
};

describe.each(Object.keys(CASES) as Locale[])('urgency denied (%s)', (locale) => {
    it.each(CASES[locale]!)('at %s: %s', (open, message, expected) => check(locale, open, message, expected));
});
