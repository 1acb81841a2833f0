import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { SCRIPTS } from '../fixtures/scripts';
import { allText, createHarness, currentField, storedDraft, type Harness } from '../helpers/harness';
import { answerUntil } from '../helpers/script';

let harness: Harness;
afterEach(async () => {
    await harness?.close();
});

const NOTICE = "Sorry, I can't write in your language yet. I can talk with you in any of the languages below: tap one. Or tap \"Talk to a person\" to ask for someone from our team.";
const BUTTONS = ['English', 'Deutsch', 'Русский', 'العربية', 'Українська', 'Polski', 'Română', 'Español', 'Français', 'Türkçe', 'Talk to a person'];

const unspokenOf = (reply: Partial<Activity> | undefined) => (reply?.channelData as { unspoken?: { lang: string } } | undefined)?.unspoken;
const cardButtons = (reply: Partial<Activity> | undefined) =>
    (reply?.attachments ?? []).flatMap((a) => ((a.content as { buttons?: { title: string }[] } | undefined)?.buttons ?? []).map((b) => b.title));
const notices = (replies: Partial<Activity>[]) => replies.filter((r) => unspokenOf(r));

// The line in the parent's language (locales/<lang>/unspoken.json), checked by speakers' standards: short and plain.
const FIRST_MESSAGES = [
    ['it', 'Buongiorno, mio figlio ha la leucemia e ho bisogno di aiuto', 'Mi dispiace, non parlo ancora italiano.'],
    ['pt', 'Olá, meu filho tem leucemia e preciso de ajuda', 'Desculpe, ainda não falo português.']
] as const;

describe('a message in a language the bot does not speak', () => {
    it.each(FIRST_MESSAGES)('%s first message: the English notice, a line in the language, the languages and a person as buttons, then the welcome in English', async (lang, text, line) => {
        harness = await createHarness();
        const replies = await harness.say(text);
        const [notice] = replies;
        expect(unspokenOf(notice)).toEqual({ lang });
        expect(notice?.text?.startsWith(`${NOTICE}\n\n${line} `)).toBe(true);
        expect(cardButtons(notice)).toEqual(BUTTONS);
        // The welcome follows without a second language card, and the intake starts in English.
        expect(allText(replies)).toContain("Hello, I'm the intake assistant");
        expect(replies.flatMap(cardButtons)).toEqual(BUTTONS);
        expect(currentField(replies)).toBe('consent.dataProcessing');
        expect(replies[replies.length - 1]?.text).toMatch(/^[\x20-\x7E\n’]+$/);
    });

    it('Romanian, spoken now, is answered in Romanian without the notice, also typed without diacritics', async () => {
        for (const text of ['Bună ziua, fiul meu are leucemie și am nevoie de ajutor', 'buna ziua, fiul meu are leucemie si am nevoie de ajutor']) {
            harness = await createHarness();
            const replies = await harness.say(text);
            expect(notices(replies), text).toEqual([]);
            expect(replies[replies.length - 1]?.locale, text).toBe('ro');
            expect(currentField(replies)).toBe('consent.dataProcessing');
            await harness.close();
        }
    });

    it('another language without a line of its own gets the English notice alone', async () => {
        harness = await createHarness();
        const [notice] = await harness.say('Goedendag, mijn zoon heeft leukemie en wij zoeken hulp');
        expect(notice?.text).toBe(NOTICE);
        expect(unspokenOf(notice)).toEqual({ lang: 'nl' });
    });

    it('the language buttons switch, and "Talk to a person" asks for one', async () => {
        harness = await createHarness();
        const italian = await harness.say('Buongiorno, mio figlio ha la leucemia e ho bisogno di aiuto');
        expect(notices(italian)).toHaveLength(1);
        // Italian is not taken for Spanish: the conversation stays in English until a language is tapped.
        expect(italian[italian.length - 1]?.locale).toBe('en');
        const german = await harness.say('Deutsch');
        expect(allText(german)).toContain('Deutsch');
        expect(currentField(german)).toBe('consent.dataProcessing');
        expect(german[german.length - 1]?.locale).toBe('de');
        const person = await harness.say('Talk to a person');
        expect(allText(person)).toContain(harness.services.texts.t('de')('common:commands.human'));
    });

    it('during the intake: once, then the open question again; again only when the parent asks about languages', async () => {
        harness = await createHarness({ locale: 'en' });
        await answerUntil(harness, await harness.join(), SCRIPTS.en, 'status.location');
        const first = await harness.say('Olá, meu filho tem leucemia e não entendo nada');
        expect(notices(first)).toHaveLength(1);
        expect(first[0]?.text).toContain('Desculpe, ainda não falo português.');
        expect(currentField(first)).toBe('status.location');
        const second = await harness.say('Por favor, preciso de ajuda com o meu filho');
        expect(notices(second)).toEqual([]);
        expect(currentField(second)).toBe('status.location');
        const asked = await harness.say('Você fala português?');
        expect(notices(asked)).toHaveLength(1);
        expect(currentField(asked)).toBe('status.location');
    });

    it('during an intake in Spanish the notice is in Spanish, its button for a person too, with the line in the language written', async () => {
        harness = await createHarness({ locale: 'es' });
        await answerUntil(harness, await harness.join(), SCRIPTS.es, 'status.location');
        const replies = await harness.say('Olá, meu filho tem leucemia e não entendo nada');
        const [notice] = notices(replies);
        const person = harness.services.texts.t('es')('common:faq.human');
        expect(notice?.text).toContain('Lo siento, todavía no puedo escribir en su idioma');
        expect(notice?.text).toContain(`«${person}»`);
        expect(cardButtons(notice)).toContain(person);
        expect(currentField(replies)).toBe('status.location');
    });

    it('an understood answer wins, and names, places and medicine names never raise it; a sentence that answers nothing does', async () => {
        harness = await createHarness({ locale: 'en' });
        const name = await answerUntil(harness, await harness.join(), SCRIPTS.en, 'child.firstName');
        expect(currentField(name)).toBe('child.firstName');
        const answered = await harness.say('Maria de la Cruz');
        expect(notices(answered)).toEqual([]);
        expect((await storedDraft(harness)).answers.child?.firstName).toBe('Maria de la Cruz');
        for (const text of ['Blinatumomab', 'Sevilla', 'Kraków', 'ok gracias']) expect(notices(await harness.say(text)), text).toEqual([]);
        // A sentence that answers nothing does.
        const sentence = await harness.say('Não sei a data, tenho que perguntar ao meu marido');
        expect(notices(sentence)).toHaveLength(1);
        expect(currentField(sentence)).toBe('child.birthDate');
    });
});
