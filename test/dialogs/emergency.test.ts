import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { SCRIPTS } from '../fixtures/scripts';
import { allText, createHarness, currentField, storedDraft, type Harness } from '../helpers/harness';
import { answerUntil } from '../helpers/script';

let harness: Harness;
afterEach(async () => {
    await harness?.close();
});

const buttons = (reply: Partial<Activity> | undefined) => reply?.suggestedActions?.actions.map((a) => a.title) ?? [];
const emergencyOf = (reply: Partial<Activity> | undefined) =>
    (reply?.channelData as { emergency?: { signs: string[]; firstStep: string; place: { basis: string; country: string | null; number: string | null } } } | undefined)?.emergency;

/** The English family lives in Kazakhstan (103 in the test operator file). */
async function englishFamilyAt(field: string) {
    harness = await createHarness({ locale: 'en' });
    return answerUntil(harness, await harness.join(), SCRIPTS.en, field);
}

describe('the emergency message in the conversation', () => {
    it('fever while the child is in intensive care with the doctors: no alarm and no pause; the words answer the open question and staff are told', async () => {
        await englishFamilyAt('status.location');
        const replies = await harness.say('she is in the PICU now with 39.4 fever, the doctors are with her');
        expect(allText(replies)).toContain('It is good that the medical team is with your child now.');
        expect(allText(replies)).not.toMatch(/this is an emergency|paused/);
        expect(emergencyOf(replies[0])).toEqual({ signs: ['fever'], underCare: true });
        expect(currentField(replies)).not.toBe('status.location');
        const draft = await storedDraft(harness);
        expect(draft.answers.status?.location).toBe('intensive_care');
        expect(draft.raisedFlags).toContain('red_flag_reported');
    });


    it('fever during treatment: the team or the emergency department now, antibiotics within an hour, no fever medicine, the home number, and one question about the place', async () => {
        await englishFamilyAt('status.location');
        const replies = await harness.say('she has 39.2 fever after chemo, what do I do');
        // One message: the pause note sits before the question, so the question keeps its buttons (Web Chat shows them on the last message only).
        expect(replies).toHaveLength(1);
        const [reply] = replies;
        expect(reply?.text).toMatch(/I have paused the application and your answers are saved\. When you are ready, write "continue"\.\n\nAre you in Kazakhstan right now\?$/);
        expect(reply?.text).toMatch(/^⚠️ Fever during treatment: this is an emergency\./);
        expect(reply?.text).toContain("Call your child's treating team now, or go straight to the nearest emergency department.");
        expect(reply?.text).toContain('antibiotics within an hour of arriving, whatever the blood counts');
        expect(reply?.text).toContain('Do not give fever medicine before you have spoken to the team');
        expect(reply?.text).toContain('dial 103 (Kazakhstan) or your local emergency number');
        expect(reply?.text).toMatch(/Are you in Kazakhstan right now\?$/);
        expect(buttons(reply)).toEqual(['Yes', 'No']);
        expect(emergencyOf(reply)).toEqual({ signs: ['fever'], firstStep: 'fever', place: { basis: 'residence', country: 'KZ', number: '103' } });

        const confirmed = await harness.say('Yes');
        expect(allText(confirmed)).toBe('Thank you. Kazakhstan: dial 103 or your local emergency number.');
        const again = await harness.say('now she is having a seizure');
        expect(again[0]?.text).toContain('Call an ambulance now: dial 103 or your local emergency number. Do not drive your child yourself.');
        expect(again[0]?.text).not.toMatch(/Are you in|Which country|fever medicine/);
        expect(buttons(again[0])).toEqual([]);
    });

    it('"No" asks once which country, and the next emergency gives that country\'s number', async () => {
        await englishFamilyAt('status.location');
        await harness.say("he can't breathe");
        expect(allText(await harness.say('No'))).toBe('Which country are you in right now?');
        expect(allText(await harness.say('Germany'))).toBe('Thank you. Germany: dial 112 or your local emergency number.');
        const [reply] = await harness.say("he can't breathe");
        expect(reply?.text).toContain('Call an ambulance now: dial 112 or your local emergency number.');
        expect(emergencyOf(reply)?.place).toEqual({ basis: 'here', country: 'DE', number: '112' });
    });

    it('"no, we are in Qatar" names the place at once (999, not the old default 112)', async () => {
        await englishFamilyAt('status.location');
        await harness.say('his nose is bleeding and it will not stop');
        expect(allText(await harness.say('no, we are in Qatar now'))).toBe('Thank you. Qatar: dial 999 or your local emergency number.');
    });

    it('an answer that is not about the place drops the question and the application goes on', async () => {
        await englishFamilyAt('status.location');
        await harness.say('he fainted');
        const resumed = await harness.say('continue');
        expect(currentField(resumed)).toBe('status.location');
        const [later] = await harness.say('he fainted again just now');
        expect(later?.text).toContain('dial 103 (Kazakhstan) or your local emergency number');
        expect(later?.text).not.toMatch(/Are you in/);
    });

    it.each([
        ['de', 'mein Sohn hat Nasenbluten seit 20 Minuten, es hört nicht auf', /^Drücken Sie fest auf die blutende Stelle/m, 'Oman', /Oman: Wählen Sie 9999 oder die örtliche Notrufnummer\./],
        ['ru', 'у дочки судороги прямо сейчас', /^Сразу вызовите скорую: звоните на местный номер экстренной помощи\. Не везите ребёнка сами\./m, 'Катар', /Катар: звоните 999 или на местный номер экстренной помощи\./],
        ['ar', 'ابني ما يقدر يتنفس الآن', /^اطلبوا الإسعاف فورًا: اتصلوا على رقم الطوارئ المحلي\./m, 'عمان', /عُمان: اتصلوا على الرقم ⁨9999⁩ أو رقم الطوارئ المحلي\./]
    ] as const)('%s, before any country is known: the first step with "your local emergency number", no fever line for bleeding, and the number once the parent names the country', async (locale, text, step, country, answer) => {
        harness = await createHarness({ locale });
        const [reply] = await harness.say(text);
        const t = harness.services.texts.t(locale);
        expect(reply?.text).toMatch(step);
        expect(reply?.text).toContain(t('common:emergency.place.which'));
        expect(reply?.text).not.toMatch(/\d{3}/);
        expect(reply?.text).not.toContain(t('common:emergency.noFeverMedicine'));
        expect(allText(await harness.say(country))).toMatch(answer);
    });
});

describe('an emergency written in a language the bot does not speak yet', () => {
    it.each([
        ['en', 'Mi hija tiene fiebre de 39,5', 'fever', 'fever'],
        ['ru', 'syn nie może oddychać', 'breathing', 'ambulance'],
        ['de', "le saignement de nez ne s'arrête pas", 'bleeding', 'bleeding'],
        ['ar', 'kızım nefes alamıyor', 'breathing', 'ambulance'],
        ['en', 'він непритомний', 'unresponsive', 'ambulance']
    ] as const)('in a %s conversation, "%s" gets the advice for %s in the conversation\'s language', async (locale, text, sign, step) => {
        harness = await createHarness({ locale });
        const [reply] = await harness.say(text);
        const t = harness.services.texts.t(locale);
        expect(emergencyOf(reply)).toMatchObject({ signs: [sign], firstStep: step });
        expect(reply?.text?.toLocaleLowerCase(locale)).toContain(t(`common:emergency.signs.${sign}`).toLocaleLowerCase(locale));
        expect(reply?.text).toContain(t(`common:emergency.step.${step}`, { call: t('common:emergency.call.local') }));
        if (step !== 'fever') expect(reply?.text).not.toContain(t('common:emergency.noFeverMedicine'));
    });

    it('Spanish: a fever last week that is over raises no alarm, a fever now does', async () => {
        harness = await createHarness({ locale: 'en' });
        const history = await harness.say('tuvo fiebre la semana pasada, ahora está bien');
        expect(history.some((r) => emergencyOf(r))).toBe(false);
        expect(allText(history)).not.toContain('emergency');
        const [now] = await harness.say('otra vez tiene fiebre, 39,4');
        expect(emergencyOf(now)).toMatchObject({ signs: ['fever'], firstStep: 'fever' });
    });
});
