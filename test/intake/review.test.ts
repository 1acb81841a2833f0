import { describe, expect, it } from 'vitest';
import { createTexts } from '../../src/i18n/i18n';
import type { Locale } from '../../src/languages';
import { reviewDecision } from '../../src/intake/review';

/** What a parent's words at the review do: send the application, change something, or neither. */
const texts = createTexts();
const TODAY = new Date('2026-12-07T12:00:00Z');

const CASES: [Locale, string, ReturnType<typeof reviewDecision>][] = [
    ['en', 'yes, send it', 'confirm'],
    ['en', 'no, the weight is wrong', 'change'],
    ['en', 'blue', undefined],
    ['de', 'passt so, abschicken', 'confirm'],
    ['ru', 'всё верно', 'confirm'],
    ['ar', 'نعم، أرسلوه', 'confirm'],
    // "صحيح" (correct) is no "تصحيح" (a correction).
    ['ar', 'اي كله صحيح', 'confirm'],
    // Arabic typed in Latin letters: sending needs a word sure enough ("tamam"), not any short word.
    ['ar', 'tamam, ib3atoh', 'confirm'],
    ['ar', 'bla bla', undefined],
    // A word with letters added before it is another word, not a typo: "правильно" is not "неправильно".
    ['ru', 'да, правильно', 'confirm'],
    ['ru', 'неправильно', 'change'],
    ['en', 'haan, theek hai', 'confirm'],
    // The formal imperative, as the bot itself addresses parents ("envíela", "mándelo"), and "listo".
    ['es', 'envíela, por favor', 'confirm'],
    ['es', 'ya está listo', 'confirm'],
    ['ar', 'أكد', 'confirm'],
    ['ar', 'باهي', 'confirm'],
    // A yes made of a word that is also a filler ("bon"), with a goodbye after it.
    ['fr', "c'est bon, à bientôt", 'confirm'],
    // Another language the parent writes (French in the Maghreb, English anywhere), by words that mean one thing in all.
    ['ar', 'oui, envoyez', 'confirm'],
    ['ar', 'modifier svp', 'change'],
    ['uk', 'send pls', 'confirm'],
    ['ar', 'blabla merci', undefined]
];

describe('reviewDecision', () => {
    it.each(CASES)('(%s) %j → %s', (locale, text, expected) => {
        expect(reviewDecision(text, locale, TODAY, texts.t(locale))).toBe(expected);
    });
});
