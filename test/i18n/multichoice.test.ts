import { describe, it } from 'vitest';
import { parseMultiChoice } from '../../src/i18n/parsers';
import type { Locale } from '../../src/languages';
import { OPTIONS } from './fixtures';
import { ctxFor, expectResult, no, type Expected } from './helpers';

type Case = [set: 'antibodies' | 'documents', input: string, expected: Expected<string[]>];
const EXCLUSIVE = { exclusive: ['none', 'unknown'] };

const CASES: Record<Locale, Case[]> = {
    en: [
        ['antibodies', 'blinatumomab', ['blinatumomab']],
        ['antibodies', 'Blinatumomab, inotuzumab', ['blinatumomab', 'inotuzumab']],
        ['antibodies', 'blinatumomab and gemtuzumab', ['blinatumomab', 'gemtuzumab']],
        ['antibodies', 'Blincyto & Besponsa', ['blinatumomab', 'inotuzumab']],
        ['antibodies', '1, 3', ['blinatumomab', 'gemtuzumab']],
        ['antibodies', '1 3', ['blinatumomab', 'gemtuzumab']],
        ['antibodies', '2 and 1', ['inotuzumab', 'blinatumomab']],
        ['antibodies', 'blinatumomab; blinatumomab', ['blinatumomab']],
        ['antibodies', 'blinatumomab\ninotuzumab', ['blinatumomab', 'inotuzumab']],
        ['antibodies', 'blinatumomab inotuzumab', ['blinatumomab', 'inotuzumab']],
        ['antibodies', 'blinatumomab + inotuzumab', ['blinatumomab', 'inotuzumab']],
        ['antibodies', 'blinatumomb', ['blinatumomab']],
        ['antibodies', 'none', ['none']],
        ['antibodies', 'none, blinatumomab', no('ambiguous')],
        ['antibodies', 'blinatumomab and aspirin', no('unrecognized')],
        ['antibodies', 'rituximab', no('unrecognized')],
        ['antibodies', '', no('empty')],
        ['documents', 'discharge summary and bone marrow report', ['discharge_summary', 'bone_marrow_report']],
        ['documents', 'MRD, HLA', ['mrd_report', 'hla_typing']],
        ['documents', 'Imaging (CT, MRI)', ['imaging']],
        ['documents', 'myelogram, karyotype and flow cytometry', ['bone_marrow_report', 'cytogenetics', 'flow_cytometry']]
    ],
    de: [
        ['antibodies', 'Blinatumomab', ['blinatumomab']],
        ['antibodies', 'Blinatumomab und Inotuzumab', ['blinatumomab', 'inotuzumab']],
        ['antibodies', 'Blinatumomab, Gemtuzumab', ['blinatumomab', 'gemtuzumab']],
        ['antibodies', 'Blincyto sowie Mylotarg', ['blinatumomab', 'gemtuzumab']],
        ['antibodies', '1 und 2', ['blinatumomab', 'inotuzumab']],
        ['antibodies', '2, 3', ['inotuzumab', 'gemtuzumab']],
        ['antibodies', 'die erste und die dritte', ['blinatumomab', 'gemtuzumab']],
        ['antibodies', 'keine', ['none']],
        ['antibodies', 'keine, Blinatumomab', no('ambiguous')],
        ['antibodies', 'Blinatumomab und Ibuprofen', no('unrecognized')],
        ['documents', 'Arztbrief und Myelogramm', ['discharge_summary', 'bone_marrow_report']],
        ['documents', 'Epikrise, MRD-Befund', ['discharge_summary', 'mrd_report']],
        ['documents', 'CT und MRT', ['imaging']],
        ['documents', 'Knochenmarkbefund; HLA-Typisierung', ['bone_marrow_report', 'hla_typing']],
        ['documents', 'Zytogenetik + FISH', ['cytogenetics']],
        ['documents', 'Durchflusszytometrie', ['flow_cytometry']],
        ['documents', 'Laborwerte', no('unrecognized')],
        ['documents', '', no('empty')]
    ],
    ru: [
        ['antibodies', 'блинатумомаб', ['blinatumomab']],
        ['antibodies', 'блинатумомаб и инотузумаб', ['blinatumomab', 'inotuzumab']],
        ['antibodies', 'Блинатумомаб, Гемтузумаб', ['blinatumomab', 'gemtuzumab']],
        ['antibodies', 'Блинцито, а также Беспонса', ['blinatumomab', 'inotuzumab']],
        ['antibodies', '1 и 3', ['blinatumomab', 'gemtuzumab']],
        ['antibodies', 'первый и второй', ['blinatumomab', 'inotuzumab']],
        ['antibodies', 'blinatumomab', ['blinatumomab']],
        ['antibodies', 'блинатумомабом и инотузумабом', ['blinatumomab', 'inotuzumab']],
        ['antibodies', 'ничего', ['none']],
        ['antibodies', 'ничего и блинатумомаб', no('ambiguous')],
        ['antibodies', 'блинатумомаб и аспирин', no('unrecognized')],
        ['documents', 'выписка и миелограмма', ['discharge_summary', 'bone_marrow_report']],
        ['documents', 'выписка, МОБ, HLA', ['discharge_summary', 'mrd_report', 'hla_typing']],
        ['documents', 'КТ и МРТ', ['imaging']],
        ['documents', 'кариотип\nиммунофенотипирование', ['cytogenetics', 'flow_cytometry']],
        ['documents', 'эпикриз; рентген', ['discharge_summary', 'imaging']],
        ['documents', 'анализы крови', no('unrecognized')],
        ['documents', '', no('empty')]
    ],
    ar: [
        ['antibodies', 'بليناتوموماب', ['blinatumomab']],
        ['antibodies', 'بليناتوموماب وإينوتوزوماب', ['blinatumomab', 'inotuzumab']],
        ['antibodies', 'بليناتوموماب و جيمتوزوماب', ['blinatumomab', 'gemtuzumab']],
        ['antibodies', 'بليناتوموماب، إينوتوزوماب', ['blinatumomab', 'inotuzumab']],
        ['antibodies', '١ و ٣', ['blinatumomab', 'gemtuzumab']],
        ['antibodies', '١، ٢', ['blinatumomab', 'inotuzumab']],
        ['antibodies', 'Blinatumomab', ['blinatumomab']],
        ['antibodies', 'اينوتوزوماب', ['inotuzumab']],
        ['antibodies', 'لا شيء', ['none']],
        ['antibodies', 'لا شيء، بليناتوموماب', no('ambiguous')],
        ['antibodies', 'بليناتوموماب وباراسيتامول', no('unrecognized')],
        ['documents', 'تقرير الخروج وتقرير نخاع العظم', ['discharge_summary', 'bone_marrow_report']],
        ['documents', 'التصوير، HLA', ['imaging', 'hla_typing']],
        ['documents', 'MRD و FISH', ['mrd_report', 'cytogenetics']],
        ['documents', 'التنميط المناعي', ['flow_cytometry']],
        ['documents', 'الأشعة والرنين', ['imaging']],
        ['documents', 'تحاليل الدم', no('unrecognized')],
        ['documents', '', no('empty')]
    ],
    uk: [
        ['antibodies', 'блінатумомаб', ['blinatumomab']],
        ['antibodies', 'блінатумомаб та інотузумаб', ['blinatumomab', 'inotuzumab']],
        ['antibodies', 'Бліназито, а також Беспонса', ['blinatumomab', 'inotuzumab']],
        ['antibodies', '1 і 3', ['blinatumomab', 'gemtuzumab']],
        ['antibodies', 'перший і другий', ['blinatumomab', 'inotuzumab']],
        ['antibodies', 'нічого', ['none']],
        ['antibodies', 'блінатумомаб і аспірин', no('unrecognized')],
        ['documents', 'виписка і мієлограма', ['discharge_summary', 'bone_marrow_report']],
        ['documents', 'виписка, МЗХ, HLA', ['discharge_summary', 'mrd_report', 'hla_typing']],
        ['documents', 'КТ і МРТ', ['imaging']],
        ['documents', 'епікриз; рентген', ['discharge_summary', 'imaging']],
        ['documents', 'аналізи крові', no('unrecognized')]
    ],
    pl: [
        ['antibodies', 'blinatumomab', ['blinatumomab']],
        ['antibodies', 'blinatumomab i inotuzumab', ['blinatumomab', 'inotuzumab']],
        ['antibodies', 'Blincyto oraz Besponsa', ['blinatumomab', 'inotuzumab']],
        ['antibodies', '1 i 3', ['blinatumomab', 'gemtuzumab']],
        ['antibodies', 'pierwszy i drugi', ['blinatumomab', 'inotuzumab']],
        ['antibodies', 'żaden', ['none']],
        ['antibodies', 'blinatumomab i aspiryna', no('unrecognized')],
        ['documents', 'wypis i mielogram', ['discharge_summary', 'bone_marrow_report']],
        ['documents', 'wypis, MRD, HLA', ['discharge_summary', 'mrd_report', 'hla_typing']],
        ['documents', 'kariotyp\nimmunofenotyp', ['cytogenetics', 'flow_cytometry']],
        ['documents', 'morfologia krwi', no('unrecognized')]
    ],
    ro: [
        ['antibodies', 'blinatumomab', ['blinatumomab']],
        ['antibodies', 'blinatumomab si inotuzumab', ['blinatumomab', 'inotuzumab']],
        ['antibodies', 'Blincyto, apoi Besponsa', ['blinatumomab', 'inotuzumab']],
        ['antibodies', '1 și 3', ['blinatumomab', 'gemtuzumab']],
        ['antibodies', 'niciunul', ['none']],
        ['antibodies', 'niciunul si blinatumomab', no('ambiguous')],
        ['documents', 'bilet de externare si mielograma', ['discharge_summary', 'bone_marrow_report']],
        ['documents', 'epicriza, BMR, HLA', ['discharge_summary', 'mrd_report', 'hla_typing']],
        ['documents', 'CT și RMN', ['imaging']],
        ['documents', 'cariotip\nimunofenotipare', ['cytogenetics', 'flow_cytometry']],
        ['documents', 'analize de sânge', no('unrecognized')]
    ],
    es: [
        ['antibodies', 'Blinatumomab', ['blinatumomab']],
        ['antibodies', 'blinatumomab e inotuzumab', ['blinatumomab', 'inotuzumab']],
        ['antibodies', 'Blincyto y Mylotarg', ['blinatumomab', 'gemtuzumab']],
        ['antibodies', '1 y 2', ['blinatumomab', 'inotuzumab']],
        ['antibodies', 'la primera y la tercera', ['blinatumomab', 'gemtuzumab']],
        ['antibodies', 'ninguno', ['none']],
        ['antibodies', 'blinatumomab e ibuprofeno', no('unrecognized')],
        ['documents', 'informe de alta y mielograma', ['discharge_summary', 'bone_marrow_report']],
        ['documents', 'epicrisis, EMR', ['discharge_summary', 'mrd_report']],
        ['documents', 'TAC y resonancia', ['imaging']],
        ['documents', 'citogenética + FISH', ['cytogenetics']],
        ['documents', 'análisis de sangre', no('unrecognized')]
    ],
    fr: [
        ['antibodies', 'Blinatumomab', ['blinatumomab']],
        ['antibodies', 'blinatumomab et inotuzumab', ['blinatumomab', 'inotuzumab']],
        ['antibodies', 'Blincyto, Mylotarg', ['blinatumomab', 'gemtuzumab']],
        ['antibodies', 'blina ainsi que besponsa', ['blinatumomab', 'inotuzumab']],
        ['antibodies', '1 et 2', ['blinatumomab', 'inotuzumab']],
        ['antibodies', 'la première et la troisième', ['blinatumomab', 'gemtuzumab']],
        ['antibodies', 'aucun', ['none']],
        ['antibodies', 'aucun, blinatumomab', no('ambiguous')],
        ['antibodies', 'blinatumomab et doliprane', no('unrecognized')],
        ['documents', "compte rendu d'hospitalisation et myélogramme", ['discharge_summary', 'bone_marrow_report']],
        ['documents', 'le compte rendu, la MRD', ['discharge_summary', 'mrd_report']],
        ['documents', 'scanner et IRM', ['imaging']],
        ['documents', 'myelogramme; typage HLA', ['bone_marrow_report', 'hla_typing']],
        ['documents', 'caryotype + FISH', ['cytogenetics']],
        ['documents', 'immunophenotypage', ['flow_cytometry']],
        ['documents', 'bilan sanguin', no('unrecognized')]
    ],
    tr: [
        ['antibodies', 'blinatumomab', ['blinatumomab']],
        ['antibodies', 'blinatumomab ve inotuzumab', ['blinatumomab', 'inotuzumab']],
        ['antibodies', 'Blinatumomab, Gemtuzumab', ['blinatumomab', 'gemtuzumab']],
        ['antibodies', 'Blincyto ve bir de Besponsa', ['blinatumomab', 'inotuzumab']],
        ['antibodies', '1 ve 3', ['blinatumomab', 'gemtuzumab']],
        ['antibodies', 'birinci ve ikinci', ['blinatumomab', 'inotuzumab']],
        ['antibodies', 'hiçbiri', ['none']],
        ['antibodies', 'blinatumomab ve aspirin', no('unrecognized')],
        ['documents', 'epikriz ve kemik iliği raporu', ['discharge_summary', 'bone_marrow_report']],
        ['documents', 'epikriz, MRD, HLA', ['discharge_summary', 'mrd_report', 'hla_typing']],
        ['documents', 'BT ve MR', ['imaging']],
        ['documents', 'karyotip\nflow sitometri', ['cytogenetics', 'flow_cytometry']],
        ['documents', '', no('empty')]
    ]
};

describe.each(Object.keys(CASES) as Locale[])('parseMultiChoice (%s)', (locale) => {
    it.each(CASES[locale])('[%s] %j → %j', (set, input, expected) =>
        expectResult(parseMultiChoice(input, OPTIONS[locale][set], ctxFor(locale), EXCLUSIVE), expected)
    );
});

describe('parseMultiChoice without exclusive values', () => {
    it('lets "none" combine when the field does not declare it exclusive', () =>
        expectResult(parseMultiChoice('none, blinatumomab', OPTIONS.en.antibodies, ctxFor('en')), ['none', 'blinatumomab']));
});
