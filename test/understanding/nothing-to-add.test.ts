import { describe, it } from 'vitest';
import type { Locale } from '../../src/languages';
import { check } from '../helpers/arbitration';

/**
 * "I have nothing to add" at an optional free-text question skips it in every language: the words
 * of the parent's language that carry nothing ("I have … to", "мне", "je n'ai … à") do not make it a note.
 */
const NOTHING: [Locale, string][] = [
    ['en', 'honestly I have nothing else to add'],
    ['de', 'ich habe nichts weiter hinzuzufügen'],
    ['ru', 'мне больше нечего добавить'],
    ['uk', 'мені більше нічого додати'],
    ['pl', 'nie mam nic więcej do dodania'],
    ['fr', "je n'ai rien d'autre à ajouter"],
    ['tr', 'ekleyecek başka bir şeyim yok'],
    ['es', 'no tengo nada más que agregar']
];

describe('nothing to add, said in a sentence', () => {
    it.each(NOTHING)('%s: %s', (locale, message) => check(locale, 'treatments.notes', message, [['skip', 'treatments.notes']]));
    it('a note that denies one thing is still a note', () => {
        check('en', 'treatments.notes', 'no fever since the last block', [['set', 'treatments.notes', 'no fever since the last block']]);
    });
});
