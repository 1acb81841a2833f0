import { describe, expect, it } from 'vitest';
import { resolveLocale } from '../../src/bot/intakeBot';
import { detectUnspokenLanguage } from '../../src/i18n/unspoken';
import type { ConversationProfile } from '../../src/intake/state';

const DETECTED: [text: string, lang: string][] = [
    ['Ciao, mio figlio ha la leucemia', 'it'],
    ['Olá, meu filho tem leucemia', 'pt'],
    ['Goedendag, mijn zoon heeft leukemie en wij zoeken hulp', 'nl'],
    ['Você fala português?', 'pt']
];

// Short or ambiguous messages, names, places, medicine names, the bot's own languages (also Russian typed in Latin letters).
const NOT_DETECTED = [
    'Blinatumomab', 'Sevilla', 'Kraków', 'Maria Garcia', 'Santiago de Compostela', 'Blinatumomab y Inotuzumab', 'hola', 'ok gracias', 'idioma',
    'my son has leukemia and we need help', 'mein Sohn hat Leukämie und wir brauchen Hilfe', 'у сына лейкоз, нужна помощь', 'ابني عنده لوكيميا ونحتاج مساعدة',
    'u dochki OML a ne OLL, lechat po-drugomu?', 'mozhno li otpravit lekarstva k nam v kazahstan', 'pomogaete s aviabiletami i gostinicey ili vse sami',
    // Languages the bot now speaks.
    'Привіт, мій син хворіє на лейкемію', 'Dzień dobry, mój syn ma białaczkę', 'Czy mówisz po polsku?', 'Bună ziua, fiul meu are leucemie',
    'Hola, mi hijo tiene leucemia', '¿Hablas español?', 'Bonjour, mon fils a une leucémie', 'Merhaba, oğlum lösemi hastası'
];

describe('detectUnspokenLanguage', () => {
    it.each(DETECTED)('%s → %s', (text, lang) => {
        expect(detectUnspokenLanguage(text)?.lang).toBe(lang);
    });

    it('marks a question about languages, and not other messages', () => {
        expect(detectUnspokenLanguage('Você fala português?')?.asksLanguages).toBe(true);
        expect(detectUnspokenLanguage('Olá, meu filho tem leucemia')?.asksLanguages).toBe(false);
    });

    it('stays silent on short messages, names, places, medicine names and the bot\'s own languages', () => {
        for (const text of NOT_DETECTED) expect(detectUnspokenLanguage(text), text).toBeUndefined();
        // A language the bot does not speak sets no conversation language: Italian is not taken for Spanish.
        const profile: ConversationProfile = {};
        resolveLocale(profile, undefined, 'Ciao, mio figlio ha la leucemia e abbiamo bisogno di aiuto', 'en');
        expect(profile).toEqual({ locale: 'en', localeSource: 'default' });
    });
});
