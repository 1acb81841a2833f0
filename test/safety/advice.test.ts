import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../src/languages';
import { emergencyAdvice, FIRST_STEP, firstStepFor, type EmergencyPlace, type FirstStep } from '../../src/safety/advice';
import { RED_FLAG_SIGNS, type RedFlagSign } from '../../src/safety/signs';
import { texts } from '../helpers/harness';

const germany: EmergencyPlace = { basis: 'here', country: 'DE', number: '112' };
const advise = (signs: RedFlagSign[], locale: Locale, place: EmergencyPlace = germany, ask = false) =>
    emergencyAdvice(signs, place, { t: texts().t(locale), locale, ask });

/** The lines that belong to a fever (or another infection sign) only. */
const feverLines = (locale: Locale) => {
    const t = texts().t(locale);
    return ['common:emergency.step.fever', 'common:emergency.noFeverMedicine', 'common:emergency.also.fever', 'common:emergency.also.infection']
        .map((key) => t(key, { call: '' }).split('.')[0]!.trim());
};

// What a parent must read first, in English, per kind of first step.
const FIRST_STEP_EN: Record<FirstStep, RegExp> = {
    ambulance: /^Call an ambulance now: dial 112 or your local emergency number\. Do not drive your child yourself\./m,
    bleeding: /^Press firmly on the place that is bleeding and keep pressing\. Dial 112 or your local emergency number, or go to the nearest emergency department now\./m,
    fever: /^Call your child's treating team now, or go straight to the nearest emergency department\. .*antibiotics within an hour of arriving, whatever the blood counts\./m,
    team: /^Call your child's treating team now\. If you cannot reach them, dial 112 or your local emergency number/m
};

const cases = LOCALES.flatMap((locale) => RED_FLAG_SIGNS.map((sign) => [locale, sign, FIRST_STEP[sign]] as const));

describe('emergency advice per sign and language', () => {
    it.each(cases)('%s, %s: names the sign and gives the %s first step with the number and the local-number wording', (locale, sign, step) => {
        const t = texts().t(locale);
        const { text, firstStep } = advise([sign], locale);
        expect(firstStep).toBe(step);
        const lines = text.split('\n\n');
        expect(lines[0]!.toLocaleLowerCase(locale)).toContain(t(`common:emergency.signs.${sign}`).toLocaleLowerCase(locale));
        expect(lines[1]).toBe(t(`common:emergency.step.${step}`, { call: t('common:emergency.call.here', { number: '112' }) }));
        expect(lines[1]).toContain(t('common:emergency.call.local'));
        if (locale === 'en') expect(text).toMatch(FIRST_STEP_EN[step]);
        const fever = feverLines(locale);
        if (step === 'fever') {
            expect(text).toContain(fever[0]);
            if (sign === 'fever') expect(text).toContain(t('common:emergency.noFeverMedicine'));
        } else {
            for (const line of fever) expect(text).not.toContain(line);
        }
    });

    it('never gives the fever line for bleeding, in any language', () => {
        for (const locale of LOCALES) {
            for (const sign of ['bleeding', 'blood_in_urine_stool', 'black_vomit', 'petechiae'] as const) {
                const { text } = advise([sign], locale);
                for (const line of feverLines(locale)) expect(text).not.toContain(line);
            }
            expect(advise(['bleeding'], 'en').text).not.toMatch(/fever|antibiotic/i);
        }
    });

    it('with several signs gives the most urgent first step and names each sign', () => {
        const { text, firstStep } = advise(['fever', 'bleeding', 'seizure'], 'en');
        expect(firstStep).toBe('ambulance');
        const [headline, first, ...rest] = text.split('\n\n');
        expect(headline).toBe('⚠️ Fever during treatment, bleeding that does not stop, and a seizure: this is an emergency.');
        expect(first).toMatch(/^Call an ambulance now/);
        expect(rest).toEqual([
            'Keep pressing firmly on the bleeding.',
            'Tell them about the fever: it needs antibiotics within an hour. Give no fever medicine before you have spoken to the team.'
        ]);
        expect(firstStepFor(['black_vomit', 'bleeding'])).toBe('bleeding');
        expect(firstStepFor(['petechiae', 'fever'])).toBe('fever');
        expect(advise(['bleeding', 'fever'], 'de').text.split('\n\n')[1]).toMatch(/^Drücken Sie fest/);
    });

    it('a low temperature or shivering beside another sign adds the infection line, without the fever-medicine line', () => {
        const { text } = advise(['breathing', 'shivering'], 'en');
        expect(text).toContain('Tell them about the low temperature or shivering');
        expect(text).not.toContain('fever medicine');
    });
});

describe('the number for the place', () => {
    it('unknown place: only "your local emergency number", and asks which country once', () => {
        const asked = advise(['breathing'], 'en', { basis: 'unknown' }, true);
        expect(asked.text).toContain('Call an ambulance now: dial your local emergency number.');
        expect(asked.text).not.toMatch(/\d{2,}/);
        expect(asked.question).toEqual({ kind: 'country' });
        expect(asked.text).toMatch(/Which country are you in right now\?/);
        const again = advise(['breathing'], 'en', { basis: 'unknown' }, false);
        expect(again.question).toBeUndefined();
        expect(again.text).not.toMatch(/Which country/);
    });

    it('home country with a number: the number labelled with the country, "or your local emergency number", and "Are you in … right now?"', () => {
        const kz: EmergencyPlace = { basis: 'residence', country: 'KZ', number: '103 / 112' };
        expect(advise(['seizure'], 'en', kz, true).text).toContain('dial 103 / 112 (Kazakhstan) or your local emergency number');
        expect(advise(['seizure'], 'en', kz, true).question).toEqual({ kind: 'confirm', country: 'KZ' });
        expect(advise(['seizure'], 'en', kz, true).text).toMatch(/Are you in Kazakhstan right now\?$/);
        expect(advise(['seizure'], 'ru', kz, true).text).toContain('103 / 112 (Казахстан) или на местный номер экстренной помощи');
        expect(advise(['seizure'], 'de', kz, true).text).toMatch(/Sind Sie gerade in Ihrem Wohnland \(Kasachstan\)\?$/);
        expect(advise(['seizure'], 'ar', kz, true).text).toContain('⁨103 / 112⁩ (كازاخستان) أو رقم الطوارئ المحلي');
    });

    it('home country without a checked number: the local-number wording and the question which country', () => {
        const libya: EmergencyPlace = { basis: 'residence', country: 'LY' };
        const advice = advise(['fever'], 'en', libya, true);
        expect(advice.text).toContain('If you cannot reach the team, dial your local emergency number.');
        expect(advice.question).toEqual({ kind: 'country' });
    });
});
