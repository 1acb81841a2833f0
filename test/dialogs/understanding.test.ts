import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { SCRIPTS } from '../fixtures/scripts';
import { allText, buttonTitles, createHarness, currentField, intakeOf, storedDraft, texts, type Harness } from '../helpers/harness';
import { answerUntil } from '../helpers/script';

type Locale = 'en' | 'de' | 'ru' | 'ar';
let harness: Harness;
afterEach(async () => {
    await harness?.close();
});

async function startAt(locale: Locale, field: string): Promise<Partial<Activity>[]> {
    harness = await createHarness({ locale });
    return answerUntil(harness, await harness.join(), SCRIPTS[locale], field);
}

const draft = () => storedDraft(harness);

const faqTopic = (replies: Partial<Activity>[]) => replies.map((r) => (r.channelData as { faq?: { topic: string | null } } | undefined)?.faq).find(Boolean);

describe('a question where a name is asked is answered, never stored', () => {
    it.each([
        ['en', 'Who will be able to read what I tell you here?'],
        ['de', 'Wer kann sehen, was ich hier schreibe?'],
        ['ru', 'Кто увидит то, что я здесь пишу?'],
        ['ar', 'من سيرى ما أكتبه هنا؟']
    ] as const)('%s', async (locale, question) => {
        await startAt(locale, 'child.firstName');
        const replies = await harness.say(question);
        expect(faqTopic(replies)).toBeDefined();
        expect(currentField(replies)).toBe('child.firstName');
        expect((await draft()).answers.child?.firstName).toBeUndefined();
    });
});

describe("the open question's own button is an answer, not an emergency", () => {
    it.each([
        ['en', 'Not responding to treatment'],
        ['de', 'Spricht nicht auf die Behandlung an'],
        ['ru', 'Лейкоз не отвечает на лечение'],
        ['ar', 'المرض لا يستجيب للعلاج']
    ] as const)('%s', async (locale, title) => {
        await startAt(locale, 'status.diseaseState');
        const replies = await harness.say(title);
        expect(replies.some((r) => (r.channelData as { emergency?: unknown } | undefined)?.emergency)).toBe(false);
        expect((await draft()).answers.status?.diseaseState).toBe('refractory');
    });
});

describe('one message with several facts', () => {
    it.each([
        ['en', 'B-ALL, diagnosed in March 2023', /Noted as well/],
        ['de', 'B-ALL, diagnostiziert im März 2023', /Ebenfalls notiert/],
        ['ru', 'В-ОЛЛ, диагноз поставили в марте 2023', /Также записал/],
        ['ar', 'ابيضاض الدم الليمفاوي الحاد من الخلايا البائية، تم التشخيص في آذار 2023', /سجّلتُ أيضًا/]
    ] as const)('%s: the type, the lineage and the date are noted in one line and not asked again', async (locale, message, noted) => {
        await startAt(locale, 'diagnosis.leukemiaType');
        const replies = await harness.say(message);
        expect(allText(replies)).toMatch(noted);
        const { diagnosis } = (await draft()).answers;
        expect(diagnosis).toMatchObject({ leukemiaType: 'ALL', allLineage: 'B', diagnosisDate: '2023-03' });
        expect(currentField(replies)).toBe('diagnosis.geneticMarkers');
    });
});

describe('a correction of an earlier answer', () => {
    it.each([
        ['en', 'sorry, her weight is 25 kg, not 23.5', /Changed/],
        ['de', 'Korrektur: das Gewicht ist 33 kg, nicht 31', /Geändert/],
        ['ru', 'извините, вес 20 кг, а не 18', /Исправил/],
        ['ar', 'عفوًا، الوزن ٢٠ كيلو مو ١٨', /عدّلتُ/]
    ] as const)('%s: changes the stored value and asks the open question again', async (locale, message, changed) => {
        const open = await startAt(locale, 'diagnosis.leukemiaType');
        const replies = await harness.say(message);
        expect(allText(replies)).toMatch(changed);
        expect(currentField(replies)).toBe(currentField(open));
        expect((await draft()).answers.child?.weightKg).toBe(Number(/(\d+)/.exec(message.replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d))))![1]));
    });
});

describe('nobody gets stuck', () => {
    it('after one miss: the reason, the help and the choices as buttons; after two: a person as a button', async () => {
        await startAt('en', 'status.location');
        const first = await harness.say('orange');
        expect(allText(first)).toMatch(/didn't understand/);
        expect(buttonTitles(first)).toEqual(expect.arrayContaining(['At home', 'In hospital']));
        const second = await harness.say('lemon');
        expect(buttonTitles(second)).toContain('Talk to a person');
        expect(currentField(second)).toBe('status.location');
    });

    it('a date before the diagnosis said twice is kept, and the diagnosis date is asked again', async () => {
        await startAt('en', 'status.lastRelapseDate');
        const diagnosed = (await draft()).answers.diagnosis?.diagnosisDate;
        const first = await harness.say('June 2023');
        expect(allText(first)).toMatch(/before the diagnosis/);
        expect(currentField(first)).toBe('status.lastRelapseDate');
        const second = await harness.say('it was June 2023, I am sure');
        expect(allText(second)).toMatch(/I've noted June 2023\..*“Diagnosed in”/);
        expect(currentField(second)).toBe('diagnosis.diagnosisDate');
        expect((await draft()).answers.diagnosis?.diagnosisDate).toBeUndefined();
        const fixed = await harness.say('May 2023');
        expect(currentField(fixed)).toBe('status.mrd');
        const stored = await draft();
        expect(stored.answers.diagnosis?.diagnosisDate).toBe('2023-05');
        expect(stored.answers.status?.lastRelapseDate).toBe('2023-06');
        expect(diagnosed).not.toBe('2023-05');
    });

    it('an optional field keeps the words as written after two misses and the intake goes on (asWritten)', async () => {
        await startAt('de', 'request.payer');
        await harness.say('vielleicht das Jobcenter');
        const replies = await harness.say('oder der Arbeitgeber hilft');
        expect(allText(replies)).toMatch(/festgehalten/);
        expect(currentField(replies)).toBe('contact.name');
        const stored = await draft();
        expect(stored.answers.request?.payer).toBeUndefined();
        expect(stored.asWritten).toEqual([{ field: 'request.payer', text: 'vielleicht das Jobcenter / oder der Arbeitgeber hilft' }]);
    });

    it('a hedged answer is stored, and the parent\'s words are kept for staff beside it (unsure)', async () => {
        await startAt('en', 'status.location');
        await harness.say('in hospital I think');
        let stored = await draft();
        expect(stored.answers.status?.location).toBe('hospital');
        expect(stored.unsure).toEqual([{ field: 'status.location', text: 'in hospital I think' }]);
        // Changed later without a hedge: the doubt goes with the old answer.
        await harness.say('change where she is now');
        await harness.say('at home');
        stored = await draft();
        expect(stored.answers.status?.location).toBe('home');
        expect(stored.unsure ?? []).toEqual([]);
    });

    it('a region instead of countries is no preference of country, with the parent\'s words kept for staff', async () => {
        await startAt('en', 'request.preferredCountries');
        const replies = await harness.say('somewhere in Scandinavia would be good');
        expect(currentField(replies)).toBe('request.urgency');
        const stored = await draft();
        expect(stored.answers.request?.preferredCountries).toEqual([]);
        expect(stored.asWritten).toEqual([{ field: 'request.preferredCountries', text: 'somewhere in Scandinavia would be good' }]);
    });

    it('a question in brackets beside the answer is answered, and the answer kept', async () => {
        await startAt('en', 'request.preferredCountries');
        const replies = await harness.say('Germany or Spain (can we go to a children\'s hospital in Heidelberg?)');
        expect(currentField(replies)).toBe('request.urgency');
        expect((await draft()).answers.request?.preferredCountries).toEqual(['DE', 'ES']);
    });

    it('an example in the parent\'s style comes with the first hint where the help has none', async () => {
        await startAt('ru', 'request.preferredCountries');
        const replies = await harness.say('там где лечат');
        expect(allText(replies)).toMatch(/Например/);
    });
});

describe('a greeting is greeted back, not taken for an answer or a misunderstanding', () => {
    it.each([
        ['de', 'consent.dataProcessing', 'hallo', 'Hallo!', 'nicht verstanden'],
        ['en', 'child.firstName', 'hello', 'Hello!', "didn't understand"],
        ['ar', 'child.firstName', 'مرحبا', 'أهلاً وسهلاً!', 'لم أفهم']
    ] as const)('%s at %s: %s', async (locale, field, greeting, reply, misunderstood) => {
        await startAt(locale, field);
        const replies = await harness.say(greeting);
        expect(allText(replies)).toContain(reply);
        expect(allText(replies)).not.toContain(misunderstood);
        expect(currentField(replies)).toBe(field);
        expect((await draft()).answers.child?.firstName).toBeUndefined();
    });
});

describe('a follow-up question whose yes is denied goes away', () => {
    it.each([
        ['en', 'yes', 'no, he never had CAR-T'],
        ['ru', 'да', 'нет, кар-т не делали'],
        ['de', 'ja', 'nein, CAR-T hatte er nie']
    ] as const)('%s: the CAR-T date, then "never had it"', async (locale, yes, denial) => {
        await startAt(locale, 'treatments.carT');
        expect(currentField(await harness.say(yes))).toBe('treatments.carTDate');
        const replies = await harness.say(denial);
        expect(currentField(replies)).toBe('treatments.antibodies');
        const stored = (await draft()).answers.treatments;
        expect(stored?.carT).toBe(false);
        expect(stored?.carTDate).toBeUndefined();
    });
});

describe('the citizenship button says which country it stands for', () => {
    it.each([
        ['en', 'KZ'],
        ['de', 'AT'],
        ['ar', 'IQ']
    ] as const)('%s: "same as residence" is the residence country, and tapping it stores that', async (locale, residence) => {
        const replies = await startAt(locale, 'child.citizenship');
        const same = texts().t(locale)('intake:fields.child.citizenship.same');
        expect(buttonTitles(replies)).toContain(same);
        expect(intakeOf(replies.at(-1))?.choices).toEqual([{ value: residence, title: same }]);
        await harness.say(same);
        expect((await draft()).answers.child?.citizenship).toBe(residence);
    });
});
