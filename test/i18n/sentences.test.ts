import { describe, expect, it } from 'vitest';
import { fieldSpec } from '../../src/domain/fields';
import type { FieldPath } from '../../src/domain/schema';
import { createTexts } from '../../src/i18n/i18n';
import { extractName, parseChoice, parseMultiChoice, parseYesNo } from '../../src/i18n/parsers';
import type { Locale } from '../../src/languages';
import type { ParseResult } from '../../src/i18n/parsers/types';
import { choiceOptions, yesNoOptions } from '../../src/intake/options';
import { ctxFor, expectExtras, expectResult, no, type Expected, type Extras } from './helpers';

/**
 * Values inside parents' sentences, with the option lists of locales/<lang>/intake.json: negation
 * scope, hedges, "but" and "before", comments beside a list, details kept for staff.
 */
type Case = [field: FieldPath, input: string, expected: Expected<unknown>, extras?: Extras];

const texts = createTexts();

function parse(locale: Locale, path: FieldPath, input: string): ParseResult<unknown> {
    const spec = fieldSpec(path);
    const t = texts.t(locale);
    const ctx = ctxFor(locale);
    if (spec.kind === 'multichoice') return parseMultiChoice(input, choiceOptions(spec, t), ctx, { exclusive: spec.exclusive ?? [] });
    if (spec.kind === 'yesno') {
        const byOption = parseChoice(input, yesNoOptions(spec, t), ctx);
        if (!byOption.ok) return parseYesNo(input, ctx);
        return { ...byOption, value: byOption.value === 'unknown' ? 'unknown' : byOption.value === 'true' };
    }
    return parseChoice(input, choiceOptions(spec, t), ctx);
}

const CASES: Record<Locale, Case[]> = {
    en: [
        ['diagnosis.geneticMarkers', 'high hyperdiploidy, nothing else was found', ['HYPERDIPLOIDY']],
        ['diagnosis.geneticMarkers', 'FLT3 negative, NPM1 positive', ['NPM1'], { detail: 'FLT3 negative' }],
        ['diagnosis.geneticMarkers', 'PTPN11 mutation', ['other'], { detail: 'PTPN11 mutation' }],
        ['diagnosis.geneticMarkers', 'ETV6-RUNX1 I think', ['ETV6-RUNX1'], { hedged: true }],
        ['diagnosis.geneticMarkers', "I'm not sure but I think it was hypodiploid", ['HYPODIPLOIDY'], { hedged: true }],
        ['diagnosis.geneticMarkers', 'they never told us, I have no idea', ['unknown']],
        ['diagnosis.geneticMarkers', 'BCR-ABL and aspirin', no('unrecognized')],
        ['diagnosis.geneticMarkers', 't(9;22); nothing else', ['BCR-ABL1']],
        ['diagnosis.geneticMarkers', 'inv(16), FLT3 neg', ['CBF'], { detail: 'FLT3 neg' }],
        ['diagnosis.geneticMarkers', 'the genetic tests were never done', ['unknown']],
        ['documents.available', 'the discharge letter and the transplant summary', ['discharge_summary', 'transplant_report']],
        ['documents.available', 'discharge letter, marrow, flow and the hematologist notes', ['discharge_summary', 'bone_marrow_report', 'flow_cytometry'], { hedged: true, detail: 'the hematologist notes' }],
        ['documents.available', 'discharge letter and the hematologist notes', no('unrecognized')],
        ['status.mrd', 'positive, 0.1%', 'positive', { detail: '0.1%' }],
        ['status.mrd', 'MRD+ after the second block', 'positive'],
        ['status.mrd', 'the lab said nothing was detected', 'negative'],
        ['status.diseaseState', 'it came back again, second relapse', 'relapse'],
        ['status.diseaseState', 'in remission now, before that she was refractory', 'remission'],
        ['status.diseaseState', 'she relapsed in spring but is in remission again', 'remission'],
        ['status.diseaseState', 'probably remission', 'remission', { hedged: true }],
        ['diagnosis.allLineage', 'T-ALL I believe', 'T', { hedged: true }],
        ['diagnosis.leukemiaType', 'ALL or AML, they still argue', no('ambiguous')],
        ['treatments.antibodies', 'no antibodies, just chemo', ['none']],
        ['treatments.antibodies', 'he never got any of those', ['none']],
        ['status.activityLevel', 'in bed most of the day, watches cartoons and colours a bit', 'mostly_in_bed'],
        ['status.activityLevel', 'plays normally now, a month ago she was in bed most of the day', 'fully_active'],
        ['treatments.antibodies', 'blinatumomab, no side effects', ['blinatumomab']],
        ['treatments.antibodies', 'inotuzumab, 3 doses', ['inotuzumab'], { detail: '3 doses' }],
        ['status.activityLevel', 'draws and builds lego at the table, tires easily', 'plays_quietly'],
        ['status.activityLevel', 'lies down a lot but reads and does puzzles', 'plays_quietly'],
        ['status.activityLevel', 'normal days, but no sports for now', 'minor_restriction'],
        ['request.urgency', 'not urgent at all', 'flexible'],
        ['treatments.chemoProtocol', 'BFM i think', no('ambiguous')],
        ['treatments.chemoProtocol', 'AIEOP-BFM 2017 i guess', 'AIEOP-BFM_ALL_2017', { hedged: true }],
        ['request.goal', 'a clinical trial, if possible one with CAR-T', 'clinical_trial'],
        ['contact.relationship', "I'm his aunt and his legal guardian", 'legal_guardian'],
        ['treatments.hsct', 'no transplant, we could not find a donor', false],
        ['treatments.chemotherapy', 'yes lots of chemo since 2022', true],
        ['diagnosis.cnsInvolvement', 'no, the lumbar punctures were always clear', false],
        ['treatments.radiotherapy', 'TBI before her transplant', true],
        ['documents.available', 'no sports', no('unrecognized')],
        ['treatments.hsct', "they planned one but we don't know yet", 'unknown']
    ],
    de: [
        ['diagnosis.allLineage', 'pro-B, also B-Linie', 'B'],
        ['diagnosis.geneticMarkers', 'KMT2A-Rearrangement (MLL-AF4)', ['KMT2A']],
        ['diagnosis.geneticMarkers', 'Hyperdiploidie, sonst nichts gefunden', ['HYPERDIPLOIDY']],
        ['diagnosis.cnsInvolvement', 'weiß nicht, der Liquor wurde nie untersucht', 'unknown'],
        ['documents.available', 'Arztbrief, den Transplantationsbefund und MRD', ['discharge_summary', 'transplant_report', 'mrd_report']],
        ['diagnosis.geneticMarkers', 'BCR-ABL negativ, FLT3 vielleicht', ['FLT3-ITD'], { hedged: true }],
        ['treatments.antibodies', 'Blinatumomab, das ist Teil vom Protokoll', ['blinatumomab']],
        ['treatments.antibodies', 'Inotuzumab, zweiter Block', ['inotuzumab']],
        ['status.mrd', 'MRD-negativ nach der Induktion', 'negative'],
        ['status.diseaseState', 'jetzt in Remission, vorher war es ein Rückfall', 'remission'],
        ['status.location', 'Intensivstation seit gestern', 'intensive_care'],
        ['status.location', 'daheim, nur montags in der Tagesklinik', 'home'],
        ['status.activityLevel', 'sie liegt den ganzen Nachmittag', no('unrecognized')],
        ['status.activityLevel', 'spielt draußen wie früher, wird aber schnell müde', 'minor_restriction'],
        ['treatments.antibodies', 'nix davon, nur Chemo', ['none']],
        ['treatments.hsct', 'na, des hamma ned ghabt', false],
        ['child.sex', 'a Bua', 'male'],
        ['status.activityLevel', 'liest und malt viel, liegt nachmittags, wird aber schnell müde', 'plays_quietly'],
        ['request.payer', 'über die private Auslandskrankenversicherung', 'insurance'],
        ['request.urgency', 'so bald wie möglich bitte', 'asap'],
        ['treatments.radiotherapy', 'Ganzkörperbestrahlung vor der Transplantation', true],
        ['treatments.carT', 'nein, deshalb frage ich ja', false],
        ['treatments.hsct', 'ich glaube nicht', false, { hedged: true }],
        ['diagnosis.leukemiaType', 'Säuglings-ALL', 'ALL']
    ],
    ru: [
        // A Latin capital word among Cyrillic or Arabic ones is a code no option names; CAR-T is no such word.
        ['diagnosis.geneticMarkers', 'ещё нашли мутацию KRAS', ['other'], { detail: 'ещё нашли мутацию KRAS' }],
        ['diagnosis.geneticMarkers', 'гипердиплоидия, больше ничего не нашли', ['HYPERDIPLOIDY']],
        ['diagnosis.geneticMarkers', 'вроде бы MLL, точно не знаю', ['KMT2A'], { hedged: true }],
        ['diagnosis.geneticMarkers', 'ещё ждём результаты', ['unknown']],
        ['diagnosis.geneticMarkers', 'анализ на генетику не делали', ['unknown']],
        ['diagnosis.geneticMarkers', 't(12;21) (ETV6-RUNX1)', ['ETV6-RUNX1']],
        ['treatments.antibodies', 'блинатумомаб, три курса', ['blinatumomab']],
        ['status.mrd', 'МОБ+ после индукции', 'positive'],
        ['status.diseaseState', 'сейчас ремиссия, а раньше был рецидив', 'remission'],
        ['status.location', 'ходим в дневной стационар', 'home'],
        ['status.activityLevel', 'в основном лежит, но рисует и собирает лего', 'plays_quietly'],
        ['status.activityLevel', 'играет как обычно, но без спорта', 'minor_restriction'],
        ['request.urgency', 'не горит, можем подождать', 'flexible'],
        ['contact.relationship', 'я её тётя и опекун', 'legal_guardian'],
        ['treatments.hsct', 'нет, донора не нашли', false],
        ['request.needsVisa', 'для Германии да', true],
        ['treatments.chemotherapy', 'кажется да', true, { hedged: true }]
    ],
    ar: [
        ['diagnosis.geneticMarkers', 'عنده طفرة CEBPA', ['other'], { detail: 'عنده طفرة CEBPA' }],
        ['diagnosis.geneticMarkers', 'فرط الصبغيات، وما لقوا شي ثاني', ['HYPERDIPLOIDY']],
        ['diagnosis.geneticMarkers', 'يمكن MLL، مش متأكدة', ['KMT2A'], { hedged: true }],
        ['diagnosis.geneticMarkers', 'لسا عم ننطر النتيجة', ['unknown']],
        ['diagnosis.geneticMarkers', 'ما عملوا تحليل جيني لسا', ['unknown']],
        ['status.location', 'بالمشفى من يومين', 'hospital'],
        ['status.location', 'هلق فالدار', 'home'],
        // An option's verb in another person or with the spoken present marker ("بتتعالج" for "يتعالج").
        ['status.diseaseState', 'لسا بتتعالج، بالمرحلة الأولى', 'first_line_treatment'],
        ['status.mrd', 'سلبي، الحمد لله', 'negative'],
        ['status.diseaseState', 'ما عم يستجيب للعلاج أبدا', 'refractory'],
        ['status.activityLevel', 'بتلعب عادي بس بتتعب بسرعة', 'minor_restriction'],
        ['request.urgency', 'مش مستعجلين', 'flexible'],
        ['contact.relationship', 'أنا خالته والوصي عليه', 'legal_guardian'],
        ['documents.available', 'تقرير الخروج وبزل النقي', ['discharge_summary', 'bone_marrow_report']],
        ['treatments.chemotherapy', 'إي، كيماوي من سنة', true],
        ['treatments.hsct', 'لا، ما لقينا متبرع', false],
        ['treatments.carT', 'أظن لا', false, { hedged: true }]
    ],
    uk: [
        ['diagnosis.geneticMarkers', 'гіпердиплоїдія, більше нічого не знайшли', ['HYPERDIPLOIDY']],
        ['diagnosis.geneticMarkers', 'начебто MLL, точно не знаю', ['KMT2A'], { hedged: true }],
        ['diagnosis.geneticMarkers', 'ще чекаємо результати', ['unknown']],
        ['diagnosis.geneticMarkers', 't(12;21) (ETV6-RUNX1)', ['ETV6-RUNX1']],
        ['treatments.antibodies', 'блінатумомаб, три курси', ['blinatumomab']],
        ['status.mrd', 'МЗХ+ після індукції', 'positive'],
        ['status.diseaseState', 'зараз ремісія, а раніше був рецидив', 'remission'],
        ['status.location', 'ходимо в денний стаціонар', 'home'],
        ['request.urgency', 'не горить, можемо почекати', 'flexible'],
        ['treatments.hsct', 'ні, донора не знайшли', false],
        ['treatments.chemotherapy', 'здається так', true, { hedged: true }]
    ],
    pl: [
        ['diagnosis.geneticMarkers', 'hiperdiploidia, nic więcej nie znaleźli', ['HYPERDIPLOIDY']],
        ['diagnosis.geneticMarkers', 'chyba MLL, ale nie jestem pewna', ['KMT2A'], { hedged: true }],
        ['diagnosis.geneticMarkers', 'wciąż czekamy na wyniki', ['unknown']],
        ['diagnosis.geneticMarkers', 't(12;21) (ETV6-RUNX1)', ['ETV6-RUNX1']],
        ['treatments.antibodies', 'blinatumomab, trzy cykle', ['blinatumomab']],
        ['status.mrd', 'MRD dodatnie po indukcji', 'positive'],
        ['status.diseaseState', 'teraz remisja, a wcześniej była wznowa', 'remission'],
        ['status.location', 'leżymy w szpitalu na onkologii', 'hospital'],
        ['status.activityLevel', 'głównie siedzi, rysuje i układa klocki', 'plays_quietly'],
        ['request.urgency', 'nie pali się, możemy poczekać', 'flexible'],
        ['treatments.hsct', 'nie, nie znaleźli dawcy', false],
        ['treatments.chemotherapy', 'chyba tak', true, { hedged: true }]
    ],
    ro: [
        ['diagnosis.geneticMarkers', 'hiperdiploidie, altceva nu s-a gasit', ['HYPERDIPLOIDY']],
        ['diagnosis.geneticMarkers', 'parca MLL, nu stiu sigur', ['KMT2A'], { hedged: true }],
        ['diagnosis.geneticMarkers', 'inca asteptam rezultatele', ['unknown']],
        ['diagnosis.geneticMarkers', 't(12;21) (ETV6-RUNX1)', ['ETV6-RUNX1']],
        ['treatments.antibodies', 'blinatumomab, trei cure', ['blinatumomab']],
        ['status.mrd', 'BMR pozitiv dupa inductie', 'positive'],
        ['status.diseaseState', 'acum e in remisie, dar inainte a fost recidiva', 'remission'],
        ['status.location', 'mergem la spitalizare de zi', 'home'],
        ['status.activityLevel', 'mai mult sta intinsa, dar deseneaza si face puzzle', 'plays_quietly'],
        ['request.urgency', 'nu e grabă, putem aștepta', 'flexible'],
        ['treatments.hsct', 'nu, nu s-a găsit donator', false],
        ['treatments.chemotherapy', 'cred ca da', true, { hedged: true }]
    ],
    es: [
        ['diagnosis.geneticMarkers', 'hiperdiploidía, no encontraron nada más', ['HYPERDIPLOIDY']],
        ['diagnosis.geneticMarkers', 'creo que MLL, no estoy segura', ['KMT2A'], { hedged: true }],
        ['diagnosis.geneticMarkers', 'todavía estamos esperando los resultados', ['unknown']],
        ['diagnosis.geneticMarkers', 'no le hicieron estudio genético', ['unknown']],
        ['diagnosis.geneticMarkers', 'Filadelfia positivo', ['BCR-ABL1']],
        ['treatments.antibodies', 'blinatumomab, dos ciclos', ['blinatumomab']],
        ['status.mrd', 'EMR positiva después de la inducción', 'positive'],
        ['status.mrd', 'negativa, gracias a Dios', 'negative'],
        ['status.diseaseState', 'ahora está en remisión, antes tuvo una recaída', 'remission'],
        ['status.location', 'vamos al hospital de día', 'home'],
        ['status.location', 'está internada desde el lunes', 'hospital'],
        ['status.activityLevel', 'juega normal pero se cansa rápido', 'minor_restriction'],
        ['status.activityLevel', 'casi todo el día acostado, pero dibuja y juega con lego', 'plays_quietly'],
        ['request.urgency', 'no es urgente, podemos esperar', 'flexible'],
        ['contact.relationship', 'soy su tía y tutora legal', 'legal_guardian'],
        ['documents.available', 'informe de alta y mielograma', ['discharge_summary', 'bone_marrow_report']],
        ['treatments.chemotherapy', 'sí, quimio desde hace un año', true],
        ['treatments.hsct', 'no, no encontraron donante', false],
        ['treatments.carT', 'creo que no', false, { hedged: true }]
    ],
    fr: [
        ['diagnosis.allLineage', 'pré-B, donc lignée B', 'B'],
        ['diagnosis.geneticMarkers', 'réarrangement MLL (MLL-AF4)', ['KMT2A']],
        ['diagnosis.geneticMarkers', "hyperdiploïdie, rien d'autre de trouvé", ['HYPERDIPLOIDY']],
        ['diagnosis.cnsInvolvement', "je sais pas, on n'a jamais eu le résultat de la ponction lombaire", 'unknown'],
        ['documents.available', 'le compte rendu, le compte rendu de greffe et la MRD', ['discharge_summary', 'transplant_report', 'mrd_report']],
        ['diagnosis.geneticMarkers', 'BCR-ABL négatif, FLT3 peut-être', ['FLT3-ITD'], { hedged: true }],
        ['treatments.antibodies', 'blinatumomab, ça fait partie du protocole', ['blinatumomab']],
        ['status.mrd', "MRD négative après l'induction", 'negative'],
        ['status.diseaseState', "en rémission maintenant, avant c'était une rechute", 'remission'],
        ['status.location', 'en réa depuis hier', 'intensive_care'],
        ['status.location', "à la maison, juste l'hôpital de jour le lundi", 'home'],
        ['status.activityLevel', 'il joue dehors comme avant mais il se fatigue vite', 'minor_restriction'],
        ['status.activityLevel', 'elle dessine et regarde la tablette, elle joue calmement', 'plays_quietly'],
        ['treatments.antibodies', 'aucun, juste la chimio', ['none']],
        ['treatments.hsct', "non il a pas eu de greffe", false],
        ['child.sex', "c'est un garçon", 'male'],
        ['request.payer', 'par la sécu', 'insurance'],
        ['request.payer', 'on va faire une cagnotte', 'charity'],
        ['request.urgency', 'le plus vite possible svp', 'asap'],
        ['treatments.radiotherapy', 'irradiation corporelle totale avant la greffe', true],
        ['treatments.carT', "non, c'est pour ça que je demande", false],
        ['treatments.hsct', 'je crois pas', false, { hedged: true }],
        ['diagnosis.leukemiaType', 'une LAM', 'AML'],
        ['diagnosis.leukemiaType', 'leucemie aigue myeloide', 'AML']
    ],
    tr: [
        ['diagnosis.geneticMarkers', 'hiperdiploidi, başka bir şey bulunmadı', ['HYPERDIPLOIDY']],
        ['diagnosis.geneticMarkers', 'galiba MLL, tam emin değilim', ['KMT2A'], { hedged: true }],
        ['diagnosis.geneticMarkers', 'sonuçları hala bekliyoruz', ['unknown']],
        ['diagnosis.geneticMarkers', 't(12;21) (ETV6-RUNX1)', ['ETV6-RUNX1']],
        ['treatments.antibodies', 'blinatumomab, üç kür', ['blinatumomab']],
        ['status.mrd', 'indüksiyon sonrası MRD pozitif', 'positive'],
        ['status.diseaseState', 'şimdi remisyonda, önceden nüks olmuştu', 'remission'],
        ['status.location', 'evdeyiz, günübirlik gidiyoruz', 'home'],
        ['status.activityLevel', 'çoğunlukla yatıyor ama resim yapıyor ve lego oynuyor', 'plays_quietly'],
        ['request.urgency', 'acil değil, bekleyebiliriz', 'flexible'],
        ['treatments.hsct', 'hayır, donör bulunamadı', false],
        ['treatments.chemotherapy', 'sanırım evet', true, { hedged: true }]
    ]
};

describe.each(Object.keys(CASES) as Locale[])('values inside sentences (%s)', (locale) => {
    it.each(CASES[locale])('[%s] %j → %j', (path, input, expected, extras) => {
        const result = parse(locale, path, input);
        expectResult(result, expected);
        if (extras) expectExtras(result, extras);
    });
});

describe('odd messages', () => {
    const odd = [
        '', '   ', '👍👍', '?', '((( )))', ' - - - ', '+', 'MRD+-+', ',,,;;;', '\u200f\u200e', 'ـــــ', 'a'.repeat(5000),
        'no, '.repeat(800), 'but but but', 'не не не', 'لا و لا و لا', '1. 2. 3.', 'J.', '-', "'", 'Ph+ Ph- Ph+'
    ];
    it.each(odd)('%j is answered with a value or a reason, never an exception', (input) => {
        for (const locale of ['en', 'ar'] as const) {
            for (const path of ['diagnosis.geneticMarkers', 'status.activityLevel', 'treatments.hsct', 'status.mrd'] as const) {
                const result = parse(locale, path, input);
                if (!result.ok) expect(typeof result.reason).toBe('string');
            }
            const name = extractName(input, ctxFor(locale), 'contact');
            if (name.ok) expect(name.value.name.length).toBeGreaterThan(0);
        }
    });
});
