import { afterEach, describe, expect, it } from 'vitest';
import { SCRIPTS } from '../fixtures/scripts';
import { allText, createHarness, faq, type Harness } from '../helpers/harness';
import { answerUntil } from '../helpers/script';
import { loadConfig } from '../../src/config';

let harness: Harness | undefined;
afterEach(async () => {
    await harness?.close();
    harness = undefined;
});

/** The ru intake up to the first treatment question, with the child's name and sex as given. */
async function russianUpToChemotherapy(firstName: string, sex: string) {
    harness = await createHarness({ locale: 'ru' });
    const running = harness;
    const script = { ...SCRIPTS.ru, 'child.firstName': firstName, 'child.sex': sex };
    const asked: string[] = [];
    const client = { say: async (text: string) => { const replies = await running.say(text); asked.push(allText(replies)); return replies; } };
    const replies = await answerUntil(client, await harness.join(), script, 'treatments.chemotherapy');
    return { question: allText(replies), transcript: asked.join('\n') };
}

const SLASH_FORMS = /\p{L}\((?:-?ась|а|ла|на|ы)\)|\(-?ась\)/u;

describe('Russian questions agree with the child\'s sex', () => {
    it('asks about a girl in the feminine', async () => {
        const { question, transcript } = await russianUpToChemotherapy('Маша', 'девочка');
        expect(question).toContain('о лечении, которое Маша уже получала');
        expect(question).toContain('Получала ли Маша химиотерапию?');
        expect(transcript).toContain('Когда родился ваш ребёнок?');
        expect(transcript).not.toMatch(SLASH_FORMS);
    });

    it('asks about a boy in the masculine', async () => {
        const { question, transcript } = await russianUpToChemotherapy('Миша', 'мальчик');
        expect(question).toContain('Получал ли Миша химиотерапию?');
        expect(question).not.toContain('Получала');
        expect(transcript).not.toMatch(SLASH_FORMS);
    });

    it('stays neutral when the parent does not say', async () => {
        const { question } = await russianUpToChemotherapy('Саша', 'не хочу указывать');
        expect(question).toContain('Получал ли ребёнок химиотерапию?');
        expect(question).not.toMatch(SLASH_FORMS);
    });
});

describe('the operator\'s name', () => {
    it.each([
        ['de', 'Hallo, ich bin der digitale Assistent des Koordinationsteams'],
        ['ru', 'Я помощник службы медицинской координации']
    ] as const)('without OPERATOR_NAME the %s welcome words it in that language', async (locale, wording) => {
        harness = await createHarness({ locale, operatorNames: loadConfig({}).OPERATOR_NAMES });
        const welcome = allText(await harness.join());
        expect(welcome).toContain(wording);
        expect(welcome).not.toMatch(/our medical|coordination team|\{\{|undefined/);
    });

    it('takes OPERATOR_NAME_DE for German and OPERATOR_NAME for the other languages', async () => {
        const names = loadConfig({ OPERATOR_NAME: 'Care Abroad', OPERATOR_NAME_DE: 'Kinderhilfe Beispiel' }).OPERATOR_NAMES;
        harness = await createHarness({ locale: 'de', operatorNames: names });
        expect(allText(await harness.join())).toContain('Hallo, ich bin der digitale Assistent von Kinderhilfe Beispiel');
        await harness.close();
        harness = await createHarness({ locale: 'ru', operatorNames: names });
        expect(allText(await harness.join())).toContain('Я помощник Care Abroad');
    });

    it.each([
        ['en', 'the coordinators of this service'],
        ['de', 'Koordinationsteam bei diesem Dienst'],
        ['ru', 'Заявку получает наша служба'],
        ['ar', 'منسقي \u2068هذه الخدمة\u2069']
    ] as const)('FAQ answers without a name read naturally in %s', (lang, wording) => {
        const answer = faq().answerer.topic('service.process', { lang });
        expect(answer?.answer).toContain(wording);
        expect(answer?.answer).not.toMatch(/\{\{|undefined/);
    });
});
